"""Lazy pagers over Bokio's paged lists.

Iterating a :class:`Pager` yields every item of every page. A page is fetched only when the
previous one is used up, and only one page is held at a time, so memory stays constant however
long the list: the pager lets go of a page before it fetches the next (the first page excepted,
which it keeps). That also keeps the cyclic garbage collector from walking, and promoting to its
older generations, every model of the page just iterated while the next one is parsed. A failure
while fetching a page raises; the iteration never ends early quietly.

Requests are what a private integration's monthly quota counts, so a pager iterates in pages of
the largest size the operation allows (unless given ``page_size``), and ``first()`` and
``total_items`` ask for a page of one item.

A pager cannot loop or repeat itself: every page must be the one asked for, hold at most the
page size, and report the page count its item count implies and the first page reported.
Otherwise it raises :class:`~bokio.errors.MalformedResponseError` (a proxy that drops ``?page=``,
or a list that changed while it was paged).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from .errors import MalformedResponseError

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


def check_page(page: Page[T], number: int, size: int, first: Page[T] | None = None) -> Page[T]:
    """``page`` when it is page ``number`` of ``size`` items and agrees with the ``first`` page."""
    problem = None
    if page.current_page != number:
        problem = f"it is page {page.current_page}"
    elif len(page.items) > size:
        problem = f"it holds {len(page.items)} items"
    elif page.total_items < 0 or page.total_pages not in _page_counts(page.total_items, size):
        problem = f"it counts {page.total_pages} pages for {page.total_items} items"
    elif first is not None and page.total_pages != first.total_pages:
        problem = f"it counts {page.total_pages} pages where page 1 counted {first.total_pages} (the list changed)"
    if problem is not None:
        raise MalformedResponseError(f"asked for page {number} of {size} items, but {problem}; paging stopped")
    return page


def _page_counts(total_items: int, size: int) -> tuple[int, ...]:
    """The page counts a list of ``total_items`` may report at ``size`` items a page."""
    pages = -(-total_items // size)
    return (0, 1) if pages == 0 else (pages,)


class Pager(Generic[T]):
    """Every item of a paged list, fetched page by page as iteration proceeds."""

    def __init__(self, fetch: Callable[[int, int], Page[T]], page_size: int) -> None:
        self._fetch = fetch  # (page number, page size) -> that page
        self._page_size = page_size
        self._first: Page[T] | None = None  # page 1, kept once fetched
        self._probe: Page[T] | None = None  # page 1 of one item, for first() and total_items

    def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = check_page(self._fetch(1, self._page_size), 1, self._page_size)
        return self._first

    def _next(self, number: int) -> Page[T]:
        return check_page(self._fetch(number, self._page_size), number, self._page_size, self._first)

    def _one(self) -> Page[T]:
        """Page 1 as already fetched, else a page of one item."""
        if self._first is not None:
            return self._first
        if self._probe is None:
            self._probe = check_page(self._fetch(1, 1), 1, 1)
        return self._probe

    def pages(self) -> Iterator[Page[T]]:
        """Iterate over whole pages."""
        page: Page[T] | None = self._first_page()
        while page is not None:
            following = _following(page)
            yield page
            page = None  # let go of this page before the next one is fetched and parsed
            if following is not None:
                page = self._next(following)

    def __iter__(self) -> Iterator[T]:
        first = self._first_page()
        items, following = first.items, _following(first)
        del first
        while True:
            yield from items
            if following is None:
                return
            items = []  # let go of this page before the next one is fetched and parsed
            page = self._next(following)
            items, following = page.items, _following(page)
            del page

    def first(self) -> T | None:
        """The first item, or None when the list is empty (asks for one item)."""
        items = self._one().items
        return items[0] if items else None

    def page(self, number: int) -> Page[T]:
        """Page ``number`` (from 1) on its own, e.g. to resume where a cursor left off."""
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"page numbers start at 1, got {number!r}")
        return self._first_page() if number == 1 else self._next(number)

    @property
    def total_items(self) -> int:
        """Number of items across all pages, as Bokio reports it (asks for one item)."""
        return self._one().total_items


class AsyncPager(Generic[T]):
    """The asyncio twin of :class:`Pager`: ``async for item in pager``."""

    def __init__(self, fetch: Callable[[int, int], Awaitable[Page[T]]], page_size: int) -> None:
        self._fetch = fetch
        self._page_size = page_size
        self._first: Page[T] | None = None
        self._probe: Page[T] | None = None

    async def _first_page(self) -> Page[T]:
        if self._first is None:
            self._first = check_page(await self._fetch(1, self._page_size), 1, self._page_size)
        return self._first

    async def _next(self, number: int) -> Page[T]:
        return check_page(await self._fetch(number, self._page_size), number, self._page_size, self._first)

    async def _one(self) -> Page[T]:
        if self._first is not None:
            return self._first
        if self._probe is None:
            self._probe = check_page(await self._fetch(1, 1), 1, 1)
        return self._probe

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each page as it arrives, with its items and totals."""
        page: Page[T] | None = await self._first_page()
        while page is not None:
            following = _following(page)
            yield page
            page = None  # let go of this page before the next one is fetched and parsed
            if following is not None:
                page = await self._next(following)

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
            page = await self._next(following)
            items, following = page.items, _following(page)
            del page

    async def first(self) -> T | None:
        """The first item, fetching only the first page; ``None`` when there is none."""
        items = (await self._one()).items
        return items[0] if items else None

    async def page(self, number: int) -> Page[T]:
        """Page ``number`` (from 1) on its own, e.g. to resume where a cursor left off."""
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"page numbers start at 1, got {number!r}")
        return await self._first_page() if number == 1 else await self._next(number)

    async def total_items(self) -> int:
        """How many items the list has in all, from the first page."""
        return (await self._one()).total_items
