"""``client.suppliers``: the companies you buy from (scopes ``suppliers:read``/``suppliers:write``)."""

from __future__ import annotations

from bokio_company_api.api.suppliers import (
    create_supplier,
    delete_supplier,
    get_supplier,
    list_suppliers,
    update_supplier,
)
from bokio_company_api.models.supplier import Supplier
from bokio_company_api.models.supplier_input import SupplierInput
from bokio_company_api.params import SupplierParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncSuppliers"]


class AsyncSuppliers(Resource[AsyncBokio]):
    """``client.suppliers``: the companies you buy from."""

    async def create(
        self,
        supplier: SupplierInput | SupplierParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Supplier:
        """Register a supplier; only ``name`` is required, its currency (SEK by default) is its invoices'."""
        return await self._client._call(
            lambda: create_supplier.build_request(company_id=self._company_id, body=supplier),
            Supplier.from_dict,
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
    ) -> AsyncPager[Supplier]:
        """Every supplier, page by page; ``query`` filters by name, org number or VAT number."""
        return self._client._paginate(
            list_suppliers,
            lambda page, size, compiled: list_suppliers.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            Supplier.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, supplier_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Supplier:
        """One supplier with its payment details."""
        return await self._client._call(
            lambda: get_supplier.build_request(company_id=self._company_id, supplier_id=supplier_id),
            Supplier.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        supplier_id: ID,
        supplier: Supplier | SupplierInput | SupplierParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Supplier:
        """Replace all the supplier's fields with ``supplier``'s: send the whole supplier."""
        body = SupplierInput.from_dict(supplier.to_dict()) if isinstance(supplier, Supplier) else supplier
        return await self._client._call(
            lambda: update_supplier.build_request(company_id=self._company_id, supplier_id=supplier_id, body=body),
            Supplier.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, supplier_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove a supplier this integration created and that has no active supplier invoices."""
        await self._client._call_no_content(
            lambda: delete_supplier.build_request(company_id=self._company_id, supplier_id=supplier_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )
