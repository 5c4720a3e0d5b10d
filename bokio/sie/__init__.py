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

from .model import (
    Account,
    Address,
    Balance,
    Dimension,
    FiscalYear,
    ObjectBalance,
    ObjectRef,
    PeriodBalance,
    Program,
    Record,
    SieError,
    SieFile,
    SieObject,
    Transaction,
    TransactionKind,
    Voucher,
    check_balanced,
    unbalanced_vouchers,
)
from .read import load, parse
from .write import dump, dumps

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
