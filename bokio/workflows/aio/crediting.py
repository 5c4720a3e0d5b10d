"""Credit part of a published invoice with a credit note, published and bookkept, resumably.

Bokio makes a credit note as a draft copy of the whole invoice (``invoices.credit``); the draft is
then cut down to the credited lines and quantities (``credit_notes.update``), published and
recorded. The edit also writes the caller's key to the credit note's ``metadata.externalId``,
a field ``credit_notes.list`` can filter on, so a re-run finds the credit note again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs
from bokio_company_api.models.credit_note import CreditNote
from bokio_company_api.models.credit_note_status import CreditNoteStatus
from bokio_company_api.models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.metadata import Metadata
from bokio_company_api.models.sales_invoice_line import SalesInvoiceLine
from bokio_company_api.types import Unset

from bokio.client import AsyncBokio
from bokio.query import Q
from bokio.resources.base import ID
from bokio.workflows._common import (
    CreditedInvoice,
    Progress,
    Step,
    WorkflowConflictError,
    conflict,
    differences,
    external_id_of,
    id_of,
    is_set,
    only_one,
    require_key,
)

__all__ = ["credit_invoice"]

CreditedLine = tuple[SalesInvoiceLine, Decimal]
"""An invoice line and the quantity of it to credit."""


async def credit_invoice(
    client: AsyncBokio,
    invoice_id: ID,
    external_id: str,
    quantities: Mapping[int, Decimal | int],
    *,
    credit_date: dt.date | None = None,
) -> CreditedInvoice:
    """Credit ``quantities`` (invoice line id → quantity to credit) of a published invoice.

    Lines left out are not credited. Bokio credits a line by quantity (fractions allowed) at the
    invoice's price, VAT rate and account, so crediting 3 of 24 hours credits 3 × the unit price.
    ``credit_date`` defaults to the date Bokio gives the draft (today).

    Idempotency rule: the credit note whose ``metadata.externalId`` is ``external_id`` is this
    credit note; when it exists it is only published and bookkept if it is not yet. Between
    ``invoices.credit`` and the edit that writes the key, the draft holds a copy of the invoice's
    metadata instead; so a re-run first adopts a draft credit note of this invoice whose
    externalId is missing or the invoice's own, and makes a new draft only when there is none.
    (A draft someone started by hand on this invoice is adopted the same way.)

    Conflicts raise :class:`WorkflowConflictError` before anything is changed: the key is on a
    credit note of another invoice, or on one whose lines, quantities or date differ from those
    asked for; several credit notes have the key; the invoice has several unclaimed drafts.
    ``external_id`` must differ from the invoice's own externalId, which every new draft copies.
    """
    key = require_key(external_id)
    invoice = await client.invoices.get(invoice_id)
    if external_id_of(invoice.metadata) == key:
        raise ValueError(f"{key!r} is the invoice's own externalId; give the credit note a key of its own")
    credited = _credited_lines(invoice, quantities)
    progress = Progress()

    note = await _find_credit_note(client, key)
    if note is None:
        draft = await _unclaimed_draft(client, invoice)
        if draft is None:
            draft = await client.invoices.credit(id_of(invoice))
            progress.did(Step.CREATE_CREDIT_NOTE)
        else:
            progress.found(Step.CREATE_CREDIT_NOTE)
        note = await client.credit_notes.update(draft.id, _cut_down(draft, credited, key, credit_date))
        progress.did(Step.EDIT_CREDIT_NOTE)
    else:
        _require_matches(note, invoice, credited, credit_date)
        progress.found(Step.CREATE_CREDIT_NOTE)
        progress.found(Step.EDIT_CREDIT_NOTE)

    if note.status == CreditNoteStatus.DRAFT:
        note = await client.credit_notes.publish(note.id)
        progress.did(Step.PUBLISH_CREDIT_NOTE)
    else:
        progress.found(Step.PUBLISH_CREDIT_NOTE)
    if is_set(note.journal_entry_ref):
        progress.found(Step.RECORD_CREDIT_NOTE)
    else:
        note = await client.credit_notes.record(note.id)
        progress.did(Step.RECORD_CREDIT_NOTE)
    return CreditedInvoice(credit_note=note, **progress.outcome())


def _credited_lines(invoice: Invoice, quantities: Mapping[int, Decimal | int]) -> list[CreditedLine]:
    """The lines to credit, in the invoice's order; refuses unknown lines and impossible quantities."""
    lines = {
        line.id: line for line in invoice.line_items if isinstance(line, SalesInvoiceLine) and isinstance(line.id, int)
    }
    if not quantities:
        raise ValueError("name at least one line to credit")
    unknown = [line_id for line_id in quantities if line_id not in lines]
    if unknown:
        raise ValueError(f"invoice {invoice.id} has no sales lines with ids {unknown}")
    credited: list[CreditedLine] = []
    for line_id, line in lines.items():
        if line_id not in quantities:
            continue
        quantity = _quantity(line_id, quantities[line_id])
        if not 0 < quantity <= line.quantity:
            raise ValueError(f"line {line_id}: credit more than 0 and at most {line.quantity}, not {quantity}")
        credited.append((line, quantity))
    return credited


def _quantity(line_id: int, quantity: object) -> Decimal:
    """How much of line ``line_id`` to credit: an int or Decimal (callers may pass anything)."""
    if isinstance(quantity, bool) or not isinstance(quantity, (int, Decimal)):
        raise TypeError(f"the quantity of line {line_id} must be an int or Decimal, not {quantity!r}")
    return Decimal(quantity)


def _priced(line: SalesInvoiceLine) -> dict[str, Any]:
    """What a credit note line copies from the invoice line it credits."""
    stored = line.to_dict()
    return {name: stored.get(name) for name in ("itemType", "description", "unitPrice", "taxRate")}


async def _find_credit_note(client: AsyncBokio, key: str) -> CreditNote | None:
    matches = [
        note
        async for note in client.credit_notes.list(query=Q.metadata.externalId == key)
        if external_id_of(note.metadata) == key
    ]
    return only_one(matches, f"credit notes with metadata.externalId {key!r}")


async def _unclaimed_draft(client: AsyncBokio, invoice: Invoice) -> CreditNote | None:
    """A draft credit note of the invoice that no workflow has claimed with a key of its own.

    The search is bounded by the invoice's own credit note references.
    """
    refs = invoice.credit_note_refs if isinstance(invoice.credit_note_refs, list) else []
    unclaimed = (None, external_id_of(invoice.metadata))
    drafts: list[CreditNote] = []
    for ref in refs:
        note = await client.credit_notes.get(id_of(ref))
        if note.status == CreditNoteStatus.DRAFT and external_id_of(note.metadata) in unclaimed:
            drafts.append(note)
    return only_one(drafts, f"unclaimed draft credit notes of invoice {invoice.id}")


def _cut_down(draft: CreditNote, credited: list[CreditedLine], key: str, credit_date: dt.date | None) -> CreditNote:
    """The draft with only the credited lines, at the credited quantities, and the key in its metadata.

    Each invoice line is paired with the first unused draft line that copies it, so lines that
    look alike are paired in order.
    """
    unused = [line for line in draft.line_items if isinstance(line, SalesInvoiceLine)]
    lines: list[DescriptionOnlyInvoiceLine | SalesInvoiceLine] = []
    for invoice_line, quantity in credited:
        wanted = _priced(invoice_line)
        index = next((i for i, line in enumerate(unused) if not differences(wanted, line.to_dict())), None)
        if index is None:
            raise WorkflowConflictError(f"draft credit note {draft.id} has no line crediting invoice line {wanted}")
        lines.append(attrs.evolve(unused.pop(index), quantity=quantity))
    metadata = draft.metadata.to_dict() if isinstance(draft.metadata, Metadata) else {}
    return attrs.evolve(
        draft,
        line_items=lines,
        metadata=Metadata.from_dict({**metadata, "externalId": key}),
        credit_date=credit_date or draft.credit_date,
    )


def _require_matches(
    note: CreditNote, invoice: Invoice, credited: list[CreditedLine], credit_date: dt.date | None
) -> None:
    """The credit note found by key must credit this invoice, these lines and quantities, on this date."""
    what = f"credit note {note.id} with metadata.externalId {external_id_of(note.metadata)!r}"
    if isinstance(note.invoice_ref, Unset) or note.invoice_ref.id != id_of(invoice):
        raise WorkflowConflictError(f"{what} credits another invoice, not {invoice.id}")
    wanted = [{**_priced(line), "quantity": quantity} for line, quantity in credited]
    problems = differences(wanted, note.to_dict()["lineItems"], "/lineItems")
    if credit_date is not None and note.credit_date != credit_date:
        problems.append(f"/creditDate: {note.credit_date} instead of {credit_date}")
    if problems:
        raise conflict(what, problems)
