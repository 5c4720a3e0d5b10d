"""Lazy pagers over Bokio's paged lists: :class:`Pager` (``for item in pager``) and
:class:`AsyncPager` (``async for item in pager``).

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

The asyncio pager is the source (``bokio/_async/pager.py``); the sync one is generated from it by
``scripts/unasync.py``. What they share without I/O (:class:`Page` and its checks) is in :mod:`bokio.page`.
"""

from ._async.pager import AsyncPager
from ._sync.pager import Pager
from .page import Page

__all__ = ["AsyncPager", "Page", "Pager"]

# Documented, and shown in reprs, under the public module that exports them.
AsyncPager.__module__ = Pager.__module__ = Page.__module__ = __name__
