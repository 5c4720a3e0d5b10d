"""Per-call ``timeout=`` and ``extra_headers=`` on façade methods reach the request they make."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from bokio import AsyncBokio, Bokio, NotFoundError, ResponseTooLargeError
from bokio.limits import LimitedTransport

COMPANY = str(uuid.uuid4())
INVOICE = uuid.uuid4()


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"code": "not-found", "message": "no such invoice"})


def test_extra_headers_and_timeout_reach_the_request_and_cannot_replace_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    client = Bokio("the-token", COMPANY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(NotFoundError):
        client.invoices.get(INVOICE, timeout=3.5, extra_headers={"X-Trace": "t-1", "Authorization": "Bearer other"})
    (request,) = seen
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["Authorization"] == "Bearer the-token"
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()

    seen.clear()
    with pytest.raises(NotFoundError):
        client.invoices.get(INVOICE)
    assert "X-Trace" not in seen[0].headers
    assert seen[0].extensions["timeout"] == httpx.Timeout(30.0).as_dict()


def test_a_per_call_timeout_keeps_the_clients_response_size_limit() -> None:
    big = b'{"id": "' + b"x" * 5000 + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=big, headers={"Content-Type": "application/json"})

    transport = LimitedTransport(httpx.MockTransport(handler))
    client = Bokio("the-token", COMPANY, max_response_size=1000, http_client=httpx.Client(transport=transport))
    with pytest.raises(ResponseTooLargeError):
        client.invoices.get(INVOICE)
    with pytest.raises(ResponseTooLargeError):
        client.invoices.get(INVOICE, timeout=5)


def test_async_methods_take_the_same_options() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    async def main() -> None:
        client = AsyncBokio("the-token", COMPANY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
        with pytest.raises(NotFoundError):
            await client.invoices.get(INVOICE, timeout=2, extra_headers={"X-Trace": "t-2"})

    asyncio.run(main())
    assert seen[0].headers["X-Trace"] == "t-2"
    assert seen[0].extensions["timeout"] == httpx.Timeout(2).as_dict()


@pytest.mark.parametrize(
    "headers",
    [{"X-Trace": "a\r\nX-Evil: 1"}, {"X-Trace": "a\nb"}, {"X-Trace": "a\x00"}, {"X Trace": "a"}, {"X-Trace:": "a"}],
)
def test_a_header_that_cannot_be_sent_as_written_is_refused_before_sending(headers: dict[str, str]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    client = Bokio("the-token", COMPANY, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(ValueError):
        client.invoices.get(INVOICE, extra_headers=headers)
    with pytest.raises(ValueError):
        Bokio("the-token", COMPANY, default_headers=headers)
    assert seen == []
