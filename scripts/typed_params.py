"""Write ``params.py``: a ``TypedDict`` for every JSON request body of a bundled document.

A request body may be given as a plain dict with the API's own field names; these TypedDicts
let mypy and pyright check such a dict: a misspelt key, a missing required field, an enum value
that does not exist or a ``float`` amount is a type error. Per JSON schema:

=================================  =====================================================
string                             ``str`` (``date``/``date-time``: also ``datetime.date``/
                                   ``datetime.datetime``; ``uuid``: also ``UUID``)
string with ``enum``               ``Literal["a", "b"]``
integer / boolean                  ``int`` / ``bool``
number (always ``format: decimal``) ``Decimal | int`` — never ``float``
array                              ``Sequence[item]``
object with properties             its own TypedDict (``Required[...]`` for required fields)
object with additionalProperties   ``Mapping[str, value]``
oneOf                              the union of the variants
nullable                           ``... | None``
=================================  =====================================================

The TypedDict of schema ``X`` (or of its request shape ``XInput``) is ``XParams``.
"""

from __future__ import annotations

import keyword
from typing import Any

from openapi_shapes import INPUT_SUFFIX

__all__ = ["body_params", "params_module", "params_name"]

_PREFIX = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch")


def params_name(schema_name: str) -> str:
    """``InvoiceInput`` and ``Invoice`` → ``InvoiceParams``."""
    return schema_name.removesuffix(INPUT_SUFFIX) + "Params"


def _json_body_schema(operation: dict[str, Any]) -> str | None:
    """The component name of the operation's JSON request body schema, if it has one."""
    content = operation.get("requestBody", {}).get("content", {})
    ref = content.get("application/json", {}).get("schema", {}).get("$ref", "")
    return ref.removeprefix(_PREFIX) if ref.startswith(_PREFIX) else None


def _body_schemas(document: dict[str, Any]) -> dict[str, str]:
    """operationId → the component name of its JSON body's schema, for every operation that takes one."""
    found = {}
    for item in document["paths"].values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is not None and (schema := _json_body_schema(operation)) is not None:
                found[operation["operationId"]] = schema
    return found


def body_params(document: dict[str, Any]) -> dict[str, str]:
    """operationId → the TypedDict name of its JSON body, for every operation that takes one."""
    return {operation: params_name(schema) for operation, schema in _body_schemas(document).items()}


class _Writer:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.done: set[str] = set()
        self.blocks: list[str] = []
        self.imports: set[str] = set()

    def named(self, name: str) -> str:
        """The Python name of component schema ``name``'s params, written on first use."""
        target = params_name(name)
        if name not in self.done:
            self.done.add(name)
            self.blocks.append(self.definition(target, self.schemas[name]))
        return target

    def definition(self, target: str, schema: dict[str, Any]) -> str:
        description = (schema.get("description") or "").strip().splitlines()
        if "properties" in schema or "allOf" in schema:
            return self.typed_dict(target, schema, description[0] if description else "")
        return f"{target} = {self.annotation(schema, target)}\n"

    def typed_dict(self, target: str, schema: dict[str, Any], doc: str) -> str:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in [*schema.get("allOf", []), schema]:
            part = self.resolve(part)
            properties.update(part.get("properties", {}))
            required |= set(part.get("required", []))
        fields = []
        for name, prop in properties.items():
            annotation = self.annotation(prop, target + name[:1].upper() + name[1:])
            fields.append((name, f"Required[{annotation}]" if name in required else annotation))
        if any(keyword.iskeyword(name) or not name.isidentifier() for name, _ in fields):
            items = ", ".join(f"{name!r}: {annotation}" for name, annotation in fields)
            return f"{target} = TypedDict({target!r}, {{{items}}}, total=False)\n"
        lines = [f"class {target}(TypedDict, total=False):"]
        if doc:
            lines.append(f"    {_docstring(doc)}")
        lines += [f"    {name}: {annotation}" for name, annotation in fields]
        if not fields and not doc:
            lines.append("    pass")
        return "\n".join(lines) + "\n"

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref", "")
        return self.schemas[ref.removeprefix(_PREFIX)] if ref.startswith(_PREFIX) else schema

    def annotation(self, schema: dict[str, Any], inline_name: str) -> str:
        nullable = " | None" if schema.get("nullable") else ""
        ref = schema.get("$ref", "")
        if ref.startswith(_PREFIX):
            return self.named(ref.removeprefix(_PREFIX)) + nullable
        if "allOf" in schema and len(schema["allOf"]) == 1 and "properties" not in schema:
            return self.annotation(schema["allOf"][0], inline_name) + nullable
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return " | ".join(self.annotation(variant, inline_name) for variant in variants) + nullable
        kind = schema.get("type")
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(value) for value in schema["enum"]) + "]" + nullable
        if kind == "string":
            form = schema.get("format")
            if form == "date":
                self.imports.add("import datetime")
                return "str | datetime.date" + nullable
            if form == "date-time":
                self.imports.add("import datetime")
                return "str | datetime.datetime" + nullable
            if form == "uuid":
                self.imports.add("from uuid import UUID")
                return "str | UUID" + nullable
            if form == "binary":
                return "bytes" + nullable
            return "str" + nullable
        if kind == "integer":
            return "int" + nullable
        if kind == "number":
            self.imports.add("from decimal import Decimal")
            return "Decimal | int" + nullable
        if kind == "boolean":
            return "bool" + nullable
        if kind == "array":
            self.imports.add("from collections.abc import Sequence")
            return f"Sequence[{self.annotation(schema.get('items', {}), inline_name + 'Item')}]" + nullable
        if kind == "object" or "properties" in schema:
            if "properties" in schema:
                if inline_name not in self.done:
                    self.done.add(inline_name)
                    self.blocks.append(self.typed_dict(inline_name, schema, ""))
                return inline_name + nullable
            extra = schema.get("additionalProperties")
            self.imports.add("from collections.abc import Mapping")
            value = self.annotation(extra, inline_name + "Value") if isinstance(extra, dict) else "Any"
            if value == "Any":
                self.imports.add("from typing import Any")
            return f"Mapping[str, {value}]" + nullable
        self.imports.add("from typing import Any")
        return "Any"


def _docstring(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return f'"""{text}"""'


def params_module(document: dict[str, Any]) -> str:
    """Python source of ``params.py`` for ``document``."""
    writer = _Writer(document.get("components", {}).get("schemas", {}))
    for schema in sorted(set(_body_schemas(document).values())):
        writer.named(schema)
    header = [
        '"""Request bodies as TypedDicts, with the API\'s own field names (made by scripts/regenerate.py)."""',
        "",
        "from __future__ import annotations",
        "",
        *sorted(writer.imports),
        "from typing import Literal, Required, TypedDict",
        "",
    ]
    exported = sorted(name for block in writer.blocks for name in [_defined_name(block)])
    all_line = "__all__ = [" + ", ".join(repr(name) for name in exported) + "]"
    return "\n".join(header) + "\n" + all_line + "\n\n\n" + "\n\n".join(writer.blocks)


def _defined_name(block: str) -> str:
    first = block.split("\n", 1)[0]
    if first.startswith("class "):
        return first.removeprefix("class ").split("(", 1)[0]
    return first.split(" = ", 1)[0]
