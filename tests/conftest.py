"""Shared fixtures: a client wired to a scripted stub transport (no network)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from bokio import Bokio

# Bokio's published OpenAPI documents, beside the repository (CI copies shared/ there).
PUBLISHED_REFERENCE = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "bokio-openapi"


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """pytest-recording's VCR gets the one matcher vcrpy lacks (multipart bodies by part)."""
    from bokio.testing.cassettes import wire_body

    vcr.register_matcher("wire_body", wire_body)


def published_reference() -> Path:
    """The directory of Bokio's published documents; a test that needs it skips without it,
    except in CI (``CI`` set), where their absence is a failure rather than a quiet skip."""
    if not PUBLISHED_REFERENCE.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {PUBLISHED_REFERENCE} is missing")
        pytest.skip(f"{PUBLISHED_REFERENCE} is missing")
    return PUBLISHED_REFERENCE


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
