"""``client.items``: the catalogue of goods and services (scopes ``items:read``/``items:write``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bokio_company_api.api.items import create_item, delete_item, get_item, list_items, update_item
from bokio_company_api.models.description_only_item import DescriptionOnlyItem
from bokio_company_api.models.sales_item import SalesItem

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource

__all__ = ["Item", "Items", "parse_item"]

Item = SalesItem | DescriptionOnlyItem


def _model_of(data: Mapping[str, Any]) -> type[Item]:
    """The item model ``itemType`` names."""
    return DescriptionOnlyItem if data.get("itemType") == "descriptionOnlyItem" else SalesItem


def parse_item(data: Mapping[str, Any]) -> Item:
    """The item ``data`` describes, as the model its ``itemType`` names."""
    return _model_of(data).from_dict(data)


def _parse_item_lazy(data: Mapping[str, Any], on_error: Callable[[Exception], Exception]) -> Item:
    return _model_of(data).from_dict_lazy(data, on_error)


class Items(Resource):
    """``client.items``: the catalogue of goods and services."""

    def create(self, item: Item | Mapping[str, Any]) -> Item:
        """Add an item to the catalogue."""
        body = parse_item(item) if isinstance(item, Mapping) else item
        return self._client._call(create_item, parse_item, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[Item]:
        """Every item, page by page; ``query`` filters (e.g. ``Q.unitPrice > 100``)."""
        return self._client._paginate(
            list_items, _parse_item_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, item_id: ID) -> Item:
        """One item of the catalogue."""
        return self._client._call(get_item, parse_item, company_id=self._company_id, item_id=item_id)

    def update(self, item_id: ID, item: Item | Mapping[str, Any]) -> Item:
        """Replace the item's fields with ``item``'s."""
        body = parse_item(item) if isinstance(item, Mapping) else item
        return self._client._call(update_item, parse_item, company_id=self._company_id, item_id=item_id, body=body)

    def delete(self, item_id: ID) -> None:
        """Remove the item from the catalogue."""
        self._client._call_no_content(delete_item, company_id=self._company_id, item_id=item_id)
