"""Lazy pagination: pages fetched only when needed, every item yielded, errors never swallowed."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import bokio
from bokio import AsyncBokio, Bokio
from tests.conftest import COMPANY_ID, SALES_ITEM, TOKEN, Stub, page


def items(n: int, start: int = 0) -> list[dict[str, object]]:
    return [{**SALES_ITEM, "description": f"item {start + i}"} for i in range(n)]


def test_iterates_all_pages_lazily(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(2), 1, 3, 5)).json(200, page(items(2, 2), 2, 3, 5)).json(200, page(items(1, 4), 3, 3, 5))
    pager = client.items.list(page_size=2)
    assert stub.requests == []  # nothing fetched before iteration
    iterator = iter(pager)
    assert next(iterator).description == "item 0"
    assert len(stub.requests) == 1
    rest = [item.description for item in iterator]
    assert rest == ["item 1", "item 2", "item 3", "item 4"]
    assert [r.url.params["page"] for r in stub.requests] == ["1", "2", "3"]
    assert all(r.url.params["pageSize"] == "2" for r in stub.requests)


def test_first_and_total_items_fetch_one_page(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(2), 1, 4, 8))
    pager = client.items.list()
    assert pager.total_items == 8
    assert pager.first().description == "item 0"  # type: ignore[union-attr]
    assert len(stub.requests) == 1


def test_empty_list(client: Bokio, stub: Stub) -> None:
    stub.json(200, page([], 1, 0, 0))
    assert list(client.items.list()) == [] and len(stub.requests) == 1


def test_pages_exposes_page_metadata(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(1), 1, 2, 2)).json(200, page(items(1, 1), 2, 2, 2))
    pages = list(client.items.list(page_size=1).pages())
    assert [(p.current_page, p.total_pages, len(p.items)) for p in pages] == [(1, 2, 1), (2, 2, 1)]


def test_error_mid_iteration_raises_instead_of_truncating(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(2), 1, 2, 4)).json(401, {"code": "unauthorized", "message": "token expired"})
    seen = []
    with pytest.raises(bokio.AuthenticationError):
        for item in client.items.list(page_size=2):
            seen.append(item)
    assert len(seen) == 2


def test_page_size_is_bounded(client: Bokio) -> None:
    with pytest.raises(ValueError, match="between 1 and 100"):
        client.items.list(page_size=101)


def test_async_pager() -> None:
    stub = Stub().json(200, page(items(2), 1, 2, 3)).json(200, page(items(1, 2), 2, 2, 3))

    async def run() -> list[str]:
        client = AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(stub))
        )
        return [item.description async for item in client.items.list(page_size=2)]

    assert asyncio.run(run()) == ["item 0", "item 1", "item 2"]


def test_a_used_up_page_is_released_before_the_next_is_fetched(client: Bokio, stub: Stub) -> None:
    """One page in memory at a time: page 2's models are gone when page 3 is requested."""
    import weakref

    seen: list[weakref.ref[object]] = []
    alive_when_page_3_asked: list[bool] = []

    def page_3(request: httpx.Request) -> httpx.Response:
        alive_when_page_3_asked.extend(ref() is not None for ref in seen[2:3])  # page 2's first item
        return httpx.Response(200, json=page(items(1, 4), 3, 3, 5))

    stub.json(200, page(items(2), 1, 3, 5)).json(200, page(items(2, 2), 2, 3, 5)).add(page_3)
    for item in client.items.list(page_size=2):
        seen.append(weakref.ref(item))
    assert len(seen) == 5
    assert alive_when_page_3_asked == [False]


def test_pages_are_released_by_the_async_pager_too() -> None:
    import weakref

    seen: list[weakref.ref[object]] = []
    alive_when_page_3_asked: list[bool] = []

    def page_3(request: httpx.Request) -> httpx.Response:
        alive_when_page_3_asked.extend(ref() is not None for ref in seen[2:3])
        return httpx.Response(200, json=page(items(1, 4), 3, 3, 5))

    stub = Stub().json(200, page(items(2), 1, 3, 5)).json(200, page(items(2, 2), 2, 3, 5)).add(page_3)

    async def run() -> None:
        client = AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(stub))
        )
        async for item in client.items.list(page_size=2):
            seen.append(weakref.ref(item))

    asyncio.run(run())
    assert len(seen) == 5
    assert alive_when_page_3_asked == [False]


def test_items_decode_on_first_read_and_a_bad_one_raises_a_typed_error_then(client: Bokio, stub: Stub) -> None:
    """List items are made with from_dict_lazy: a broken item fails when read, naming the request."""
    broken = {**SALES_ITEM, "unitPrice": "a lot"}
    stub.json(200, page([*items(1), broken], 1, 1, 2))
    first, second = client.items.list()  # the page is fetched and both items made: nothing decoded yet
    assert first.description == "item 0"
    with pytest.raises(bokio.MalformedResponseError, match="an item of the list does not have the expected shape") as e:
        second.unit_price  # noqa: B018
    assert e.value.method == "GET" and "/items?" in e.value.url


def test_an_item_that_is_not_an_object_fails_the_page(client: Bokio, stub: Stub) -> None:
    stub.json(200, page([*items(1), "item 1"], 1, 1, 2))
    with pytest.raises(bokio.MalformedResponseError, match="not a JSON object"):
        list(client.items.list())


def test_an_amount_that_is_not_a_number_is_a_typed_error_when_eager_too(client: Bokio, stub: Stub) -> None:
    stub.json(200, {**SALES_ITEM, "unitPrice": "a lot"})
    with pytest.raises(bokio.MalformedResponseError, match="InvalidOperation"):
        client.items.get(SALES_ITEM["id"])


def test_page_fetches_one_page_by_number(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(2, 4), 3, 3, 6))
    found = client.items.list(page_size=2).page(3)
    assert (found.current_page, [item.description for item in found.items]) == (3, ["item 4", "item 5"])
    assert [r.url.params["page"] for r in stub.requests] == ["3"]
    with pytest.raises(ValueError):
        client.items.list().page(0)
