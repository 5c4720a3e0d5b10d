"""When a failed request may be sent again, and how long to wait first.

A request is repeated only when repeating it cannot do something twice:

- GET, PUT and DELETE are idempotent: retried after connection errors, timeouts, 429 and 5xx.
- POST creates or changes state: retried only when it provably was not processed — the
  connection failed before anything was sent, or Bokio answered 429 (Bokio documents that a
  rate-limited request was not processed). After a read timeout a POST may have taken effect,
  so it is never re-sent blindly; the caller gets :class:`~bokio.errors.APITimeoutError`.

How long to wait comes from the answer when it says so: Bokio's own ``Bokio-RateLimit-RetryAfter``
(or its ``X-`` spelling) first, then the standard ``Retry-After``; otherwise exponential backoff.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
# Where a 429 (or 503) says how long to wait, in the order they are believed.
RETRY_AFTER_HEADERS = ("Bokio-RateLimit-RetryAfter", "X-Bokio-RateLimit-RetryAfter", "Retry-After")

# Raised before the request left this machine: nothing reached Bokio.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def may_retry_exception(method: str, error: Exception) -> bool:
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)


def may_retry_status(method: str, status_code: int) -> bool:
    if status_code == 429:
        return True
    return method in IDEMPOTENT_METHODS and status_code in RETRYABLE_STATUSES


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the answer asks to wait before sending again, from the first header that says so."""
    for name in RETRY_AFTER_HEADERS:
        seconds = parse_retry_after(headers.get(name))
        if seconds is not None:
            return seconds
    return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None when unreadable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(retries_taken: int, retry_after: float | None = None) -> float:
    """Delay before the next attempt: ``Retry-After`` when given, else exponential with jitter."""
    if retry_after is not None:
        return retry_after
    delay: float = min(INITIAL_DELAY * 2.0**retries_taken, MAX_DELAY)
    return delay * (1 - 0.25 * random.random())
