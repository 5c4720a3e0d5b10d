"""Fault injection over real loopback HTTP: resets, truncated bodies, bad gateways, 429 storms.

A small threaded server on 127.0.0.1 answers each request with the next scripted action, on
purpose misbehaving. Real :class:`Bokio`/:class:`AsyncBokio` clients talk to it through their
façade methods. Every case must end in a typed error or a correct retry: a GET is retried after a
reset, a POST the server has read is never sent twice, a POST refused at connect time is retried,
and a list never ends early without raising.
"""

from __future__ import annotations

import asyncio
import copy
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from importlib.resources import files
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio
from tests.conftest import COMPANY_ID, TOKEN

# --- response bodies: the spec's own examples, so that they satisfy the generated models ----------

_SPEC = json.loads((files("bokio_spec") / "company-api.json").read_text(encoding="utf-8"))


def _example(path: str, method: str, where: str = "response") -> Any:
    operation = _SPEC["paths"][path][method]
    if where == "request":
        return copy.deepcopy(operation["requestBody"]["content"]["application/json"]["example"])
    return copy.deepcopy(operation["responses"]["200"]["content"]["application/json"]["example"])


INVOICE = _example("/companies/{companyId}/invoices/{invoiceId}", "get")
INVOICE_ID = INVOICE["id"]
NEW_INVOICE = _example("/companies/{companyId}/invoices", "post", "request")
CREATED_INVOICE = _example("/companies/{companyId}/invoices", "post")
JOURNAL_ENTRY = _example("/companies/{companyId}/journal-entries/{journalEntryId}", "get")


def journal_page(page: int, page_size: int, total_items: int) -> dict[str, Any]:
    total_pages = -(-total_items // page_size)
    first = (page - 1) * page_size
    items = []
    for number in range(first, min(first + page_size, total_items)):
        entry = copy.deepcopy(JOURNAL_ENTRY)
        entry["id"] = f"00000000-0000-4000-8000-{number:012d}"
        entry["journalEntryNumber"] = f"V{number}"
        items.append(entry)
    return {"items": items, "totalItems": total_items, "totalPages": total_pages, "currentPage": page}


def entry_numbers(first: int, last: int) -> list[str]:
    return [f"V{n}" for n in range(first, last)]


# --- the misbehaving server ---------------------------------------------------------------------


class Received(NamedTuple):
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def params(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.target).query).items()}


# An action answers one request on its connection; it returns whether the connection stays open.
Action = Callable[[socket.socket, Received], bool]

REASONS = {200: "OK", 401: "Unauthorized", 418: "I'm a teapot", 429: "Too Many Requests", 502: "Bad Gateway"}


def _head(
    status: int, length: int, headers: dict[str, str] | None = None, content_type: str = "application/json"
) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}", f"Content-Type: {content_type}"]
    lines += [f"Content-Length: {length}", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _bytes(body: Any) -> bytes:
    return body if isinstance(body, bytes) else json.dumps(body).encode()


def _rst(conn: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a TCP RST instead of an orderly FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def reply(
    status: int, body: Any, headers: dict[str, str] | None = None, content_type: str = "application/json"
) -> Action:
    """A complete, well-formed response; the connection stays open (keep-alive)."""
    data = _bytes(body)

    def act(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(status, len(data), headers, content_type) + data)
        return True

    return act


def reset() -> Action:
    """Read the whole request, then reset the connection before any byte of the response."""

    def act(conn: socket.socket, request: Received) -> bool:
        _rst(conn)
        return False

    return act


def reset_mid_body(status: int, body: Any) -> Action:
    """Send the status line, headers and half the body, then reset the connection."""
    data = _bytes(body)

    def act(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(status, len(data)) + data[: len(data) // 2])
        time.sleep(0.05)  # let the client read the headers before the RST discards its buffer
        _rst(conn)
        return False

    return act


def truncated(status: int, body: Any, missing: int = 100) -> Action:
    """Announce ``missing`` more bytes than sent, then close the connection in order (FIN)."""
    data = _bytes(body)

    def act(conn: socket.socket, request: Received) -> bool:
        conn.sendall(_head(status, len(data) + missing) + data)
        conn.shutdown(socket.SHUT_WR)
        return False

    return act


class FaultServer:
    """A loopback HTTP/1.1 server answering each request with the next scripted action.

    The socket is bound at construction but listens only after :meth:`start`: until then a
    connection attempt is refused, as by a host that is down.
    """

    def __init__(self) -> None:
        self.script: list[Action] = []
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.started = False

    def add(self, *actions: Action) -> FaultServer:
        self.script.extend(actions)
        return self

    def count(self, method: str) -> int:
        return sum(1 for r in self.received if r.method == method)

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self._listener.listen(32)
        self._listener.settimeout(0.05)
        self._spawn(self._accept)

    def stop(self) -> None:
        self.stopping.set()
        for thread in self._threads:
            thread.join(timeout=2)
        self._listener.close()

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(2.0)
        buffer = b""
        try:
            while not self.stopping.is_set():
                request, buffer = self._read(conn, buffer)
                if request is None:
                    break
                with self._lock:
                    self.received.append(request)
                    action = self.script.pop(0) if self.script else reply(418, {"message": "unscripted request"})
                if not action(conn, request):
                    return
        except OSError:
            pass
        finally:
            conn.close()

    @staticmethod
    def _read(conn: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            buffer += chunk
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            rest += chunk
        return Received(method, target, headers, rest[:length]), rest[length:]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault_server = FaultServer()
    fault_server.start()
    yield fault_server
    fault_server.stop()


@pytest.fixture
def unstarted() -> Iterator[FaultServer]:
    fault_server = FaultServer()
    yield fault_server
    fault_server.stop()


class Sleeps(list[float]):
    """Records the delays the client asks for instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make_client(server: FaultServer, **options: Any) -> tuple[Bokio, Sleeps]:
    options = {"timeout": 1.0, "max_retries": 2, **options}
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=server.url, **options)
    sleeps = Sleeps()
    client._sleep = sleeps
    return client, sleeps


@pytest.fixture
def client(server: FaultServer) -> Iterator[Bokio]:
    bokio_client, _ = make_client(server)
    yield bokio_client
    bokio_client.close()


def ok_invoice() -> Action:
    return reply(200, INVOICE)


FAULTS: dict[str, Callable[[], Action]] = {
    "reset before headers": reset,
    "reset mid-body": lambda: reset_mid_body(200, INVOICE),
    "truncated body": lambda: truncated(200, INVOICE),
    "truncated error body": lambda: truncated(502, b"<html>Bad gateway</html>"),
}


# --- GET: retried after every transport fault -------------------------------------------------


@pytest.mark.parametrize("fault", FAULTS)
def test_get_is_retried_after_a_transport_fault(server: FaultServer, client: Bokio, fault: str) -> None:
    server.add(FAULTS[fault](), ok_invoice())
    invoice = client.invoices.get(INVOICE_ID)
    assert str(invoice.id) == INVOICE_ID and invoice.invoice_number == INVOICE["invoiceNumber"]
    assert [r.method for r in server.received] == ["GET", "GET"]
    assert all(r.target.endswith(f"/invoices/{INVOICE_ID}") for r in server.received)


def test_reset_mid_body_comes_after_the_headers(server: FaultServer) -> None:
    """The fault is what it says: the client saw the status line and headers before the reset."""
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, base_url=server.url, http_client=http)
    client._sleep = Sleeps()
    server.add(reset_mid_body(200, INVOICE), ok_invoice())
    with http:
        assert str(client.invoices.get(INVOICE_ID).id) == INVOICE_ID
    assert statuses == [200, 200]


@pytest.mark.parametrize("fault", FAULTS)
def test_get_gives_up_with_a_connection_error(server: FaultServer, client: Bokio, fault: str) -> None:
    server.add(*(FAULTS[fault]() for _ in range(3)))
    with pytest.raises(bokio.APIConnectionError) as caught:
        client.invoices.get(INVOICE_ID)
    assert type(caught.value) is bokio.APIConnectionError  # not a timeout: the peer broke the exchange
    assert caught.value.method == "GET" and caught.value.url.endswith(f"/invoices/{INVOICE_ID}")
    assert TOKEN not in str(caught.value)
    assert server.count("GET") == 3  # first try + max_retries


# --- POST: never sent twice once the server has read it ---------------------------------------


POST_FAULTS: dict[str, Callable[[], Action]] = {
    "reset before headers": reset,
    "reset mid-body": lambda: reset_mid_body(200, CREATED_INVOICE),
    "truncated body": lambda: truncated(200, CREATED_INVOICE),
}


@pytest.mark.parametrize("fault", POST_FAULTS)
def test_post_read_by_the_server_is_not_resent(server: FaultServer, client: Bokio, fault: str) -> None:
    server.add(POST_FAULTS[fault](), reply(200, CREATED_INVOICE))
    with pytest.raises(bokio.APIConnectionError) as caught:
        client.invoices.create(NEW_INVOICE)
    assert caught.value.method == "POST"
    assert server.count("POST") == 1  # the server may have created the invoice: no second one
    sent = json.loads(server.received[0].body)
    assert sent["lineItems"][0]["unitPrice"] == 650 and sent["metadata"]["externalId"] == "CRM-88213"


def test_post_refused_at_connect_time_is_retried_once_listening(unstarted: FaultServer) -> None:
    client, sleeps = make_client(unstarted)
    unstarted.add(reply(200, CREATED_INVOICE))

    def sleep_then_come_up(seconds: float) -> None:
        sleeps.append(seconds)
        unstarted.start()

    client._sleep = sleep_then_come_up
    with client:
        invoice = client.invoices.create(NEW_INVOICE)
    assert str(invoice.id) == CREATED_INVOICE["id"]
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5  # one backoff, then the retry got through
    assert unstarted.count("POST") == 1


def test_post_refused_every_time_ends_in_connection_error(unstarted: FaultServer) -> None:
    client, sleeps = make_client(unstarted)
    with client, pytest.raises(bokio.APIConnectionError) as caught:
        client.invoices.create(NEW_INVOICE)
    assert type(caught.value) is bokio.APIConnectionError and "ConnectError" in str(caught.value)
    assert len(sleeps) == 2 and unstarted.received == []


def test_post_502_with_html_is_not_resent(server: FaultServer, client: Bokio) -> None:
    server.add(reply(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", content_type="text/html"))
    server.add(reply(200, CREATED_INVOICE))
    with pytest.raises(bokio.ServerError) as caught:
        client.invoices.create(NEW_INVOICE)
    assert caught.value.status_code == 502 and "non-JSON" in caught.value.message
    assert caught.value.bokio_error_id is None and caught.value.body is None
    assert server.count("POST") == 1


def test_get_502_with_html_is_retried(server: FaultServer, client: Bokio) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.add(reply(502, html, content_type="text/html"), reply(502, html, content_type="text/html"), ok_invoice())
    assert str(client.invoices.get(INVOICE_ID).id) == INVOICE_ID
    assert server.count("GET") == 3


# --- a 200 whose body is not the promised JSON --------------------------------------------------


@pytest.mark.parametrize(
    "body", [b'{"id": "7c9d1e3f-5a2b-4c6d-8e0f-1a3b5c7d9e2f", "type": "inv', b"<html>Login</html>", b"\xff\xfe"]
)
def test_malformed_json_in_a_200_is_a_typed_error(server: FaultServer, client: Bokio, body: bytes) -> None:
    server.add(reply(200, body))
    with pytest.raises(bokio.MalformedResponseError, match="malformed JSON in a 200 response"):
        client.invoices.get(INVOICE_ID)
    assert server.count("GET") == 1


def test_malformed_json_after_a_post_is_not_resent(server: FaultServer, client: Bokio) -> None:
    server.add(reply(200, b'{"id": "3f6b2c1e-'), reply(200, CREATED_INVOICE))
    with pytest.raises(bokio.MalformedResponseError, match="malformed JSON"):
        client.invoices.create(NEW_INVOICE)
    assert server.count("POST") == 1


@pytest.mark.parametrize("body", [b"", b"null", b"[]", b'{"unexpected": true}'])
def test_a_200_without_a_json_object_is_a_typed_error(server: FaultServer, client: Bokio, body: bytes) -> None:
    server.add(reply(200, body))
    with pytest.raises(bokio.MalformedResponseError):
        client.invoices.get(INVOICE_ID)


# --- 429 storms ---------------------------------------------------------------------------------


def too_many(retry_after: str = "2") -> Action:
    return reply(429, {"code": "too-many-requests", "message": "Rate limit exceeded"}, {"Retry-After": retry_after})


def test_429_storm_honours_retry_after_then_gives_up(server: FaultServer) -> None:
    client, sleeps = make_client(server, max_retries=4)
    server.add(*(too_many("2") for _ in range(6)))
    with client, pytest.raises(bokio.RateLimitError) as caught:
        client.invoices.get(INVOICE_ID)
    assert caught.value.retry_after == 2.0 and caught.value.status_code == 429
    assert sleeps == [2.0, 2.0, 2.0, 2.0]  # each wait is the server's Retry-After, not the backoff
    assert server.count("GET") == 5


def test_429_storm_then_success(server: FaultServer) -> None:
    client, sleeps = make_client(server, max_retries=4)
    server.add(too_many("1"), too_many("0"), too_many("3"), ok_invoice())
    with client:
        assert str(client.invoices.get(INVOICE_ID).id) == INVOICE_ID
    assert sleeps == [1.0, 0.0, 3.0] and server.count("GET") == 4


def test_post_429_storm_is_retried_because_bokio_did_not_process_it(server: FaultServer) -> None:
    client, sleeps = make_client(server, max_retries=3)
    server.add(*(too_many("1") for _ in range(4)), reply(200, CREATED_INVOICE))
    with client, pytest.raises(bokio.RateLimitError):
        client.invoices.create(NEW_INVOICE)
    assert sleeps == [1.0, 1.0, 1.0] and server.count("POST") == 4
    assert len(server.script) == 1  # the success was never asked for


def test_retry_after_beyond_the_cap_is_not_waited_for(server: FaultServer, client: Bokio) -> None:
    server.add(too_many("3600"), ok_invoice())
    with pytest.raises(bokio.RateLimitError) as caught:
        client.invoices.get(INVOICE_ID)
    assert caught.value.retry_after == 3600.0 and server.count("GET") == 1


# --- pagination -----------------------------------------------------------------------------------


def test_401_on_page_two_raises_during_iteration(server: FaultServer, client: Bokio) -> None:
    server.add(
        reply(200, journal_page(1, 2, 5)),
        reply(401, {"code": "unauthorized", "message": "The access token has expired"}),
    )
    seen: list[str] = []
    with pytest.raises(bokio.AuthenticationError) as caught:
        for entry in client.journal_entries.list(page_size=2):
            seen.append(entry.journal_entry_number)
    assert seen == entry_numbers(0, 2)  # page 1 only, and then an exception: no silent short list
    assert caught.value.status_code == 401 and caught.value.method == "GET"
    assert [r.params["page"] for r in server.received] == ["1", "2"]  # a 401 is not retried


def test_401_on_page_two_makes_list_raise(server: FaultServer, client: Bokio) -> None:
    server.add(reply(200, journal_page(1, 2, 5)), reply(401, {"code": "unauthorized", "message": "expired"}))
    with pytest.raises(bokio.AuthenticationError):
        list(client.journal_entries.list(page_size=2))


@pytest.mark.parametrize("fault", ["reset", "reset mid-body", "truncated"])
def test_transport_fault_on_page_two_is_retried(server: FaultServer, client: Bokio, fault: str) -> None:
    page_two = journal_page(2, 2, 5)
    action = {"reset": reset(), "reset mid-body": reset_mid_body(200, page_two), "truncated": truncated(200, page_two)}
    server.add(
        reply(200, journal_page(1, 2, 5)), action[fault], reply(200, page_two), reply(200, journal_page(3, 2, 5))
    )
    numbers = [entry.journal_entry_number for entry in client.journal_entries.list(page_size=2)]
    assert numbers == entry_numbers(0, 5)
    assert [r.params["page"] for r in server.received] == ["1", "2", "2", "3"]
    assert all(r.params["pageSize"] == "2" for r in server.received)


def test_page_two_failing_every_time_raises_instead_of_ending(server: FaultServer, client: Bokio) -> None:
    server.add(reply(200, journal_page(1, 2, 5)), *(truncated(200, journal_page(2, 2, 5)) for _ in range(3)))
    seen: list[str] = []
    with pytest.raises(bokio.APIConnectionError):
        for entry in client.journal_entries.list(page_size=2):
            seen.append(entry.journal_entry_number)
    assert seen == entry_numbers(0, 2) and server.count("GET") == 4


def test_a_200_without_page_fields_on_page_two_raises(server: FaultServer, client: Bokio) -> None:
    server.add(reply(200, journal_page(1, 2, 5)), reply(200, {}))
    with pytest.raises(bokio.BokioError):
        list(client.journal_entries.list(page_size=2))


def test_an_empty_page_that_says_more_follow_raises(server: FaultServer, client: Bokio) -> None:
    server.add(
        reply(200, journal_page(1, 2, 6)),
        reply(200, {"items": [], "totalItems": 6, "totalPages": 3, "currentPage": 2}),
        reply(200, journal_page(3, 2, 6)),
    )
    with pytest.raises(bokio.BokioError):
        list(client.journal_entries.list(page_size=2))


def test_429_on_page_two_waits_and_continues(server: FaultServer, client: Bokio) -> None:
    server.add(reply(200, journal_page(1, 3, 4)), too_many("1"), reply(200, journal_page(2, 3, 4)))
    assert [e.journal_entry_number for e in client.journal_entries.list(page_size=3)] == entry_numbers(0, 4)


# --- read timeouts -------------------------------------------------------------------------------


def stall(server: FaultServer) -> Action:
    """Read the request and answer nothing (until the test ends)."""

    def act(conn: socket.socket, request: Received) -> bool:
        server.stopping.wait(2.0)
        return False

    return act


def test_get_timing_out_is_retried_then_raises_timeout(server: FaultServer) -> None:
    client, sleeps = make_client(server, timeout=0.2, max_retries=1)
    server.add(stall(server), stall(server))
    with client, pytest.raises(bokio.APITimeoutError):
        client.invoices.get(INVOICE_ID)
    assert server.count("GET") == 2 and len(sleeps) == 1


def test_post_timing_out_is_not_resent(server: FaultServer) -> None:
    client, _ = make_client(server, timeout=0.2)
    server.add(stall(server), reply(200, CREATED_INVOICE))
    with client, pytest.raises(bokio.APITimeoutError):
        client.invoices.create(NEW_INVOICE)
    assert server.count("POST") == 1


# --- the asyncio client ---------------------------------------------------------------------------


async def _no_sleep(seconds: float) -> None:
    return None


def run_async(server: FaultServer, body: Callable[[AsyncBokio], Any]) -> Any:
    async def main() -> Any:
        async with AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, base_url=server.url, timeout=1.0, max_retries=2
        ) as client:
            client._sleep = _no_sleep
            return await body(client)

    return asyncio.run(main())


def test_async_get_is_retried_after_reset(server: FaultServer) -> None:
    server.add(reset(), reset_mid_body(200, INVOICE), ok_invoice())

    async def body(client: AsyncBokio) -> Any:
        return await client.invoices.get(INVOICE_ID)

    assert str(run_async(server, body).id) == INVOICE_ID and server.count("GET") == 3


def test_async_post_reset_after_read_is_not_resent(server: FaultServer) -> None:
    server.add(reset(), reply(200, CREATED_INVOICE))

    async def body(client: AsyncBokio) -> Any:
        with pytest.raises(bokio.APIConnectionError):
            await client.invoices.create(NEW_INVOICE)

    run_async(server, body)
    assert server.count("POST") == 1


def test_async_401_on_page_two_raises(server: FaultServer) -> None:
    server.add(reply(200, journal_page(1, 2, 5)), reply(401, {"code": "unauthorized", "message": "expired"}))
    seen: list[str] = []

    async def body(client: AsyncBokio) -> Any:
        with pytest.raises(bokio.AuthenticationError):
            async for entry in client.journal_entries.list(page_size=2):
                seen.append(entry.journal_entry_number)

    run_async(server, body)
    assert seen == entry_numbers(0, 2)
