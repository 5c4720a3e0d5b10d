"""The connection pool of the ``httpx.AsyncClient`` an :class:`~bokio.AsyncBokio` creates itself.

httpcore's pool asks each idle keep-alive connection whether the server has closed it (the
stream's "is_readable") every time a request is queued and every time a response is released.
Under asyncio the stream finds its socket through anyio's typed attributes, which rebuild a
table of lookups (and call getpeername) for every question: with 20 pooled connections and 20
requests in flight that was the largest single cost of an AsyncBokio request (benchmarks/bench.py
--profile). The wrappers below look the socket up once per connection and answer the question
with httpcore's own socket check (`is_socket_readable`); everything else is
passed through. They are installed only in the httpx.AsyncClient that AsyncBokio creates itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

__all__ = ["default_async_http_client"]

IsReadable = Callable[[Any], bool]


class _IdleCheckStream:
    """An httpcore ``AsyncNetworkStream`` that answers "is_readable" from its socket, found once."""

    __slots__ = ("_is_readable", "_socket", "_stream")

    def __init__(self, stream: Any, is_readable: IsReadable) -> None:
        self._stream = stream
        self._is_readable = is_readable
        sock = stream.get_extra_info("socket")
        self._socket = sock if callable(getattr(sock, "fileno", None)) else None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, timeout)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        stream = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _IdleCheckStream(stream, self._is_readable)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._socket is not None:
            return self._is_readable(self._socket)
        return self._stream.get_extra_info(info)


class _IdleCheckBackend:
    """An httpcore ``AsyncNetworkBackend`` whose streams are :class:`_IdleCheckStream`."""

    __slots__ = ("_backend", "_is_readable")

    def __init__(self, backend: Any, is_readable: IsReadable) -> None:
        self._backend = backend
        self._is_readable = is_readable

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> Any:
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _IdleCheckStream(stream, self._is_readable)

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        stream = await self._backend.connect_unix_socket(path, timeout=timeout, socket_options=socket_options)
        return _IdleCheckStream(stream, self._is_readable)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def default_async_http_client(timeout: float | httpx.Timeout) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` of an AsyncBokio given none: httpx's defaults, idle checks cheap.

    Reaches into httpx/httpcore internals (the client's transport, its pool, the pool's network
    backend, httpcore's ``is_socket_readable``); when they are not what httpx 0.28 / httpcore 1.0
    have, the client stays as httpx made it, which is slower under concurrency and otherwise the
    same.
    """
    http = httpx.AsyncClient(timeout=timeout)  # builds the transport: httpcore is loaded by now
    try:
        from httpcore._utils import is_socket_readable
    except ImportError:  # pragma: no cover - a future httpcore
        return http
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None and callable(getattr(backend, "connect_tcp", None)):
        pool._network_backend = _IdleCheckBackend(backend, is_socket_readable)  # type: ignore[union-attr]
    return http
