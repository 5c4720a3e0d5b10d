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
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.invoice_attachment import InvoiceAttachment
from bokio_company_api.models.invoice_attachment_upload import InvoiceAttachmentUpload
from bokio_company_api.models.invoice_payment import InvoicePayment
from bokio_company_api.models.invoice_settlement import InvoiceSettlement
from bokio_company_api.models.invoice_settlement_create import InvoiceSettlementCreate
from bokio_company_api.models.sales_invoice_line import SalesInvoiceLine

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, FileInput, Resource, as_model, file_part

__all__ = [
    "InvoiceAttachments",
    "InvoiceLineItem",
    "InvoicePayments",
    "InvoiceSettlements",
    "Invoices",
    "parse_invoice_line_item",
]

InvoiceLineItem = SalesInvoiceLine | DescriptionOnlyInvoiceLine


def parse_invoice_line_item(data: Mapping[str, Any]) -> InvoiceLineItem:
    """The invoice line model ``itemType`` names."""
    if data.get("itemType") == "descriptionOnlyItem":
        return DescriptionOnlyInvoiceLine.from_dict(data)
    return SalesInvoiceLine.from_dict(data)


class Invoices(Resource):
    """``client.invoices``: create, publish, bookkeep, credit and download customer invoices."""

    @cached_property
    def attachments(self) -> InvoiceAttachments:
        """Files attached to draft invoices (they become extra pages of the invoice)."""
        return InvoiceAttachments(self._client)

    @cached_property
    def payments(self) -> InvoicePayments:
        """Money received for invoices."""
        return InvoicePayments(self._client)

    @cached_property
    def settlements(self) -> InvoiceSettlements:
        """Currency differences, bank fees and payment service fees settled on invoices."""
        return InvoiceSettlements(self._client)

    def create(self, invoice: Invoice | Mapping[str, Any]) -> Invoice:
        """Create a draft invoice; nothing is numbered or bookkept until ``publish`` and ``record``."""
        body = as_model(invoice, Invoice.from_dict)
        return self._client._call(create_invoice, Invoice.from_dict, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[Invoice]:
        """Every invoice, page by page; ``query`` filters (e.g. ``Q.status == "published"``)."""
        return self._client._paginate(
            list_invoices, Invoice.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, invoice_id: ID) -> Invoice:
        """One invoice with its lines, totals, status and journal entry and credit note references."""
        return self._client._call(get_invoice, Invoice.from_dict, company_id=self._company_id, invoice_id=invoice_id)

    def update(self, invoice_id: ID, invoice: Invoice | Mapping[str, Any]) -> Invoice:
        """Replace the draft invoice with ``invoice``; fields left out are cleared."""
        body = as_model(invoice, Invoice.from_dict)
        return self._client._call(
            update_invoice, Invoice.from_dict, company_id=self._company_id, invoice_id=invoice_id, body=body
        )

    def delete(self, invoice_id: ID) -> None:
        """Delete a draft invoice (a published one must be credited instead)."""
        self._client._call_no_content(delete_invoice, company_id=self._company_id, invoice_id=invoice_id)

    def credit(self, invoice_id: ID) -> CreditNote:
        """Make a draft credit note crediting the whole invoice; edit it with ``credit_notes.update``."""
        return self._client._call(
            credit_invoice, CreditNote.from_dict, company_id=self._company_id, invoice_id=invoice_id
        )

    @overload
    def download(self, invoice_id: ID, destination: None = None) -> bytes: ...
    @overload
    def download(self, invoice_id: ID, destination: str | os.PathLike[str] | BinaryIO) -> None: ...
    def download(self, invoice_id: ID, destination: str | os.PathLike[str] | BinaryIO | None = None) -> bytes | None:
        """The published invoice as a PDF, as the customer sees it: bytes, or written to ``destination``."""
        pdf: bytes | None = self._client._download(
            download_invoice, destination, company_id=self._company_id, invoice_id=invoice_id
        )
        return pdf

    def add_line_item(self, invoice_id: ID, line: InvoiceLineItem | Mapping[str, Any]) -> InvoiceLineItem:
        """Append one line to a draft invoice (a discount is a sales line with a negative ``unitPrice``)."""
        body = parse_invoice_line_item(line) if isinstance(line, Mapping) else line
        return self._client._call(
            add_invoice_line_item,
            parse_invoice_line_item,
            company_id=self._company_id,
            invoice_id=invoice_id,
            body=body,
        )

    def publish(self, invoice_id: ID) -> Invoice:
        """Issue the draft: Bokio numbers it and gives it an OCR reference; the customer is not emailed."""
        return self._client._call(
            publish_invoice, Invoice.from_dict, company_id=self._company_id, invoice_id=invoice_id
        )

    def record(self, invoice_id: ID) -> Invoice:
        """Bookkeep the published invoice: 1510 debit, revenue and output VAT (2611/2621/2631) credits."""
        return self._client._call(record_invoice, Invoice.from_dict, company_id=self._company_id, invoice_id=invoice_id)


class InvoiceAttachments(Resource):
    """``client.invoices.attachments``: files attached to an invoice."""

    def create(
        self,
        invoice_id: ID,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
    ) -> InvoiceAttachment:
        """Attach a PDF, JPEG or PNG (at most 4 MB) to a draft invoice, after its other attachments.

        ``file`` is the content, a binary file or a path; ``file_name`` defaults to the path's name.
        """
        body = InvoiceAttachmentUpload(file=file_part(file, file_name, content_type))
        return self._client._call(
            create_invoice_attachment,
            InvoiceAttachment.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            body=body,
        )

    def list(
        self, invoice_id: ID, *, query: QueryLike | None = None, page_size: int | None = None
    ) -> Pager[InvoiceAttachment]:
        """The invoice's attachments in the order they appear on it, page by page."""
        return self._client._paginate(
            list_invoice_attachments,
            InvoiceAttachment.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
            invoice_id=invoice_id,
        )

    def get(self, invoice_id: ID, attachment_id: ID) -> InvoiceAttachment:
        """The attachment's id and file name; ``download`` fetches the file itself."""
        return self._client._call(
            get_invoice_attachment,
            InvoiceAttachment.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            attachment_id=attachment_id,
        )

    def delete(self, invoice_id: ID, attachment_id: ID) -> None:
        """Detach and delete the file (only while the invoice is a draft)."""
        self._client._call_no_content(
            delete_invoice_attachment, company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
        )

    @overload
    def download(self, invoice_id: ID, attachment_id: ID, destination: None = None) -> bytes: ...
    @overload
    def download(self, invoice_id: ID, attachment_id: ID, destination: str | os.PathLike[str] | BinaryIO) -> None: ...
    def download(
        self, invoice_id: ID, attachment_id: ID, destination: str | os.PathLike[str] | BinaryIO | None = None
    ) -> bytes | None:
        """The attached file's content: bytes, or written to ``destination`` (a path or binary file)."""
        content: bytes | None = self._client._download(
            download_invoice_attachment,
            destination,
            company_id=self._company_id,
            invoice_id=invoice_id,
            attachment_id=attachment_id,
        )
        return content


class InvoicePayments(Resource):
    """``client.invoices.payments``: payments received for an invoice, and their bookkeeping."""

    def create(self, invoice_id: ID, payment: InvoicePayment | Mapping[str, Any]) -> InvoicePayment:
        """Register money received (date, SEK amount, payment account such as 1930); not bookkept yet."""
        body = as_model(payment, InvoicePayment.from_dict)
        return self._client._call(
            create_invoice_payment,
            InvoicePayment.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            body=body,
        )

    def list(
        self, invoice_id: ID, *, query: QueryLike | None = None, page_size: int | None = None
    ) -> Pager[InvoicePayment]:
        """The payments registered on the invoice, bookkept or not, page by page."""
        return self._client._paginate(
            list_invoice_payments,
            InvoicePayment.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
            invoice_id=invoice_id,
        )

    def get(self, invoice_id: ID, payment_id: ID) -> InvoicePayment:
        """One payment; its ``journal_entry_ref`` tells whether it has been bookkept."""
        return self._client._call(
            get_invoice_payment,
            InvoicePayment.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            payment_id=payment_id,
        )

    def delete(self, invoice_id: ID, payment_id: ID) -> None:
        """Remove the payment, raising the invoice's outstanding amount again."""
        self._client._call_no_content(
            delete_invoice_payment, company_id=self._company_id, invoice_id=invoice_id, payment_id=payment_id
        )

    def record(self, invoice_id: ID, payment_id: ID) -> InvoicePayment:
        """Bookkeep the payment: its payment account (e.g. 1930) debit, 1510 credit. Only once per payment."""
        return self._client._call(
            record_invoice_payment,
            InvoicePayment.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            payment_id=payment_id,
        )


class InvoiceSettlements(Resource):
    """``client.invoices.settlements``: bank fees, rounding and other differences written off."""

    def create(self, invoice_id: ID, settlement: InvoiceSettlementCreate | Mapping[str, Any]) -> InvoiceSettlement:
        """Settle a currency difference, bank fee or payment service fee on the invoice; not bookkept yet."""
        body = as_model(settlement, InvoiceSettlementCreate.from_dict)
        return self._client._call(
            create_invoice_settlement,
            InvoiceSettlement.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            body=body,
        )

    def list(
        self, invoice_id: ID, *, query: QueryLike | None = None, page_size: int | None = None
    ) -> Pager[InvoiceSettlement]:
        """The invoice's settlements of every type, bookkept or not, page by page."""
        return self._client._paginate(
            list_invoice_settlements,
            InvoiceSettlement.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
            invoice_id=invoice_id,
        )

    def get(self, invoice_id: ID, settlement_id: ID) -> InvoiceSettlement:
        """One settlement; its ``journal_entry_ref`` tells whether it has been bookkept."""
        return self._client._call(
            get_invoice_settlement,
            InvoiceSettlement.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            settlement_id=settlement_id,
        )

    def delete(self, invoice_id: ID, settlement_id: ID) -> None:
        """Remove the settlement from the invoice's outstanding amount."""
        self._client._call_no_content(
            delete_invoice_settlement, company_id=self._company_id, invoice_id=invoice_id, settlement_id=settlement_id
        )

    def record(self, invoice_id: ID, settlement_id: ID) -> InvoiceSettlement:
        """Bookkeep the settlement: 1510 credit against 6570 (bank fee), 3740 (currency) or a fee account."""
        return self._client._call(
            record_invoice_settlement,
            InvoiceSettlement.from_dict,
            company_id=self._company_id,
            invoice_id=invoice_id,
            settlement_id=settlement_id,
        )
