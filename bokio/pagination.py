"""Lazy pagers over Bokio's paged lists.

Iterating a :class:`Pager` yields every item of every page. A page is fetched only when the
previous one is used up, and only one page is held at a time, so memory stays constant however
long the list. A failure while fetching a page raises; the iteration never ends early quietly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

__all__ = ["AsyncPager", "Page", "Pager"]

T = TypeVar("T")


class Page(Generic[T]):
    """One page of a list: its items and where it stands in the whole result set."""

    __slots__ = ("current_page", "items", "total_items", "total_pages")

    def __init__(self, items: list[T], total_items: int, total_pages: int, current_page: int) -> None:
        self.items = items
        self.total_items = total_items
        self.total_pages = total_pages
        self.current_page = current_page

    def __repr__(self) -> str:
        return f"Page(current_page={self.current_page}, total_pages={self.total_pages}, items={len(self.items)})"

    @property
    def has_next(self) -> bool:
        return bool(self.items) and self.current_page < self.total_pages


class Pager(Generic[T]):
    """Every item of a paged list, fetched page by page as iteration proceeds."""

    def __init__(self, fetch: Callable[[int], Page[T]]) -> None:
        self._fetch = fetch
        self._first: Page[T] | None = None

    def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = self._fetch(1)
        return self._first

    def pages(self) -> Iterator[Page[T]]:
        """Iterate over whole pages."""
        page = self._first_page()
        while True:
            yield page
            if not page.has_next:
                return
            page = self._fetch(page.current_page + 1)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def first(self) -> T | None:
        """The first item, or None when the list is empty (fetches one page)."""
        items = self._first_page().items
        return items[0] if items else None

    @property
    def total_items(self) -> int:
        """Number of items across all pages, as Bokio reports it (fetches one page)."""
        return self._first_page().total_items


class AsyncPager(Generic[T]):
    """The asyncio twin of :class:`Pager`: ``async for item in pager``."""

    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]]) -> None:
        self._fetch = fetch
        self._first: Page[T] | None = None

    async def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = await self._fetch(1)
        return self._first

    async def pages(self) -> AsyncIterator[Page[T]]:
        page = await self._first_page()
        while True:
            yield page
            if not page.has_next:
                return
            page = await self._fetch(page.current_page + 1)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def first(self) -> T | None:
        items = (await self._first_page()).items
        return items[0] if items else None

    async def total_items(self) -> int:
        return (await self._first_page()).total_items
