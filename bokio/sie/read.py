"""Parsing SIE text into a :class:`~bokio.sie.SieFile`: bytes decoded, records dispatched by label."""

from __future__ import annotations

import codecs
import dataclasses
import os
import re
from collections.abc import Callable

from .fields import UNSIGNED, Row, tokenize
from .model import (
    Account,
    Address,
    Balance,
    Dimension,
    FiscalYear,
    ObjectBalance,
    PeriodBalance,
    Program,
    Record,
    SieError,
    SieFile,
    SieObject,
    Transaction,
    TransactionKind,
    Voucher,
    excerpt,
)

_PERIOD = re.compile(r"[0-9]{4}(?:0[1-9]|1[0-2])")
_FLAG = re.compile("[01]")
_SIETYPES = {"1": 1, "2": 2, "3": 3, "4": 4}
_TRANS_KINDS: dict[str, TransactionKind] = {"TRANS": "TRANS", "RTRANS": "RTRANS", "BTRANS": "BTRANS"}


class _Parser:
    def __init__(self) -> None:
        self.sie = SieFile()
        self.handlers: dict[str, Callable[[Row], None]] = {
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
        tokens = tokenize(line, number)
        head = tokens[0]
        assert isinstance(head, str) and head.startswith("#")
        label = head[1:]
        if not label:
            raise SieError("missing label after '#'", number)
        row = Row(label, tokens[1:], number)
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

    def _flagga(self, row: Row) -> None:
        self.sie.flagga = row.integer(0, "flag", _FLAG)

    def _format(self, row: Row) -> None:
        value = row.text(0, "format")
        if value != "PC8":
            raise row.error(f"unsupported format {excerpt(value)} (SIE files are PC8)")
        self.sie.format = value

    def _sietyp(self, row: Row) -> None:
        value = row.text(0, "SIE type")
        if value not in _SIETYPES:
            raise row.error(f"unknown SIE type {excerpt(value)} (expected 1, 2, 3 or 4)")
        self.sie.sietyp = _SIETYPES[value]

    def _program(self, row: Row) -> None:
        self.sie.program = Program(row.text(0, "program name"), row.optional_text(1, "version"))

    def _gen(self, row: Row) -> None:
        self.sie.generated = row.date(0)
        self.sie.generated_by = row.optional_text(1, "signature")

    def _fnamn(self, row: Row) -> None:
        self.sie.company_name = row.text(0, "company name")

    def _orgnr(self, row: Row) -> None:
        self.sie.org_number = row.text(0, "organisation number")

    def _adress(self, row: Row) -> None:
        parts = [row.optional_text(i, "address field") or "" for i in range(4)]
        self.sie.address = Address(*parts)

    def _rar(self, row: Row) -> None:
        year = row.integer(0, "fiscal year index")
        self.sie.fiscal_years[year] = FiscalYear(row.date(1, "start date"), row.date(2, "end date"))

    def _kptyp(self, row: Row) -> None:
        self.sie.chart_type = row.text(0, "chart type")

    def _valuta(self, row: Row) -> None:
        self.sie.currency = row.text(0, "currency")

    # chart of accounts and objects

    def _account(self, row: Row) -> Account:
        number = row.account(0)
        return self.sie.accounts.setdefault(number, Account(number))

    def _konto(self, row: Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, name=row.text(1, "account name"))

    def _ktyp(self, row: Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, type=row.text(1, "account type"))

    def _sru(self, row: Row) -> None:
        account = self._account(row)
        self.sie.accounts[account.number] = dataclasses.replace(account, sru=row.text(1, "SRU code"))

    def _dim(self, row: Row) -> None:
        number = row.integer(0, "dimension number", UNSIGNED)
        self.sie.dimensions[number] = Dimension(number, row.text(1, "dimension name"))

    def _objekt(self, row: Row) -> None:
        dimension = row.integer(0, "dimension number", UNSIGNED)
        code = row.text(1, "object code")
        self.sie.objects[dimension, code] = SieObject(dimension, code, row.text(2, "object name"))

    # balances

    def _balance(self, row: Row) -> Balance:
        return Balance(
            row.integer(0, "fiscal year index"),
            row.account(1),
            row.amount(2),
            row.optional_amount(3, "quantity"),
        )

    def _object_balance(self, row: Row) -> ObjectBalance:
        return ObjectBalance(
            row.integer(0, "fiscal year index"),
            row.account(1),
            row.objects(2),
            row.amount(3),
            row.optional_amount(4, "quantity"),
        )

    def _period_balance(self, row: Row) -> PeriodBalance:
        period = row.text(1, "period")
        if not _PERIOD.fullmatch(period):
            raise row.error(f"bad period {excerpt(period)} (expected YYYYMM)")
        return PeriodBalance(
            row.integer(0, "fiscal year index"),
            period,
            row.account(2),
            row.objects(3),
            row.amount(4),
            row.optional_amount(5, "quantity"),
        )

    # vouchers

    def _ver(self, row: Row) -> None:
        self.voucher = Voucher(
            series=row.text(0, "series"),
            number=row.text(1, "voucher number"),
            date=row.date(2, "voucher date"),
            text=row.optional_text(3, "voucher text") or "",
            registration_date=row.optional_date(4, "registration date"),
            sign=row.optional_text(5, "signature"),
            line=row.line,
        )

    def _trans(self, row: Row, kind: TransactionKind) -> Transaction:
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
    text = _decoded(data)
    _check_start(text)
    return _Parser().run(text)


def _decoded(data: object) -> str:
    """The text of the file; checked at run time too, as ``parse`` is called with whatever was downloaded."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = data.tobytes() if isinstance(data, memoryview) else bytes(data)
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
    return text


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
