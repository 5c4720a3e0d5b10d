"""Build the ``query`` filter of list operations without string pasting.

>>> from bokio import Q
>>> str((Q.status == "published") & (Q.totalAmount > 1000))
'status==published&&totalAmount>1000'
>>> str(Q.metadata.externalId == "EXT-1")
'metadata.externalId==EXT-1'

Bokio's filter language has comparisons (``==``, ``!=``, ``>``, ``<``, ``>=``, ``<=``, ``~`` for
contains) joined by ``&&`` and ``||``, and no parentheses. ``&&`` binds tighter than ``||``, so
an expression is written as an OR of ANDs; ``(a | b) & c`` is expanded to ``a&&c||b&&c``, which
means the same. Values are written as the API expects (dates ISO 8601, Decimals digit for digit).
A value that would change the expression's meaning (one containing ``&&``, ``||`` or a
comparison operator) is refused, never sent. Field names are checked against the fields the
list operation accepts (its ``x-bokio-filter-fields``) before any request, so a typo fails early,
and so are values: an enum field takes only its values (from the spec, at generation time:
``bokio_spec.checks.FILTER_ENUMS``), a number field ``int`` or ``Decimal``, a date field a
``datetime.date`` or ``YYYY-MM-DD``, a date-time field an aware ``datetime``, a date or ISO 8601 text.
Plain strings are still accepted as queries and sent as they are.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple
from uuid import UUID

from .errors import QueryError

__all__ = ["Condition", "Expression", "Q", "QueryLike", "compile_query"]

OPERATORS = ("==", "!=", ">=", "<=", ">", "<", "~")
_ORDERING = frozenset({">", "<", ">=", "<="})
_UNSAFE = re.compile(r"&&|\|\||==|!=|>|<|~|[\x00-\x1f\x7f]")
_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
# Which operators each filter-field type accepts (Bokio's filtering guide).
_ALLOWED = {
    "string": frozenset({"==", "!=", "~"}),
    "enum": frozenset({"==", "!="}),
    "uuid": frozenset({"==", "!="}),
    "boolean": frozenset({"==", "!="}),
    "number": frozenset({"==", "!=", ">", "<", ">=", "<="}),
    "integer": frozenset({"==", "!=", ">", "<", ">=", "<="}),
    "date": frozenset({"==", "!=", ">", "<", ">=", "<="}),
    "datetime": frozenset({"==", "!=", ">", "<", ">=", "<="}),
}

Value = str | int | Decimal | bool | dt.date | dt.datetime | UUID | Enum


def format_value(value: Any) -> str:
    """``value`` written as the filter language expects it; refuses values that would be unsafe."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, UUID)):
        text = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise QueryError(f"cannot filter on a non-finite number: {value!r}")
        text = format(value, "f")
    elif isinstance(value, float):
        raise QueryError(f"use Decimal, not float, to filter on amounts ({value!r})")
    elif isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise QueryError(f"datetime {value!r} has no time zone; Bokio compares instants")
        try:
            text = value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
        except OverflowError:
            raise QueryError(f"datetime {value!r} is out of range in UTC") from None
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, str):
        text = value
    else:
        raise QueryError(f"cannot filter on a {type(value).__name__}")
    if not text or text != text.strip():
        raise QueryError(f"filter value {text!r} is empty or has surrounding spaces, which the API would not keep")
    if _UNSAFE.search(text) or text.startswith("=") or text.endswith(("&", "|")):
        # A leading '=' would fuse with '>'/'<' into '>='/'<='; a trailing '&' or '|' with the joiner.
        raise QueryError(f"filter value {text!r} contains an operator or '&&'/'||' and would change the query")
    return text


class Condition(NamedTuple):
    """One comparison: ``field op value``."""

    field: str
    operator: str
    value: Any

    def __and__(self, other: Expression | Condition) -> Expression:
        return _and(_dnf(self), _dnf(other))

    def __or__(self, other: Expression | Condition) -> Expression:
        return _dnf(self) + _dnf(other)

    def __str__(self) -> str:
        return f"{self.field}{self.operator}{format_value(self.value)}"


class Expression(tuple[tuple[Condition, ...], ...]):
    """An OR of ANDs of conditions (disjunctive normal form), as Bokio's grammar reads it."""

    def __and__(self, other: Expression | Condition) -> Expression:
        return _and(self, _dnf(other))

    def __or__(self, other: Expression | Condition) -> Expression:
        return Expression(tuple(self) + tuple(_dnf(other)))

    def __add__(self, other: Any) -> Expression:
        return Expression(tuple(self) + tuple(other))

    def __str__(self) -> str:
        return "||".join("&&".join(str(c) for c in conjunction) for conjunction in self)

    def conditions(self) -> list[Condition]:
        """The conditions of a single conjunction (an ``&`` chain), in order."""
        return [c for conjunction in self for c in conjunction]


def _dnf(node: object) -> Expression:
    if isinstance(node, Condition):
        return Expression(((node,),))
    if isinstance(node, Expression):
        return node
    raise TypeError(f"cannot combine a query with {type(node).__name__}")


def _and(left: Expression, right: Expression) -> Expression:
    return Expression(tuple(a + b for a in left for b in right))


class Field:
    """A filter field; compare it to a value to get a :class:`Condition`."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, name: str) -> Field:
        if name.startswith("__"):
            raise AttributeError(name)
        return Field(f"{self._name}.{name}")

    def __getitem__(self, name: str) -> Field:
        return Field(f"{self._name}.{name}")

    def _compare(self, operator: str, value: Any) -> Condition:
        format_value(value)  # refuse an unsafe value where it is written, not only when sent
        return Condition(self._name, operator, value)

    def __eq__(self, value: object) -> Condition:  # type: ignore[override]
        return self._compare("==", value)

    def __ne__(self, value: object) -> Condition:  # type: ignore[override]
        return self._compare("!=", value)

    def __gt__(self, value: Any) -> Condition:
        return self._compare(">", value)

    def __lt__(self, value: Any) -> Condition:
        return self._compare("<", value)

    def __ge__(self, value: Any) -> Condition:
        return self._compare(">=", value)

    def __le__(self, value: Any) -> Condition:
        return self._compare("<=", value)

    def contains(self, value: str) -> Condition:
        """``field~value``: the field contains ``value`` (case-sensitive; strings only)."""
        return self._compare("~", value)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Q.{self._name}"


class _FieldFactory:
    """``Q.status``, ``Q.metadata.externalId``, ``Q["supplierRef.id"]``."""

    def __getattr__(self, name: str) -> Field:
        if name.startswith("__"):
            raise AttributeError(name)
        return Field(name)

    def __getitem__(self, name: str) -> Field:
        return Field(name)


Q = _FieldFactory()
QueryLike = str | Condition | Expression


def _check(
    condition: Condition, fields: Mapping[str, str], operation: str | None, enums: Mapping[str, Sequence[str]]
) -> None:
    name = condition.field
    if not _FIELD.match(name):
        raise QueryError(f"{name!r} is not a field name")
    kind = fields.get(name)
    if kind is None and name.startswith("metadata.") and ("metadata.*" in fields or "metadata" in fields):
        kind = "string"
    if kind is None:
        where = f" of {operation}" if operation else ""
        close = difflib.get_close_matches(name, list(fields), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; accepted: {', '.join(sorted(fields)) or 'none'}"
        raise QueryError(f"unknown filter field {name!r}{where}{hint}")
    allowed = _ALLOWED.get(kind, frozenset(OPERATORS))
    if condition.operator not in allowed:
        raise QueryError(f"operator {condition.operator!r} does not apply to {kind} field {name!r}")
    problem = _value_problem(kind, condition.value, enums.get(name))
    if problem:
        raise QueryError(f"filter field {name!r} ({kind}): {problem}")


def _value_problem(kind: str, value: Any, values: Sequence[str] | None) -> str | None:
    """Why ``value`` cannot be compared with a field of filter type ``kind``, or None."""
    if isinstance(value, Enum):
        value = value.value
    if kind == "enum" and values is not None and value not in values:
        close = difflib.get_close_matches(str(value), list(values), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"{value!r} is not one of {', '.join(map(repr, values))}{hint}"
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, (int, Decimal))):
        return f"compare it with an int or Decimal, not {type(value).__name__} {value!r}"
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return f"compare it with an int, not {type(value).__name__} {value!r}"
    if kind == "date":
        if isinstance(value, dt.datetime) or not isinstance(value, (dt.date, str)):
            return f"compare it with a datetime.date, not {type(value).__name__} {value!r}"
        if isinstance(value, str) and not _is_iso_date(value):
            return f"{value!r} is not a date (YYYY-MM-DD)"
    if kind == "datetime":  # an instant, or a day
        if not isinstance(value, (dt.date, str)):
            return f"compare it with an aware datetime or a date, not {type(value).__name__} {value!r}"
        if isinstance(value, str) and not (_is_iso_datetime(value) or _is_iso_date(value)):
            return f"{value!r} is neither an ISO 8601 date-time with a time zone nor a date"
    if kind == "uuid" and not isinstance(value, UUID):
        try:
            UUID(str(value))
        except ValueError:
            return f"{value!r} is not a UUID"
    if kind == "boolean" and not isinstance(value, bool):
        return f"compare it with True or False, not {type(value).__name__} {value!r}"
    return None


def _is_iso_date(text: str) -> bool:
    try:
        return len(text) == 10 and dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _is_iso_datetime(text: str) -> bool:
    try:
        return "T" in text and dt.datetime.fromisoformat(text).tzinfo is not None
    except ValueError:
        return False


def compile_query(
    query: QueryLike,
    fields: Mapping[str, str],
    operation: str | None = None,
    enums: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The ``query`` parameter for an operation accepting ``fields`` (name -> filter type) whose
    enum fields take the values ``enums`` lists (field -> values)."""
    if isinstance(query, str):
        return query
    expression = _dnf(query)
    for condition in expression.conditions():
        _check(condition, fields, operation, enums or {})
    return str(expression)
