"""Exact amounts: JSON in and out without passing through ``float``.

Responses are parsed with every JSON number that has a fraction or exponent read as
:class:`~decimal.Decimal` (integers stay ``int``; the generated models turn number fields into
Decimal). Request bodies are written by :func:`dumps`, which writes a Decimal digit for digit
(``Decimal("64609.50")`` is sent as ``64609.50``) and refuses ``float``.

Both ways, a number must be one Bokio can hold (:data:`AMOUNTS`): finite (JSON has no ``NaN``
or ``Infinity``, though Python's parser reads them), zero or between 10^-28 and 10^29 in size
(the range of the .NET ``decimal`` Bokio's amounts are) and at most 60 digits long. Anything
else (``1e999999`` is a million digits once written out) is refused, never read or sent.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, Subnormal
from enum import Enum
from json.encoder import encode_basestring_ascii
from typing import Any, cast
from uuid import UUID

__all__ = ["AMOUNTS", "decimal_problem", "dumps", "loads", "to_decimal"]

# Reading a number in this context refuses (by raising) one out of range or too long to be exact.
AMOUNTS = Context(prec=60, Emax=28, Emin=-28, traps=[Overflow, Subnormal, Inexact])


def decimal_problem(value: Decimal) -> str | None:
    """Why ``value`` is not a number Bokio can hold, or None when it is."""
    if not value.is_finite():
        return f"must be a finite number, not {value}"
    try:
        AMOUNTS.create_decimal(value)
    except ArithmeticError:
        return "is out of range (zero or between 1E-28 and 1E+29 in size, at most 60 digits)"
    return None


def to_decimal(value: Decimal | int | str) -> Decimal:
    """``value`` as a finite Decimal; a ``float`` is refused because it may already be rounded."""
    if isinstance(value, (bool, float)):
        raise TypeError(f"use Decimal or str for amounts, not {type(value).__name__} ({value!r})")
    try:
        result = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"amounts must be finite, got {value!r}")
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_float=AMOUNTS.create_decimal, parse_constant=_refuse_constant)


def loads(content: bytes | str) -> Any:
    """Parse a JSON document (UTF-8 when bytes), reading fractional numbers as Decimal.

    Raises ValueError for anything else: ``NaN``, numbers out of range, nesting too deep.
    """
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    try:
        return _DECODER.decode(text)
    except ArithmeticError as error:  # a number out of range (decimal's signals)
        raise ValueError(f"a JSON number is out of range ({type(error).__name__})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring_ascii(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        problem = decimal_problem(value)
        if problem:
            raise ValueError(f"cannot send {value!r}: it {problem}")
        out.append(format(value, "f"))
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(cast("dict[object, object]", value).items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str, got {key!r}")
            if index:
                out.append(",")
            out.append(encode_basestring_ascii(key))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(cast("list[object] | tuple[object, ...]", value)):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    elif isinstance(value, Enum):
        _write(value.value, out)
    elif isinstance(value, (dt.date, dt.datetime)):
        out.append(encode_basestring_ascii(value.isoformat()))
    elif isinstance(value, UUID):
        out.append(encode_basestring_ascii(str(value)))
    elif isinstance(value, float):
        raise TypeError(f"refusing to send float {value!r}: use Decimal so the amount is exact")
    else:
        raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def dumps(value: Any) -> bytes:
    """Encode ``value`` (dicts, lists, str, int, bool, None, Decimal, dates, UUIDs) as JSON bytes."""
    out: list[str] = []
    _write(value, out)
    return "".join(out).encode("ascii")
