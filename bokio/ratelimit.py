"""Bokio's rate-limit headers, and what each client counts of its own spending (``client.usage``).

Bokio allows each token 200 requests per rolling 60 seconds. Its answers say how much is left:
``Bokio-RateLimit-Limit`` and ``Bokio-RateLimit-Remaining`` on every answer, and
``Bokio-RateLimit-RetryAfter`` (seconds) on a 429. Bokio's rate-limit page spells them with an
``X-`` prefix (``X-Bokio-RateLimit-Limit``, …); both spellings are read.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, NamedTuple

import httpx

from . import forksafe, retries

__all__ = ["Quota", "Usage", "count_token_request", "read_quota"]

# Lower-case header names, Bokio's spelling before the ``X-`` one.
_NAMES = {
    "limit": (b"bokio-ratelimit-limit", b"x-bokio-ratelimit-limit"),
    "remaining": (b"bokio-ratelimit-remaining", b"x-bokio-ratelimit-remaining"),
}
_WANTED = frozenset(name for names in _NAMES.values() for name in names)


class Quota(NamedTuple):
    """An answer's ``Limit`` and ``Remaining``; None for a header that is absent or unreadable."""

    limit: int | None
    remaining: int | None


def _count(found: dict[bytes, bytes], names: tuple[bytes, ...]) -> int | None:
    for name in names:
        value = found.get(name)
        if value is not None:
            try:
                number = int(value.strip())
            except ValueError:
                continue
            return number if number >= 0 else None
    return None


def read_quota(headers: httpx.Headers) -> Quota:
    # One pass over the raw headers: this runs for every answer, most of which carry none of them.
    found: dict[bytes, bytes] = {}
    for name, value in headers.raw:
        lowered = name.lower()
        if lowered in _WANTED:
            found.setdefault(lowered, value)
    if not found:
        return Quota(None, None)
    return Quota(_count(found, _NAMES["limit"]), _count(found, _NAMES["remaining"]))


def rate_limit_details(headers: httpx.Headers) -> dict[str, Any]:
    """The keyword arguments of :class:`~bokio.errors.RateLimitError` read from a 429's headers."""
    quota = read_quota(headers)
    return {"retry_after": retries.retry_after(headers), "limit": quota.limit, "remaining": quota.remaining}


class Usage:
    """What a client spent: for logs, dashboards and the monthly quota of a private integration.

    ``requests`` counts every HTTP request the client sent to Bokio on its behalf: each attempt of
    an API call (retries, the re-send after a 401 and its token refresh, and attempts that failed
    to connect included) and each request to the OAuth token endpoint made to get or renew the
    token of one of its calls. A request refused before sending (a bad input, a pacing wait
    past the deadline) is not counted. ``retries`` counts the client's re-sends after a failure
    (not the re-send after a 401), ``rate_limited`` the answers of 429 (the token endpoint's too).
    ``limit`` and ``remaining`` are the last values an API answer reported (None until one did).

    A client and every client made from it with ``with_options`` share one ``Usage``: they share a
    connection pool and count as one. Safe to read and update from any thread or task.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests = 0
        self._retries = 0
        self._rate_limited = 0
        self._limit: int | None = None
        self._remaining: int | None = None
        forksafe.watch(self)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()  # another thread may have held it at fork() (bokio.forksafe)

    @property
    def requests(self) -> int:
        return self._requests

    @property
    def retries(self) -> int:
        return self._retries

    @property
    def rate_limited(self) -> int:
        return self._rate_limited

    @property
    def limit(self) -> int | None:
        return self._limit

    @property
    def remaining(self) -> int | None:
        return self._remaining

    def snapshot(self) -> dict[str, int | None]:
        """All the figures at one moment, as a dict ready for a log line or a metrics system."""
        with self._lock:
            return {
                "requests": self._requests,
                "retries": self._retries,
                "rate_limited": self._rate_limited,
                "limit": self._limit,
                "remaining": self._remaining,
            }

    def __repr__(self) -> str:
        return "Usage(" + ", ".join(f"{name}={value!r}" for name, value in self.snapshot().items()) + ")"

    # Called by the clients' request pipeline.
    @contextmanager
    def spending(self) -> Generator[None, None, None]:
        """Count here the token requests made for the call sent inside (see :func:`count_token_request`)."""
        token = _spending.set(self)
        try:
            yield
        finally:
            _spending.reset(token)

    def record(self, response: httpx.Response | None, *, api: bool = True) -> None:
        """One request sent; ``response`` is its answer (None when no answer came). Only an API
        answer's rate-limit headers are read (``api``): the token endpoint's are not the API's."""
        quota = read_quota(response.headers) if api and response is not None else Quota(None, None)
        with self._lock:
            self._requests += 1
            if response is not None and response.status_code == 429:
                self._rate_limited += 1
            if quota.limit is not None:
                self._limit = quota.limit
            if quota.remaining is not None:
                self._remaining = quota.remaining

    def record_retry(self) -> None:
        """Count one more retry (the client calls this before it sends a request again)."""
        with self._lock:
            self._retries += 1


_spending: ContextVar[Usage | None] = ContextVar("bokio_usage", default=None)
"""The usage of the client whose call is being sent (see :meth:`Usage.spending`)."""


def count_token_request(response: httpx.Response | None) -> None:
    """Count a token endpoint request in the usage of the call it was made for, if any."""
    usage = _spending.get()
    if usage is not None:
        usage.record(response, api=False)
