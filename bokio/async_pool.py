"""The connection pool of the ``httpx.AsyncClient`` an :class:`~bokio.AsyncBokio` creates itself.

httpx sends through httpcore's ``AsyncConnectionPool``, which keeps every request in a queue and,
each time one is queued or a response released, re-examines every pooled connection: a socket
poll per idle connection, and a recount of the pool per idle connection. Under asyncio its locks,
events and cancel scopes go through anyio. With 20 requests in flight that bookkeeping cost more
CPU than the HTTP itself (``benchmarks/bench.py --profile``).

:class:`ConnectionPool` takes its place inside httpx's transport. It keeps httpcore's connections
(``create_connection`` of the pool it replaces: same TLS, HTTP/1.1 and socket settings) and its
rules, with less to do per request:

- at most ``max_connections`` requests in flight (an ``asyncio.Semaphore``; waiting longer than
  the pool timeout raises ``httpcore.PoolTimeout``, which httpx turns into ``httpx.PoolTimeout``);
- at most ``max_connections`` connections open, at most ``max_keepalive_connections`` of them
  idle; the connection used most recently is reused first;
- a connection is checked (expired? closed by the server?) when it is taken from the idle ones,
  so only that one is polled; one that fails the check is closed and the next one tried;
- a connection goes back to the idle ones only when its response was read to the end and closed;
  after an error or a cancellation it is not reused (httpcore's connection closes itself then).

AsyncBokio is asyncio-only (its retries sleep with ``asyncio.sleep``), and so is this pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

__all__ = ["ConnectionPool", "default_async_http_client"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own defaults


class ConnectionPool:
    """An httpcore ``AsyncRequestInterface`` over httpcore's HTTP/1.1 connections; see the module."""

    def __init__(self, create_connection: Any, limits: httpx.Limits) -> None:
        # Here, not at module level: asyncio doubles the import time of bokio, and httpcore is
        # loaded only once an httpx client is built.
        import asyncio

        import httpcore

        self._httpcore = httpcore
        self._timeout = asyncio.timeout
        self._create_connection = create_connection
        self._max_connections = limits.max_connections or 2**31
        self._max_idle = limits.max_keepalive_connections if limits.max_keepalive_connections is not None else 2**31
        self._permits = asyncio.Semaphore(self._max_connections)
        self._idle: list[Any] = []  # most recently used last
        self._active: set[Any] = set()

    async def handle_async_request(self, request: Any) -> Any:
        httpcore = self._httpcore
        await self._acquire(request.extensions.get("timeout", {}).get("pool"))
        connection = None
        try:
            while True:
                connection, stale = self._connection_for(request.url.origin)
                for unusable in stale:
                    await unusable.aclose()
                try:
                    response = await connection.handle_async_request(request)
                except httpcore.ConnectionNotAvailable:  # closed before the request went out: try another
                    self._active.discard(connection)
                    continue
                break
        except BaseException:
            if connection is not None:
                self._active.discard(connection)
            self._permits.release()
            raise
        return httpcore.Response(
            status=response.status,
            headers=response.headers,
            content=_PooledStream(response.stream, self, connection),
            extensions=response.extensions,
        )

    async def _acquire(self, timeout: float | None) -> None:
        if not self._permits.locked():
            await self._permits.acquire()  # returns at once, without yielding to other tasks
            return
        try:
            async with self._timeout(timeout):
                await self._permits.acquire()
        except TimeoutError:
            raise self._httpcore.PoolTimeout("no connection became free within the pool timeout") from None

    def _connection_for(self, origin: Any) -> tuple[Any, list[Any]]:
        """An idle connection to ``origin`` that is still usable, else a new one (now active),
        and the idle connections to close: unusable, or making room for the new one."""
        chosen, stale = None, []
        for index in range(len(self._idle) - 1, -1, -1):
            connection = self._idle[index]
            if connection.can_handle_request(origin):
                del self._idle[index]
                if connection.is_available() and not connection.has_expired():
                    chosen = connection
                    break
                stale.append(connection)
        if chosen is None:
            if self._idle and len(self._idle) + len(self._active) >= self._max_connections:
                stale.append(self._idle.pop(0))  # the least recently used makes room
            chosen = self._create_connection(origin)
        self._active.add(chosen)
        return chosen, stale

    async def _check_in(self, connection: Any) -> None:
        """A response was closed: keep its connection for reuse, or close it."""
        self._active.discard(connection)
        try:
            if connection.is_idle() and len(self._idle) < self._max_idle:
                self._idle.append(connection)
            elif not connection.is_closed():
                await connection.aclose()
        finally:
            self._permits.release()

    async def aclose(self) -> None:
        connections, self._idle = [*self._idle, *self._active], []
        self._active.clear()
        for connection in connections:
            await connection.aclose()

    async def __aenter__(self) -> ConnectionPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class _PooledStream:
    """A response body; closing it hands the connection back to the pool (once)."""

    __slots__ = ("_connection", "_pool", "_stream")

    def __init__(self, stream: Any, pool: ConnectionPool, connection: Any) -> None:
        self._stream = stream
        self._pool: ConnectionPool | None = pool
        self._connection = connection

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self._stream:
            yield part

    async def aclose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            await self._stream.aclose()
        finally:
            await pool._check_in(self._connection)


def default_async_http_client(timeout: float | httpx.Timeout, limits: httpx.Limits | None = None) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` of an AsyncBokio given none: httpx's defaults, our pool.

    The pool sits in the client's transport in place of httpcore's, an httpx/httpcore internal:
    it is put there only when the transport holds the httpcore 1.0 pool it expects (no proxy);
    otherwise the client stays as httpx made it, which is slower under concurrency and otherwise
    the same.
    """
    limits = limits or DEFAULT_LIMITS
    http = httpx.AsyncClient(timeout=timeout, limits=limits)  # builds the transport: httpcore is loaded by now
    import httpcore

    transport = getattr(http, "_transport", None)
    stock = getattr(transport, "_pool", None)
    if httpcore.__version__.startswith("1.0.") and type(stock) is httpcore.AsyncConnectionPool:
        transport._pool = ConnectionPool(stock.create_connection, limits)  # type: ignore[union-attr]
    return http
