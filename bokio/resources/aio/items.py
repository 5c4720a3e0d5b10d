"""``client.items``: the catalogue of goods and services (scopes ``items:read``/``items:write``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from bokio_company_api.api.items import create_item, delete_item, get_item, list_items, update_item
from bokio_company_api.models.description_only_item import DescriptionOnlyItem
from bokio_company_api.models.description_only_item_input import DescriptionOnlyItemInput
from bokio_company_api.models.sales_item import SalesItem
from bokio_company_api.models.sales_item_input import SalesItemInput
from bokio_company_api.params import ItemParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncItems", "Item", "parse_item"]

Item = SalesItem | DescriptionOnlyItem
"""A catalogue item as Bokio returns it."""
ItemInput = SalesItemInput | DescriptionOnlyItemInput
"""A catalogue item as a request model."""


def _model_of(data: object) -> type[Item]:
    """The item model ``itemType`` names."""
    if not isinstance(data, Mapping):
        raise TypeError(f"an item must be a JSON object, not {type(data).__name__}")
    item_type = cast("Mapping[str, object]", data).get("itemType")
    return DescriptionOnlyItem if item_type == "descriptionOnlyItem" else SalesItem


def parse_item(data: Mapping[str, Any]) -> Item:
    """The item ``data`` describes, as the model its ``itemType`` names."""
    return _model_of(data).from_dict(data)


class AsyncItems(Resource[AsyncBokio]):
    """``client.items``: the catalogue of goods and services."""

    async def create(
        self, item: ItemInput | ItemParams, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Item:
        """Add an item to the catalogue."""
        return await self._client._call(
            lambda: create_item.build_request(company_id=self._company_id, body=item),
            parse_item,
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
    ) -> AsyncPager[Item]:
        """Every item, page by page; ``query`` filters (e.g. ``Q.unitPrice > 100``)."""
        return self._client._paginate(
            list_items,
            lambda page, size, compiled: list_items.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            parse_item,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(self, item_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None) -> Item:
        """One item of the catalogue."""
        return await self._client._call(
            lambda: get_item.build_request(company_id=self._company_id, item_id=item_id),
            parse_item,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        item_id: ID,
        item: Item | ItemInput | ItemParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Item:
        """Replace the item's fields with ``item``'s."""
        body: ItemInput | ItemParams
        if isinstance(item, SalesItem):
            body = SalesItemInput.from_dict(item.to_dict())
        elif isinstance(item, DescriptionOnlyItem):
            body = DescriptionOnlyItemInput.from_dict(item.to_dict())
        else:
            body = item
        return await self._client._call(
            lambda: update_item.build_request(company_id=self._company_id, item_id=item_id, body=body),
            parse_item,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, item_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Remove the item from the catalogue."""
        await self._client._call_no_content(
            lambda: delete_item.build_request(company_id=self._company_id, item_id=item_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )
