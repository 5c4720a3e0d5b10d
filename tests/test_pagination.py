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


def test_first_and_total_items_ask_for_one_item(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(1), 1, 8, 8))
    pager = client.items.list()
    assert pager.total_items == 8
    assert pager.first().description == "item 0"  # type: ignore[union-attr]
    assert [(r.url.params["page"], r.url.params["pageSize"]) for r in stub.requests] == [("1", "1")]


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


def test_items_decode_when_their_page_arrives_and_a_bad_one_fails_the_page(client: Bokio, stub: Stub) -> None:
    """Every item of a page is decoded when the page arrives: a broken one raises then, naming the request."""
    broken = {**SALES_ITEM, "unitPrice": "a lot"}
    stub.json(200, page([*items(1), broken], 1, 1, 2))
    pager = client.items.list()
    with pytest.raises(bokio.MalformedResponseError, match="an item of the list does not have the expected shape") as e:
        pager.first()
    assert e.value.method == "GET" and "/items?" in e.value.url
    assert "unitPrice must be a number, not str" in str(e.value)


def test_an_item_that_is_not_an_object_fails_the_page(client: Bokio, stub: Stub) -> None:
    stub.json(200, page([*items(1), "item 1"], 1, 1, 2))
    with pytest.raises(bokio.MalformedResponseError, match="must be a JSON object, not str"):
        list(client.items.list())


def test_an_amount_that_is_not_a_number_is_a_typed_error_when_eager_too(client: Bokio, stub: Stub) -> None:
    stub.json(200, {**SALES_ITEM, "unitPrice": "a lot"})
    with pytest.raises(bokio.MalformedResponseError, match="unitPrice must be a number, not str"):
        client.items.get(SALES_ITEM["id"])


def test_page_fetches_one_page_by_number(client: Bokio, stub: Stub) -> None:
    stub.json(200, page(items(2, 4), 3, 3, 6))
    found = client.items.list(page_size=2).page(3)
    assert (found.current_page, [item.description for item in found.items]) == (3, ["item 4", "item 5"])
    assert [r.url.params["page"] for r in stub.requests] == ["3"]
    with pytest.raises(ValueError):
        client.items.list().page(0)


# --- quota-aware paging and a pager that cannot loop -------------------------------------------


class Lister:
    """A list endpoint over ``total`` items that honours ?page= and ?pageSize= unless told otherwise."""

    def __init__(self, total: int, *, ignore_page: bool = False, ignore_size: bool = False) -> None:
        self.total = total
        self.ignore_page = ignore_page
        self.ignore_size = ignore_size
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        number = 1 if self.ignore_page else int(request.url.params.get("page", "1"))
        size = 25 if self.ignore_size else int(request.url.params.get("pageSize", "25"))
        start = (number - 1) * size
        chosen = items(max(0, min(size, self.total - start)), start)
        return httpx.Response(200, json=page(chosen, number, -(-self.total // size), self.total))

    def client(self) -> Bokio:
        return Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(self)))


def test_iterating_1000_items_costs_10_requests() -> None:
    """At the API's default of 25 a page, 1,000 items would cost 40 of the 5,000 monthly requests."""
    server = Lister(1000)
    descriptions = [item.description for item in server.client().items.list()]
    assert descriptions == [f"item {n}" for n in range(1000)]
    assert len(server.requests) == 10
    assert {r.url.params["pageSize"] for r in server.requests} == {"100"}


def test_a_given_page_size_is_kept() -> None:
    server = Lister(30)
    assert len(list(server.client().items.list(page_size=10))) == 30
    assert [r.url.params["pageSize"] for r in server.requests] == ["10"] * 3


def test_iterating_after_first_fetches_full_pages() -> None:
    server = Lister(150)
    pager = server.client().items.list()
    assert pager.first().description == "item 0"  # type: ignore[union-attr]
    assert len(list(pager)) == 150
    assert [r.url.params["pageSize"] for r in server.requests] == ["1", "100", "100"]


def test_a_server_that_ignores_the_page_parameter_stops_the_pager() -> None:
    """Page 1 again when page 2 was asked for: raise, instead of asking for page 2 forever."""
    server = Lister(250, ignore_page=True)
    seen = []
    with pytest.raises(bokio.MalformedResponseError, match="asked for page 2 of 100 items, but it is page 1"):
        for item in server.client().items.list():
            seen.append(item.description)
    assert len(server.requests) == 2 and len(seen) == 100  # nothing yielded twice


def test_a_server_that_ignores_the_page_parameter_stops_the_async_pager() -> None:
    server = Lister(250, ignore_page=True)

    async def run() -> None:
        client = AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(server))
        )
        async for _ in client.items.list():
            pass

    with pytest.raises(bokio.MalformedResponseError, match="but it is page 1"):
        asyncio.run(run())
    assert len(server.requests) == 2


def test_a_page_count_that_does_not_match_the_page_size_raises() -> None:
    server = Lister(250, ignore_size=True)  # 10 pages of 25 where 3 of 100 were asked for
    with pytest.raises(bokio.MalformedResponseError, match="it counts 10 pages for 250 items"):
        list(server.client().items.list())


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (page(items(2), 1, 2, 4), page(items(2, 2), 2, 3, 6), "counts 3 pages where page 1 counted 2"),
        (page(items(2), 1, 2, 4), page(items(3, 2), 2, 2, 4), "it holds 3 items"),
        (page(items(2), 1, 2, 4), page(items(2, 2), 2, 2, 7), "counts 2 pages for 7 items"),
        (page(items(2), 1, 2, 4), page(items(2, 2), 3, 2, 4), "it is page 3"),
    ],
)
def test_a_page_that_does_not_fit_the_first_raises(
    client: Bokio, stub: Stub, first: dict[str, object], second: dict[str, object], message: str
) -> None:
    stub.json(200, first).json(200, second).json(200, first)
    with pytest.raises(bokio.MalformedResponseError, match=message):
        list(client.items.list(page_size=2))
    assert len(stub.requests) == 2
