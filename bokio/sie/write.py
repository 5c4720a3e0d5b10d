"""Writing a :class:`~bokio.sie.SieFile` as SIE text: quoting, the records' order, PC8 encoding."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import BinaryIO, Literal

from .model import Balance, Field, ObjectRef, Record, SieError, SieFile, Voucher, excerpt

_NEEDS_QUOTES = re.compile(r'[\s"\\{}\x00-\x1f\x7f]')


def _quoted(text: str) -> str:
    if "\n" in text:
        raise SieError(f"{excerpt(text)} cannot be written to SIE: it holds a line break")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _word(text: str) -> str:
    """The text bare when that parses back the same, else quoted."""
    return text if text and not _NEEDS_QUOTES.search(text) else _quoted(text)


def _number(value: Decimal) -> str:
    if not value.is_finite():
        raise SieError(f"{value} cannot be written to SIE: amounts must be finite")
    return format(value, "f")


def _day(value: dt.date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _objects(objects: Iterable[ObjectRef]) -> str:
    return "{" + " ".join(f"{dimension} {_quoted(code)}" for dimension, code in objects) + "}"


def _optional(*fields: str | None) -> list[str]:
    """Optional trailing fields: drop the missing ones at the end, write the others as ``""``."""
    values = list(fields)
    while values and values[-1] is None:
        values.pop()
    return ['""' if value is None else value for value in values]


def _field(value: Field) -> str:
    return _word(value) if isinstance(value, str) else "{" + " ".join(map(_word, value)) + "}"


def _record(record: Record) -> str:
    return " ".join([f"#{record.label}", *map(_field, record.fields)])


def _line(label: str, *fields: str) -> str:
    return " ".join([label, *fields])


def _lines(sie: SieFile) -> Iterator[str]:
    if sie.flagga is not None:
        yield _line("#FLAGGA", str(sie.flagga))
    yield "#FORMAT PC8"
    if sie.sietyp is not None:
        yield _line("#SIETYP", str(sie.sietyp))
    if sie.program is not None:
        version = None if sie.program.version is None else _quoted(sie.program.version)
        yield _line("#PROGRAM", _quoted(sie.program.name), *_optional(version))
    if sie.generated is not None:
        sign = None if sie.generated_by is None else _quoted(sie.generated_by)
        yield _line("#GEN", _day(sie.generated), *_optional(sign))
    if sie.company_name is not None:
        yield _line("#FNAMN", _quoted(sie.company_name))
    if sie.org_number is not None:
        yield _line("#ORGNR", _word(sie.org_number))
    if sie.address is not None:
        address = sie.address
        yield _line("#ADRESS", *map(_quoted, (address.contact, address.street, address.postal, address.phone)))
    for index, year in sie.fiscal_years.items():
        yield _line("#RAR", str(index), _day(year.start), _day(year.end))
    if sie.chart_type is not None:
        yield _line("#KPTYP", _word(sie.chart_type))
    if sie.currency is not None:
        yield _line("#VALUTA", _word(sie.currency))
    yield from map(_record, sie.extra)
    accounts = list(sie.accounts.values())
    yield from (_line("#KONTO", str(a.number), _quoted(a.name)) for a in accounts if a.name is not None)
    yield from (_line("#KTYP", str(a.number), _word(a.type)) for a in accounts if a.type is not None)
    yield from (_line("#SRU", str(a.number), _word(a.sru)) for a in accounts if a.sru is not None)
    for dimension in sie.dimensions.values():
        yield _line("#DIM", str(dimension.number), _quoted(dimension.name))
    for obj in sie.objects.values():
        yield _line("#OBJEKT", str(obj.dimension), _quoted(obj.code), _quoted(obj.name))
    for label, balances in (("#IB", sie.opening_balances), ("#UB", sie.closing_balances)):
        yield from (_balance(label, balance) for balance in balances)
    for label, object_balances in (("#OIB", sie.object_opening_balances), ("#OUB", sie.object_closing_balances)):
        for b in object_balances:
            quantity = None if b.quantity is None else _number(b.quantity)
            head = (str(b.year), str(b.account), _objects(b.objects), _number(b.amount))
            yield _line(label, *head, *_optional(quantity))
    yield from (_balance("#RES", balance) for balance in sie.results)
    for label, period_balances in (("#PSALDO", sie.period_balances), ("#PBUDGET", sie.period_budgets)):
        for p in period_balances:
            quantity = None if p.quantity is None else _number(p.quantity)
            yield _line(
                label,
                str(p.year),
                p.period,
                str(p.account),
                _objects(p.objects),
                _number(p.amount),
                *_optional(quantity),
            )
    for voucher in sie.vouchers:
        yield from _voucher(voucher)


def _balance(label: str, balance: Balance) -> str:
    quantity = None if balance.quantity is None else _number(balance.quantity)
    return _line(label, str(balance.year), str(balance.account), _number(balance.amount), *_optional(quantity))


def _voucher(voucher: Voucher) -> Iterator[str]:
    registered = None if voucher.registration_date is None else _day(voucher.registration_date)
    sign = None if voucher.sign is None else _quoted(voucher.sign)
    head = (_quoted(voucher.series), _quoted(voucher.number), _day(voucher.date), _quoted(voucher.text))
    yield _line("#VER", *head, *_optional(registered, sign))
    yield "{"
    for t in voucher.transactions:
        optional = _optional(
            None if t.date is None else _day(t.date),
            None if t.text is None else _quoted(t.text),
            None if t.quantity is None else _number(t.quantity),
            None if t.sign is None else _quoted(t.sign),
        )
        yield _line(f"   #{t.kind}", str(t.account), _objects(t.objects), _number(t.amount), *optional)
    yield from (f"   {_record(record)}" for record in voucher.extra)
    yield "}"


def dumps(sie: SieFile, *, line_ending: Literal["\r\n", "\n"] = "\r\n") -> bytes:
    """The SIE file as PC8 (CP437) bytes with ``#FORMAT PC8``, every line ending in ``line_ending``.

    Records come in the order the SIE standard gives; :attr:`SieFile.extra` records follow the
    identification records. Raises :class:`SieError` for text PC8 cannot hold (such as ``€``;
    ``line`` is the output line) or that has a line break.
    """
    if line_ending not in ("\r\n", "\n"):
        raise ValueError(f"line_ending must be '\\r\\n' or '\\n', not {line_ending!r}")
    text = "".join(line + line_ending for line in _lines(sie))
    try:
        return text.encode("cp437")
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise SieError(f"{text[error.start]!r} cannot be written in PC8 (CP437)", line) from None


def dump(
    sie: SieFile, destination: str | os.PathLike[str] | BinaryIO, *, line_ending: Literal["\r\n", "\n"] = "\r\n"
) -> None:
    """Write :func:`dumps` of the file to a path or a binary file."""
    data = dumps(sie, line_ending=line_ending)
    if isinstance(destination, (str, os.PathLike)):
        with open(destination, "wb") as file:
            file.write(data)
    else:
        destination.write(data)
