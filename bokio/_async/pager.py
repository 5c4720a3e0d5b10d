"""The pager over Bokio's paged lists (see :mod:`bokio.pagination`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Generic, TypeVar

from bokio.page import AsyncFetch, Page, check_page, method_in_async, next_page_number, page_number

__all__ = ["AsyncPager"]

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """Every item of a paged list, fetched page by page as iteration proceeds."""

    def __init__(self, fetch: AsyncFetch[T], page_size: int) -> None:
        self._fetch = fetch  # (page number, page size) -> that page
        self._page_size = page_size
        self._first: Page[T] | None = None  # page 1, kept once fetched
        self._probe: Page[T] | None = None  # page 1 of one item, for first() and total_items

    async def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = check_page(await self._fetch(1, self._page_size), 1, self._page_size)
        return self._first

    async def _next(self, number: int) -> Page[T]:
        return check_page(await self._fetch(number, self._page_size), number, self._page_size, self._first)

    async def _one(self) -> Page[T]:
        """Page 1 as already fetched, else a page of one item."""
        if self._first is not None:
            return self._first
        if self._probe is None:
            self._probe = check_page(await self._fetch(1, 1), 1, 1)
        return self._probe

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate over whole pages."""
        page: Page[T] | None = await self._first_page()
        while page is not None:
            following = next_page_number(page)
            yield page
            page = None  # let go of this page before the next one is fetched and parsed
            if following is not None:
                page = await self._next(following)

    async def __aiter__(self) -> AsyncIterator[T]:
        first = await self._first_page()
        items, following = first.items, next_page_number(first)
        del first
        while True:
            for item in items:
                yield item
            if following is None:
                return
            items = []  # let go of this page before the next one is fetched and parsed
            page = await self._next(following)
            items, following = page.items, next_page_number(page)
            del page

    async def first(self) -> T | None:
        """The first item, or None when the list is empty (asks for one item)."""
        one = await self._one()
        return one.items[0] if one.items else None

    async def page(self, number: int) -> Page[T]:
        """Page ``number`` (from 1) on its own, e.g. to resume where a cursor left off."""
        if page_number(number) == 1:
            return await self._first_page()
        return await self._next(number)

    @method_in_async
    async def total_items(self) -> int:
        """Number of items across all pages, as Bokio reports it (asks for one item)."""
        one = await self._one()
        return one.total_items
