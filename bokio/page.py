"""One page of a list, and the checks every pager makes on it (shared by ``Pager`` and ``AsyncPager``).

Nothing here does I/O: the pagers (:mod:`bokio.pagination`) fetch the pages and hand them here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from .errors import MalformedResponseError

__all__ = [
    "AsyncFetch",
    "Fetch",
    "Page",
    "check_page",
    "method_in_async",
    "next_page_number",
    "page_number",
    "property_in_sync",
]

T = TypeVar("T")
R = TypeVar("R")


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


Fetch = Callable[[int, int], Page[T]]
"""How a :class:`~bokio.pagination.Pager` gets a page: (page number, page size) -> that page."""
AsyncFetch = Callable[[int, int], Awaitable[Page[T]]]
"""How an :class:`~bokio.pagination.AsyncPager` gets a page."""


def next_page_number(page: Page[T]) -> int | None:
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


def page_number(number: object) -> int:
    """``number`` when it is a page number (from 1); a call-site error otherwise."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"page numbers start at 1, got {number!r}")
    return number


def _page_counts(total_items: int, size: int) -> tuple[int, ...]:
    """The page counts a list of ``total_items`` may report at ``size`` items a page."""
    pages = -(-total_items // size)
    return (0, 1) if pages == 0 else (pages,)


def method_in_async(method: Callable[[R], T]) -> Callable[[R], T]:
    """Marks a method of an asyncio class that its generated sync twin has as a property.

    ``scripts/unasync.py`` turns it into :data:`property_in_sync`: ``await pager.total_items()``
    on an :class:`~bokio.pagination.AsyncPager` is ``pager.total_items`` on a :class:`~bokio.pagination.Pager`.
    """
    return method


property_in_sync = property
"""``property``, under the name that :func:`method_in_async` becomes in a sync twin."""
