"""The clients' twins: the sync ones generated from the asyncio source wait and send without an
event loop; their resource namespaces (one list) are the same in both, each made once on first use."""

from __future__ import annotations

import asyncio
import inspect
import time

import httpx
import pytest

from bokio import AsyncBokio, Bokio
from bokio._namespace import Namespace
from bokio.agency import AsyncBokioAgency, BokioAgency
from bokio.general import AsyncBokioGeneral, BokioGeneral

COMPANY = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PAIRS = [(Bokio, AsyncBokio), (BokioAgency, AsyncBokioAgency), (BokioGeneral, AsyncBokioGeneral)]


def _namespaces(cls: type) -> dict[str, Namespace[object]]:
    return {name: value for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, Namespace)}


def _clients() -> list[object]:
    never = httpx.MockTransport(lambda request: httpx.Response(599))
    return [
        Bokio(token="t", company_id=COMPANY, http_client=httpx.Client(transport=never)),
        AsyncBokio(token="t", company_id=COMPANY, http_client=httpx.AsyncClient(transport=never)),
        BokioAgency(token="t", agency_id=COMPANY, http_client=httpx.Client(transport=never)),
        AsyncBokioAgency(token="t", agency_id=COMPANY, http_client=httpx.AsyncClient(transport=never)),
        BokioGeneral("id", "secret", http_client=httpx.Client(transport=never)),
        AsyncBokioGeneral("id", "secret", http_client=httpx.AsyncClient(transport=never)),
    ]


@pytest.mark.parametrize(("sync", "asyncio"), PAIRS, ids=lambda cls: cls.__name__)
def test_both_twins_have_the_same_namespaces(sync: type, asyncio: type) -> None:
    assert _namespaces(sync), sync
    assert set(_namespaces(sync)) == set(_namespaces(asyncio))


@pytest.mark.parametrize("client", _clients(), ids=lambda client: type(client).__name__)
def test_each_namespace_is_made_once_for_its_client(client: object) -> None:
    is_async = type(client).__name__.startswith("Async")
    for name in _namespaces(type(client)):
        resource = getattr(client, name)
        assert getattr(client, name) is resource  # made on first use, then kept
        assert type(resource).__name__.startswith("Async") == is_async, (name, resource)
        methods = [m for n, m in inspect.getmembers(resource, inspect.ismethod) if not n.startswith("_")]
        assert methods, name
        # The sync twin's namespaces never hand out coroutines.
        assert is_async or not any(inspect.iscoroutinefunction(m) for m in methods), name


def test_a_with_options_copy_of_the_general_client_makes_its_own_namespace() -> None:
    never = httpx.MockTransport(lambda request: httpx.Response(599))
    general = BokioGeneral("id", "secret", http_client=httpx.Client(transport=never))
    connections = general.connections
    copy = general.with_options(timeout=1.0)
    assert copy.connections is not connections
    assert copy.connections._core.timeout == 1.0
    assert general.connections._core.timeout != 1.0


def test_the_sync_twins_wait_and_send_without_an_event_loop() -> None:
    from bokio._sync.client import APIClient

    client = Bokio(token="t", company_id=COMPANY)
    started = time.perf_counter()
    assert client._sleep(0.01) is None  # blocks: no coroutine to await
    assert time.perf_counter() - started >= 0.01
    for name in ("close", "_send", "_call", "_call_no_content", "_download"):
        assert not inspect.iscoroutinefunction(getattr(APIClient, name)), name
    client.close()


def test_the_async_client_waits_on_its_event_loop() -> None:
    client = AsyncBokio(token="t", company_id=COMPANY)
    assert inspect.iscoroutinefunction(client._sleep)

    async def wait() -> None:
        waiting = asyncio.create_task(client._sleep(0.01))
        await asyncio.sleep(0)
        assert not waiting.done()  # the loop runs on while the client waits
        await waiting

    asyncio.run(wait())
