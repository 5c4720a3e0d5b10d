"""Bokio's ``query`` filter language: ``field op value`` joined by ``&&`` and ``||``.

There are no parentheses and ``&&`` binds tighter than ``||``, so a query is an OR of ANDs.
Which fields a list accepts, and of what type, comes from its ``x-bokio-filter-fields``;
``metadata.*`` admits any ``metadata.<key>``. Numbers compare as Decimal, dates as ISO strings,
date-times as instants; a field that is missing on a record equals nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from bokio.jsonvalues import is_mapping

from .errors import validation_error

__all__ = ["Condition", "Filter", "parse"]

_OPERATORS = ("==", "!=", ">=", "<=", ">", "<", "~")
_EQUALITY = frozenset({"==", "!="})
_ALLOWED = {
    "string": _EQUALITY | {"~"},
    "enum": _EQUALITY,
    "uuid": _EQUALITY,
    "boolean": _EQUALITY,
    "number": _EQUALITY | {">", "<", ">=", "<="},
    "integer": _EQUALITY | {">", "<", ">=", "<="},
    "date": _EQUALITY | {">", "<", ">=", "<="},
    "datetime": _EQUALITY | {">", "<", ">=", "<="},
}


def _bad(message: str) -> Exception:
    return validation_error(("#/query", message))


def _instant(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _typed(kind: str, text: str) -> Any:
    """The record-comparable form of a value of type ``kind`` (raises ValueError when malformed)."""
    if kind in ("number", "integer"):
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(text) from None
        if not number.is_finite() or (kind == "integer" and number != number.to_integral_value()):
            raise ValueError(text)
        return number
    if kind == "date":
        return dt.date.fromisoformat(text).isoformat()
    if kind == "datetime":
        return _instant(text)
    if kind == "uuid":
        return str(uuid.UUID(text))
    if kind == "boolean" and text not in ("true", "false"):
        raise ValueError(text)
    return text


@dataclass(frozen=True)
class Condition:
    field: str
    operator: str
    kind: str
    value: Any

    def test(self, record: Mapping[str, Any]) -> bool:
        found: object = record
        for key in self.field.split("."):
            found = found.get(key) if is_mapping(found) else None
        if is_mapping(found):
            found = found.get("id")
        if found is None:
            return self.operator == "!="
        if isinstance(found, bool):
            found = "true" if found else "false"
        try:
            actual = _typed(self.kind, found if isinstance(found, str) else str(found))
        except ValueError:
            return self.operator == "!="
        op = self.operator
        if op == "~":
            return bool(self.value in actual)
        if op == "==":
            return bool(actual == self.value)
        if op == "!=":
            return bool(actual != self.value)
        if op == ">":
            return bool(actual > self.value)
        if op == "<":
            return bool(actual < self.value)
        if op == ">=":
            return bool(actual >= self.value)
        return bool(actual <= self.value)


def _condition(text: str, fields: Mapping[str, str]) -> Condition:
    hits = [(text.find(op), -len(op), op) for op in _OPERATORS if op in text]
    if not hits:
        raise _bad(f"'{text}' has no comparison operator")
    at, _, op = min(hits)
    field, raw = text[:at].strip(), text[at + len(op) :].strip()
    kind = fields.get(field) or (fields.get("metadata.*") if field.startswith("metadata.") else None)
    if kind is None:
        raise _bad(f"Filtering on '{field}' is not supported; use one of: {', '.join(fields)}")
    if op not in _ALLOWED[kind]:
        raise _bad(f"The operator '{op}' cannot be used on the {kind} field '{field}'")
    if not raw:
        raise _bad(f"'{text}' has no value to compare with")
    try:
        value = _typed(kind, raw)
    except ValueError:
        raise _bad(f"'{raw}' is not a valid {kind} for '{field}'") from None
    return Condition(field, op, kind, value)


@dataclass(frozen=True)
class Filter:
    """A parsed query: it matches a record when all conditions of any one alternative hold."""

    alternatives: tuple[tuple[Condition, ...], ...]

    def matches(self, record: Mapping[str, Any]) -> bool:
        return any(all(c.test(record) for c in conditions) for conditions in self.alternatives)


def parse(text: str, fields: Mapping[str, str] | None) -> Filter:
    """Parse ``text`` for a list accepting ``fields``; a malformed query is a 400 validation-error."""
    if not fields:
        raise _bad("This list cannot be filtered")
    return Filter(
        tuple(tuple(_condition(part, fields) for part in alternative.split("&&")) for alternative in text.split("||"))
    )
