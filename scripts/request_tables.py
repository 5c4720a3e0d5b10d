"""The tables behind the SDK's checks before sending, computed from our bundled OpenAPI documents.

``scripts/regenerate.py`` writes the result as ``generated/bokio_spec/checks.py``:

- ``REQUEST_BODIES``: operation id -> the schema of its JSON request body;
- ``SCHEMAS``: every named schema a request body reaches, reduced to what checking and
  cleaning a request needs (types, formats, enums, bounds, required fields, read-only fields,
  ``oneOf`` with discriminators, nullability);
- ``FILTER_ENUMS``: list operation id -> enum filter field -> the values the field takes.

Reduced schemas are small dicts with JSON Schema's own keyword names, so a reader who knows
OpenAPI can read them. At generation time: ``$ref`` becomes ``{"ref": name}``; a single-item
``allOf`` wrapper (how the spec adds ``nullable`` or ``readOnly`` to a reference) becomes the
reference with those flags; a property is marked ``readOnly`` when it or what it refers to is;
``required`` lists only fields a request must send (read-only ones are left out); the fields a
request shape lists in ``x-bokio-read-only`` (dropped from it at bundle time) come back as
``{"readOnly": True}``, so a fetched object's dict can still be sent back; descriptions and
examples are dropped. A keyword this reduction does not know fails the generation, so no
rule of the spec is silently left unchecked.
"""

from __future__ import annotations

import pprint
from typing import Any

# Keywords copied as they are; ``IGNORED`` ones describe and do not constrain.
COPIED = (
    "type",
    "format",
    "enum",
    "nullable",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
)
IGNORED = frozenset({"description", "example", "examples", "default", "title", "deprecated", "externalDocs"})
HANDLED = frozenset(
    {"$ref", "allOf", "oneOf", "discriminator", "properties", "required", "items", "additionalProperties", "readOnly"}
)


class _Reducer:
    """Reduces the schemas of one OpenAPI document, collecting the named ones it reaches."""

    def __init__(self, document: dict[str, Any], schemas: dict[str, dict[str, Any]]) -> None:
        self.components = document.get("components", {}).get("schemas", {})
        self.schemas = schemas

    def named(self, ref: str) -> str:
        """The name of a ``#/components/schemas/…`` reference; reduces that schema on first sight."""
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref.removeprefix(prefix)
        if name not in self.schemas:
            self.schemas[name] = {}  # claimed first: a recursive schema refers to itself by name
            self.schemas[name] = self.reduce(self.components[name])
        return name

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.components[schema["$ref"].removeprefix("#/components/schemas/")]
        return schema

    def read_only(self, schema: Any) -> bool:
        """Whether a property's schema is read-only, directly, through ``$ref`` or through ``allOf``."""
        if not isinstance(schema, dict):
            return False
        if schema.get("readOnly"):
            return True
        if "$ref" in schema:
            return self.read_only(self.resolve(schema))
        return any(self.read_only(part) for part in schema.get("allOf", []))

    def reduce(self, schema: dict[str, Any]) -> dict[str, Any]:
        unknown = set(schema) - IGNORED - HANDLED - set(COPIED)
        unknown = {key for key in unknown if not key.startswith("x-")}
        if unknown:
            raise ValueError(f"request schema keywords this SDK does not check: {sorted(unknown)}")
        if "$ref" in schema:
            return {"ref": self.named(schema["$ref"])}
        node: dict[str, Any] = {}
        parts = schema.get("allOf", [])
        if len(parts) == 1 and "properties" not in schema:
            node.update(self.reduce(parts[0]))  # a wrapper adding flags to one schema
        elif parts:
            node.update(self.merge([self.reduce_resolved(part) for part in parts]))
        node.update({key: schema[key] for key in COPIED if key in schema})
        if "oneOf" in schema:
            node["oneOf"] = [self.reduce(variant) for variant in schema["oneOf"]]
            if "discriminator" in schema:
                node["discriminator"] = self.discriminator(schema["discriminator"], schema["oneOf"])
        if "properties" in schema:
            properties = {}
            for name, property_schema in schema["properties"].items():
                reduced = self.reduce(property_schema)
                if self.read_only(property_schema):
                    reduced["readOnly"] = True
                properties[name] = reduced
            node["properties"] = {**node.get("properties", {}), **properties}
            node["type"] = "object"
        for name in schema.get("x-bokio-read-only", []):  # dropped from a request shape: known, not sent
            node.setdefault("properties", {}).setdefault(name, {"readOnly": True})
        if "required" in schema:
            required = node.get("required", []) + list(schema["required"])
            node["required"] = required
        if "required" in node:
            properties = node.get("properties", {})
            node["required"] = [
                name for name in dict.fromkeys(node["required"]) if not properties.get(name, {}).get("readOnly")
            ]
        if "items" in schema:
            node["items"] = self.reduce(schema["items"])
        extra = schema.get("additionalProperties", False)
        if extra is True:
            node["additionalProperties"] = {}
        elif isinstance(extra, dict):
            node["additionalProperties"] = self.reduce(extra)
        return node

    def reduce_resolved(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An ``allOf`` part as a plain object node (its reference followed)."""
        return self.reduce(self.resolve(schema))

    @staticmethod
    def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
        """The object every one of ``parts`` describes (``allOf`` of several objects)."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in parts:
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged

    def discriminator(self, discriminator: dict[str, Any], variants: list[dict[str, Any]]) -> dict[str, Any]:
        mapping = discriminator.get("mapping")
        if mapping is None:  # OpenAPI's implicit mapping: each variant under its schema name
            mapping = {variant["$ref"].rsplit("/", 1)[-1]: variant["$ref"] for variant in variants}
        return {
            "propertyName": discriminator["propertyName"],
            "mapping": {value: self.named(ref) for value, ref in mapping.items()},
        }


def _json_body_schema(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    while "$ref" in body:
        body = document["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
    schema: dict[str, Any] | None = body.get("content", {}).get("application/json", {}).get("schema")
    return schema


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    ]


def _list_item_schemas(reducer: _Reducer, operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas of the objects a list operation answers with (one per ``oneOf`` variant)."""
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    answer = reducer.resolve(answer)
    if answer.get("type") != "array":
        items_field = (operation.get("x-bokio-pagination") or {}).get("itemsField", "items")
        answer = _property(reducer, answer, items_field)[0]
    return _variants(reducer, reducer.resolve(answer["items"]))


def _variants(reducer: _Reducer, schema: dict[str, Any]) -> list[dict[str, Any]]:
    schema = reducer.resolve(schema)
    if "oneOf" in schema:
        return [variant for part in schema["oneOf"] for variant in _variants(reducer, part)]
    return [schema]


def _property(reducer: _Reducer, schema: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The schemas ``name`` has in ``schema`` (through ``allOf`` and ``oneOf``); empty when none."""
    found = []
    for variant in _variants(reducer, schema):
        for part in [variant, *variant.get("allOf", [])]:
            part = reducer.resolve(part)
            if name in part.get("properties", {}):
                found += _variants(reducer, _unwrapped(reducer, part["properties"][name]))
    return found


def _unwrapped(reducer: _Reducer, schema: dict[str, Any]) -> dict[str, Any]:
    schema = reducer.resolve(schema)
    parts = schema.get("allOf", [])
    return reducer.resolve(parts[0]) if len(parts) == 1 else schema


def _filter_enums(document: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    """For each list operation, the values of each of its ``enum`` filter fields."""
    reducer = _Reducer(document, {})
    table: dict[str, dict[str, list[str]]] = {}
    for operation in _operations(document):
        fields = operation.get("x-bokio-filter-fields") or {}
        for field, kind in fields.items():
            if kind != "enum":
                continue
            schemas = _list_item_schemas(reducer, operation)
            for part in field.split("."):
                schemas = [found for schema in schemas for found in _property(reducer, schema, part)]
            values = list(dict.fromkeys(value for schema in schemas for value in schema.get("enum", [])))
            if not values:
                raise ValueError(f"{operation['operationId']}: enum filter field {field!r} has no enum in the answer")
            table.setdefault(operation["operationId"], {})[field] = values
    return table


def tables(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The three tables (see the module docstring) for ``documents`` (api name -> bundled document)."""
    bodies: dict[str, dict[str, Any]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    filter_enums: dict[str, dict[str, list[str]]] = {}
    for api, document in documents.items():
        own: dict[str, dict[str, Any]] = {}
        reducer = _Reducer(document, own)
        for operation in _operations(document):
            schema = _json_body_schema(document, operation)
            if schema is not None:
                if operation["operationId"] in bodies:
                    raise ValueError(f"{api}-api: operation id {operation['operationId']!r} is not unique")
                bodies[operation["operationId"]] = reducer.reduce(schema)
        for name, node in own.items():
            if schemas.setdefault(name, node) != node:
                raise ValueError(f"{api}-api: schema {name!r} differs from the other API's schema of that name")
        filter_enums.update(_filter_enums(document))
    return {
        "REQUEST_BODIES": dict(sorted(bodies.items())),
        "SCHEMAS": dict(sorted(schemas.items())),
        "FILTER_ENUMS": dict(sorted(filter_enums.items())),
    }


def checks_module(documents: dict[str, dict[str, Any]]) -> str:
    """Python source of ``generated/bokio_spec/checks.py``."""
    made = tables(documents)

    def literal(name: str) -> str:  # in the spec's order, as a reader expects
        return pprint.pformat(made[name], width=110, sort_dicts=False)

    lines = [
        '"""Request schemas and filter values from our OpenAPI documents (made by scripts/request_tables.py).',
        "",
        "Read by bokio.validation, bokio.writable and bokio.query; see scripts/request_tables.py for the format.",
        '"""',
        "",
        "from typing import Any",
        "",
        "# operation id -> the schema of its JSON request body",
        f"REQUEST_BODIES: dict[str, dict[str, Any]] = {literal('REQUEST_BODIES')}",
        "",
        "# schema name -> the schema, as a request sees it",
        f"SCHEMAS: dict[str, dict[str, Any]] = {literal('SCHEMAS')}",
        "",
        "# list operation id -> enum filter field -> its values",
        f"FILTER_ENUMS: dict[str, dict[str, list[str]]] = {literal('FILTER_ENUMS')}",
    ]
    return "\n".join(lines) + "\n"
