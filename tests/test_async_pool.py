"""AsyncBokio's own connection pool upkeep (bokio/async_pool.py) against httpcore's.

``_PoolUpkeep`` replaces httpcore 1.0's ``AsyncConnectionPool._assign_requests_to_connections``.
With an expiry sweep on every run it must decide exactly what httpcore decides: that is checked
on generated pool states, running both on identical copies. Between sweeps it must still never
hand out an expired connection.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

import httpcore
import pytest
from httpcore._async.connection_pool import AsyncConnectionPool
from hypothesis import given, settings
from hypothesis import strategies as st

from bokio import AsyncBokio
from bokio.async_pool import _PoolUpkeep
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN

ORIGINS = ("a", "b")


class FakeConnection:
    """A pooled connection, as far as the pool upkeep looks at it."""

    def __init__(self, name: str, origin: str, state: str, expired: bool) -> None:
        self.name, self.origin, self.state, self.expired = name, origin, state, expired

    def is_closed(self) -> bool:
        return self.state == "closed"

    def has_expired(self) -> bool:
        return self.expired

    def is_idle(self) -> bool:
        return self.state == "idle"

    def is_available(self) -> bool:
        return self.state == "idle"

    def can_handle_request(self, origin: str) -> bool:
        return origin == self.origin


class FakeRequest:
    def __init__(self, name: str, origin: str, connection: FakeConnection | None) -> None:
        self.name, self.connection = name, connection
        self.request = type("R", (), {"url": type("U", (), {"origin": origin})()})()

    def is_queued(self) -> bool:
        return self.connection is None

    def assign_to_connection(self, connection: FakeConnection) -> None:
        self.connection = connection


class FakePool:
    def __init__(self, connections: list[tuple[str, str, bool]], requests: list[tuple[str, int | None]]) -> None:
        self._connections = [FakeConnection(f"c{i}", *spec) for i, spec in enumerate(connections)]
        self._requests = [
            FakeRequest(f"r{i}", origin, None if at is None else self._connections[at % len(self._connections)])
            for i, (origin, at) in enumerate(requests)
            if at is None or self._connections
        ]
        self._max_connections = 4
        self._max_keepalive_connections = 2
        self._new = itertools.count()

    async def _close_connections(self, closing: list[FakeConnection]) -> None:
        pass

    def create_connection(self, origin: str) -> FakeConnection:
        return FakeConnection(f"new{next(self._new)}", origin, "connecting", False)

    def outcome(self, closing: list[FakeConnection]) -> tuple[list[str], list[str], list[str | None]]:
        return (
            [c.name for c in self._connections],
            [c.name for c in closing],
            [None if r.connection is None else r.connection.name for r in self._requests],
        )


connection_specs = st.lists(
    st.tuples(st.sampled_from(ORIGINS), st.sampled_from(["idle", "active", "closed", "connecting"]), st.booleans()),
    max_size=6,
)
request_specs = st.lists(st.tuples(st.sampled_from(ORIGINS), st.one_of(st.none(), st.integers(0, 5))), max_size=6)


@settings(max_examples=300, deadline=None)
@given(connection_specs, request_specs)
def test_sweeping_every_run_decides_what_httpcore_decides(
    connections: list[tuple[str, str, bool]], requests: list[tuple[str, int | None]]
) -> None:
    theirs, ours = FakePool(connections, requests), FakePool(connections, requests)
    expected = theirs.outcome(AsyncConnectionPool._assign_requests_to_connections(theirs))  # type: ignore[arg-type]
    assert ours.outcome(_PoolUpkeep(ours, sweep_interval=0)()) == expected


@settings(max_examples=300, deadline=None)
@given(connection_specs, request_specs)
def test_between_sweeps_an_expired_connection_is_never_handed_out(
    connections: list[tuple[str, str, bool]], requests: list[tuple[str, int | None]]
) -> None:
    pool = FakePool(connections, requests)
    upkeep = _PoolUpkeep(pool, sweep_interval=3600)
    upkeep._next_sweep = float("inf")  # no sweep in this run
    queued = [r for r in pool._requests if r.is_queued()]
    closing = upkeep()
    for request in queued:
        assert request.connection is None or not request.connection.expired
    for request in queued:
        assert request.connection is None or request.connection.state != "closed"
    assert not {c.name for c in closing} & {c.name for c in pool._connections}
    assert len(pool._connections) <= max(pool._max_connections, len(connections))


def test_closing_nothing_skips_httpcores_close_step() -> None:
    closed: list[list[str]] = []

    class Pool:
        async def _close_connections(self, closing: list[str]) -> None:
            closed.append(closing)

    upkeep = _PoolUpkeep(Pool())
    asyncio.run(upkeep.close_connections([]))
    asyncio.run(upkeep.close_connections(["c0"]))
    assert closed == [["c0"]]


# --- over loopback -------------------------------------------------------------------------------


def _client(base_url: str) -> AsyncBokio:
    return AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, max_retries=0)


async def _serve(delay: float = 0.0) -> tuple[asyncio.Server, list[int]]:
    body = json.dumps(SALES_ITEM).encode()
    connections = [0]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections[0] += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                await asyncio.sleep(delay)
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                writer.write(head.encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, connections


def test_the_upkeep_is_installed_on_asyncbokios_own_pool_only() -> None:
    async def run() -> None:
        async with _client("http://127.0.0.1:9/v1") as client:
            pool: Any = client._http._transport._pool  # type: ignore[attr-defined]
            upkeep = pool._assign_requests_to_connections
            assert isinstance(upkeep, _PoolUpkeep)
            assert pool._close_connections == upkeep.close_connections

    assert httpcore.__version__.startswith("1.0.")
    asyncio.run(run())


def test_concurrent_requests_reuse_connections_and_trim_to_the_keepalive_limit() -> None:
    async def run() -> tuple[int, int, int]:
        server, connections = await _serve(delay=0.02)
        port = server.sockets[0].getsockname()[1]
        async with server, _client(f"http://127.0.0.1:{port}/v1") as client:
            pool: Any = client._http._transport._pool  # type: ignore[attr-defined]
            results = await asyncio.gather(*(client.items.get(SALES_ITEM["id"]) for _ in range(30)))
            assert all(item.description == "Consultancy" for item in results)
            opened_by_burst = connections[0]
            semaphore = asyncio.Semaphore(10)

            async def get() -> Any:
                async with semaphore:
                    return await client.items.get(SALES_ITEM["id"])

            await asyncio.gather(*(get() for _ in range(50)))
            return opened_by_burst, connections[0], len(pool._connections)

    opened_by_burst, opened, pooled = asyncio.run(run())
    assert opened_by_burst == 30  # 30 at once: one connection each
    assert pooled <= 20  # httpx's max_keepalive_connections
    assert opened == opened_by_burst  # 10 at a time afterwards: only kept connections are used


def test_a_connection_past_its_keepalive_expiry_is_closed_and_not_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    async def run() -> int:
        server, connections = await _serve()
        port = server.sockets[0].getsockname()[1]
        async with server, _client(f"http://127.0.0.1:{port}/v1") as client:
            await client.items.get(SALES_ITEM["id"])
            pool: Any = client._http._transport._pool  # type: ignore[attr-defined]
            (connection,) = pool._connections
            connection._connection._expire_at = 0.0  # its keep-alive expiry has passed
            await client.items.get(SALES_ITEM["id"])  # between sweeps: checked as it is handed out
            assert connection.is_closed() and connection not in pool._connections
            return connections[0]

    assert asyncio.run(run()) == 2
