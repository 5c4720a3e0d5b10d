"""The request pipeline: errors, retries, read-only mode, logging and secrets."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from decimal import Decimal

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN, Stub

OTHER_COMPANY = "0b7e8a52-3c1d-4e2f-9a8b-7c6d5e4f3a21"

ERROR_ID = "7d2e9c40-1b6f-4a83-8e57-3f0a9d6c1b28"


def test_sends_bearer_token_and_parses_decimal(client: Bokio, stub: Stub) -> None:
    stub.add(
        httpx.Response(
            200,
            content=b'{"id":"0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e","description":"A",'
            b'"itemType":"salesItem","productType":"goods","unitType":"piece",'
            b'"unitPrice":64609.50,"taxRate":25}',
        )
    )
    item = client.items.get("0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e")
    assert stub.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert stub.requests[0].url.path == f"/v1/companies/{COMPANY_ID}/items/0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
    assert isinstance(item, bokio_models().SalesItem)
    assert item.unit_price == Decimal("64609.50") and isinstance(item.unit_price, Decimal)
    assert str(item.unit_price) == "64609.50"  # not rounded through float


def bokio_models():  # type: ignore[no-untyped-def]
    from bokio_company_api import models

    return models


def test_request_body_amount_is_sent_exactly(client: Bokio, stub: Stub) -> None:
    stub.json(200, SALES_ITEM)
    client.items.create({**SALES_ITEM, "unitPrice": Decimal("64609.50")})
    assert b'"unitPrice":64609.50' in stub.requests[0].content


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (400, {"code": "validation-error", "message": "bad"}, bokio.ValidationError),
        (400, {"code": "operation-not-allowed", "message": "published"}, bokio.OperationNotAllowedError),
        (400, {"code": "limit-exceeded", "message": "too big"}, bokio.LimitExceededError),
        (400, {"code": "something-new", "message": "?"}, bokio.BadRequestError),
        (401, {"code": "unauthorized", "message": "no"}, bokio.AuthenticationError),
        (403, {"code": "forbidden", "message": "scope"}, bokio.PermissionDeniedError),
        (404, {"code": "not-found", "message": "gone"}, bokio.NotFoundError),
        (500, {"code": "internal-server-error", "message": "oops"}, bokio.ServerError),
    ],
)
def test_error_mapping(client: Bokio, stub: Stub, status: int, body: dict[str, str], error_class: type) -> None:
    stub.json(status, {**body, "bokioErrorId": ERROR_ID})
    stub.json(status, {**body, "bokioErrorId": ERROR_ID})
    stub.json(status, {**body, "bokioErrorId": ERROR_ID})
    with pytest.raises(error_class) as caught:
        client.items.create(SALES_ITEM)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status and error.code == body["code"]
    assert error.bokio_error_id == ERROR_ID
    assert error.method == "POST" and error.url.endswith(f"/companies/{COMPANY_ID}/items")
    assert TOKEN not in str(error) and TOKEN not in repr(error)


def test_validation_error_carries_field_errors(client: Bokio, stub: Stub) -> None:
    stub.json(
        400,
        {
            "code": "validation-error",
            "message": "Validation failed with 1 error",
            "bokioErrorId": ERROR_ID,
            "errors": [{"field": "#/description", "message": "The description field is required"}],
        },
    )
    with pytest.raises(bokio.ValidationError) as caught:
        client.items.create(SALES_ITEM)
    assert caught.value.errors == [bokio.FieldError("#/description", "The description field is required")]
    assert "#/description: The description field is required" in str(caught.value)


def test_permission_denied_names_the_scope(client: Bokio, stub: Stub) -> None:
    stub.json(403, {"code": "forbidden", "message": "Not allowed"})
    with pytest.raises(bokio.PermissionDeniedError) as caught:
        client.items.delete(SALES_ITEM["id"])
    assert caught.value.required_scope == "items:write"
    assert "items:write" in str(caught.value)


def test_non_json_error_body_still_gives_typed_error(client: Bokio, stub: Stub) -> None:
    for _ in range(3):
        stub.add(httpx.Response(502, content=b"<html><body>Bad gateway</body></html>"))
    with pytest.raises(bokio.ServerError) as caught:
        client.items.get(SALES_ITEM["id"])
    assert caught.value.status_code == 502 and "non-JSON" in caught.value.message
    assert len(stub.requests) == 3  # first try + max_retries (2)


def test_get_retried_on_5xx_then_succeeds(client: Bokio, stub: Stub) -> None:
    stub.json(503, {"code": "unavailable", "message": "later"}).json(200, SALES_ITEM)
    assert client.items.get(SALES_ITEM["id"]).description == "Consultancy"
    assert len(stub.requests) == 2


def test_post_not_resent_after_read_timeout(client: Bokio, stub: Stub) -> None:
    stub.add(httpx.ReadTimeout("timed out")).json(200, SALES_ITEM)
    with pytest.raises(bokio.APITimeoutError):
        client.items.create(SALES_ITEM)
    assert len(stub.requests) == 1


def test_post_not_resent_after_5xx(client: Bokio, stub: Stub) -> None:
    stub.json(502, {"message": "proxy"}).json(200, SALES_ITEM)
    with pytest.raises(bokio.ServerError):
        client.items.create(SALES_ITEM)
    assert len(stub.requests) == 1


def test_post_retried_after_connect_error(client: Bokio, stub: Stub) -> None:
    stub.add(httpx.ConnectError("refused")).json(200, SALES_ITEM)
    assert client.items.create(SALES_ITEM).description == "Consultancy"
    assert len(stub.requests) == 2


def test_post_retried_after_429_honouring_retry_after(client: Bokio, stub: Stub) -> None:
    slept: list[float] = []
    client._sleep = slept.append
    stub.json(429, {"message": "slow down"}, headers={"Retry-After": "3"}).json(200, SALES_ITEM)
    client.items.create(SALES_ITEM)
    assert slept == [3.0] and len(stub.requests) == 2


def test_rate_limit_error_after_retries_exhausted(client: Bokio, stub: Stub) -> None:
    for _ in range(3):
        stub.json(429, {"message": "slow down"}, headers={"Retry-After": "1"})
    with pytest.raises(bokio.RateLimitError) as caught:
        client.items.get(SALES_ITEM["id"])
    assert caught.value.retry_after == 1.0 and len(stub.requests) == 3


def test_max_retries_zero_disables_retries(client: Bokio, stub: Stub) -> None:
    stub.json(503, {"message": "down"}).json(200, SALES_ITEM)
    with pytest.raises(bokio.ServerError):
        client.with_options(max_retries=0).items.get(SALES_ITEM["id"])
    assert len(stub.requests) == 1


def test_backoff_grows_exponentially(client: Bokio, stub: Stub) -> None:
    slept: list[float] = []
    client._sleep = slept.append
    for _ in range(3):
        stub.add(httpx.ConnectError("refused"))
    with pytest.raises(bokio.APIConnectionError):
        client.items.get(SALES_ITEM["id"])
    assert len(slept) == 2 and 0.375 <= slept[0] <= 0.5 and 0.75 <= slept[1] <= 1.0


def test_read_only_client_refuses_writes_before_sending(client: Bokio, stub: Stub) -> None:
    reader = client.with_options(read_only=True)
    for write in (
        lambda: reader.items.create(SALES_ITEM),
        lambda: reader.items.update(SALES_ITEM["id"], SALES_ITEM),
        lambda: reader.items.delete(SALES_ITEM["id"]),
    ):
        with pytest.raises(bokio.ReadOnlyError):
            write()
    assert stub.requests == []
    stub.json(200, SALES_ITEM)
    assert reader.items.get(SALES_ITEM["id"]).description == "Consultancy"


def test_client_side_validation_stops_bad_tax_rate(client: Bokio, stub: Stub) -> None:
    with pytest.raises(bokio.ValidationError) as caught:
        client.items.create({**SALES_ITEM, "taxRate": 20})
    assert caught.value.errors[0].field == "#/taxRate" and caught.value.status_code is None
    assert stub.requests == []


def test_logging_has_no_secret(client: Bokio, stub: Stub, caplog: pytest.LogCaptureFixture) -> None:
    stub.json(404, {"code": "not-found", "message": "gone", "bokioErrorId": ERROR_ID})
    with caplog.at_level(logging.DEBUG), pytest.raises(bokio.NotFoundError):
        client.items.get(SALES_ITEM["id"])
    text = caplog.text
    assert f"GET /v1/companies/{COMPANY_ID}/items/{SALES_ITEM['id']} -> 404" in text
    assert ERROR_ID in text and TOKEN not in text


def test_repr_has_no_secret(client: Bokio) -> None:
    assert TOKEN not in repr(client) and TOKEN not in repr(client._auth)


def test_missing_credentials_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOKIO_TOKEN", raising=False)
    with pytest.raises(bokio.BokioError, match="no token"):
        Bokio(company_id=COMPANY_ID)
    monkeypatch.setenv("BOKIO_TOKEN", TOKEN)
    monkeypatch.delenv("BOKIO_COMPANY_ID", raising=False)
    with pytest.raises(bokio.BokioError, match="no company id"):
        Bokio()


def test_with_options_rejects_unknown_option(client: Bokio) -> None:
    with pytest.raises(TypeError, match="timout"):
        client.with_options(timout=3)  # type: ignore[call-arg]  # also a type error


def test_with_options_has_a_typed_signature() -> None:
    for cls in (
        Bokio,
        AsyncBokio,
        bokio.BokioGeneral,
        bokio.AsyncBokioGeneral,
        bokio.BokioAgency,
        bokio.AsyncBokioAgency,
    ):
        parameters = inspect.signature(cls.with_options).parameters.values()
        assert all(p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) for p in parameters), cls
        assert "timeout" in inspect.signature(cls.with_options).parameters


def test_with_options_keeps_what_is_not_given(client: Bokio) -> None:
    changed = client.with_options(timeout=5, read_only=True)
    assert (changed.timeout, changed.read_only, changed.company_id) == (5, True, client.company_id)
    assert (changed.max_retries, changed.base_url) == (client.max_retries, client.base_url)
    assert client.with_options(company_id=OTHER_COMPANY).company_id == OTHER_COMPANY
    assert client.with_options(deadline=None).deadline is None, "None is a value, not 'unchanged'"


def test_async_client_retries_and_maps_errors() -> None:
    stub = Stub().json(503, {"message": "down"}).json(200, SALES_ITEM).json(404, {"code": "not-found", "message": "x"})

    async def run() -> None:
        async with AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(stub))
        ) as client:

            async def no_sleep(seconds: float) -> None:
                return None

            client._sleep = no_sleep
            item = await client.items.get(SALES_ITEM["id"])
            assert item.description == "Consultancy"
            with pytest.raises(bokio.NotFoundError):
                await client.items.get(SALES_ITEM["id"])

    asyncio.run(run())
    assert len(stub.requests) == 3


def test_import_bokio_loads_no_generated_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bokio; transport_loaded = 'httpcore' in sys.modules;"
        "c = bokio.Bokio(token='t', company_id='4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10');"
        "print(transport_loaded, sorted(m for m in sys.modules if m.startswith(('bokio_company_api.', "
        "'bokio_general_api.', 'bokio.resources.', 'asyncio'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # httpcore, like with httpx alone, waits for the first client; the company id is checked with
    # bokio_company_api.request, which needs only the standard library.
    assert loaded.strip() == "False ['bokio_company_api.request']"


def test_default_async_client_drops_a_connection_the_server_closed() -> None:
    """Over loopback: AsyncBokio's own pool sees the server's close and connects again."""
    body = json.dumps(SALES_ITEM).encode()
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await reader.readuntil(b"\r\n\r\n")
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        writer.write(head.encode() + body)
        await writer.drain()
        writer.close()  # no "Connection: close": the client keeps the connection, the server drops it

    async def run() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        base_url = f"http://127.0.0.1:{port}/v1"
        async with server, AsyncBokio(token=TOKEN, company_id=COMPANY_ID, base_url=base_url, max_retries=0) as client:
            for _ in range(3):
                assert (await client.items.get(SALES_ITEM["id"])).description == "Consultancy"
                await asyncio.sleep(0.05)  # the server's close reaches the idle connection

    asyncio.run(run())
    assert connections == 3


def test_general_with_options_shares_the_pool_and_the_token() -> None:
    stub = Stub().json(200, {"access_token": "at", "token_type": "bearer", "expires_in": 3600})
    stub.json(404, {"code": "not-found", "message": "no such connection"})
    general = bokio.BokioGeneral(
        "client-id", "client-secret", http_client=httpx.Client(transport=httpx.MockTransport(stub))
    )
    quick = general.with_options(max_retries=0, timeout=5)
    assert (quick._core.max_retries, quick._core.timeout, general._core.max_retries) == (0, 5, 2)
    quick.close()  # closes nothing the original uses
    with pytest.raises(bokio.NotFoundError):
        quick.connections.get("8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c")
    assert [request.url.path for request in stub.requests][-1].startswith("/v1/connections/")
