"""Every Company and Agency API operation of our spec is reachable through a façade method.

For each operation the test finds ``x-bokio-method`` on the client (sync and async), calls it
with the spec's own request example, answers with the spec's response example from a stub
transport, and checks the request that went out (method and path) and the value that came back.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bokio_spec import OPERATIONS, load
from bokio_spec import resolve as resolve_in

from bokio import AsyncBokio, AsyncBokioAgency, Bokio, BokioAgency
from bokio.auth import BearerToken
from bokio.pagination import AsyncPager, Pager
from tests.conftest import COMPANY_ID, TOKEN

SPEC = load("company")
COMPANY_OPERATIONS = {module: facts for module, facts in OPERATIONS.items() if module.startswith("bokio_company_api.")}
ID = "8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c"


def operation(facts: dict[str, Any]) -> dict[str, Any]:
    return SPEC["paths"][facts["path"]][facts["method"].lower()]


def resolve(node: Any) -> Any:
    return resolve_in("company", node)


def request_example(facts: dict[str, Any]) -> Any:
    body = resolve(operation(facts).get("requestBody", {}))
    media = (body.get("content") or {}).get("application/json")
    # As a caller writes it: amounts as Decimal (a float in a body is refused before sending).
    return None if media is None else json.loads(json.dumps(media.get("example")), parse_float=Decimal)


def response(facts: dict[str, Any]) -> httpx.Response:
    responses = operation(facts)["responses"]
    status = next(code for code in responses if code.startswith("2"))
    content = resolve(responses[status]).get("content") or {}
    if "application/json" in content:
        example = content["application/json"].get("example")
        assert example is not None, f"{facts['operation_id']}: 2xx JSON response has no example"
        return httpx.Response(int(status), content=json.dumps(example).encode())
    if content:
        return httpx.Response(int(status), content=b"%PDF-1.4 fake bytes")
    return httpx.Response(int(status))


def arguments(method: Any, facts: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is parameter.KEYWORD_ONLY or parameter.default is not parameter.empty:
            continue
        if name == "account":
            args.append(1930)
        elif name.endswith("_id"):
            args.append(ID)
        elif name == "file":
            args.append(b"%PDF-1.4 receipt")
            kwargs["file_name"] = "receipt.pdf"
        elif name == "payments":
            args.append(request_example(facts)["payments"])
        else:
            example = request_example(facts)
            assert example is not None, f"{facts['operation_id']}: no request example for parameter {name!r}"
            args.append(example)
    return args, kwargs


def path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^/v1" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")


def find(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def test_every_company_operation_has_a_facade_method() -> None:
    assert len(COMPANY_OPERATIONS) == 85
    client = Bokio(token=TOKEN, company_id=COMPANY_ID)
    missing = [
        f["facade_method"] for f in COMPANY_OPERATIONS.values() if not callable(find(client, f["facade_method"]))
    ]
    assert missing == []


@pytest.mark.parametrize("module", sorted(COMPANY_OPERATIONS), ids=lambda m: m.rsplit(".", 1)[1])
def test_facade_method_calls_its_operation(module: str) -> None:
    facts = COMPANY_OPERATIONS[module]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return response(facts)

    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    method = find(client, facts["facade_method"])
    args, kwargs = arguments(method, facts)
    result = method(*args, **kwargs)
    if isinstance(result, Pager):
        result = list(result)
    assert len(sent) == 1
    request = sent[0]
    assert request.method == facts["method"]
    assert path_pattern(facts["path"]).match(request.url.path), request.url.path
    assert COMPANY_ID in request.url.path
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    example = request_example(facts)
    if example is not None and request.headers.get("content-type") == "application/json":
        sent_body = json.loads(request.content, parse_float=Decimal)
        if isinstance(example, dict) and "payments" not in example:
            for key, value in example.items():
                assert sent_body.get(key) == value, key
    if facts["method"] == "DELETE":
        assert result is None
    else:
        assert result is not None


@pytest.mark.parametrize("module", sorted(COMPANY_OPERATIONS), ids=lambda m: m.rsplit(".", 1)[1])
def test_async_twin_calls_its_operation(module: str) -> None:
    facts = COMPANY_OPERATIONS[module]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return response(facts)

    async def run() -> Any:
        client = AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        )
        method = find(client, facts["facade_method"])
        args, kwargs = arguments(method, facts)
        result = method(*args, **kwargs)
        if isinstance(result, AsyncPager):
            return [item async for item in result]
        assert inspect.iscoroutine(result)
        return await result

    asyncio.run(run())
    assert len(sent) == 1 and sent[0].method == facts["method"]
    assert path_pattern(facts["path"]).match(sent[0].url.path)


# The Agency API ---------------------------------------------------------------------------------

AGENCY_SPEC = load("agency")
AGENCY_OPERATIONS = {module: facts for module, facts in OPERATIONS.items() if module.startswith("bokio_agency_api.")}
AGENCY_ID = "3c9e1a75-0b4d-4f62-9d18-a7e5c2b06f94"


def agency_operation(facts: dict[str, Any]) -> dict[str, Any]:
    return AGENCY_SPEC["paths"][facts["path"]][facts["method"].lower()]


def agency_request_example(facts: dict[str, Any]) -> Any:
    body = resolve_in("agency", agency_operation(facts).get("requestBody", {}))
    media = (body.get("content") or {}).get("application/json")
    return None if media is None else media.get("example")


def agency_response(facts: dict[str, Any]) -> httpx.Response:
    responses = agency_operation(facts)["responses"]
    status = next(code for code in responses if code.startswith("2"))
    content = resolve_in("agency", responses[status]).get("content") or {}
    if "application/json" in content:
        example = content["application/json"].get("example")
        assert example is not None, f"{facts['operation_id']}: 2xx JSON response has no example"
        return httpx.Response(int(status), content=json.dumps(example).encode())
    return httpx.Response(int(status))


def agency_arguments(method: Any, facts: dict[str, Any]) -> list[Any]:
    args: list[Any] = []
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is parameter.KEYWORD_ONLY or parameter.default is not parameter.empty:
            continue
        if name.endswith("_id"):
            args.append(ID)
        elif name == "organization_number":
            args.append("556901-2288")
        elif name == "email":
            args.append(agency_request_example(facts)["email"])
        else:
            example = agency_request_example(facts)
            assert example is not None, f"{facts['operation_id']}: no request example for parameter {name!r}"
            args.append(example)
    return args


def agency_client(handler: Any, *, sync: bool = True) -> Any:
    if sync:
        return BokioAgency(
            agency_id=AGENCY_ID,
            auth=BearerToken(TOKEN),
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
    return AsyncBokioAgency(
        agency_id=AGENCY_ID,
        auth=BearerToken(TOKEN),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )


def test_every_agency_operation_has_a_facade_method() -> None:
    assert len(AGENCY_OPERATIONS) == 21
    assert len(OPERATIONS) == 111
    client = agency_client(lambda request: httpx.Response(500))
    missing = [f["facade_method"] for f in AGENCY_OPERATIONS.values() if not callable(find(client, f["facade_method"]))]
    assert missing == []


@pytest.mark.parametrize("module", sorted(AGENCY_OPERATIONS), ids=lambda m: m.rsplit(".", 1)[1])
def test_agency_facade_method_calls_its_operation(module: str) -> None:
    facts = AGENCY_OPERATIONS[module]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return agency_response(facts)

    method = find(agency_client(handler), facts["facade_method"])
    result = method(*agency_arguments(method, facts))
    if isinstance(result, Pager):
        result = list(result)
    assert len(sent) == 1
    request = sent[0]
    assert request.method == facts["method"]
    assert path_pattern(facts["path"]).match(request.url.path), request.url.path
    if "{agencyId}" in facts["path"] and not facts["path"].startswith("/agency-connections"):
        assert AGENCY_ID in request.url.path
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    example = agency_request_example(facts)
    if isinstance(example, dict):
        sent_body = json.loads(request.content)
        for key, value in example.items():
            if key != "agencyId":  # connections.create sends the id it was given
                assert sent_body.get(key) == value, key
    if facts["method"] == "DELETE":
        assert result is None
    else:
        assert result is not None


@pytest.mark.parametrize("module", sorted(AGENCY_OPERATIONS), ids=lambda m: m.rsplit(".", 1)[1])
def test_agency_async_twin_calls_its_operation(module: str) -> None:
    facts = AGENCY_OPERATIONS[module]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return agency_response(facts)

    async def run() -> Any:
        method = find(agency_client(handler, sync=False), facts["facade_method"])
        result = method(*agency_arguments(method, facts))
        if isinstance(result, AsyncPager):
            return [item async for item in result]
        assert inspect.iscoroutine(result)
        return await result

    asyncio.run(run())
    assert len(sent) == 1 and sent[0].method == facts["method"]
    assert path_pattern(facts["path"]).match(sent[0].url.path)
