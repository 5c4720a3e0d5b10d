"""Bokio's rate-limit protocol: its headers, error bodies, ``client.usage`` and pasted tokens."""

from __future__ import annotations

import asyncio
import os
import threading
import time

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio
from bokio.error_bodies import read_error_body
from bokio.oauth import OAuthApp
from bokio.ratelimit import Usage
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN, Stub

ERROR_ID = "5b0c7a7e-2f0e-4c55-9d1c-1e7e8f0a9b3c"
ITEM_ID = SALES_ITEM["id"]


def slow_down(headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(429, json={"code": "too-many-requests", "message": "slow down"}, headers=headers)


def recording(client: Bokio) -> list[float]:
    sleeps: list[float] = []
    client._sleep = sleeps.append
    return sleeps


# Retry-After: Bokio's header first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Bokio-RateLimit-RetryAfter": "7"}, 7.0),
        ({"X-Bokio-RateLimit-RetryAfter": "42"}, 42.0),
        ({"Bokio-RateLimit-RetryAfter": "7", "Retry-After": "1"}, 7.0),
        ({"X-Bokio-RateLimit-RetryAfter": "9", "Retry-After": "1"}, 9.0),
        ({"Bokio-RateLimit-RetryAfter": "soon", "Retry-After": "3"}, 3.0),  # unreadable: the next header
        ({"Retry-After": "2"}, 2.0),
        ({"Bokio-RateLimit-RetryAfter": "2.5"}, 2.5),
    ],
)
def test_429_waits_as_long_as_bokio_asks(client: Bokio, stub: Stub, headers: dict[str, str], expected: float) -> None:
    sleeps = recording(client)
    stub.add(slow_down(headers)).json(200, SALES_ITEM)
    client.items.get(ITEM_ID)
    assert sleeps == [expected]


def test_429_without_any_header_backs_off_exponentially(client: Bokio, stub: Stub) -> None:
    sleeps = recording(client)
    stub.add(slow_down({})).json(200, SALES_ITEM)
    client.items.get(ITEM_ID)
    assert len(sleeps) == 1 and 0.3 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("value", ["61", "3600", "inf", "nan"])
def test_bokio_retry_after_beyond_the_cap_or_unreadable_is_not_waited_for(
    client: Bokio, stub: Stub, value: str
) -> None:
    sleeps = recording(client)
    for _ in range(3):
        stub.add(slow_down({"Bokio-RateLimit-RetryAfter": value}))
    if value in ("inf", "nan"):  # unreadable: ordinary backoff, then the error
        with pytest.raises(bokio.RateLimitError) as caught:
            client.items.get(ITEM_ID)
        assert caught.value.retry_after is None and len(sleeps) == 2 and max(sleeps) < 2
        return
    with pytest.raises(bokio.RateLimitError) as caught:
        client.items.get(ITEM_ID)
    assert caught.value.retry_after == float(value) and sleeps == [] and len(stub.requests) == 1


def test_rate_limit_error_carries_limit_and_remaining(client: Bokio, stub: Stub) -> None:
    client.max_retries = 0
    stub.add(
        slow_down(
            {"Bokio-RateLimit-RetryAfter": "12", "Bokio-RateLimit-Limit": "200", "Bokio-RateLimit-Remaining": "0"}
        )
    )
    with pytest.raises(bokio.RateLimitError) as caught:
        client.items.get(ITEM_ID)
    error = caught.value
    assert (error.retry_after, error.limit, error.remaining) == (12.0, 200, 0)
    assert error.code == "too-many-requests" and error.message == "slow down"


def test_x_prefixed_quota_headers_are_read(client: Bokio, stub: Stub) -> None:
    client.max_retries = 0
    stub.add(slow_down({"X-Bokio-RateLimit-Limit": "200", "X-Bokio-RateLimit-Remaining": "0"}))
    with pytest.raises(bokio.RateLimitError) as caught:
        client.items.get(ITEM_ID)
    assert (caught.value.limit, caught.value.remaining) == (200, 0)


# Error bodies ---------------------------------------------------------------------------------


def test_wrapped_error_body_is_understood(client: Bokio, stub: Stub) -> None:
    wrapped = {
        "error": {
            "code": "validation-error",
            "innerCode": "invoice-date-outside-fiscal-year",
            "message": "The invoice date is outside every fiscal year",
            "bokioErrorId": ERROR_ID,
        }
    }
    stub.json(400, wrapped)
    with pytest.raises(bokio.ValidationError) as caught:
        client.items.create(SALES_ITEM)
    error = caught.value
    assert error.code == "validation-error" and error.inner_code == "invoice-date-outside-fiscal-year"
    assert error.message == "The invoice date is outside every fiscal year"
    assert error.bokio_error_id == ERROR_ID and error.status_code == 400
    assert "invoice-date-outside-fiscal-year" in str(error) and ERROR_ID in str(error)


def test_flat_error_body_has_no_inner_code(client: Bokio, stub: Stub) -> None:
    stub.json(
        400,
        {
            "code": "validation-error",
            "message": "Validation failed",
            "bokioErrorId": ERROR_ID,
            "errors": [{"field": "#/unitPrice", "message": "required"}],
        },
    )
    with pytest.raises(bokio.ValidationError) as caught:
        client.items.create(SALES_ITEM)
    assert caught.value.inner_code is None and caught.value.bokio_error_id == ERROR_ID
    assert [(e.field, e.message) for e in caught.value.errors] == [("#/unitPrice", "required")]


@pytest.mark.parametrize(
    ("status", "error_class", "words"),
    [
        (401, bokio.AuthenticationError, "401 Unauthorized"),
        (403, bokio.PermissionDeniedError, "403 Forbidden"),
        (429, bokio.RateLimitError, "429 Too Many Requests"),
    ],
)
def test_empty_error_body_names_the_status(
    client: Bokio, stub: Stub, status: int, error_class: type[bokio.APIError], words: str
) -> None:
    client.max_retries = 0
    stub.add(httpx.Response(status))
    with pytest.raises(error_class) as caught:
        client.items.get(ITEM_ID)
    assert words in caught.value.message and "unexpected" not in caught.value.message
    assert "empty body" in caught.value.message


def test_error_message_never_echoes_the_token(client: Bokio, stub: Stub) -> None:
    stub.json(404, {"code": "not-found", "message": f"no item for token {TOKEN}"})
    with pytest.raises(bokio.NotFoundError) as caught:
        client.items.get(ITEM_ID)
    assert TOKEN not in str(caught.value) and "<hidden>" in caught.value.message


def test_one_parser_reads_every_shape() -> None:
    def read(body: object) -> tuple[object, ...]:
        parsed = read_error_body(httpx.Response(400, json=body))
        return parsed.code, parsed.inner_code, parsed.message, parsed.is_oauth

    assert read({"code": "c", "message": "m"}) == ("c", None, "m", False)
    assert read({"error": {"code": "c", "innerCode": "i", "message": "m"}}) == ("c", "i", "m", False)
    assert read({"error": "invalid_grant", "error_description": "d"}) == ("invalid_grant", None, "d", True)
    assert read({"title": "Bad Request", "detail": "d"}) == (None, None, "d", False)
    assert read(["not", "an", "object"])[:3] == (None, None, None)
    assert read({"code": 7, "message": ["x"], "error": {"innerCode": 3}})[:3] == (None, None, None)


def test_token_endpoint_uses_the_same_parser() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": "too-many-requests", "innerCode": "token-rate", "message": "Slow down"}}
        headers = {"Bokio-RateLimit-RetryAfter": "30", "Bokio-RateLimit-Limit": "200", "Bokio-RateLimit-Remaining": "0"}
        return httpx.Response(429, json=body, headers=headers)

    app = OAuthApp(
        "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "client-secret-value",
        "https://example.com/callback",
        base_url="https://bokio.invalid/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    with pytest.raises(bokio.RateLimitError) as caught:
        app.exchange_code("the-code")
    error = caught.value
    assert (error.code, error.inner_code, error.retry_after, error.limit, error.remaining) == (
        "too-many-requests",
        "token-rate",
        30.0,
        200,
        0,
    )
    assert "Slow down" in error.message and "client-secret-value" not in str(error)


def test_token_endpoint_empty_401_names_the_status() -> None:
    app = OAuthApp(
        "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "client-secret-value",
        "https://example.com/callback",
        base_url="https://bokio.invalid/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(401))),
    )
    with pytest.raises(bokio.InvalidClientError) as caught:
        app.exchange_code("the-code")
    assert "401" in str(caught.value)


# client.usage ---------------------------------------------------------------------------------


def test_usage_counts_requests_retries_and_429s(client: Bokio, stub: Stub) -> None:
    quota = {"Bokio-RateLimit-Limit": "200", "Bokio-RateLimit-Remaining": "17"}
    stub.add(slow_down({"Bokio-RateLimit-RetryAfter": "1", "Bokio-RateLimit-Remaining": "0"}))
    stub.add(httpx.ConnectError("refused"))
    stub.json(200, SALES_ITEM, headers=quota)
    assert client.usage.snapshot() == {"requests": 0, "retries": 0, "rate_limited": 0, "limit": None, "remaining": None}
    client.items.get(ITEM_ID)
    usage = client.usage
    assert (usage.requests, usage.retries, usage.rate_limited, usage.limit, usage.remaining) == (3, 2, 1, 200, 17)
    assert "requests=3" in repr(usage)


def test_usage_is_shared_with_clients_made_by_with_options(client: Bokio, stub: Stub) -> None:
    stub.json(200, SALES_ITEM).json(200, SALES_ITEM)
    other = client.with_options(timeout=5.0)
    client.items.get(ITEM_ID)
    other.items.get(ITEM_ID)
    assert other.usage is client.usage and client.usage.requests == 2
    separate = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=client._http)
    assert separate.usage is not client.usage and separate.usage.requests == 0


def test_usage_counts_exactly_under_threads() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=SALES_ITEM, headers={"Bokio-RateLimit-Remaining": "5"})

    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    threads = [threading.Thread(target=lambda: [client.items.get(ITEM_ID) for _ in range(50)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert client.usage.requests == 400 and client.usage.remaining == 5


def test_async_client_counts_too() -> None:
    replies = [slow_down({"Bokio-RateLimit-RetryAfter": "0"}), httpx.Response(200, json=SALES_ITEM)]

    async def answer(request: httpx.Request) -> httpx.Response:
        return replies.pop(0)

    async def main() -> AsyncBokio:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncBokio(token=TOKEN, company_id=COMPANY_ID, http_client=http) as client:
            await client.items.get(ITEM_ID)
            assert client.with_options(max_retries=1).usage is client.usage
            return client

    client = asyncio.run(main())
    assert (client.usage.requests, client.usage.retries, client.usage.rate_limited) == (2, 1, 1)


# Pasted tokens --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pasted",
    [f"Bearer {TOKEN}", f"bearer {TOKEN}", f"  {TOKEN}\n", f"{TOKEN}\r\n", f"\tBearer  {TOKEN} ", f"BEARER {TOKEN}"],
)
def test_pasted_token_is_cleaned(stub: Stub, pasted: str) -> None:
    stub.json(200, SALES_ITEM)
    client = Bokio(token=pasted, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(stub)))
    client.items.get(ITEM_ID)
    assert stub.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("private-token s3cr3t", "whitespace"),
        ("private-token\r\ns3cr3t", "line break"),
        ("private-token\x00s3cr3t", "control character"),
        ("private-token\x7fs3cr3t", "control character"),
        ("private-tokén-s3cr3t", "non-ASCII"),
        ("Bearer private-token s3cr3t", "whitespace"),
        ("Bearer ", "empty"),
        ("   ", "empty"),
    ],
)
def test_malformed_token_is_refused_before_sending(
    stub: Stub, monkeypatch: pytest.MonkeyPatch, pasted: str, words: str
) -> None:
    http = httpx.Client(transport=httpx.MockTransport(stub))
    with pytest.raises(bokio.InvalidTokenError) as caught:
        Bokio(token=pasted, company_id=COMPANY_ID, http_client=http)
    assert words in str(caught.value)
    assert isinstance(caught.value, bokio.BokioError) and isinstance(caught.value, ValueError)
    for secret in ("s3cr3t", "private-tok"):
        assert secret not in str(caught.value) and secret not in repr(caught.value)
    if "\x00" not in pasted:  # an environment variable cannot hold NUL
        monkeypatch.setenv("BOKIO_TOKEN", pasted)
        with pytest.raises(bokio.InvalidTokenError):
            AsyncBokio(company_id=COMPANY_ID)
    assert stub.requests == []


@pytest.mark.parametrize("access_token", ["s3cr3t\r\nX-Injected: 1", "s3cr3t token", "Bearer s3cr3t", "s3cr3t\x00"])
def test_an_access_token_unfit_for_a_header_is_refused_from_the_token_endpoint(access_token: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": access_token, "expires_in": 3600, "token_type": "Bearer"})

    app = OAuthApp(
        "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "client-secret-value",
        "https://example.com/callback",
        base_url="https://bokio.invalid/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    with pytest.raises(bokio.OAuthError) as caught:
        app.exchange_code("the-code")
    assert caught.value.error == "invalid_response" and "s3cr3t" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")
def test_usage_works_in_a_child_forked_while_its_lock_was_held() -> None:
    usage = Usage()
    with usage._lock:  # as if another thread were recording at fork()
        pid = os.fork()
        if pid == 0:
            usage.record(httpx.Response(200))
            os._exit(0 if usage.requests == 1 else 1)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the child hung on the usage lock held at fork()")
