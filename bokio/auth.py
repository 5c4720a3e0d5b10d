"""Authentication of Company API requests.

A private integration authenticates with a fixed token; OAuth token sets (public integrations)
plug in through the same :class:`httpx.Auth` interface. The token never appears in a repr.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["BearerToken"]


class BearerToken(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` with every request."""

    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise ValueError("the token is empty")
        self._header = f"Bearer {token.strip()}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerToken(<hidden>)"
