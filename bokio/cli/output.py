"""Printing API objects as a table, JSON, JSON lines or CSV, with amounts digit for digit.

Objects arrive as the JSON-ready dicts of the models' ``to_dict()``: amounts are Decimal and are
written with ``format(value, "f")`` (never through float). JSON and JSON lines are streamed
item by item; a table or CSV needs every row's columns first, so those are buffered.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import IO, Any
from uuid import UUID

from bokio import money
from bokio.jsonvalues import is_mapping

__all__ = ["FORMATS", "default_format", "write_items", "write_object"]

FORMATS = ("table", "json", "jsonl", "csv")


def default_format(stream: IO[str]) -> str:
    """A table for a person at a terminal, JSON for a pipe or a file."""
    return "table" if stream.isatty() else "json"


def _json(value: Any) -> str:
    """Exact JSON: Decimals digit for digit, through the SDK's own encoder (``bokio.money``)."""
    return money.dumps(value).decode("ascii")


def scalar(value: Any) -> str:
    """One value as text for a table cell or CSV field; nested objects as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, UUID)):
        return str(value)
    return _json(value)


def flatten(item: Mapping[str, object], prefix: str = "") -> dict[str, object]:
    """Nested objects as dotted columns (``address.city``); lists stay whole."""
    row: dict[str, object] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if is_mapping(value):
            row.update(flatten(value, f"{name}."))
        else:
            row[name] = value
    return row


def _columns(rows: Iterable[Mapping[str, object]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def write_object(value: Any, fmt: str, out: IO[str]) -> None:
    """One object (a dict) in ``fmt``."""
    if fmt in ("json", "jsonl"):
        out.write(_json(value) + "\n")
    elif fmt == "csv":
        write_items([value], "csv", out)
    elif is_mapping(value):
        _print_table([{"field": key, "value": scalar(item)} for key, item in flatten(value).items()], out, header=False)
    else:
        out.write(scalar(value) + "\n")


def write_items(items: Iterable[Any], fmt: str, out: IO[str]) -> int:
    """Every item (dicts) in ``fmt``; returns how many were written."""
    count = 0
    if fmt == "json":
        out.write("[")
        for item in items:
            out.write(("," if count else "") + "\n  " + _json(item))
            count += 1
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt == "jsonl":
        for item in items:
            out.write(_json(item) + "\n")
            count += 1
        return count
    rows = [flatten(item) if is_mapping(item) else {"value": item} for item in items]
    columns = _columns(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([scalar(row.get(column)) for column in columns])
    else:
        _print_table([{column: scalar(row.get(column)) for column in columns} for row in rows], out, header=True)
    return len(rows)


def _print_table(rows: list[dict[str, str]], out: IO[str], *, header: bool) -> None:
    """A table; cells are plain text (no rich markup), with control characters shown as \ufffd."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, soft_wrap=False, width=None if out.isatty() else 200, highlight=False)
    table = Table(show_header=header, box=box.SIMPLE_HEAD if header else None, pad_edge=False)
    columns = _columns(rows)
    for column in columns:
        table.add_column(Text(_printable(column)), overflow="fold", no_wrap=False)
    for row in rows:
        table.add_row(*(Text(_printable(row.get(column, ""))) for column in columns))
    console.print(table)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """``text`` without the control characters a terminal would act on (escape sequences)."""
    return _CONTROL.sub("\ufffd", text)
