"""The SIE data model: the records a file holds, as frozen dataclasses, and the balance checks."""

from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, NamedTuple, TypeAlias

from bokio.errors import BokioError

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


def excerpt(value: str) -> str:
    """``value`` for an error message: quoted, and cut short so that a huge field cannot flood the message."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


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
    fiscal_years: dict[int, FiscalYear] = field(default_factory=dict[int, FiscalYear])
    chart_type: str | None = None
    currency: str | None = None
    accounts: dict[int, Account] = field(default_factory=dict[int, Account])
    dimensions: dict[int, Dimension] = field(default_factory=dict[int, Dimension])
    objects: dict[tuple[int, str], SieObject] = field(default_factory=dict[tuple[int, str], SieObject])
    opening_balances: list[Balance] = field(default_factory=list[Balance])
    closing_balances: list[Balance] = field(default_factory=list[Balance])
    object_opening_balances: list[ObjectBalance] = field(default_factory=list[ObjectBalance])
    object_closing_balances: list[ObjectBalance] = field(default_factory=list[ObjectBalance])
    results: list[Balance] = field(default_factory=list[Balance])
    period_balances: list[PeriodBalance] = field(default_factory=list[PeriodBalance])
    period_budgets: list[PeriodBalance] = field(default_factory=list[PeriodBalance])
    vouchers: list[Voucher] = field(default_factory=list[Voucher])
    extra: list[Record] = field(default_factory=list[Record])


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
