"""``client.customers``: the people and businesses you invoice (scopes ``customers:read``/``customers:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bokio_company_api.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    update_customer,
)
from bokio_company_api.models.customer import Customer

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["Customers"]


class Customers(Resource):
    """``client.customers``: the customers you invoice."""

    def create(self, customer: Customer | Mapping[str, Any]) -> Customer:
        """Register a business (``company``) or private (``private``) customer, so it can be invoiced."""
        body = as_model(customer, Customer.from_dict)
        return self._client._call(create_customer, Customer.from_dict, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[Customer]:
        """Every customer, page by page; ``query`` filters (e.g. ``Q.name == "Fjällbacka Snickeri AB"``)."""
        return self._client._paginate(
            list_customers, Customer.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, customer_id: ID) -> Customer:
        """One customer with its address and contacts."""
        return self._client._call(
            get_customer, Customer.from_dict, company_id=self._company_id, customer_id=customer_id
        )

    def update(self, customer_id: ID, customer: Customer | Mapping[str, Any]) -> Customer:
        """Replace the customer's fields with ``customer``'s (send the whole customer)."""
        body = as_model(customer, Customer.from_dict)
        return self._client._call(
            update_customer, Customer.from_dict, company_id=self._company_id, customer_id=customer_id, body=body
        )

    def delete(self, customer_id: ID) -> None:
        """Remove the customer; only customers created through the API can be deleted."""
        self._client._call_no_content(delete_customer, company_id=self._company_id, customer_id=customer_id)
