"""Authentication of Company API requests.

A private integration authenticates with a fixed token; OAuth token sets (public integrations)
plug in through the same :class:`httpx.Auth` interface. The token never appears in a repr.
"""

from __future__ import annotations

import re
from collections.abc import Generator

import httpx

from .errors import InvalidTokenError

__all__ = ["BearerToken", "clean_token", "forget_credentials"]

# What people paste: the header's scheme with the token, surrounding spaces or a line break.
_SCHEME = re.compile(r"bearer(\s+|$)", re.IGNORECASE)


def clean_token(token: str) -> str:
    """The token as it goes after ``Bearer ``.

    A pasted ``Bearer `` prefix and surrounding whitespace (spaces, tabs, line breaks) are removed;
    a token that is then empty or still holds whitespace, a control character or a non-ASCII
    character is refused with :class:`~bokio.errors.InvalidTokenError`, whose message never shows it.
    """
    if not isinstance(token, str):  # pyright: ignore[reportUnnecessaryIsInstance]  (for untyped callers)
        raise TypeError(f"the token must be a str, not {type(token).__name__}")
    value = token.strip()
    scheme = _SCHEME.match(value)
    if scheme:
        value = value[scheme.end() :]
    if not value:
        raise InvalidTokenError("the token is empty")
    for position, character in enumerate(value, 1):
        if not "\x21" <= character <= "\x7e":
            if character.isspace():
                kind = "a line break" if character in "\r\n" else "whitespace"
            elif character.isprintable():
                kind = "a non-ASCII character"
            else:
                kind = "a control character"
            raise InvalidTokenError(
                f"the token holds {kind} at character {position} of {len(value)}; "
                "paste it exactly as Bokio shows it (the token is not repeated here)"
            )
    return value


class BearerToken(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` with every request (the token as :func:`clean_token` leaves it)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {clean_token(token)}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerToken(<hidden>)"


def forget_credentials(request: httpx.Request) -> None:
    """Drop the credentials from a request that failed: the error raised for it chains to httpx's
    error, whose ``.request`` is this request, and must not lead anyone to the token."""
    request.headers.pop("Authorization", None)
