"""Request bodies checked against our OpenAPI schemas, so every operation refuses malformed input.

A small subset of OpenAPI 3.0 validation (types, required, enum, formats, bounds, ``allOf``,
``oneOf`` with or without a discriminator, ``additionalProperties``) that answers with Bokio's
JSON pointers. Read-only properties are skipped: Bokio ignores them in requests, and clients
send back what they fetched.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from bokio.jsonvalues import is_array, is_object

from .errors import Problem

__all__ = ["SchemaChecker"]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": _is_number,
}


def _parses(parse: Callable[[str], object], text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


_FORMATS: dict[str, Callable[[str], bool]] = {
    "date": lambda text: len(text) == 10 and _parses(dt.date.fromisoformat, text),
    "date-time": lambda text: (
        "T" in text and _parses(lambda t: dt.datetime.fromisoformat(t.replace("Z", "+00:00")), text)
    ),
    "uuid": lambda text: _parses(uuid.UUID, text),
    "email": lambda text: "@" in text,  # as lenient as JSON Schema's own check
}


# The ranges of the numeric formats our spec uses: Bokio's .NET ``decimal``, ``int`` and ``long``.
_DECIMAL_MAX = Decimal(2**96 - 1)
_RANGES: dict[str, tuple[Decimal | int, Decimal | int]] = {
    "decimal": (-_DECIMAL_MAX, _DECIMAL_MAX),
    "int32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
}


class SchemaChecker:
    """Checks values against the schemas of one bundled OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            target: Any = self._document
            for key in schema["$ref"].removeprefix("#/").split("/"):
                target = target[key]
            schema = target
        return schema

    def _nullable(self, schema: Mapping[str, Any]) -> bool:
        return bool(schema.get("nullable")) or any(self._nullable(self.resolve(s)) for s in schema.get("allOf", []))

    def _read_only(self, schema: Mapping[str, Any]) -> bool:
        return bool(schema.get("readOnly") or self.resolve(schema).get("readOnly"))

    def check(self, schema: Mapping[str, Any], value: Any, pointer: str = "#") -> list[Problem]:
        """Every problem of ``value``; an empty list when it conforms."""
        schema = self.resolve(schema)
        if value is None:
            return [] if self._nullable(schema) else [(pointer, "The field must not be null")]
        problems: list[Problem] = []
        for part in schema.get("allOf", []):
            problems += self.check(part, value, pointer)
        if "oneOf" in schema:
            problems += self._one_of(schema, value, pointer)
        kind = schema.get("type")
        if kind and not _TYPES[kind](value):
            return [*problems, (pointer, f"The field must be of type {kind}")]
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(option) for option in schema["enum"])
            problems.append((pointer, f"The field must be one of: {allowed}"))
        if isinstance(value, str):
            problems += self._string(schema, value, pointer)
        elif _is_number(value):
            problems += self._number(schema, value, pointer)
        elif is_array(value):
            problems += self._array(schema, value, pointer)
        elif is_object(value):
            problems += self._object(schema, value, pointer)
        return problems

    def _one_of(self, schema: Mapping[str, Any], value: Any, pointer: str) -> list[Problem]:
        discriminator = schema.get("discriminator")
        if discriminator and is_object(value):
            name = discriminator["propertyName"]
            mapping = discriminator["mapping"]
            if value.get(name) not in mapping:
                return [(f"{pointer}/{name}", f"The field must be one of: {', '.join(mapping)}")]
            return self.check({"$ref": mapping[value[name]]}, value, pointer)
        outcomes = [self.check(option, value, pointer) for option in schema["oneOf"]]
        if any(not problems for problems in outcomes):
            return []
        return min(outcomes, key=len)

    def _string(self, schema: Mapping[str, Any], value: str, pointer: str) -> list[Problem]:
        problems: list[Problem] = []
        check_format = _FORMATS.get(schema.get("format", ""))
        if check_format and not check_format(value):
            problems.append((pointer, f"The field must be a valid {schema['format']}"))
        if len(value) < schema.get("minLength", 0):
            problems.append((pointer, f"The field must be at least {schema['minLength']} characters long"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append((pointer, f"The field must be at most {schema['maxLength']} characters long"))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append((pointer, f"The field must match {schema['pattern']}"))
        return problems

    def _number(self, schema: Mapping[str, Any], value: Decimal | int, pointer: str) -> list[Problem]:
        problems: list[Problem] = []
        bounds = _RANGES.get(schema.get("format", ""))
        if bounds and not bounds[0] <= value <= bounds[1]:
            problems.append((pointer, f"The field is outside the range of {schema['format']}"))
        if "minimum" in schema:
            exclusive = schema.get("exclusiveMinimum", False)
            if value < schema["minimum"] or (exclusive and value == schema["minimum"]):
                relation = "greater than" if exclusive else "at least"
                problems.append((pointer, f"The field must be {relation} {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            problems.append((pointer, f"The field must be at most {schema['maximum']}"))
        return problems

    def _array(self, schema: Mapping[str, Any], value: list[object], pointer: str) -> list[Problem]:
        problems: list[Problem] = []
        if len(value) < schema.get("minItems", 0):
            problems.append((pointer, f"At least {schema['minItems']} item(s) are required"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            problems.append((pointer, f"At most {schema['maxItems']} items are allowed"))
        if "items" in schema:
            for index, item in enumerate(value):
                problems += self.check(schema["items"], item, f"{pointer}/{index}")
        return problems

    def _object(self, schema: Mapping[str, Any], value: dict[str, object], pointer: str) -> list[Problem]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        problems = [
            (f"{pointer}/{name}", f"The {name} field is required")
            for name in schema.get("required", [])
            if name not in value and not self._read_only(properties.get(name, {}))
        ]
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            problems.append((pointer, f"At most {schema['maxProperties']} properties are allowed"))
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            where = f"{pointer}/{name.replace('~', '~0').replace('/', '~1')}"
            if name in properties:
                if not self._read_only(properties[name]):
                    problems += self.check(properties[name], item, where)
            elif name in schema.get("x-bokio-read-only", ()):
                continue  # a read-only field of the object, left out of its request shape: ignored
            elif extra is False:
                problems.append((where, f"The {name} field is not allowed here"))
            elif is_object(extra):
                problems += self.check(extra, item, where)
        return problems
