"""``client.invoices``: customer invoices, their attachments, payments and settlements
(scopes ``invoices:read``/``invoices:write``).

An invoice's life: ``create`` (a draft) → ``publish`` (numbered, sent) → ``record`` (bookkept);
money received is registered with ``payments.create`` and bookkept with ``payments.record``.
A published invoice is corrected with ``credit``, which makes a draft credit note
(see ``client.credit_notes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload

from bokio_company_api.api.invoices import (
    add_invoice_line_item,
    create_invoice,
    credit_invoice,
    delete_invoice,
    download_invoice,
    get_invoice,
    list_invoices,
    publish_invoice,
    record_invoice,
    update_invoice,
)
from bokio_company_api.models.credit_note import CreditNote
from bokio_company_api.models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from bokio_company_api.models.description_only_invoice_line_input import DescriptionOnlyInvoiceLineInput
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.invoice_input import InvoiceInput
from bokio_company_api.models.sales_invoice_line import SalesInvoiceLine
from bokio_company_api.models.sales_invoice_line_input import SalesInvoiceLineInput
from bokio_company_api.params import InvoiceLineItemParams, InvoiceParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Destination, Resource

from .invoice_attachments import AsyncInvoiceAttachments
from .invoice_payments import AsyncInvoicePayments
from .invoice_settlements import AsyncInvoiceSettlements

__all__ = ["AsyncInvoices", "InvoiceLineItem", "parse_invoice_line_item"]

InvoiceLineItem = SalesInvoiceLine | DescriptionOnlyInvoiceLine
"""An invoice line as Bokio returns it."""
InvoiceLineItemInput = SalesInvoiceLineInput | DescriptionOnlyInvoiceLineInput
"""An invoice line as a request model."""


def parse_invoice_line_item(data: Mapping[str, Any]) -> InvoiceLineItem:
    """The invoice line model ``itemType`` names."""
    if data.get("itemType") == "descriptionOnlyItem":
        return DescriptionOnlyInvoiceLine.from_dict(data)
    return SalesInvoiceLine.from_dict(data)


class AsyncInvoices(Resource[AsyncBokio]):
    """``client.invoices``: create, publish, bookkeep, credit and download customer invoices."""

    @cached_property
    def attachments(self) -> AsyncInvoiceAttachments:
        """Files attached to draft invoices (they become extra pages of the invoice)."""
        return AsyncInvoiceAttachments(self._client)

    @cached_property
    def payments(self) -> AsyncInvoicePayments:
        """Money received for invoices."""
        return AsyncInvoicePayments(self._client)

    @cached_property
    def settlements(self) -> AsyncInvoiceSettlements:
        """Currency differences, bank fees and payment service fees settled on invoices."""
        return AsyncInvoiceSettlements(self._client)

    async def create(
        self,
        invoice: InvoiceInput | InvoiceParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Invoice:
        """Create a draft invoice; nothing is numbered or bookkept until ``publish`` and ``record``."""
        return await self._client._call(
            lambda: create_invoice.build_request(company_id=self._company_id, body=invoice),
            Invoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Invoice]:
        """Every invoice, page by page; ``query`` filters (e.g. ``Q.status == "published"``)."""
        return self._client._paginate(
            list_invoices,
            lambda page, size, compiled: list_invoices.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            Invoice.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Invoice:
        """One invoice with its lines, totals, status and journal entry and credit note references."""
        return await self._client._call(
            lambda: get_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            Invoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        invoice_id: ID,
        invoice: Invoice | InvoiceInput | InvoiceParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Invoice:
        """Replace the draft invoice with ``invoice``; fields left out are cleared."""
        body = InvoiceInput.from_dict(invoice.to_dict()) if isinstance(invoice, Invoice) else invoice
        return await self._client._call(
            lambda: update_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id, body=body),
            Invoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Delete a draft invoice (a published one must be credited instead)."""
        await self._client._call_no_content(
            lambda: delete_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def credit(
        self, invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> CreditNote:
        """Make a draft credit note crediting the whole invoice; edit it with ``credit_notes.update``."""
        return await self._client._call(
            lambda: credit_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            CreditNote.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @overload
    async def download(
        self,
        invoice_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        invoice_id: ID,
        destination: Destination,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        invoice_id: ID,
        destination: Destination | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """The published invoice as a PDF, as the customer sees it: bytes, or written to ``destination``."""
        pdf: bytes | None = await self._client._download(
            lambda: download_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return pdf

    async def add_line_item(
        self,
        invoice_id: ID,
        line: InvoiceLineItemInput | InvoiceLineItemParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> InvoiceLineItem:
        """Append one line to a draft invoice (a discount is a sales line with a negative ``unitPrice``)."""
        return await self._client._call(
            lambda: add_invoice_line_item.build_request(company_id=self._company_id, invoice_id=invoice_id, body=line),
            parse_invoice_line_item,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def publish(
        self, invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Invoice:
        """Issue the draft: Bokio numbers it and gives it an OCR reference; the customer is not emailed."""
        return await self._client._call(
            lambda: publish_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            Invoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record(
        self, invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Invoice:
        """Bookkeep the published invoice: 1510 debit, revenue and output VAT (2611/2621/2631) credits."""
        return await self._client._call(
            lambda: record_invoice.build_request(company_id=self._company_id, invoice_id=invoice_id),
            Invoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
