"""A request body checked against its operation's request schema, before anything is sent.

The schemas are the compact tables ``scripts/request_tables.py`` computes from our OpenAPI
documents at generation time (``bokio_spec.checks``); nothing walks the bundled JSON at run
time. The check is strict where the spec is silent, because a mistake should fail here and
not in Bokio's books:

- an object has only the fields its schema names (an unknown key is reported with the closest
  known name), unless the schema allows other keys (``metadata``);
- numbers are ``int`` or finite ``Decimal``; a ``float`` is refused wherever it appears;
- dates are ``datetime.date`` or ``YYYY-MM-DD``; date-times are aware ``datetime`` or ISO 8601
  text with an offset; UUIDs are ``UUID`` or their canonical text; enums take their values or
  an ``Enum`` member whose value is one;
- read-only fields may be present (a fetched object can be sent back; :mod:`bokio.writable`
  leaves them out) and are not checked.

Each problem is a :class:`~bokio.errors.FieldError` with a JSON pointer, as in Bokio's own
``validation-error`` answers.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import reprlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, cast
from uuid import UUID

from . import money
from .errors import FieldError

__all__ = ["body_problems", "problems"]

Node = Mapping[str, Any]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "number": "a number (int or Decimal)",
    "integer": "an integer",
    "boolean": "true or false",
}


def _schemas() -> Mapping[str, Node]:
    from bokio_spec.checks import SCHEMAS  # on first use: `import bokio` loads no table

    return SCHEMAS


def body_problems(operation_id: str, body: Any) -> list[FieldError]:
    """What is wrong with ``body`` as the JSON request body of ``operation_id``."""
    from bokio_spec.checks import REQUEST_BODIES

    node = REQUEST_BODIES.get(operation_id)
    return [] if node is None else problems(node, body)


def problems(node: Node, value: Any, pointer: str = "#") -> list[FieldError]:
    """What is wrong with ``value`` as an instance of the reduced schema ``node``."""
    found: list[FieldError] = []
    _check(node, value, pointer, found)
    return found


def _check(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    if value is None:
        if not _nullable(node):
            found.append(FieldError(at, "must not be null"))
        return
    if "ref" in node:
        _check(_schemas()[node["ref"]], value, at, found)
        return
    if "oneOf" in node:
        _one_of(node, value, at, found)
        return
    if "enum" in node:
        _enum(node["enum"], value, at, found)
        return
    kind = node.get("type")
    if kind == "object" or (kind is None and ("properties" in node or "additionalProperties" in node)):
        _object(node, value, at, found)
    elif kind == "array":
        _array(node, value, at, found)
    elif kind == "string":
        _string(node, value, at, found)
    elif kind in ("number", "integer"):
        _number(node, value, at, found)
    elif kind == "boolean" and not isinstance(value, bool):
        found.append(FieldError(at, f"must be true or false, not {_describe(value)}"))


def _nullable(node: Node) -> bool:
    if node.get("nullable"):
        return True
    return "ref" in node and bool(_schemas()[node["ref"]].get("nullable"))


def _object(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    if not isinstance(value, Mapping):
        found.append(FieldError(at, f"must be an object, not {_describe(value)}"))
        return
    fields = cast("Mapping[object, object]", value)  # the caller's: its keys are checked below
    properties: Mapping[str, Node] = node.get("properties", {})
    others: Node | None = node.get("additionalProperties")
    for name in node.get("required", ()):
        if name not in fields:
            found.append(FieldError(f"{at}/{_escape(name)}", "is required"))
    for key, item in fields.items():
        if not isinstance(key, str):
            found.append(FieldError(at, f"has a key that is not a string: {key!r}"))
            continue
        where = f"{at}/{_escape(key)}"
        known = properties.get(key)
        if known is not None:
            if not known.get("readOnly"):
                _check(known, item, where, found)
        elif others is not None:
            _check(others, item, where, found)
        else:
            found.append(FieldError(where, f"is not a field of this object{_did_you_mean(key, properties)}"))
    if "maxProperties" in node and len(fields) > node["maxProperties"]:
        found.append(FieldError(at, f"may have at most {node['maxProperties']} keys, not {len(fields)}"))
    if "minProperties" in node and len(fields) < node["minProperties"]:
        found.append(FieldError(at, f"needs at least {node['minProperties']} keys"))


def _array(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    if not isinstance(value, (list, tuple)):
        found.append(FieldError(at, f"must be a list, not {_describe(value)}"))
        return
    elements = cast("Sequence[object]", value)
    if "minItems" in node and len(elements) < node["minItems"]:
        found.append(FieldError(at, f"needs at least {node['minItems']} items, not {len(elements)}"))
    if "maxItems" in node and len(elements) > node["maxItems"]:
        found.append(FieldError(at, f"may have at most {node['maxItems']} items, not {len(elements)}"))
    items = node.get("items", {})
    for index, item in enumerate(elements):
        _check(items, item, f"{at}/{index}", found)


def _string(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    form = node.get("format")
    if form == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return
    if form == "date-time" and isinstance(value, dt.datetime):
        if value.tzinfo is None:
            found.append(FieldError(at, "must be a datetime with a time zone"))
        return
    if form == "uuid" and isinstance(value, UUID):
        return
    if not isinstance(value, str):
        found.append(FieldError(at, f"must be {_expected_text(form)}, not {_describe(value)}"))
        return
    if form == "date" and not _is_date(value):
        found.append(FieldError(at, f"must be a date (YYYY-MM-DD), not {_short(value)}"))
    elif form == "date-time" and not _is_datetime(value):
        found.append(FieldError(at, f"must be an ISO 8601 date-time with a time zone, not {_short(value)}"))
    elif form == "uuid" and not _UUID.fullmatch(value):
        found.append(FieldError(at, f"must be a UUID, not {_short(value)}"))
    if "minLength" in node and len(value) < node["minLength"]:
        found.append(FieldError(at, f"needs at least {node['minLength']} characters"))
    if "maxLength" in node and len(value) > node["maxLength"]:
        found.append(FieldError(at, f"may have at most {node['maxLength']} characters, not {len(value)}"))
    if "pattern" in node and not _pattern(node["pattern"]).search(value):
        found.append(FieldError(at, f"must match {node['pattern']}"))


def _expected_text(form: str | None) -> str:
    return {
        "date": "a date (datetime.date or YYYY-MM-DD)",
        "date-time": "a datetime with a time zone (or ISO 8601 text)",
        "uuid": "a UUID",
    }.get(form or "", "a string")


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_datetime(text: str) -> bool:
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return "T" in text.upper() and parsed.tzinfo is not None


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _number(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    if isinstance(value, float):
        found.append(FieldError(at, f"is a float ({value!r}); use Decimal (or int) so the amount is exact"))
        return
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        found.append(FieldError(at, f"must be {_TYPE_NAMES[node['type']]}, not {_describe(value)}"))
        return
    if node["type"] == "integer":
        if not isinstance(value, int):
            found.append(FieldError(at, f"must be an int, not {_describe(value)}"))
            return
        low, high = _INTEGER_RANGES.get(node.get("format", ""), (None, None))
        if low is not None and high is not None and not low <= value <= high:
            found.append(FieldError(at, f"is out of the range of {node['format']}"))
            return
    elif isinstance(value, Decimal):
        problem = money.decimal_problem(value)
        if problem:
            found.append(FieldError(at, problem))
            return
    _bounds(node, value, at, found)


def _bounds(node: Node, value: int | Decimal, at: str, found: list[FieldError]) -> None:
    if "minimum" in node:
        low = node["minimum"]
        if node.get("exclusiveMinimum") and not value > low:
            found.append(FieldError(at, f"must be greater than {low}"))
        elif value < low:
            found.append(FieldError(at, f"must be at least {low}"))
    if "maximum" in node:
        high = node["maximum"]
        if node.get("exclusiveMaximum") and not value < high:
            found.append(FieldError(at, f"must be less than {high}"))
        elif value > high:
            found.append(FieldError(at, f"must be at most {high}"))


def _enum(values: list[Any], value: Any, at: str, found: list[FieldError]) -> None:
    raw = value.value if isinstance(value, Enum) else value
    if isinstance(raw, str) and raw in values:
        return
    if not isinstance(raw, str):
        found.append(FieldError(at, f"must be one of {_listing(values)}, not {_describe(value)}"))
        return
    found.append(FieldError(at, f"{_short(raw)} is not one of {_listing(values)}{_did_you_mean(raw, values)}"))


def _one_of(node: Node, value: Any, at: str, found: list[FieldError]) -> None:
    discriminator = node.get("discriminator")
    if discriminator is not None:
        if not isinstance(value, Mapping):
            found.append(FieldError(at, f"must be an object, not {_describe(value)}"))
            return
        name = discriminator["propertyName"]
        mapping: Mapping[str, str] = discriminator["mapping"]
        fields = cast("Mapping[object, object]", value)
        tag = fields.get(name)
        tag = tag.value if isinstance(tag, Enum) else tag
        if name not in fields:
            found.append(FieldError(f"{at}/{_escape(name)}", f"is required (one of {_listing(list(mapping))})"))
        elif not isinstance(tag, str) or tag not in mapping:
            _enum(list(mapping), tag, f"{at}/{_escape(name)}", found)
        else:
            _check({"ref": mapping[tag]}, value, at, found)
        return
    attempts = [problems(variant, value, at) for variant in node["oneOf"]]
    fitting = [attempt for attempt in attempts if not attempt]
    if len(fitting) > 1:
        found.append(FieldError(at, "fits more than one of the shapes this field allows"))
    elif not fitting:
        closest: list[FieldError] = min(attempts, key=len)  # the shape it comes closest to
        found.extend(closest)


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _listing(values: list[Any]) -> str:
    shown = ", ".join(repr(value) for value in values[:8])
    return shown + (", …" if len(values) > 8 else "")


def _describe(value: Any) -> str:
    return f"{type(value).__name__} {_short(value)}"


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 40


def _short(value: Any) -> str:
    """``repr(value)``, cut short (and not recursing deep): a message must stay readable
    whatever was passed."""
    return _REPR.repr(value)


def _escape(key: str) -> str:
    """``key`` as one JSON pointer segment (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")
