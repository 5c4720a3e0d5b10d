"""``client.suppliers``: the companies you buy from (scopes ``suppliers:read``/``suppliers:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bokio_company_api.api.suppliers import (
    create_supplier,
    delete_supplier,
    get_supplier,
    list_suppliers,
    update_supplier,
)
from bokio_company_api.models.supplier import Supplier

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["Suppliers"]


class Suppliers(Resource):
    """``client.suppliers``: the companies you buy from."""

    def create(self, supplier: Supplier | Mapping[str, Any]) -> Supplier:
        """Register a supplier; only ``name`` is required, its currency (SEK by default) is its invoices'."""
        body = as_model(supplier, Supplier.from_dict)
        return self._client._call(create_supplier, Supplier.from_dict, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[Supplier]:
        """Every supplier, page by page; ``query`` filters by name, org number or VAT number."""
        return self._client._paginate(
            list_suppliers, Supplier.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, supplier_id: ID) -> Supplier:
        """One supplier with its payment details."""
        return self._client._call(
            get_supplier, Supplier.from_dict, company_id=self._company_id, supplier_id=supplier_id
        )

    def update(self, supplier_id: ID, supplier: Supplier | Mapping[str, Any]) -> Supplier:
        """Replace all the supplier's fields with ``supplier``'s: send the whole supplier."""
        body = as_model(supplier, Supplier.from_dict)
        return self._client._call(
            update_supplier, Supplier.from_dict, company_id=self._company_id, supplier_id=supplier_id, body=body
        )

    def delete(self, supplier_id: ID) -> None:
        """Remove a supplier this integration created and that has no active supplier invoices."""
        self._client._call_no_content(delete_supplier, company_id=self._company_id, supplier_id=supplier_id)
