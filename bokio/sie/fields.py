"""Reading one SIE record: its fields split as the format quotes and groups them, and typed accessors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from .model import Field, ObjectRef, SieError, excerpt

_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_BARE = re.compile(r'[^ \t\r{}"]+')
_ESCAPE = re.compile(r'\\(["\\])')
_INT = re.compile(r"[+-]?[0-9]+")
UNSIGNED = re.compile(r"[0-9]+")
_AMOUNT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"[0-9]{8}")


def tokenize(text: str, line: int) -> list[Field]:
    """A record line's fields: bare words, quoted strings unescaped, object lists as tuples."""
    tokens: list[Field] = []
    group: list[str] | None = None
    position, end = 0, len(text)
    while True:
        while position < end and text[position] in " \t\r":
            position += 1
        if position >= end:
            break
        char = text[position]
        if char == "{":
            if group is not None:
                raise SieError("unbalanced braces: '{' inside an object list", line)
            group, position = [], position + 1
            continue
        if char == "}":
            if group is None:
                raise SieError("unbalanced braces: '}' without '{'", line)
            tokens.append(tuple(group))
            group, position = None, position + 1
            continue
        if char == '"':
            match = _QUOTED.match(text, position)
            if match is None:
                raise SieError("unterminated quoted string", line)
            value = _ESCAPE.sub(r"\1", match.group(1))
        else:
            match = _BARE.match(text, position)
            assert match is not None  # the character is none of the separators
            value = match.group()
        position = match.end()
        if group is None:
            tokens.append(value)
        else:
            group.append(value)
    if group is not None:
        raise SieError("unbalanced braces: '{' without '}'", line)
    return tokens


class Row:
    """One record's fields, with typed accessors that raise SieError naming the record and line."""

    __slots__ = ("fields", "label", "line")

    def __init__(self, label: str, fields: list[Field], line: int) -> None:
        self.label, self.fields, self.line = label, fields, line

    def error(self, message: str) -> SieError:
        return SieError(f"#{self.label}: {message}", self.line)

    def _value(self, index: int, what: str, required: bool) -> str | None:
        if index >= len(self.fields):
            if required:
                raise self.error(f"missing {what}")
            return None
        value = self.fields[index]
        if not isinstance(value, str):
            raise self.error(f"expected {what}, got an object list")
        return value

    def text(self, index: int, what: str) -> str:
        value = self._value(index, what, True)
        assert value is not None
        return value

    def optional_text(self, index: int, what: str) -> str | None:
        return self._value(index, what, False) or None

    def integer(self, index: int, what: str, pattern: re.Pattern[str] = _INT) -> int:
        value = self.text(index, what)
        if pattern.fullmatch(value):
            try:
                return int(value)
            except ValueError:  # more digits than int() accepts
                pass
        raise self.error(f"bad {what} {excerpt(value)}")

    def account(self, index: int) -> int:
        return self.integer(index, "account number", UNSIGNED)

    def _amount(self, value: str, what: str) -> Decimal:
        if not _AMOUNT.fullmatch(value):
            raise self.error(f"bad {what} {excerpt(value)}")
        return Decimal(value)

    def amount(self, index: int, what: str = "amount") -> Decimal:
        return self._amount(self.text(index, what), what)

    def optional_amount(self, index: int, what: str) -> Decimal | None:
        value = self.optional_text(index, what)
        return None if value is None else self._amount(value, what)

    def _date(self, value: str, what: str) -> dt.date:
        if _DATE.fullmatch(value):
            try:
                return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
            except ValueError:
                pass
        raise self.error(f"bad {what} {excerpt(value)} (expected YYYYMMDD)")

    def date(self, index: int, what: str = "date") -> dt.date:
        return self._date(self.text(index, what), what)

    def optional_date(self, index: int, what: str) -> dt.date | None:
        value = self.optional_text(index, what)
        return None if value is None else self._date(value, what)

    def objects(self, index: int) -> tuple[ObjectRef, ...]:
        if index >= len(self.fields):
            raise self.error("missing object list")
        value = self.fields[index]
        if isinstance(value, str):
            raise self.error(f"expected an object list in braces, got {excerpt(value)}")
        if len(value) % 2:
            raise self.error("object list must hold pairs of dimension and object")
        objects: list[ObjectRef] = []
        for dimension, code in zip(value[::2], value[1::2], strict=True):
            if not UNSIGNED.fullmatch(dimension) or len(dimension) > 18:
                raise self.error(f"bad dimension number {excerpt(dimension)} in object list")
            objects.append((int(dimension), code))
        return tuple(objects)
