"""The connection pool of the ``httpx.AsyncClient`` an :class:`~bokio.AsyncBokio` creates itself.

Two costs of httpcore's pool (httpcore 1.0) grow with the number of pooled connections, and each
was, in turn, the largest single cost of a concurrent AsyncBokio request (``benchmarks/bench.py
--profile``, 20 requests in flight):

- Every time a request is queued or a response released, the pool asks each idle keep-alive
  connection whether the server has closed it (its stream's "is_readable"). Under asyncio the
  stream finds its socket through anyio's typed attributes, rebuilt (with a getpeername call) for
  every question. The stream and backend wrappers below find the socket once per connection and
  answer with httpcore's own socket check (``is_socket_readable``).
- That pass polls every idle connection's socket (has the server closed it?) and decides whether
  each idle connection is surplus to the keep-alive limit by counting the whole pool again:
  quadratic in the pool's size, on every request. :class:`_PoolUpkeep` makes the same decisions
  in one linear pass and sweeps for expired connections at most once a second, checking the
  connection it hands out every time, and skips httpcore's closing step (an anyio cancel scope)
  when there is nothing to close.

They are installed only in the httpx.AsyncClient that AsyncBokio creates itself.
"""

from __future__ import annotations

import time
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


class _PoolUpkeep:
    """Replaces httpcore 1.0's ``AsyncConnectionPool._assign_requests_to_connections``.

    httpcore's version runs whenever a request is queued or a response released. On every run it
    asks every idle connection whether it has expired (for HTTP/1.1 a poll of its socket), and
    checks the keep-alive limit by counting the pool once per idle connection. This one makes
    the same decisions in the same order, in one pass, with two changes:

    - the expiry check of every connection (keep-alive timeout passed, or closed by the server)
      runs at most once per ``sweep_interval`` seconds; in between, only the connection about to
      be given a request is checked, so an expired connection is still never used;
    - surplus idle connections are looked for only while the pool holds more connections than
      ``max_keepalive_connections``, and closed ones removed only then, when the pool is full
      while requests wait, or in a sweep.

    With ``sweep_interval=0`` every run sweeps and the result equals httpcore's (the tests
    compare the two on generated pool states).
    """

    __slots__ = ("_close", "_next_sweep", "_pool", "_sweep_interval")

    def __init__(self, pool: Any, sweep_interval: float = 1.0) -> None:
        self._pool = pool
        self._sweep_interval = sweep_interval
        self._next_sweep = 0.0
        self._close = pool._close_connections

    async def close_connections(self, closing: list[Any]) -> None:
        """httpcore's ``_close_connections``, skipped when there is nothing to close.

        It runs after every upkeep pass and opens an anyio cancel scope even for an empty list.
        """
        if closing:
            await self._close(closing)

    def __call__(self) -> list[Any]:
        pool = self._pool
        connections: list[Any] = pool._connections
        queued = [request for request in pool._requests if request.is_queued()]
        closing: list[Any] = []
        now = time.monotonic()
        sweep = now >= self._next_sweep
        if sweep:
            self._next_sweep = now + self._sweep_interval
        # Between sweeps, a pass over every connection is needed only to get the pool back under
        # its keep-alive limit, or to free room when it is full and requests wait; a closed
        # connection left until the next sweep is never available, so never handed out.
        pooled = len(connections)
        if sweep or pooled > pool._max_keepalive_connections or (queued and pooled >= pool._max_connections):
            for connection in list(connections):
                if connection.is_closed():
                    connections.remove(connection)
                    pooled -= 1
                elif (sweep and connection.has_expired()) or (
                    pooled > pool._max_keepalive_connections and connection.is_idle()
                ):
                    connections.remove(connection)
                    pooled -= 1
                    closing.append(connection)

        for request in queued:
            origin = request.request.url.origin
            while True:  # the first available connection that has not expired
                connection = next((c for c in connections if c.can_handle_request(origin) and c.is_available()), None)
                if connection is None or sweep or not connection.has_expired():
                    break
                connections.remove(connection)
                closing.append(connection)
            if connection is None:
                if len(connections) >= pool._max_connections:
                    idle = next((c for c in connections if c.is_idle()), None)
                    if idle is None:
                        continue  # the request stays queued until a connection is released
                    connections.remove(idle)
                    closing.append(idle)
                connection = pool.create_connection(origin)
                connections.append(connection)
            request.assign_to_connection(connection)
        return closing


_POOL_ATTRIBUTES = (
    "_close_connections",
    "_connections",
    "_requests",
    "_max_connections",
    "_max_keepalive_connections",
    "create_connection",
)


def default_async_http_client(timeout: float | httpx.Timeout) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` of an AsyncBokio given none: httpx's defaults, pool upkeep cheap.

    Reaches into httpx/httpcore internals (the client's transport, its pool, the pool's network
    backend and upkeep method, httpcore's ``is_socket_readable``). Each replacement is made only
    when those internals are what httpcore 1.0 has; otherwise the client stays as httpx made it,
    which is slower under concurrency and otherwise the same.
    """
    http = httpx.AsyncClient(timeout=timeout)  # builds the transport: httpcore is loaded by now
    try:
        import httpcore
        from httpcore._utils import is_socket_readable
    except ImportError:  # pragma: no cover - a future httpcore
        return http
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None and callable(getattr(backend, "connect_tcp", None)):
        pool._network_backend = _IdleCheckBackend(backend, is_socket_readable)  # type: ignore[union-attr]
    if (
        httpcore.__version__.startswith("1.0.")
        and callable(getattr(pool, "_assign_requests_to_connections", None))
        and all(hasattr(pool, name) for name in _POOL_ATTRIBUTES)
    ):
        upkeep = _PoolUpkeep(pool)
        pool._assign_requests_to_connections = upkeep  # type: ignore[union-attr]
        pool._close_connections = upkeep.close_connections  # type: ignore[union-attr]
    return http
