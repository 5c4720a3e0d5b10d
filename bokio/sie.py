"""Read and write SIE 4 files, the Swedish bookkeeping export that ``client.sie`` downloads.

A SIE file is text in PC8 (IBM code page 437), one ``#LABEL field field …`` record per line.
Fields are separated by spaces or tabs; a field holding spaces is quoted (``"Bank konto"``, with
``\\"`` and ``\\\\`` as escapes) and object lists are written in braces (``{1 "100" 6 "P1"}``).
Each ``#VER`` (voucher) is followed by a ``{ … }`` block of ``#TRANS`` rows.

>>> from bokio import sie
>>> export = sie.parse(client.sie.download(fiscal_year_id))   # or client.sie.get(fiscal_year_id)
>>> export.accounts[1930].name
'Företagskonto'
>>> sie.check_balanced(export)                                # raises SieError when a voucher is off

Amounts are :class:`~decimal.Decimal` (never float), dates :class:`datetime.date`. Records this
module does not model (``#PROSA``, ``#ENHET``, ``#KSUMMA``, …) are kept in :attr:`SieFile.extra`
(or :attr:`Voucher.extra` inside a voucher) so that :func:`dumps` writes them back:
``parse(dumps(parse(data))) == parse(data)``. Lines that do not start with ``#``, ``{`` or ``}``
are comments and ignored. Malformed input raises :class:`SieError` with the 1-based line number.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import decimal
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import BinaryIO, Literal, NamedTuple, TypeAlias

from bokio.errors import BokioError

__all__ = [
    "Account",
    "Address",
    "Balance",
    "Dimension",
    "FiscalYear",
    "ObjectBalance",
    "ObjectRef",
    "PeriodBalance",
    "Program",
    "Record",
    "SieError",
    "SieFile",
    "SieObject",
    "Transaction",
    "TransactionKind",
    "Voucher",
    "check_balanced",
    "dump",
    "dumps",
    "load",
    "parse",
    "unbalanced_vouchers",
]

ObjectRef: TypeAlias = tuple[int, str]
"""One entry of an object list: ``(dimension number, object code)``, e.g. ``(1, "100")``."""
Field: TypeAlias = "str | tuple[str, ...]"
TransactionKind: TypeAlias = Literal["TRANS", "RTRANS", "BTRANS"]


class SieError(BokioError, ValueError):
    """Malformed SIE data; ``line`` is the 1-based line number (``None`` when not tied to one)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(message if line is None else f"line {line}: {message}")

    def __reduce__(self) -> tuple[type[SieError], tuple[str, int | None]]:
        return type(self), (self.message, self.line)


# -- the model ---------------------------------------------------------------------------------


class FiscalYear(NamedTuple):
    """``#RAR``: a fiscal year's first and last day."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Program:
    """``#PROGRAM``: the program that wrote the file."""

    name: str
    version: str | None = None


@dataclass(frozen=True)
class Address:
    """``#ADRESS``: contact person, street address, postal address and phone number."""

    contact: str = ""
    street: str = ""
    postal: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Account:
    """An account from ``#KONTO`` (name), ``#KTYP`` (type: T, S, K or I) and ``#SRU`` (tax code).

    ``name`` is ``None`` when the file has a ``#KTYP``/``#SRU`` for the account but no ``#KONTO``.
    """

    number: int
    name: str | None = None
    type: str | None = None
    sru: str | None = None


@dataclass(frozen=True)
class Dimension:
    """``#DIM``: a dimension objects belong to (1 = cost centre, 6 = project, …)."""

    number: int
    name: str


@dataclass(frozen=True)
class SieObject:
    """``#OBJEKT``: one object (a cost centre, a project, …) of a dimension."""

    dimension: int
    code: str
    name: str


@dataclass(frozen=True)
class Balance:
    """``#IB``, ``#UB`` or ``#RES``: an account's balance for a fiscal year (0 = this, -1 = last)."""

    year: int
    account: int
    amount: Decimal
    quantity: Decimal | None = None


@dataclass(frozen=True)
class ObjectBalance:
    """``#OIB`` or ``#OUB``: an account's opening or closing balance for an object list."""

    year: int
    account: int
    objects: tuple[ObjectRef, ...]
    amount: Decimal
    quantity: Decimal | None = None


@dataclass(frozen=True)
class PeriodBalance:
    """``#PSALDO`` or ``#PBUDGET``: an account's balance (or budget) for one month, ``YYYYMM``."""

    year: int
    period: str
    account: int
    objects: tuple[ObjectRef, ...]
    amount: Decimal
    quantity: Decimal | None = None


@dataclass(frozen=True)
class Transaction:
    """A ``#TRANS`` row of a voucher: debit positive, credit negative.

    ``kind`` is ``"RTRANS"`` for a row added afterwards and ``"BTRANS"`` for a row removed
    afterwards (SIE repeats an added row as a plain ``#TRANS``, so only ``"TRANS"`` rows count
    towards the voucher's balance).
    """

    account: int
    amount: Decimal
    objects: tuple[ObjectRef, ...] = ()
    date: dt.date | None = None
    text: str | None = None
    quantity: Decimal | None = None
    sign: str | None = None
    kind: TransactionKind = "TRANS"


@dataclass(frozen=True)
class Record:
    """A record this module does not model, kept as its label and fields (object lists as tuples)."""

    label: str
    fields: tuple[Field, ...] = ()
    line: int | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Voucher:
    """``#VER``: a voucher (verifikation) and its transaction rows.

    ``line`` is where the ``#VER`` stood in the parsed file (not compared, not written).
    """

    series: str
    number: str
    date: dt.date
    text: str = ""
    registration_date: dt.date | None = None
    sign: str | None = None
    transactions: tuple[Transaction, ...] = ()
    extra: tuple[Record, ...] = ()
    line: int | None = field(default=None, compare=False, repr=False)

    @property
    def balance(self) -> Decimal:
        """The exact sum of the ``#TRANS`` amounts: zero when the voucher balances."""
        with decimal.localcontext() as context:
            context.prec = decimal.MAX_PREC
            return sum((t.amount for t in self.transactions if t.kind == "TRANS"), Decimal(0))

    @property
    def is_balanced(self) -> bool:
        """Whether debit equals credit (the ``#TRANS`` amounts sum to zero)."""
        return self.balance == 0


@dataclass
class SieFile:
    """A parsed SIE file. ``fiscal_years`` maps the ``#RAR`` index (0 = this year, -1 = last) to
    its dates; balances refer to those indexes. Build or edit one and write it with :func:`dumps`
    (``generated_by`` is only written with ``generated``; an account is written as the
    ``#KONTO``/``#KTYP``/``#SRU`` records its non-None fields call for).
    """

    flagga: int | None = None
    format: str = "PC8"
    sietyp: int | None = None
    program: Program | None = None
    generated: dt.date | None = None
    generated_by: str | None = None
    company_name: str | None = None
    org_number: str | None = None
    address: Address | None = None
    fiscal_years: dict[int, FiscalYear] = field(default_factory=dict)
    chart_type: str | None = None
    currency: str | None = None
    accounts: dict[int, Account] = field(default_factory=dict)
    dimensions: dict[int, Dimension] = field(default_factory=dict)
    objects: dict[tuple[int, str], SieObject] = field(default_factory=dict)
    opening_balances: list[Balance] = field(default_factory=list)
    closing_balances: list[Balance] = field(default_factory=list)
    object_opening_balances: list[ObjectBalance] = field(default_factory=list)
    object_closing_balances: list[ObjectBalance] = field(default_factory=list)
    results: list[Balance] = field(default_factory=list)
    period_balances: list[PeriodBalance] = field(default_factory=list)
    period_budgets: list[PeriodBalance] = field(default_factory=list)
    vouchers: list[Voucher] = field(default_factory=list)
    extra: list[Record] = field(default_factory=list)


# -- checks ------------------------------------------------------------------------------------


def unbalanced_vouchers(sie: SieFile) -> list[Voucher]:
    """The vouchers whose ``#TRANS`` amounts do not sum to zero."""
    return [voucher for voucher in sie.vouchers if not voucher.is_balanced]


def check_balanced(sie: SieFile) -> None:
    """Raise :class:`SieError` (at the first offending ``#VER``) unless every voucher balances."""
    unbalanced = unbalanced_vouchers(sie)
    if unbalanced:
        described = "; ".join(f"{v.series}{v.number} {v.date.isoformat()} is off by {v.balance}" for v in unbalanced)
        count = len(unbalanced)
        raise SieError(f"{count} unbalanced voucher{'s' if count > 1 else ''}: {described}", unbalanced[0].line)


# -- reading -----------------------------------------------------------------------------------

_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_BARE = re.compile(r'[^ \t\r{}"]+')
_ESCAPE = re.compile(r'\\(["\\])')
_INT = re.compile(r"[+-]?[0-9]+")
_UINT = re.compile(r"[0-9]+")
_AMOUNT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_DATE = re.compile(r"[0-9]{8}")
_PERIOD = re.compile(r"[0-9]{4}(?:0[1-9]|1[0-2])")
_FLAG = re.compile("[01]")
_SIETYPES = {"1": 1, "2": 2, "3": 3, "4": 4}
_TRANS_KINDS: dict[str, TransactionKind] = {"TRANS": "TRANS", "RTRANS": "RTRANS", "BTRANS": "BTRANS"}


def _show(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _tokenize(text: str, line: int) -> list[Field]:
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


class _Row:
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
        raise self.error(f"bad {what} {_show(value)}")

    def account(self, index: int) -> int:
        return self.integer(index, "account number", _UINT)

    def _amount(self, value: str, what: str) -> Decimal:
        if not _AMOUNT.fullmatch(value):
            raise self.error(f"bad {what} {_show(value)}")
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
        raise self.error(f"bad {what} {_show(value)} (expected YYYYMMDD)")

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
            raise self.error(f"expected an object list in braces, got {_show(value)}")
        if len(value) % 2:
            raise self.error("object list must hold pairs of dimension and object")
        objects = []
        for dimension, code in zip(value[::2], value[1::2], strict=True):
            if not _UINT.fullmatch(dimension) or len(dimension) > 18:
                raise self.error(f"bad dimension number {_show(dimension)} in object list")
            objects.append((int(dimension), code))
        return tuple(objects)


class _Parser:
    def __init__(self) -> None:
        self.sie = SieFile()
        self.handlers: dict[str, Callable[[_Row], None]] = {
            "FLAGGA": self._flagga,
            "FORMAT": self._format,
            "SIETYP": self._sietyp,
            "PROGRAM": self._program,
            "GEN": self._gen,
            "FNAMN": self._fnamn,
            "ORGNR": self._orgnr,
            "ADRESS": self._adress,
            "RAR": self._rar,
            "KPTYP": self._kptyp,
            "VALUTA": self._valuta,
            "KONTO": self._konto,
            "KTYP": self._ktyp,
            "SRU": self._sru,
            "DIM": self._dim,
            "OBJEKT": self._objekt,
            "IB": lambda row: self.sie.opening_balances.append(self._balance(row)),
            "UB": lambda row: self.sie.closing_balances.append(self._balance(row)),
            "RES": lambda row: self.sie.results.append(self._balance(row)),
            "OIB": lambda row: self.sie.object_opening_balances.append(self._object_balance(row)),
            "OUB": lambda row: self.sie.object_closing_balances.append(self._object_balance(row)),
            "PSALDO": lambda row: self.sie.period_balances.append(self._period_balance(row)),
            "PBUDGET": lambda row: self.sie.period_budgets.append(self._period_balance(row)),
            "VER": self._ver,
        }
        self.voucher: Voucher | None = None  # the last #VER, until its block is closed
        self.block: int | None = None  # line of the voucher's '{' while inside it
        self.transactions: list[Transaction] = []
        self.voucher_extra: list[Record] = []

    def run(self, text: str) -> SieFile:
        lines = text.split("\n") if "\n" in text or "\r" not in text else text.split("\r")
        for number, raw in enumerate(lines, 1):
            line = raw.strip(" \t\r")
            if not line or line[0] not in "#{}":
                continue  # blank line or comment
            if line[0] == "{":
                self._open(line, number)
            elif line[0] == "}":
                if line != "}":
                    raise SieError("unexpected text after '}'", number)
                if self.block is None:
                    raise SieError("unbalanced braces: '}' without '{'", number)
                self._close_voucher()
            else:
                self._record(line, number)
        if self.block is not None:
            raise SieError("unbalanced braces: '{' is never closed", self.block)
        self._close_voucher()
        return self.sie

    def _open(self, line: str, number: int) -> None:
        if line != "{":
            raise SieError("unexpected text after '{'", number)
        if self.block is not None:
            raise SieError("unbalanced braces: '{' inside a #VER block", number)
        if self.voucher is None:
            raise SieError("'{' without a #VER before it", number)
        self.block = number

    def _record(self, line: str, number: int) -> None:
        if self.block is None:
            self._close_voucher()  # a #VER without a block has no transactions
        tokens = _tokenize(line, number)
        head = tokens[0]
        assert isinstance(head, str) and head.startswith("#")
        label = head[1:]
        if not label:
            raise SieError("missing label after '#'", number)
        row = _Row(label, tokens[1:], number)
        kind = _TRANS_KINDS.get(label)
        if self.block is not None:
            if kind is not None:
                self.transactions.append(self._trans(row, kind))
            elif label in self.handlers:
                raise row.error("not allowed inside a #VER block")
            else:
                self.voucher_extra.append(Record(label, tuple(row.fields), number))
        elif kind is not None:
            raise row.error("outside a #VER block")
        elif label in self.handlers:
            self.handlers[label](row)
        else:
            self.sie.extra.append(Record(label, tuple(row.fields), number))

    def _close_voucher(self) -> None:
        if self.voucher is not None:
            voucher = dataclasses.replace(
                self.voucher, transactions=tuple(self.transactions), extra=tuple(self.voucher_extra)
            )
            self.sie.vouchers.append(voucher)
        self.voucher, self.block = None, None
        self.transactions, self.voucher_extra = [], []

    # identification

    def _flagga(self, row: _Row) -> None:
        self.sie.flagga = row.integer(0, "flag", _FLAG)

    def _format(self, row: _Row) -> None:
        value = row.text(0, "format")
        if value != "PC8":
            raise row.error(f"unsupported format {_show(value)} (SIE files are PC8)")
        self.sie.format = value

    def _sietyp(self, row: _Row) -> None:
        value = row.text(0, "SIE type")
        if value not in _SIETYPES:
            raise row.error(f"unknown SIE type {_show(value)} (expected 1, 2, 3 or 4)")
        self.sie.sietyp = _SIETYPES[value]

    def _program(self, row: _Row) -> None:
        self.sie.program = Program(row.text(0, "program name"), row.optional_text(1, "version"))

    def _gen(self, row: _Row) -> None:
        self.sie.generated = row.date(0)
        self.sie.generated_by = row.optional_text(1, "signature")

    def _fnamn(self, row: _Row) -> None:
        self.sie.company_name = row.text(0, "company name")

    def _orgnr(self, row: _Row) -> None:
        self.sie.org_number = row.text(0, "organisation number")

    def _adress(self, row: _Row) -> None:
        parts = [row.optional_text(i, "address field") or "" for i in range(4)]
        self.sie.address = Address(*parts)

    def _rar(self, row: _Row) -> None:
        year = row.integer(0, "fiscal year index")
        self.sie.fiscal_years[year] = FiscalYear(row.date(1, "start date"), row.date(2, "end date"))

    def _kptyp(self, row: _Row) -> None:
        self.sie.chart_type = row.text(0, "chart type")

    def _valuta(self, row: _Row) -> None:
        self.sie.currency = row.text(0, "currency")

    # chart of accounts and objects

    def _account(self, row: _Row) -> Account:
        number = row.account(0)
        return self.sie.accounts.setdefault(number, Account(number))

    def _konto(self, row: _Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, name=row.text(1, "account name"))

    def _ktyp(self, row: _Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, type=row.text(1, "account type"))

    def _sru(self, row: _Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, sru=row.text(1, "SRU code"))

    def _dim(self, row: _Row) -> None:
        number = row.integer(0, "dimension number", _UINT)
        self.sie.dimensions[number] = Dimension(number, row.text(1, "dimension name"))

    def _objekt(self, row: _Row) -> None:
        dimension = row.integer(0, "dimension number", _UINT)
        code = row.text(1, "object code")
        self.sie.objects[dimension, code] = SieObject(dimension, code, row.text(2, "object name"))

    # balances

    def _balance(self, row: _Row) -> Balance:
        return Balance(
            row.integer(0, "fiscal year index"),
            row.account(1),
            row.amount(2),
            row.optional_amount(3, "quantity"),
        )

    def _object_balance(self, row: _Row) -> ObjectBalance:
        return ObjectBalance(
            row.integer(0, "fiscal year index"),
            row.account(1),
            row.objects(2),
            row.amount(3),
            row.optional_amount(4, "quantity"),
        )

    def _period_balance(self, row: _Row) -> PeriodBalance:
        period = row.text(1, "period")
        if not _PERIOD.fullmatch(period):
            raise row.error(f"bad period {_show(period)} (expected YYYYMM)")
        return PeriodBalance(
            row.integer(0, "fiscal year index"),
            period,
            row.account(2),
            row.objects(3),
            row.amount(4),
            row.optional_amount(5, "quantity"),
        )

    # vouchers

    def _ver(self, row: _Row) -> None:
        self.voucher = Voucher(
            series=row.text(0, "series"),
            number=row.text(1, "voucher number"),
            date=row.date(2, "voucher date"),
            text=row.optional_text(3, "voucher text") or "",
            registration_date=row.optional_date(4, "registration date"),
            sign=row.optional_text(5, "signature"),
            line=row.line,
        )

    def _trans(self, row: _Row, kind: TransactionKind) -> Transaction:
        return Transaction(
            account=row.account(0),
            objects=row.objects(1),
            amount=row.amount(2),
            date=row.optional_date(3, "transaction date"),
            text=row.optional_text(4, "transaction text"),
            quantity=row.optional_amount(5, "quantity"),
            sign=row.optional_text(6, "signature"),
            kind=kind,
        )


def parse(data: bytes | bytearray | memoryview | str) -> SieFile:
    """Parse a SIE file: bytes are decoded as PC8 (CP437), a ``str`` is taken as is.

    Raises :class:`SieError` (and nothing else) when the data is not a valid SIE file. Bytes
    starting with a UTF-8 byte order mark are decoded as UTF-8 instead.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if raw.startswith(codecs.BOM_UTF8):
            try:
                text = raw[len(codecs.BOM_UTF8) :].decode("utf-8")
            except UnicodeDecodeError as error:
                line = raw[: len(codecs.BOM_UTF8) + error.start].count(b"\n") + 1
                raise SieError("invalid UTF-8 (the file starts with a UTF-8 byte order mark)", line) from None
        else:
            text = raw.decode("cp437")  # every byte is a CP437 character
    elif isinstance(data, str):
        text = data.removeprefix("\ufeff")
    else:
        raise TypeError(f"parse() takes bytes or str, not {type(data).__name__}")
    _check_start(text)
    return _Parser().run(text)


def _check_start(text: str) -> None:
    """Refuse what is not SIE at all (nothing, an HTML error page) rather than read it as an empty file."""
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = line.strip(" \t")
        if line:
            if not line.startswith("#"):
                hint = " (an HTML page?)" if line.startswith("<") else ""
                raise SieError(f"not a SIE file: the first line is not a #record{hint}", number)
            return
    raise SieError("not a SIE file: it is empty", 1)


def load(path: str | os.PathLike[str]) -> SieFile:
    """Read and parse a SIE file."""
    with open(path, "rb") as file:
        return parse(file.read())


# -- writing -----------------------------------------------------------------------------------

_NEEDS_QUOTES = re.compile(r'[\s"\\{}\x00-\x1f\x7f]')


def _quoted(text: str) -> str:
    if "\n" in text:
        raise SieError(f"{_show(text)} cannot be written to SIE: it holds a line break")
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
