# pyright: reportPrivateUsage=false
"""``client.invoices``: customer invoices, their attachments, payments and settlements
(scopes ``invoices:read``/``invoices:write``).

An invoice's life: ``create`` (a draft) → ``publish`` (numbered, sent) → ``record`` (bookkept);
money received is registered with ``payments.create`` and bookkept with ``payments.record``.
A published invoice is corrected with ``credit``, which makes a draft credit note
(see ``client.credit_notes``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import Any, BinaryIO, overload

from bokio_company_api.api.invoice_attachments import (
    create_invoice_attachment,
    delete_invoice_attachment,
    download_invoice_attachment,
    get_invoice_attachment,
    list_invoice_attachments,
)
from bokio_company_api.api.invoice_payments import (
    create_invoice_payment,
    delete_invoice_payment,
    get_invoice_payment,
    list_invoice_payments,
    record_invoice_payment,
)
from bokio_company_api.api.invoice_settlements import (
    create_invoice_settlement,
    delete_invoice_settlement,
    get_invoice_settlement,
    list_invoice_settlements,
    record_invoice_settlement,
)
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
from bokio_company_api.models.invoice_attachment import InvoiceAttachment
from bokio_company_api.models.invoice_attachment_upload import InvoiceAttachmentUpload
from bokio_company_api.models.invoice_input import InvoiceInput
from bokio_company_api.models.invoice_payment import InvoicePayment
from bokio_company_api.models.invoice_payment_input import InvoicePaymentInput
from bokio_company_api.models.invoice_settlement import InvoiceSettlement
from bokio_company_api.models.invoice_settlement_create import InvoiceSettlementCreate
from bokio_company_api.models.sales_invoice_line import SalesInvoiceLine
from bokio_company_api.models.sales_invoice_line_input import SalesInvoiceLineInput
from bokio_company_api.params import (
    InvoiceLineItemParams,
    InvoiceParams,
    InvoicePaymentParams,
    InvoiceSettlementCreateParams,
)

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, FileInput, Resource, file_part

__all__ = [
    "AsyncInvoiceAttachments",
    "AsyncInvoicePayments",
    "AsyncInvoiceSettlements",
    "AsyncInvoices",
    "InvoiceLineItem",
    "parse_invoice_line_item",
]

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
        destination: str | os.PathLike[str] | BinaryIO,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        invoice_id: ID,
        destination: str | os.PathLike[str] | BinaryIO | None = None,
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


class AsyncInvoiceAttachments(Resource[AsyncBokio]):
    """``client.invoices.attachments``: files attached to an invoice."""

    async def create(
        self,
        invoice_id: ID,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> InvoiceAttachment:
        """Attach a PDF, JPEG or PNG (at most 4 MB) to a draft invoice, after its other attachments.

        ``file`` is the content, a binary file or a path; ``file_name`` defaults to the path's name.
        """
        body = InvoiceAttachmentUpload(file=file_part(file, file_name, content_type))
        return await self._client._call(
            lambda: create_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, body=body
            ),
            InvoiceAttachment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        invoice_id: ID,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[InvoiceAttachment]:
        """The invoice's attachments in the order they appear on it, page by page."""
        return self._client._paginate(
            list_invoice_attachments,
            lambda page, size, compiled: list_invoice_attachments.build_request(
                company_id=self._company_id, invoice_id=invoice_id, page=page, page_size=size, query=compiled
            ),
            InvoiceAttachment.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, invoice_id: ID, attachment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoiceAttachment:
        """The attachment's id and file name; ``download`` fetches the file itself."""
        return await self._client._call(
            lambda: get_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            InvoiceAttachment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, invoice_id: ID, attachment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Detach and delete the file (only while the invoice is a draft)."""
        await self._client._call_no_content(
            lambda: delete_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @overload
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: str | os.PathLike[str] | BinaryIO,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: str | os.PathLike[str] | BinaryIO | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """The attached file's content: bytes, or written to ``destination`` (a path or binary file)."""
        content: bytes | None = await self._client._download(
            lambda: download_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return content


class AsyncInvoicePayments(Resource[AsyncBokio]):
    """``client.invoices.payments``: payments received for an invoice, and their bookkeeping."""

    async def create(
        self,
        invoice_id: ID,
        payment: InvoicePaymentInput | InvoicePaymentParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> InvoicePayment:
        """Register money received (date, SEK amount, payment account such as 1930); not bookkept yet."""
        return await self._client._call(
            lambda: create_invoice_payment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, body=payment
            ),
            InvoicePayment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        invoice_id: ID,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[InvoicePayment]:
        """The payments registered on the invoice, bookkept or not, page by page."""
        return self._client._paginate(
            list_invoice_payments,
            lambda page, size, compiled: list_invoice_payments.build_request(
                company_id=self._company_id, invoice_id=invoice_id, page=page, page_size=size, query=compiled
            ),
            InvoicePayment.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, invoice_id: ID, payment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoicePayment:
        """One payment; its ``journal_entry_ref`` tells whether it has been bookkept."""
        return await self._client._call(
            lambda: get_invoice_payment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, payment_id=payment_id
            ),
            InvoicePayment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, invoice_id: ID, payment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the payment, raising the invoice's outstanding amount again."""
        await self._client._call_no_content(
            lambda: delete_invoice_payment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, payment_id=payment_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record(
        self, invoice_id: ID, payment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoicePayment:
        """Bookkeep the payment: its payment account (e.g. 1930) debit, 1510 credit. Only once per payment."""
        return await self._client._call(
            lambda: record_invoice_payment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, payment_id=payment_id
            ),
            InvoicePayment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncInvoiceSettlements(Resource[AsyncBokio]):
    """``client.invoices.settlements``: bank fees, rounding and other differences written off."""

    async def create(
        self,
        invoice_id: ID,
        settlement: InvoiceSettlementCreate | InvoiceSettlementCreateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> InvoiceSettlement:
        """Settle a currency difference, bank fee or payment service fee on the invoice; not bookkept yet."""
        return await self._client._call(
            lambda: create_invoice_settlement.build_request(
                company_id=self._company_id, invoice_id=invoice_id, body=settlement
            ),
            InvoiceSettlement.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        invoice_id: ID,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[InvoiceSettlement]:
        """The invoice's settlements of every type, bookkept or not, page by page."""
        return self._client._paginate(
            list_invoice_settlements,
            lambda page, size, compiled: list_invoice_settlements.build_request(
                company_id=self._company_id, invoice_id=invoice_id, page=page, page_size=size, query=compiled
            ),
            InvoiceSettlement.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, invoice_id: ID, settlement_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoiceSettlement:
        """One settlement; its ``journal_entry_ref`` tells whether it has been bookkept."""
        return await self._client._call(
            lambda: get_invoice_settlement.build_request(
                company_id=self._company_id, invoice_id=invoice_id, settlement_id=settlement_id
            ),
            InvoiceSettlement.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, invoice_id: ID, settlement_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the settlement from the invoice's outstanding amount."""
        await self._client._call_no_content(
            lambda: delete_invoice_settlement.build_request(
                company_id=self._company_id, invoice_id=invoice_id, settlement_id=settlement_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record(
        self, invoice_id: ID, settlement_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoiceSettlement:
        """Bookkeep the settlement: 1510 credit against 6570 (bank fee), 3740 (currency) or a fee account."""
        return await self._client._call(
            lambda: record_invoice_settlement.build_request(
                company_id=self._company_id, invoice_id=invoice_id, settlement_id=settlement_id
            ),
            InvoiceSettlement.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
