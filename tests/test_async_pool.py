"""AsyncBokio's own connection pool (bokio/async_pool.py), over loopback.

Each test runs a small asyncio HTTP/1.1 server that counts the connections it accepts and how
many are open at once, and drives the pool through an ``httpx.AsyncClient`` built by
``default_async_http_client``: what httpx sees (responses, ``httpx.PoolTimeout``) and what the
server sees (connections opened, reused, closed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpcore
import httpx
import pytest

from bokio import AsyncBokio
from bokio.async_pool import ConnectionPool, default_async_http_client
from tests.conftest import COMPANY_ID, TOKEN

BODY = b'{"ok": true}'


class Server:
    """``/fast`` answers at once, ``/slow`` after 0.3 s, ``/big`` with 1 MB; keep-alive throughout."""

    def __init__(self) -> None:
        self.accepted = 0
        self.open = 0
        self.most_open = 0
        self.closed_by_client = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self.open += 1
        self.most_open = max(self.most_open, self.open)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1]
                if path == b"/slow":
                    await asyncio.sleep(0.3)
                body = b"x" * 1_000_000 if path == b"/big" else BODY
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
                await writer.drain()
        except asyncio.IncompleteReadError:
            self.closed_by_client += 1
        except ConnectionError:
            pass
        finally:
            self.open -= 1
            writer.close()


def run(test: Callable[[Server, str, httpx.AsyncClient], Awaitable[Any]], **limits: Any) -> Any:
    """Run ``test(server, base_url, http)`` with a fresh server and pooled client."""

    async def main() -> Any:
        server = Server()
        listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
        base_url = f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}"
        http = default_async_http_client(httpx.Timeout(5, pool=0.1), httpx.Limits(**limits) if limits else None)
        async with listener:
            try:
                return await test(server, base_url, http)
            finally:
                await http.aclose()

    return asyncio.run(main())


def pool_of(http: httpx.AsyncClient) -> ConnectionPool:
    pool = http._transport._pool  # type: ignore[attr-defined]
    assert isinstance(pool, ConnectionPool)
    return pool


def test_asyncbokio_sends_through_the_pool_only_when_it_made_the_client() -> None:
    async def main() -> None:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID) as own:
            assert isinstance(own._http._transport._pool, ConnectionPool)  # type: ignore[attr-defined]
        given = httpx.AsyncClient()
        AsyncBokio(token=TOKEN, company_id=COMPANY_ID, http_client=given)
        assert type(given._transport._pool) is httpcore.AsyncConnectionPool  # type: ignore[attr-defined]
        await given.aclose()

    asyncio.run(main())


def test_concurrent_requests_then_reuse_keeping_at_most_the_keepalive_limit_idle() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        responses = await asyncio.gather(*(http.get(f"{base_url}/slow") for _ in range(30)))
        assert [r.content for r in responses] == [BODY] * 30
        assert server.accepted == 30  # 30 at once: one connection each
        assert len(pool_of(http)._idle) == 20  # httpx's max_keepalive_connections; the rest closed
        await asyncio.sleep(0.05)
        assert server.open == 20

        semaphore = asyncio.Semaphore(10)

        async def get() -> bytes:
            async with semaphore:
                return (await http.get(f"{base_url}/fast")).content

        assert await asyncio.gather(*(get() for _ in range(50))) == [BODY] * 50
        assert server.accepted == 30  # 10 at a time: only kept connections were used

    run(test)


def test_requests_beyond_max_connections_wait_then_time_out() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        results = await asyncio.gather(*(http.get(f"{base_url}/slow") for _ in range(3)), return_exceptions=True)
        assert [type(r) for r in results].count(httpx.PoolTimeout) == 1  # waited 0.1 s for a place
        assert server.most_open == 2
        assert (await http.get(f"{base_url}/fast")).content == BODY  # every place was given back

    run(test, max_connections=2)


def test_a_cancelled_request_gives_its_place_back_and_its_connection_is_not_reused() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        slow = asyncio.create_task(http.get(f"{base_url}/slow"))
        await asyncio.sleep(0.05)
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        assert (await http.get(f"{base_url}/fast")).content == BODY  # the one place is free again
        assert server.accepted == 2  # on a new connection: the cancelled one had a reply pending
        assert not pool_of(http)._active

    run(test, max_connections=1)


def test_a_response_closed_before_its_end_does_not_give_its_connection_back() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        async with http.stream("GET", f"{base_url}/big") as response:
            async for _ in response.aiter_raw(1024):
                break
        assert not pool_of(http)._idle and not pool_of(http)._active
        assert (await http.get(f"{base_url}/fast")).content == BODY
        assert (await http.get(f"{base_url}/fast")).content == BODY
        assert server.accepted == 2  # the second connection was reused, the first was not

    run(test)


def test_an_expired_connection_is_closed_instead_of_reused() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        await http.get(f"{base_url}/fast")
        (connection,) = pool_of(http)._idle
        connection._connection._expire_at = 0.0  # its keep-alive expiry has passed
        await http.get(f"{base_url}/fast")
        assert connection.is_closed() and server.accepted == 2
        await asyncio.sleep(0.05)
        assert server.closed_by_client == 1

    run(test)


def test_connections_serve_only_their_own_origin_and_the_least_recent_makes_room() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        other = Server()
        listener = await asyncio.start_server(other.handle, "127.0.0.1", 0)
        other_url = f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}"
        # Not `async with listener`: from Python 3.12 on, leaving it waits for the pool's idle connection.
        try:
            await asyncio.gather(http.get(f"{base_url}/slow"), http.get(f"{base_url}/slow"))
            assert len(pool_of(http)._idle) == 2 and server.accepted == 2
            for _ in range(3):
                await http.get(f"{other_url}/fast")
            assert other.accepted == 1  # one connection, reused; never one of the first server's
            await asyncio.sleep(0.05)
            assert server.open == 1  # max_connections=2: one idle connection made room for it
            assert len(pool_of(http)._idle) == 2
        finally:
            listener.close()

    run(test, max_connections=2)


def test_closing_the_client_closes_its_connections() -> None:
    async def test(server: Server, base_url: str, http: httpx.AsyncClient) -> None:
        await asyncio.gather(*(http.get(f"{base_url}/slow") for _ in range(3)))
        await http.aclose()
        await asyncio.sleep(0.05)
        assert server.open == 0 and server.closed_by_client == 3
        assert not pool_of(http)._idle

    run(test)
