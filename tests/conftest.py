"""Shared fixtures: a client wired to a scripted stub transport (no network)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from bokio import Bokio

COMPANY_ID = "4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10"
TOKEN = "private-token-s3cr3t-value"


class Stub:
    """An httpx transport answering from a list of scripted replies, recording each request."""

    def __init__(self) -> None:
        self.replies: list[httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]] = []
        self.requests: list[httpx.Request] = []

    def add(self, reply: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> Stub:
        self.replies.append(reply)
        return self

    def json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> Stub:
        return self.add(httpx.Response(status, content=json.dumps(body).encode(), headers=headers))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply


@pytest.fixture
def stub() -> Stub:
    return Stub()


@pytest.fixture
def client(stub: Stub) -> Bokio:
    bokio = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(stub)))
    bokio._sleep = lambda seconds: None
    return bokio


SALES_ITEM = {
    "id": "0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e",
    "description": "Consultancy",
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "hour",
    "unitPrice": 290,
    "taxRate": 25,
}


def page(items: list[Any], current: int, total_pages: int, total_items: int) -> dict[str, Any]:
    return {"items": items, "totalItems": total_items, "totalPages": total_pages, "currentPage": current}
