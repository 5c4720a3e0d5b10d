"""What the workflow helpers share: their results, their error, and the checks they make.

Nothing here talks to Bokio, so the sync helpers and their asyncio twins (``bokio.workflows.aio``)
use this one module and return the same result types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol, TypedDict, TypeVar, cast
from uuid import UUID

from bokio_company_api.models.credit_note import CreditNote
from bokio_company_api.models.customer import Customer
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.invoice_payment import InvoicePayment
from bokio_company_api.models.invoice_settlement import InvoiceSettlement
from bokio_company_api.models.metadata import Metadata
from bokio_company_api.types import Unset

from bokio.errors import BokioError

__all__ = [
    "CreditedInvoice",
    "IssuedInvoice",
    "Outcome",
    "RegisteredPayment",
    "SettledInvoice",
    "Step",
    "WorkflowConflictError",
]

T = TypeVar("T")


class WorkflowConflictError(BokioError):
    """Bokio already holds an object under the workflow's key, but it differs from what was asked.

    The helper stops instead of reusing it: whoever made it meant something else by the key, or
    the caller's data changed between runs. Nothing was changed in Bokio by the call that raised.
    """


class Step(StrEnum):
    """A step of a workflow; results say which steps a call performed and which it found done."""

    CREATE_CUSTOMER = "create customer"
    CREATE_INVOICE = "create invoice"
    ADD_DISCOUNT = "add discount"
    PUBLISH_INVOICE = "publish invoice"
    RECORD_INVOICE = "record invoice"
    CREATE_PAYMENT = "create payment"
    RECORD_PAYMENT = "record payment"
    CREATE_SETTLEMENT = "create settlement"
    RECORD_SETTLEMENT = "record settlement"
    CREATE_CREDIT_NOTE = "create credit note"
    EDIT_CREDIT_NOTE = "edit credit note"
    PUBLISH_CREDIT_NOTE = "publish credit note"
    RECORD_CREDIT_NOTE = "record credit note"


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What every workflow result holds. ``performed``: the steps this call carried out, in order;
    ``already_done``: the steps it found done (by an earlier, interrupted run or by someone else)."""

    performed: tuple[Step, ...]
    already_done: tuple[Step, ...]


@dataclass(frozen=True, kw_only=True)
class IssuedInvoice(Outcome):
    """What :func:`issue_invoice` did: the published, bookkept invoice and its customer."""

    invoice: Invoice
    customer: Customer


@dataclass(frozen=True, kw_only=True)
class RegisteredPayment(Outcome):
    """What :func:`register_payment` did: the invoice's bookkept payment."""

    payment: InvoicePayment


@dataclass(frozen=True, kw_only=True)
class SettledInvoice(Outcome):
    """What :func:`settle_invoice` did: the invoice's bookkept settlement."""

    settlement: InvoiceSettlement


@dataclass(frozen=True, kw_only=True)
class CreditedInvoice(Outcome):
    """What :func:`credit_invoice` did: the published, bookkept credit note."""

    credit_note: CreditNote


class OutcomeFields(TypedDict):
    performed: tuple[Step, ...]
    already_done: tuple[Step, ...]


class Progress:
    """The steps of one call, sorted into performed and already done."""

    def __init__(self) -> None:
        self.performed: list[Step] = []
        self.already_done: list[Step] = []

    def did(self, step: Step) -> None:
        self.performed.append(step)

    def found(self, step: Step) -> None:
        self.already_done.append(step)

    def outcome(self) -> OutcomeFields:
        """The ``performed``/``already_done`` fields of a result."""
        return {"performed": tuple(self.performed), "already_done": tuple(self.already_done)}


def require_decimal(value: object, name: str) -> Decimal:
    """Money is exact: a float (or anything but Decimal) is refused before any request."""
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"{name} must be a finite decimal.Decimal, not {value!r}")
    return value


def require_key(external_id: object) -> str:
    if not isinstance(external_id, str) or not external_id:
        raise ValueError(f"external_id must be a non-empty string, not {external_id!r}")
    return external_id


def is_set(value: object) -> bool:
    """Whether a response field holds a value (it may be missing, or null)."""
    return value is not None and not isinstance(value, Unset)


def external_id_of(metadata: Metadata | Unset | None) -> str | None:
    if isinstance(metadata, Metadata):
        return metadata.additional_properties.get("externalId")
    return None


def only_one(matches: Sequence[T], what: str) -> T | None:
    """The single match, None when there is none; several mean the key is ambiguous."""
    if len(matches) > 1:
        raise WorkflowConflictError(f"{len(matches)} {what} exist; cannot tell which one this workflow made")
    return matches[0] if matches else None


def differences(wanted: Any, actual: Any, path: str = "") -> list[str]:
    """Where ``actual`` (a stored object, as JSON) differs from what the caller asked for.

    Only what the caller gave is compared: fields Bokio adds (ids, totals, defaults it fills in)
    are not differences. Numbers compare by value, so ``180`` equals ``Decimal("180.00")``.
    """
    if isinstance(wanted, Mapping):
        if not isinstance(actual, Mapping):
            return [f"{path or '/'}: {actual!r} instead of an object"]
        stored = cast("Mapping[str, object]", actual)
        found: list[str] = []
        for key, value in cast("Mapping[str, object]", wanted).items():
            found += differences(value, stored.get(key), f"{path}/{key}")
        return found
    if isinstance(wanted, list):
        entries = cast("list[object]", wanted)
        if not isinstance(actual, list) or len(cast("list[object]", actual)) != len(entries):
            count = len(cast("list[object]", actual)) if isinstance(actual, list) else actual
            return [f"{path}: {count!r} entries instead of {len(entries)}"]
        pairs = enumerate(zip(entries, cast("list[object]", actual), strict=True))
        return [problem for index, (one, other) in pairs for problem in differences(one, other, f"{path}/{index}")]
    if isinstance(wanted, (int, Decimal)) and not isinstance(wanted, bool) and isinstance(actual, (int, Decimal)):
        return [] if Decimal(wanted) == Decimal(actual) else [f"{path}: {actual} instead of {wanted}"]
    return [] if wanted == actual else [f"{path}: {actual!r} instead of {wanted!r}"]


def conflict(what: str, problems: Sequence[str]) -> WorkflowConflictError:
    listed = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
    return WorkflowConflictError(f"{what} differs from what was asked: {listed}")


class _Identified(Protocol):
    @property
    def id(self) -> UUID | Unset: ...


def id_of(model: _Identified) -> UUID:
    """The id of an object Bokio returned (every stored object has one)."""
    if isinstance(model.id, Unset):
        raise BokioError(f"Bokio returned a {type(model).__name__} without an id")
    return model.id
