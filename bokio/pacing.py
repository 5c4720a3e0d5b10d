"""Pacing: slowing down before Bokio's rate limit instead of spending 429 answers on it.

Bokio allows each token 200 requests in any 60 seconds. A client made with ``pacing=True`` (or
``pacing=Pacing(requests, per)``) keeps, for each token, the moments its requests were sent
and waits before a request that would exceed the limit. The record of a token is shared by every
client, thread and asyncio task of the process that uses the token; it is found by a hash of the
token, never by the token itself.

Other processes or machines may spend the same token. Every answer's ``Bokio-RateLimit-Limit``
and ``Bokio-RateLimit-Remaining`` say how much of the window is used; what this process did not
send itself is counted as sent at that moment, so when ``Remaining`` runs low the client waits for
the window to move on. A 429's ``Bokio-RateLimit-RetryAfter`` holds every request of the token
back for that long.

Waiting never holds a connection or a lock: sync clients sleep, async clients ``await
asyncio.sleep`` in whichever event loop they run. A wait counts against the call's ``deadline``:
one that would outlast it raises :class:`~bokio.errors.APITimeoutError` and nothing is sent.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import AsyncGenerator, Generator

import httpx

from . import forksafe, limits, retries
from .ratelimit import read_quota

__all__ = ["PacedAuth", "Pacing"]

log = logging.getLogger("bokio")


class Pacing:
    """How fast one token may go: ``requests`` in any ``per`` seconds (Bokio's limit by default)."""

    __slots__ = ("per", "requests")

    def __init__(self, requests: int = 200, per: float = 60.0) -> None:
        if not _is_count(requests):
            raise ValueError("requests must be a positive int")
        if not _is_seconds(per):
            raise ValueError("per must be a positive number of seconds")
        self.requests = requests
        self.per = float(per)

    def __repr__(self) -> str:
        return f"Pacing(requests={self.requests}, per={self.per:g})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pacing) and (self.requests, self.per) == (other.requests, other.per)

    def __hash__(self) -> int:
        return hash((self.requests, self.per))


def _is_count(value: object) -> bool:
    """Checked at run time too: an untyped caller's ``"200"`` or ``True`` must not pace anything."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _is_seconds(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < float("inf")


def as_pacing(value: object) -> Pacing | None:
    """A client's ``pacing`` option (a Pacing or a bool): True for Bokio's limit, False or None for none."""
    if value is True:
        return Pacing()
    if value is False or value is None:
        return None
    if isinstance(value, Pacing):
        return value
    raise TypeError(f"pacing must be a Pacing or a bool, not {type(value).__name__}")


def _log_wait(seconds: float) -> None:
    log.log(
        logging.INFO if seconds >= 1 else logging.DEBUG, "pacing: waiting %.2f s for the rate-limit window", seconds
    )


def _cut_to_deadline(request: httpx.Request) -> None:
    """Cut the request's timeouts to what the waits left of the call's deadline; raise if none is left."""
    deadline: limits.Deadline | None = request.extensions.get(limits.DEADLINE_EXTENSION)
    if deadline is not None and "timeout" in request.extensions:
        deadline.cut(request, request.extensions["timeout"])


def _before_wait(request: httpx.Request, wait: float) -> None:
    """Log a wait for the window, or refuse it when it would outlast the call's deadline."""
    deadline: limits.Deadline | None = request.extensions.get(limits.DEADLINE_EXTENSION)
    if deadline is not None:
        deadline.refuse_wait(request, wait)
    _log_wait(wait)


class _Sent:
    """One request in a token's window: when it left, and when its answer came (None while in flight)."""

    __slots__ = ("answered", "sent")

    def __init__(self, moment: float, answered: float | None = None) -> None:
        self.sent = moment
        self.answered = answered


class _Window:
    """What one token spent lately, as this process knows it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._sent: list[_Sent] = []
        self._blocked_until = 0.0
        self._bokio_limit: int | None = None
        self._longest = 0.0
        self._answered_once = False

    def idle(self, now: float) -> bool:
        with self.lock:
            return now >= self._blocked_until and all(
                s.answered is not None and s.answered <= now - self._longest for s in self._sent
            )

    def _take(self, pacing: Pacing) -> tuple[_Sent | None, float]:
        """A place in the window, or how long to wait before asking again."""
        with self.lock:
            now = time.monotonic()
            self._longest = max(self._longest, pacing.per)
            keep_after = now - self._longest
            self._sent = [s for s in self._sent if s.answered is None or s.answered > keep_after]
            if now < self._blocked_until:
                return None, self._blocked_until - now
            if not self._answered_once and self._sent:
                # Until a first answer tells how much of the window others spent, one at a time.
                return None, min(0.01, pacing.per / pacing.requests)
            limit = pacing.requests if self._bokio_limit is None else min(pacing.requests, self._bokio_limit)
            since = now - pacing.per
            # A request counts from when it was sent until ``per`` after its answer: Bokio saw it
            # somewhere in between, so its place frees no earlier than that here.
            active = [s.answered for s in self._sent if s.answered is None or s.answered > since]
            if len(active) < limit:
                place = _Sent(now)
                self._sent.append(place)
                return place, 0.0
            answered = [moment for moment in active if moment is not None]
            if answered:
                return None, max(min(answered) - since, 0.001)
            return None, pacing.per / limit  # all in flight: look again when one may be back

    def take(self, pacing: Pacing, request: httpx.Request) -> _Sent:
        while True:
            _cut_to_deadline(request)
            place, wait = self._take(pacing)
            if place is not None:
                return place
            _before_wait(request, wait)
            time.sleep(wait)

    async def async_take(self, pacing: Pacing, request: httpx.Request) -> _Sent:
        import asyncio

        while True:
            _cut_to_deadline(request)
            place, wait = self._take(pacing)
            if place is not None:
                return place
            _before_wait(request, wait)
            await asyncio.sleep(wait)

    def answered(self, place: _Sent, response: httpx.Response | None, pacing: Pacing) -> None:
        """Record the answer to a request (None when none came) and what it says of the window."""
        with self.lock:
            now = time.monotonic()
            place.answered = now
            self._answered_once = True
            if response is None:
                return
            quota = read_quota(response.headers)
            if quota.limit:
                self._bokio_limit = quota.limit
            wait = None
            if response.status_code == 429:
                wait = retries.retry_after(response.headers)
                if wait is not None and wait <= max(pacing.per, retries.MAX_RETRY_AFTER):
                    self._blocked_until = max(self._blocked_until, now + wait)
            if quota.remaining is None:
                return
            limit = quota.limit or self._bokio_limit or pacing.requests
            used = limit - min(quota.remaining, limit)
            # Ours that Bokio surely counted when it answered: this request, and those answered
            # already and sent within the window. Everything else it counted was spent elsewhere
            # (or is in flight), at a moment unknown: count it as spent now, except that a 429
            # says when the first place frees. Requests in flight may so count twice for a while:
            # waiting a little longer is the price of never spending a 429.
            since = now - pacing.per
            ours = 1 + sum(1 for s in self._sent if s is not place and s.answered is not None and s.sent > since)
            others = [_Sent(now, now) for _ in range(min(used - ours, pacing.requests))]
            if others and wait is not None and wait < pacing.per:
                others[0].answered = now + wait - pacing.per
            self._sent.extend(others)


class _Windows:
    """The windows of the tokens this process uses, by the SHA-256 of the ``Authorization`` header."""

    def __init__(self) -> None:
        self.by_key: dict[str, _Window] = {}
        self.lock = threading.Lock()
        forksafe.watch(self)

    def get(self, request: httpx.Request) -> _Window:
        key = hashlib.sha256(request.headers.get("Authorization", "").encode()).hexdigest()
        with self.lock:
            window = self.by_key.get(key)
            if window is None:
                if len(self.by_key) >= 64:  # OAuth access tokens rotate: forget the windows of old ones
                    now = time.monotonic()
                    for old in [k for k, w in self.by_key.items() if w.idle(now)]:
                        del self.by_key[old]
                window = self.by_key[key] = _Window()
            return window

    def _after_fork(self) -> None:
        # A lock another thread held at fork() would stay held in the child forever.
        self.lock = threading.Lock()
        for window in self.by_key.values():
            window.lock = threading.Lock()


_windows = _Windows()


class PacedAuth(httpx.Auth):
    """Wraps a client's auth: each request (a 401's re-send too) waits for its token's window.

    It sits in the auth flow because that is where the token is known: after the wrapped auth
    set ``Authorization`` and before httpx takes a connection.
    """

    def __init__(self, auth: httpx.Auth, pacing: Pacing) -> None:
        self.auth = auth
        self.pacing = pacing

    def __repr__(self) -> str:
        return f"PacedAuth({self.auth!r}, {self.pacing!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            while True:
                window = _windows.get(outgoing)
                place = window.take(self.pacing, outgoing)
                try:
                    response = yield outgoing
                except BaseException:
                    window.answered(place, None, self.pacing)
                    raise
                window.answered(place, response, self.pacing)
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
        finally:
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                window = _windows.get(outgoing)
                place = await window.async_take(self.pacing, outgoing)
                try:
                    response = yield outgoing
                except BaseException:
                    window.answered(place, None, self.pacing)
                    raise
                window.answered(place, response, self.pacing)
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()
