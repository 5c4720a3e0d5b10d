"""Lazy pagers over Bokio's paged lists.

Iterating a :class:`Pager` yields every item of every page. A page is fetched only when the
previous one is used up, and only one page is held at a time, so memory stays constant however
long the list: the pager lets go of a page before it fetches the next (the first page excepted,
which it keeps for ``first()`` and ``total_items``). That also keeps the cyclic garbage collector
from walking, and promoting to its older generations, every model of the page just iterated while
the next one is parsed. A failure while fetching a page raises; the iteration never ends early
quietly.
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


def _following(page: Page[T]) -> int | None:
    """The number of the page after ``page``, or None when it is the last."""
    return page.current_page + 1 if page.has_next else None


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
        page: Page[T] | None = self._first_page()
        while page is not None:
            following = _following(page)
            yield page
            page = None  # let go of this page before the next one is fetched and parsed
            if following is not None:
                page = self._fetch(following)

    def __iter__(self) -> Iterator[T]:
        first = self._first_page()
        items, following = first.items, _following(first)
        del first
        while True:
            yield from items
            if following is None:
                return
            items = []  # let go of this page before the next one is fetched and parsed
            page = self._fetch(following)
            items, following = page.items, _following(page)
            del page

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
        """Each page as it arrives, with its items and totals."""
        page: Page[T] | None = await self._first_page()
        while page is not None:
            following = _following(page)
            yield page
            page = None  # let go of this page before the next one is fetched and parsed
            if following is not None:
                page = await self._fetch(following)

    async def __aiter__(self) -> AsyncIterator[T]:
        first = await self._first_page()
        items, following = first.items, _following(first)
        del first
        while True:
            for item in items:
                yield item
            if following is None:
                return
            items = []  # let go of this page before the next one is fetched and parsed
            page = await self._fetch(following)
            items, following = page.items, _following(page)
            del page

    async def first(self) -> T | None:
        """The first item, fetching only the first page; ``None`` when there is none."""
        items = (await self._first_page()).items
        return items[0] if items else None

    async def total_items(self) -> int:
        """How many items the list has in all, from the first page."""
        return (await self._first_page()).total_items
