"""``--query 'status==published&&totalAmount>1000'`` read into a :data:`bokio.Q` expression.

The text is split the way Bokio reads it (``||`` of ``&&`` of comparisons) and each value is
converted to its field's type, so the SDK's query rules apply exactly as in Python code: an
unknown field is refused with a "did you mean", an operator that does not fit the field's type
and a value that is not a number, date or boolean are refused before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from bokio import Q
from bokio.errors import QueryError
from bokio.query import Condition, Expression

__all__ = ["parse_query"]

_COMPARISON = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(==|!=|>=|<=|>|<|~)(.*)$", re.DOTALL)


def _value(text: str, kind: str | None, field: str) -> Any:
    try:
        if kind == "number":
            number = Decimal(text)
            if not number.is_finite():
                raise InvalidOperation
            return number
        if kind == "integer":
            return int(text)
        if kind == "date":
            return dt.date.fromisoformat(text)
        if kind == "datetime":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if kind == "boolean":
            if text not in ("true", "false"):
                raise ValueError
            return text == "true"
    except (ValueError, InvalidOperation):
        raise QueryError(f"{field!r} is a {kind} field; {text!r} is not a valid {kind}") from None
    return text


def parse_query(text: str, fields: Mapping[str, str]) -> Expression | Condition:
    """The expression ``text`` describes, values typed by the operation's filter ``fields``.

    The façade checks it against ``fields`` when the list is requested.
    """
    expression: Expression | Condition | None = None
    for alternative in text.split("||"):
        conjunction: Expression | Condition | None = None
        for part in alternative.split("&&"):
            match = _COMPARISON.match(part)
            if match is None:
                raise QueryError(f"{part.strip()!r} is not a comparison such as status==published or totalAmount>100")
            name, operator, raw = match.group(1), match.group(2), match.group(3).strip()
            field = Q[name]
            kind = fields.get(name)
            value = _value(raw, kind, name)
            condition = {
                "==": field.__eq__,
                "!=": field.__ne__,
                ">": field.__gt__,
                "<": field.__lt__,
                ">=": field.__ge__,
                "<=": field.__le__,
                "~": field.contains,
            }[operator](value)
            conjunction = condition if conjunction is None else conjunction & condition
        assert conjunction is not None
        expression = conjunction if expression is None else expression | conjunction
    assert expression is not None
    return expression
