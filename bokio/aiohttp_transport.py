"""AsyncBokio over aiohttp's connection pool: ``pip install bokio[aiohttp]``.

httpx sends through httpcore, whose asyncio connection pool costs noticeably more CPU per
request than aiohttp's when many requests are in flight. httpx-aiohttp plugs aiohttp in as an
httpx transport (the route openai-python takes with its ``DefaultAioHttpClient``), so everything
above the socket (auth, retries, errors, limits) stays the same::

    from bokio import AsyncBokio, DefaultAioHttpClient

    async with AsyncBokio(token=..., company_id=..., http_client=DefaultAioHttpClient()) as client:
        invoices = await asyncio.gather(*(client.invoices.get(i) for i in ids))

The client is bounded like AsyncBokio's own (:mod:`bokio.limits`). Being your client, not one
the SDK made, it is closed by you (``async with``) and made anew by you in a forked child; like
any aiohttp session it belongs to the event loop of its first request.
"""

from __future__ import annotations

from typing import Any

import httpx

try:
    from httpx_aiohttp import AiohttpTransport
except ImportError as error:  # pragma: no cover - the extra is part of the dev install
    raise ImportError("DefaultAioHttpClient needs the aiohttp extra: pip install 'bokio[aiohttp]'") from error

from .client import DEFAULT_TIMEOUT
from .limits import AsyncLimitedTransport

__all__ = ["DefaultAioHttpClient"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own defaults


class DefaultAioHttpClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that sends through aiohttp, with the SDK's size and body-time limits."""

    def __init__(
        self, *, timeout: float | httpx.Timeout = DEFAULT_TIMEOUT, limits: httpx.Limits = DEFAULT_LIMITS, **options: Any
    ) -> None:
        transport = AsyncLimitedTransport(AiohttpTransport(limits=limits))
        super().__init__(timeout=timeout, transport=transport, **options)
