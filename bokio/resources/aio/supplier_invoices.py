"""``client.supplier_invoices``: invoices received from suppliers (scopes ``supplier-invoices:read``/``:write``)."""

from __future__ import annotations

from bokio_company_api.api.supplier_invoices import (
    add_supplier_invoice_upload,
    create_supplier_invoice,
    delete_supplier_invoice,
    get_supplier_invoice,
    list_supplier_invoices,
    update_supplier_invoice,
)
from bokio_company_api.models.supplier_invoice import SupplierInvoice
from bokio_company_api.models.supplier_invoice_create import SupplierInvoiceCreate
from bokio_company_api.models.supplier_invoice_update import SupplierInvoiceUpdate
from bokio_company_api.models.upload_ref import UploadRef
from bokio_company_api.params import SupplierInvoiceCreateParams, SupplierInvoiceUpdateParams, UploadRefParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncSupplierInvoices"]


class AsyncSupplierInvoices(Resource[AsyncBokio]):
    """``client.supplier_invoices``: invoices received from suppliers."""

    async def create(
        self,
        invoice: SupplierInvoiceCreate | SupplierInvoiceCreateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> SupplierInvoice:
        """Register a supplier's invoice to pay, in the supplier's currency; attach its PDF via ``uploadRef``."""
        return await self._client._call(
            lambda: create_supplier_invoice.build_request(company_id=self._company_id, body=invoice),
            SupplierInvoice.from_dict,
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
    ) -> AsyncPager[SupplierInvoice]:
        """Every supplier invoice, page by page; ``query`` filters (e.g. by ``supplierRef.id`` or ``dueDate``)."""
        return self._client._paginate(
            list_supplier_invoices,
            lambda page, size, compiled: list_supplier_invoices.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            SupplierInvoice.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, supplier_invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> SupplierInvoice:
        """The invoice with what is left to pay, its journal entry and its attached uploads."""
        return await self._client._call(
            lambda: get_supplier_invoice.build_request(
                company_id=self._company_id, supplier_invoice_id=supplier_invoice_id
            ),
            SupplierInvoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        supplier_invoice_id: ID,
        invoice: SupplierInvoiceUpdate | SupplierInvoiceUpdateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> SupplierInvoice:
        """Replace the supplier, number, dates and total of an invoice this integration created."""
        return await self._client._call(
            lambda: update_supplier_invoice.build_request(
                company_id=self._company_id, supplier_invoice_id=supplier_invoice_id, body=invoice
            ),
            SupplierInvoice.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, supplier_invoice_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove a supplier invoice this integration created."""
        await self._client._call_no_content(
            lambda: delete_supplier_invoice.build_request(
                company_id=self._company_id, supplier_invoice_id=supplier_invoice_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def add_upload(
        self,
        supplier_invoice_id: ID,
        upload: UploadRef | UploadRefParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> UploadRef:
        """Attach an existing, unconnected upload (e.g. the invoice's PDF) to the invoice."""
        return await self._client._call(
            lambda: add_supplier_invoice_upload.build_request(
                company_id=self._company_id, supplier_invoice_id=supplier_invoice_id, body=upload
            ),
            UploadRef.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
