"""``client.customers``: the people and businesses you invoice (scopes ``customers:read``/``customers:write``)."""

from __future__ import annotations

from bokio_company_api.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    update_customer,
)
from bokio_company_api.models.customer import Customer
from bokio_company_api.models.customer_input import CustomerInput
from bokio_company_api.params import CustomerParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncCustomers"]


class AsyncCustomers(Resource[AsyncBokio]):
    """``client.customers``: the customers you invoice."""

    async def create(
        self,
        customer: CustomerInput | CustomerParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Customer:
        """Register a business (``company``) or private (``private``) customer, so it can be invoiced."""
        return await self._client._call(
            lambda: create_customer.build_request(company_id=self._company_id, body=customer),
            Customer.from_dict,
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
    ) -> AsyncPager[Customer]:
        """Every customer, page by page; ``query`` filters (e.g. ``Q.name == "Fjällbacka Snickeri AB"``)."""
        return self._client._paginate(
            list_customers,
            lambda page, size, compiled: list_customers.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            Customer.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, customer_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Customer:
        """One customer with its address and contacts."""
        return await self._client._call(
            lambda: get_customer.build_request(company_id=self._company_id, customer_id=customer_id),
            Customer.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        customer_id: ID,
        customer: Customer | CustomerInput | CustomerParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Customer:
        """Replace the customer's fields with ``customer``'s (send the whole customer)."""
        body = CustomerInput.from_dict(customer.to_dict()) if isinstance(customer, Customer) else customer
        return await self._client._call(
            lambda: update_customer.build_request(company_id=self._company_id, customer_id=customer_id, body=body),
            Customer.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, customer_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the customer; only customers created through the API can be deleted."""
        await self._client._call_no_content(
            lambda: delete_customer.build_request(company_id=self._company_id, customer_id=customer_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )
