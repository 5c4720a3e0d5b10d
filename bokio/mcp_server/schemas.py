"""Tool input schemas taken from our OpenAPI document, and arguments read back into exact values.

A request body's schema is the spec's, with ``$ref``s inlined and the fields the server sets
(``readOnly``) left out. Amounts are ``number`` in the spec; a tool accepts them as a JSON number
or, preferably, as a decimal string (``"64609.50"``), and :func:`exact` turns either into a
Decimal, never a float, before the body reaches the SDK.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from bokio_spec import OPERATIONS, load, resolve

from bokio.jsonvalues import array_of, is_array, is_object, object_of
from bokio.operation_facts import filter_fields

__all__ = ["DECIMAL_PATTERN", "body_schema", "exact", "filter_help", "id_schema", "operation", "parameter_schema"]

DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
_DECIMAL = re.compile(DECIMAL_PATTERN)
_DROPPED = ("example", "examples", "readOnly", "writeOnly", "xml", "externalDocs", "deprecated")


def operation(facade_method: str) -> dict[str, Any]:
    """The spec's facts of the Company API operation behind ``facade_method``."""
    for facts in OPERATIONS.values():
        if facts["facade_method"] == facade_method and facts["path"].startswith("/companies/"):
            return facts
    raise KeyError(facade_method)


def _spec_operation(facts: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = load("company")["paths"][facts["path"]][facts["method"].lower()]
    return result


def _read_only(schema: object) -> bool:
    return bool(object_of(resolve("company", schema)).get("readOnly"))


def _inline(node: object, seen: tuple[str, ...] = ()) -> object:
    """``node`` with local ``$ref``s inlined (a cycle ends in an open object) and read-only fields dropped."""
    if is_array(node):
        return [_inline(item, seen) for item in node]
    if not is_object(node):
        return node
    if "$ref" in node:
        reference = str(node["$ref"])
        if reference in seen:
            return {"type": "object"}
        return _inline(resolve("company", node), (*seen, reference))
    result: dict[str, object] = {}
    for key, value in node.items():
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key == "properties" and is_object(value):
            kept = {name: schema for name, schema in value.items() if not _read_only(schema)}
            result[key] = {name: _inline(schema, seen) for name, schema in kept.items()}
        elif key == "required" and is_array(value):
            properties = object_of(node.get("properties"))
            result[key] = [name for name in value if not (isinstance(name, str) and _read_only(properties.get(name)))]
        elif key == "discriminator":
            continue  # an OpenAPI keyword; the oneOf alternatives say the same in JSON Schema
        else:
            result[key] = _inline(value, seen)
    if result.get("nullable") is True:
        del result["nullable"]
        result = {"anyOf": [result, {"type": "null"}]}
    if result.get("type") == "number":
        result["type"] = ["number", "string"]
        result["pattern"] = DECIMAL_PATTERN
        result.setdefault("description", 'An exact amount; a decimal string such as "1234.50" is best.')
    return result


def body_schema(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON request body's schema of an operation, self-contained."""
    body = _spec_operation(facts)["requestBody"]["content"]["application/json"]["schema"]
    return object_of(copy.deepcopy(_inline(body)))


def parameter_schema(facts: Mapping[str, Any], name: str) -> dict[str, Any]:
    """A path or query parameter's schema, with its description."""
    path_item = load("company")["paths"][facts["path"]]
    for parameter in [*path_item.get("parameters", []), *_spec_operation(facts).get("parameters", [])]:
        parameter = resolve("company", parameter)
        if parameter["name"] == name:
            schema = object_of(_inline(parameter.get("schema", {})))
            if parameter.get("description"):
                schema["description"] = parameter["description"]
            return schema
    raise KeyError(f"{facts['facade_method']} has no parameter {name!r}")


def id_schema(facade_method: str, name: str) -> dict[str, Any]:
    """The input schema of a tool taking one id parameter, ``name`` in snake case, as the spec has it."""
    facts = operation(facade_method)
    spec_name = "".join(part.title() if index else part for index, part in enumerate(name.split("_")))
    return {
        "type": "object",
        "properties": {name: parameter_schema(facts, spec_name)},
        "required": [name],
        "additionalProperties": False,
    }


def filter_help(facts: Mapping[str, Any]) -> str:
    """What ``query`` accepts for a list operation, from its filter fields."""
    fields = filter_fields(facts)
    listed = ", ".join(f"{name} ({kind})" for name, kind in fields.items())
    return (
        "Optional filter in Bokio's query language: comparisons (==, !=, >, <, >=, <=, ~ for contains) "
        f"joined by && and ||, e.g. {next(iter(fields), 'name')}==value. Fields: {listed}."
    )


def _alternatives(schema: Mapping[str, object]) -> list[Mapping[str, object]]:
    found = [schema]
    for keyword in ("allOf", "oneOf", "anyOf"):
        for option in array_of(schema.get(keyword)):
            found.extend(_alternatives(object_of(option)))
    return found


def exact(value: object, schema: Mapping[str, object]) -> object:
    """``value`` with every amount the schema calls a number as a Decimal (from a string or a JSON number)."""
    options = _alternatives(schema)
    kinds: set[str] = set()
    for option in options:
        kind = option.get("type")
        kinds.update(name for name in (kind if is_array(kind) else [kind]) if isinstance(name, str))
    if is_object(value):
        properties: dict[str, object] = {}
        for option in options:
            properties.update(object_of(option.get("properties")))
        return {key: exact(item, object_of(properties.get(key))) for key, item in value.items()}
    if is_array(value):
        items = object_of(next((option["items"] for option in options if "items" in option), None))
        return [exact(item, items) for item in value]
    if "number" in kinds and not isinstance(value, bool):
        if isinstance(value, float):
            return Decimal(repr(value))  # the shortest text that reads back as this float: the JSON's digits
        if isinstance(value, str) and _DECIMAL.match(value):
            try:
                return Decimal(value)
            except InvalidOperation:
                return value
    return value
