"""``client.invoices.payments``: money received for invoices, and its bookkeeping (scopes ``invoices:…``)."""

from __future__ import annotations

from bokio_company_api.api.invoice_payments import (
    create_invoice_payment,
    delete_invoice_payment,
    get_invoice_payment,
    list_invoice_payments,
    record_invoice_payment,
)
from bokio_company_api.models.invoice_payment import InvoicePayment
from bokio_company_api.models.invoice_payment_input import InvoicePaymentInput
from bokio_company_api.params import InvoicePaymentParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncInvoicePayments"]


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
