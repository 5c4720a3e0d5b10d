"""Bokio's rate limit as the live API applies it: so many requests per token in any rolling window.

Every answer to a limited request carries ``Bokio-RateLimit-Limit`` and
``Bokio-RateLimit-Remaining``; a request over the limit is answered 429 with
``Bokio-RateLimit-RetryAfter``: the seconds until the oldest request of the window leaves it.
"""

from __future__ import annotations

import math
import time
from collections import deque

from .errors import ApiError

__all__ = ["RollingWindow"]


class RollingWindow:
    """At most ``limit`` requests per key in any ``window`` seconds; ``time_scale`` shrinks time for tests.

    With ``time_scale=0.01`` a 60 s window lasts 0.6 real seconds, and ``RetryAfter`` counts real
    seconds (to the millisecond), so a client that waits as told keeps working.
    """

    def __init__(self, limit: int, window: float = 60.0, time_scale: float = 1.0) -> None:
        if limit < 1 or window <= 0 or time_scale <= 0:
            raise ValueError("the rate limit, its window and the time scale must be positive")
        self.limit = limit
        self.seconds = window * time_scale
        self._whole_seconds = time_scale == 1.0
        self._recent: dict[str | None, deque[float]] = {}

    def _format(self, seconds: float) -> str:
        if self._whole_seconds:
            return str(max(1, math.ceil(seconds)))
        return f"{math.ceil(seconds * 1000) / 1000:.3f}"

    def take(self, key: str | None) -> dict[str, str]:
        """Count one request of ``key`` (a token); the headers to answer with, or ApiError 429."""
        now = time.monotonic()
        recent = self._recent.setdefault(key, deque())
        while recent and now - recent[0] >= self.seconds:
            recent.popleft()
        if len(recent) >= self.limit:
            headers = {
                "Bokio-RateLimit-Limit": str(self.limit),
                "Bokio-RateLimit-Remaining": "0",
                "Bokio-RateLimit-RetryAfter": self._format(recent[0] + self.seconds - now),
            }
            raise ApiError(429, "too-many-requests", "Rate limit exceeded", headers=headers)
        recent.append(now)
        return {"Bokio-RateLimit-Limit": str(self.limit), "Bokio-RateLimit-Remaining": str(self.limit - len(recent))}
