"""Limits against hostile servers over loopback: response size, trickled bodies, a deadline per call."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio
from bokio.limits import LimitedTransport
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN

ITEM = json.dumps(SALES_ITEM).encode()
Handler = Callable[[socket.socket], None]


@contextmanager
def serve(handler: Handler) -> Iterator[str]:
    """A loopback HTTP server answering every connection with ``handler``; yields the API base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=answer, args=(connection,), daemon=True).start()

    def answer(connection: socket.socket) -> None:
        with connection:
            try:
                while True:
                    head = b""
                    while b"\r\n\r\n" not in head:
                        chunk = connection.recv(65536)
                        if not chunk:
                            return
                        head += chunk
                    handler(connection)
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    finally:
        stop.set()
        thread.join()
        listener.close()


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def client(base_url: str, **options: object) -> Bokio:
    return Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, **options)  # type: ignore[arg-type]


def gzip_bomb(inflated: int = 300_000_000) -> bytes:
    """``inflated`` zero bytes, gzipped (some 290 kB for 300 MB), made without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(inflated // len(block))]
    return b"".join([*parts, compressor.flush()])


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb()


def bomb_server(bomb: bytes) -> Handler:
    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Content_Encoding="gzip", Content_Length=len(bomb)) + bomb)

    return handler


def test_a_gzip_bomb_fails_fast_without_inflating(bomb: bytes) -> None:
    assert len(bomb) < 300_000
    with serve(bomb_server(bomb)) as base_url:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(bokio.ResponseTooLargeError, match="over the client's max_response_size"):
                client(base_url).items.get(SALES_ITEM["id"])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert time.monotonic() - started < 10  # about 0.1 s without tracemalloc
    assert peak < 80_000_000  # the default limit is 32 MiB; inflating all of it would take 300 MB


def test_the_size_limit_is_configurable_and_bounds_memory(bomb: bytes) -> None:
    with serve(bomb_server(bomb)) as base_url:
        tracemalloc.start()
        try:
            with pytest.raises(bokio.ResponseTooLargeError, match="1,000,000 bytes"):
                client(base_url, max_response_size=1_000_000).items.get(SALES_ITEM["id"])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8_000_000


def test_a_gzip_bomb_fails_the_async_client_too(bomb: bytes) -> None:
    async def run(base_url: str) -> None:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, max_response_size=10**6) as aio:
            await aio.items.get(SALES_ITEM["id"])

    with serve(bomb_server(bomb)) as base_url, pytest.raises(bokio.ResponseTooLargeError):
        asyncio.run(run(base_url))


def test_a_declared_length_over_the_limit_fails_before_the_body_is_read() -> None:
    """A 50 MB answer is refused from its Content-Length; nothing of it is downloaded."""

    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Content_Length=50_000_000) + b"{")
        time.sleep(10)  # never sends the rest

    with serve(handler) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.ResponseTooLargeError, match="50,000,000 bytes"):
            client(base_url, timeout=20).items.get(SALES_ITEM["id"])
    assert time.monotonic() - started < 2


def test_a_chunked_body_over_the_limit_stops_at_the_limit() -> None:
    sent = []

    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Transfer_Encoding="chunked"))
        chunk = b" " * 65536
        for _ in range(200):  # 13 MB, unless the client hangs up first
            connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            sent.append(len(chunk))
        connection.sendall(b"0\r\n\r\n")

    with serve(handler) as base_url, pytest.raises(bokio.ResponseTooLargeError):
        client(base_url, max_response_size=1_000_000).items.get(SALES_ITEM["id"])


def test_gzip_and_deflate_bodies_within_the_limit_are_decoded() -> None:
    bodies = [
        ("gzip", gzip.compress(ITEM)),
        ("deflate", zlib.compress(ITEM)),
        ("deflate", zlib.compress(ITEM)[2:-4]),  # raw deflate, as some servers send it
        ("gzip", gzip.compress(ITEM[:100]) + gzip.compress(ITEM[100:])),  # two gzip members
    ]
    replies = iter(bodies)

    def handler(connection: socket.socket) -> None:
        encoding, body = next(replies)
        connection.sendall(head(Content_Encoding=encoding, Content_Length=len(body)) + body)

    with serve(handler) as base_url:
        api = client(base_url)
        for _ in bodies:
            assert api.items.get(SALES_ITEM["id"]).description == SALES_ITEM["description"]


def test_an_encoding_not_asked_for_is_refused() -> None:
    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Content_Encoding="br", Content_Length=4) + b"\x00\x00\x00\x00")

    with serve(handler) as base_url, pytest.raises(bokio.MalformedResponseError, match="'br', which was not asked"):
        client(base_url).items.get(SALES_ITEM["id"])


def test_the_client_asks_for_what_it_can_bound() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=ITEM)

    api = client("http://bokio.invalid/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    api.items.get(SALES_ITEM["id"])
    assert seen[0].headers["Accept-Encoding"] == "gzip, deflate"


def test_your_own_http_client_can_use_the_same_bounds(bomb: bytes) -> None:
    with serve(bomb_server(bomb)) as base_url:
        own = httpx.Client(transport=LimitedTransport(httpx.HTTPTransport()))
        with pytest.raises(bokio.ResponseTooLargeError):
            client(base_url, http_client=own, max_response_size=10**6).items.get(SALES_ITEM["id"])


def trickle(delay: float) -> Handler:
    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Content_Length=len(ITEM)))
        for byte in ITEM:
            connection.sendall(bytes([byte]))
            time.sleep(delay)

    return handler


def test_the_read_timeout_bounds_a_trickled_body() -> None:
    """One byte every 80 ms never trips a per-read timeout; the whole body must arrive in time."""
    with serve(trickle(0.08)) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError, match=r"within the read timeout of 0\.5 s"):
            client(base_url, timeout=0.5, max_retries=0).items.get(SALES_ITEM["id"])
        elapsed = time.monotonic() - started
    assert elapsed < 1.5  # the body would take len(ITEM) * 80 ms, some 20 s


def test_a_trickled_body_with_retries_ends_within_the_deadline() -> None:
    with serve(trickle(0.08)) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError):
            client(base_url, timeout=0.5, max_retries=5, deadline=2.0).items.get(SALES_ITEM["id"])
        elapsed = time.monotonic() - started
    assert elapsed < 3.0


def test_the_deadline_stops_retries() -> None:
    """A 503 with Retry-After: 1 and ten retries allowed: the 1.5 s deadline ends it."""
    answers = []

    def handler(connection: socket.socket) -> None:
        answers.append(time.monotonic())
        body = b'{"code":"unavailable","message":"try later"}'
        connection.sendall(head("503 Service Unavailable", Retry_After=1, Content_Length=len(body)) + body)

    with serve(handler) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.ServerError):
            client(base_url, max_retries=10, deadline=1.5).items.get(SALES_ITEM["id"])
        elapsed = time.monotonic() - started
    assert len(answers) == 2 and elapsed < 1.5  # the third attempt could not finish in time: not started


def test_the_deadline_cuts_a_slow_attempt_short() -> None:
    def handler(connection: socket.socket) -> None:
        time.sleep(5)
        connection.sendall(head(Content_Length=len(ITEM)) + ITEM)

    with serve(handler) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError):
            client(base_url, timeout=30, deadline=0.5).items.get(SALES_ITEM["id"])
        assert time.monotonic() - started < 1.5


def test_the_deadline_cuts_the_async_client_short_too() -> None:
    def handler(connection: socket.socket) -> None:
        time.sleep(5)
        connection.sendall(head(Content_Length=len(ITEM)) + ITEM)

    async def run(base_url: str) -> None:
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, deadline=0.5) as aio:
            await aio.items.get(SALES_ITEM["id"])

    with serve(handler) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError):
            asyncio.run(run(base_url))
        assert time.monotonic() - started < 1.5


def test_limits_are_options() -> None:
    api = client("http://bokio.invalid/v1", max_response_size=1234, deadline=9)
    clone = api.with_options(timeout=3)
    assert (clone.max_response_size, clone.deadline) == (1234, 9)
    assert api.with_options(deadline=None).deadline is None
    with pytest.raises(ValueError, match="deadline"):
        client("http://bokio.invalid/v1", deadline=0)
    with pytest.raises(ValueError, match="max_response_size"):
        client("http://bokio.invalid/v1", max_response_size=0)


# The token endpoint has the same bounds ------------------------------------------------------

OAUTH_CLIENT_ID = "8d0bd1b2-5e0f-4f65-9d1e-6a2f0a1c3b4d"


def oauth_app(base_url: str, **options: object) -> bokio.OAuthApp:
    return bokio.OAuthApp(OAUTH_CLIENT_ID, "secret-for-limits", "http://127.0.0.1/callback", base_url, **options)  # type: ignore[arg-type]


def test_a_gzip_bomb_from_the_token_endpoint_fails_fast(bomb: bytes) -> None:
    with serve(bomb_server(bomb)) as base_url:
        tracemalloc.start()
        try:
            with pytest.raises(bokio.ResponseTooLargeError, match="over the client's max_response_size"):
                oauth_app(base_url).exchange_code("code-for-the-bomb")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        with pytest.raises(bokio.ResponseTooLargeError):
            asyncio.run(oauth_app(base_url).async_exchange_code("code-for-the-bomb"))
        with pytest.raises(bokio.ResponseTooLargeError):  # the General API client's own token request
            list(bokio.BokioGeneral(OAUTH_CLIENT_ID, "secret-for-limits", base_url).connections.list())
    assert peak < 80_000_000


def test_an_oversized_token_answer_fails_before_its_body_is_read() -> None:
    def handler(connection: socket.socket) -> None:
        connection.sendall(head(Content_Length=100_000_000) + b"{")

    with serve(handler) as base_url, pytest.raises(bokio.ResponseTooLargeError, match="100,000,000 bytes"):
        oauth_app(base_url).exchange_code("code-for-the-oversized-answer")


def test_the_read_timeout_bounds_a_trickled_token_answer() -> None:
    with serve(trickle(0.08)) as base_url:
        started = time.monotonic()
        with pytest.raises(bokio.APITimeoutError, match=r"within the read timeout of 0\.5 s"):
            oauth_app(base_url, timeout=0.5).exchange_code("code-for-the-trickle")
        elapsed = time.monotonic() - started
    assert elapsed < 1.5
