"""``client.supplier_invoices``: invoices received from suppliers (scopes ``supplier-invoices:read``/``:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["SupplierInvoices"]


class SupplierInvoices(Resource):
    """``client.supplier_invoices``: invoices received from suppliers."""

    def create(self, invoice: SupplierInvoiceCreate | Mapping[str, Any]) -> SupplierInvoice:
        """Register a supplier's invoice to pay, in the supplier's currency; attach its PDF via ``uploadRef``."""
        body = as_model(invoice, SupplierInvoiceCreate.from_dict)
        return self._client._call(
            create_supplier_invoice, SupplierInvoice.from_dict, company_id=self._company_id, body=body
        )

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[SupplierInvoice]:
        """Every supplier invoice, page by page; ``query`` filters (e.g. by ``supplierRef.id`` or ``dueDate``)."""
        return self._client._paginate(
            list_supplier_invoices,
            SupplierInvoice.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
        )

    def get(self, supplier_invoice_id: ID) -> SupplierInvoice:
        """The invoice with what is left to pay, its journal entry and its attached uploads."""
        return self._client._call(
            get_supplier_invoice,
            SupplierInvoice.from_dict,
            company_id=self._company_id,
            supplier_invoice_id=supplier_invoice_id,
        )

    def update(self, supplier_invoice_id: ID, invoice: SupplierInvoiceUpdate | Mapping[str, Any]) -> SupplierInvoice:
        """Replace the supplier, number, dates and total of an invoice this integration created."""
        body = as_model(invoice, SupplierInvoiceUpdate.from_dict)
        return self._client._call(
            update_supplier_invoice,
            SupplierInvoice.from_dict,
            company_id=self._company_id,
            supplier_invoice_id=supplier_invoice_id,
            body=body,
        )

    def delete(self, supplier_invoice_id: ID) -> None:
        """Remove a supplier invoice this integration created."""
        self._client._call_no_content(
            delete_supplier_invoice, company_id=self._company_id, supplier_invoice_id=supplier_invoice_id
        )

    def add_upload(self, supplier_invoice_id: ID, upload: UploadRef | Mapping[str, Any]) -> UploadRef:
        """Attach an existing, unconnected upload (e.g. the invoice's PDF) to the invoice."""
        body = as_model(upload, UploadRef.from_dict)
        return self._client._call(
            add_supplier_invoice_upload,
            UploadRef.from_dict,
            company_id=self._company_id,
            supplier_invoice_id=supplier_invoice_id,
            body=body,
        )
