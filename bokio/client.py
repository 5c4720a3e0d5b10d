"""The clients: :class:`Bokio` (sync) and :class:`AsyncBokio` (asyncio).

One client talks to one company. It owns the HTTP connection pool (unless you pass your own
``http_client``), authenticates every request, retries what is safe to retry (see
:mod:`bokio.retries`), turns error responses into :mod:`bokio.errors`, and exposes the API as
resource namespaces (``client.invoices``, ``client.invoices.payments``, …) loaded on first use.

How it is built: :mod:`bokio._options` (options and their checks) and :mod:`bokio._pipeline`
(request building, retry decisions, error mapping, decoding) are written once; the sending part
and the clients are written for asyncio in ``bokio/_async/``, and ``bokio/_sync/`` is generated
from it by ``scripts/unasync.py``.
"""

from __future__ import annotations

from ._async.client import AsyncBokio
from ._options import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_PAGE_SIZE,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    USER_AGENT,
    Headers,
    NotGiven,
    Timeout,
)
from ._sync.client import Bokio

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "USER_AGENT",
    "AsyncBokio",
    "Bokio",
    "Headers",
    "NotGiven",
    "Timeout",
]
