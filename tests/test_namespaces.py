"""The clients' resource namespaces: one list, the same in both twins, each made once on first use."""

from __future__ import annotations

import inspect

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
