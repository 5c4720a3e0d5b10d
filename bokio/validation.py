"""Every request body checked before it is sent: against its schema, then against Bokio's rules.

A broken request then fails at once, with the same :class:`~bokio.errors.ValidationError` shape
Bokio would answer with (field JSON pointers such as ``#/lineItems/0/taxRate``), instead of
costing a round trip and a request of a private integration's monthly quota, and nothing is
sent. The checks run on the JSON body about to be sent, so pointers use the API's field names.

:func:`check_request` is the one check of the request pipeline (``bokio.client``): it is given
what is about to be sent, a dict exactly as the caller wrote it (never through a generated
``from_dict``) or a model's ``to_dict()``. Schema checks are :mod:`bokio.schema`; Bokio's rules
the spec cannot express (VAT rates, balanced journal entries, metadata limits) are here.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from contextlib import contextmanager
from decimal import MAX_PREC, Context, Decimal
from typing import Any, TypeVar

from . import money, schema
from .errors import FieldError, ValidationError
from .jsonvalues import is_mapping, is_sequence
from .writable import writable, writable_body

__all__ = ["check_request", "model_from_dict", "refused_body"]

M = TypeVar("M")
# What a model's generated to_dict() raises when an attribute holds a value of the wrong type
# (a str where an enum member belongs has no ``.value``). A ValueError or TypeError raised while
# a request is built is a call-site error and stays one.
_DECODE_ERRORS = (AttributeError, KeyError, ArithmeticError, RecursionError)

TAX_RATES = frozenset({Decimal(0), Decimal(6), Decimal(12), Decimal(25)})
MAX_METADATA_KEYS = 10
MAX_METADATA_KEY_LENGTH = 25


def _number(value: Any) -> Decimal | None:
    """A finite number as Decimal; None for anything else (bool, float, NaN, infinities, text)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    number = Decimal(value)
    return number if number.is_finite() else None


def _tax_rate(line: Mapping[str, Any], pointer: str, problems: list[FieldError]) -> None:
    if "taxRate" not in line or line.get("itemType") == "descriptionOnlyItem":
        return
    rate = _number(line["taxRate"])
    if rate not in TAX_RATES:
        problems.append(FieldError(f"{pointer}/taxRate", "The tax rate must be one of 0, 6, 12 or 25 (percent)"))


def _metadata(body: Mapping[str, Any], problems: list[FieldError]) -> None:
    metadata = body.get("metadata")
    if not is_mapping(metadata):  # after the schema check, its keys are strings
        return
    if len(metadata) > MAX_METADATA_KEYS:
        problems.append(FieldError("#/metadata", f"At most {MAX_METADATA_KEYS} metadata keys are allowed"))
    for key, value in metadata.items():
        if len(key) > MAX_METADATA_KEY_LENGTH:
            problems.append(FieldError(f"#/metadata/{key}", f"Keys are at most {MAX_METADATA_KEY_LENGTH} characters"))
        if not isinstance(value, str):
            problems.append(FieldError(f"#/metadata/{key}", "Metadata values must be strings"))


def _invoice(body: Mapping[str, Any], problems: list[FieldError]) -> None:
    lines = body.get("lineItems")
    for index, line in enumerate(lines if is_sequence(lines) else ()):
        if is_mapping(line):
            _tax_rate(line, f"#/lineItems/{index}", problems)
    _metadata(body, problems)


def _line_item(body: Mapping[str, Any], problems: list[FieldError]) -> None:
    _tax_rate(body, "#", problems)


def _journal_entry(body: Mapping[str, Any], problems: list[FieldError]) -> None:
    rows = body.get("items")
    if not is_sequence(rows) or len(rows) < 2:
        problems.append(FieldError("#/items", "A journal entry needs at least two rows"))
        return
    exact = Context(prec=MAX_PREC)  # sums must not round away a small imbalance
    debits = credits = Decimal(0)
    for index, row in enumerate(rows):
        pointer = f"#/items/{index}"
        debit = _number(row.get("debit", 0)) if is_mapping(row) else None
        credit = _number(row.get("credit", 0)) if is_mapping(row) else None
        if debit is None or credit is None:
            problems.append(FieldError(pointer, "Debit and credit must be numbers"))
            continue
        if debit < 0 or credit < 0:
            problems.append(FieldError(pointer, "Debit and credit cannot be negative"))
        if (debit == 0) == (credit == 0):
            problems.append(FieldError(pointer, "A row either debits or credits an account, not both or neither"))
        debits = exact.add(debits, debit)
        credits = exact.add(credits, credit)
    if debits != credits:
        problems.append(FieldError("#/items", f"Debits ({debits}) must equal credits ({credits})"))


_CHECKS: dict[str, Callable[[Mapping[str, Any], list[FieldError]], None]] = {
    "createInvoice": _invoice,
    "updateInvoice": _invoice,
    "updateCreditNote": _invoice,
    "addInvoiceLineItem": _line_item,
    "createItem": _line_item,
    "updateItem": _line_item,
    "createJournalEntry": _journal_entry,
}


def check_request(operation_id: str, body: Any, *, method: str | None = None, url: str | None = None) -> Any:
    """The body to send for ``operation_id``: ``body`` without read-only fields, once it passed
    the operation's request schema and Bokio's rules. Raises :class:`ValidationError` otherwise."""
    sent = writable_body(operation_id, body)
    problems: list[FieldError] = schema.body_problems(operation_id, sent)
    check = _CHECKS.get(operation_id)
    if not problems and check is not None and is_mapping(sent):
        check(sent, problems)
    if problems:
        raise _failed(problems, method, url)
    return sent


def model_from_dict(data: Mapping[str, Any], from_dict: Callable[[Any], M], schema_name: str) -> M:
    """The model ``from_dict`` makes of the caller's ``data``, once ``data`` passed the request
    schema ``schema_name`` (read-only fields left out): for code that needs a model of a dict
    before sending it (the workflows). Raises :class:`ValidationError`, never what generated
    code raises, and no float is silently made a Decimal."""
    node = {"ref": schema_name}
    data = writable(node, data)
    problems = schema.problems(node, data)
    if problems:
        raise _failed(problems, None, None)
    # Through JSON and back: generated code then reads exactly what would be sent.
    return from_dict(money.loads(money.dumps(data)))


@contextmanager
def refused_body(method: str | None = None, url: str | None = None) -> Generator[None]:
    """Turn an error of generated code reading or writing a body into :class:`ValidationError`.

    It guards models built by hand with values of the wrong type (a str where the model holds
    an enum member), which ``to_dict()`` cannot write.
    """
    try:
        yield
    except _DECODE_ERRORS as error:
        raise ValidationError(
            f"the request body cannot be encoded ({type(error).__name__}: {error}); nothing was sent",
            code="validation-error",
            method=method,
            url=url,
        ) from error


def _failed(problems: list[FieldError], method: str | None, url: str | None) -> ValidationError:
    count = len(problems)
    return ValidationError(
        f"Validation failed with {count} error{'s' if count > 1 else ''} (checked before sending; nothing was sent)",
        code="validation-error",
        errors=problems,
        method=method,
        url=url,
    )
