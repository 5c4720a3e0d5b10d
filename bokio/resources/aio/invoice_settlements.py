"""``client.invoices.settlements``: bank fees, currency differences and payment service fees settled on
invoices, and their bookkeeping (scopes ``invoices:…``)."""

from __future__ import annotations

from bokio_company_api.api.invoice_settlements import (
    create_invoice_settlement,
    delete_invoice_settlement,
    get_invoice_settlement,
    list_invoice_settlements,
    record_invoice_settlement,
)
from bokio_company_api.models.invoice_settlement import InvoiceSettlement
from bokio_company_api.models.invoice_settlement_create import InvoiceSettlementCreate
from bokio_company_api.params import InvoiceSettlementCreateParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncInvoiceSettlements"]


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
