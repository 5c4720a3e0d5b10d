"""Issue an invoice the way Bokio's guide does, resumably: customer → draft → discount → publish → record.

The invoice carries the caller's key in ``metadata.externalId``, a field ``invoices.list`` can
filter on, so a re-run finds it again and continues from its status instead of starting over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bokio_company_api.models.customer import Customer
from bokio_company_api.models.customer_input import CustomerInput
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.invoice_input import InvoiceInput
from bokio_company_api.models.invoice_status import InvoiceStatus
from bokio_company_api.models.sales_invoice_line_input import SalesInvoiceLineInput
from bokio_company_api.params import CustomerParams, InvoiceParams, SalesInvoiceLineParams

from bokio.client import AsyncBokio
from bokio.query import Q
from bokio.validation import model_from_dict
from bokio.workflows._common import (
    IssuedInvoice,
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

__all__ = ["issue_invoice"]


async def issue_invoice(
    client: AsyncBokio,
    external_id: str,
    customer: CustomerInput | CustomerParams,
    invoice: InvoiceInput | InvoiceParams,
    *,
    discount: SalesInvoiceLineInput | SalesInvoiceLineParams | None = None,
) -> IssuedInvoice:
    """Find or create the customer, create the draft invoice, add the discount line, publish, record.

    ``invoice`` is the draft as ``invoices.create`` takes it, without ``customerRef`` (the helper
    fills it in) and with ``metadata.externalId`` left out or equal to ``external_id``.
    ``discount`` is a sales line with a negative ``unitPrice`` (e.g. booked to 3730).

    Resuming: the invoice whose ``metadata.externalId`` is ``external_id`` (found with a filtered
    ``invoices.list``) is this invoice. When there is none, the customer is looked up by org
    number, or by name when ``customer`` has no org number, and created only when not found;
    then the draft is created. Every later step is skipped when the invoice shows it done: a
    discount line equal to ``discount`` is present, the status is past ``draft``, there is a
    journal entry reference. So a run interrupted at any step can simply be run again.

    Conflicts raise :class:`WorkflowConflictError` before anything is changed: an invoice with this
    key whose customer, fields or lines differ from the ones asked for (it is never silently
    reused), several invoices with this key, or several customers with that org number or name.
    """
    key = require_key(external_id)
    if isinstance(customer, CustomerInput):
        wanted_customer = customer
    else:
        wanted_customer = model_from_dict(customer, CustomerInput.from_dict, "CustomerInput")
    body = _draft_body(invoice, key)
    discount_line: dict[str, Any] | None = None
    if discount is not None:
        discount_line = discount.to_dict() if isinstance(discount, SalesInvoiceLineInput) else dict(discount)
    # Checked before anything is created: a bad draft or discount must leave no customer behind.
    model_from_dict(body, InvoiceInput.from_dict, "InvoiceInput")
    discount_input = None
    if discount_line is not None:
        discount_input = model_from_dict(discount_line, SalesInvoiceLineInput.from_dict, "SalesInvoiceLineInput")
    progress = Progress()

    found = await _find_invoice(client, key)
    if found is None:
        invoice_customer = await _find_or_create_customer(client, wanted_customer, progress)
        current = await client.invoices.create(
            model_from_dict(
                {**body, "customerRef": {"id": str(invoice_customer.id)}}, InvoiceInput.from_dict, "InvoiceInput"
            )
        )
        progress.did(Step.CREATE_INVOICE)
    else:
        invoice_customer = await _customer_of(client, found, wanted_customer)
        progress.found(Step.CREATE_CUSTOMER)
        progress.found(Step.CREATE_INVOICE)
        current = found

    if discount_line is None:
        _require_matches(current, body, body["lineItems"])
    elif _lacks_discount(current, body, discount_line) and discount_input is not None:
        await client.invoices.add_line_item(id_of(current), discount_input)
        progress.did(Step.ADD_DISCOUNT)
    else:
        progress.found(Step.ADD_DISCOUNT)

    if current.status == InvoiceStatus.DRAFT:
        current = await client.invoices.publish(id_of(current))
        progress.did(Step.PUBLISH_INVOICE)
    else:
        progress.found(Step.PUBLISH_INVOICE)
    if is_set(current.journal_entry_ref):
        progress.found(Step.RECORD_INVOICE)
    else:
        current = await client.invoices.record(id_of(current))
        progress.did(Step.RECORD_INVOICE)
    return IssuedInvoice(invoice=current, customer=invoice_customer, **progress.outcome())


def _draft_body(invoice: InvoiceInput | InvoiceParams, key: str) -> dict[str, Any]:
    """The create body: the caller's draft with ``metadata.externalId`` set to the key."""
    body: dict[str, Any] = invoice.to_dict() if isinstance(invoice, InvoiceInput) else dict(invoice)
    if "customerRef" in body:
        raise ValueError("leave customerRef out of the invoice: the helper sets it from `customer`")
    metadata: dict[str, Any] = body.get("metadata") or {}
    if metadata.get("externalId", key) != key:
        raise ValueError(f"the invoice's metadata.externalId {metadata['externalId']!r} is not {key!r}")
    body["metadata"] = {**metadata, "externalId": key}
    return body


async def _find_invoice(client: AsyncBokio, key: str) -> Invoice | None:
    matches = [
        invoice
        async for invoice in client.invoices.list(query=Q.metadata.externalId == key)
        if external_id_of(invoice.metadata) == key
    ]
    return only_one(matches, f"invoices with metadata.externalId {key!r}")


def _customer_key(customer: Customer | CustomerInput) -> tuple[str, str]:
    """How the customer is recognised: its org number when it has one, else its name."""
    if isinstance(customer.org_number, str) and customer.org_number:
        return "orgNumber", customer.org_number
    return "name", customer.name


async def _find_or_create_customer(client: AsyncBokio, wanted: CustomerInput, progress: Progress) -> Customer:
    field, value = _customer_key(wanted)
    matches = [
        customer
        async for customer in client.customers.list(query=Q[field] == value)
        if customer.to_dict().get(field) == value
    ]
    found = only_one(matches, f"customers with {field} {value!r}")
    if found is not None:
        progress.found(Step.CREATE_CUSTOMER)
        return found
    created = await client.customers.create(wanted)
    progress.did(Step.CREATE_CUSTOMER)
    return created


async def _customer_of(client: AsyncBokio, invoice: Invoice, wanted: CustomerInput) -> Customer:
    """The found invoice's customer, which must be the one asked for."""
    customer = await client.customers.get(invoice.customer_ref.id)
    field, value = _customer_key(wanted)
    if customer.to_dict().get(field) != value:
        raise WorkflowConflictError(
            f"invoice {invoice.id} with this externalId is made out to customer {customer.id} ({customer.name!r}),"
            f" whose {field} is not {value!r}"
        )
    return customer


def _wanted_line(line: Mapping[str, Any]) -> dict[str, Any]:
    """What a stored line must show for ``line``; a catalogue line takes its other fields from the item."""
    if line.get("itemRef"):
        return {"itemType": line["itemType"], "itemRef": {"id": line["itemRef"]["id"]}, "quantity": line["quantity"]}
    return {name: value for name, value in line.items() if name != "id"}


def _problems(invoice: Invoice, body: Mapping[str, Any], lines: list[Mapping[str, Any]]) -> list[str]:
    """Where the stored invoice differs from the asked-for fields and ``lines``."""
    stored = invoice.to_dict()
    fields = {name: value for name, value in body.items() if name != "lineItems"}
    wanted_lines = [_wanted_line(line) for line in lines]
    return differences(fields, stored) + differences(wanted_lines, stored["lineItems"], "/lineItems")


def _require_matches(invoice: Invoice, body: Mapping[str, Any], lines: list[Mapping[str, Any]]) -> None:
    problems = _problems(invoice, body, lines)
    if problems:
        raise conflict(f"invoice {invoice.id} with metadata.externalId {body['metadata']['externalId']!r}", problems)


def _lacks_discount(invoice: Invoice, body: Mapping[str, Any], discount: Mapping[str, Any]) -> bool:
    """Whether the discount line is still to be added: only to a draft with exactly the asked-for lines."""
    if invoice.status == InvoiceStatus.DRAFT and not _problems(invoice, body, body["lineItems"]):
        return True
    _require_matches(invoice, body, [*body["lineItems"], discount])
    return False
