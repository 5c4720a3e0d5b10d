"""TokenSet: the tokens of one connection, with an absolute expiry, and their JSON form for storage."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs

from ..auth import clean_token
from ..error_bodies import HIDDEN
from ..errors import InvalidTokenError
from .errors import OAuthError

__all__ = ["MAX_TOKEN_LIFETIME", "TokenSet"]

MAX_TOKEN_LIFETIME = 10 * 365 * 24 * 3600.0
"""Seconds; a longer ``expires_in`` is a broken answer."""


def _lifetime(expires_in: Any) -> float:
    """Seconds from the token endpoint's ``expires_in``; 3600 when it is left out (RFC 6749 allows it).

    Anything but a number of seconds from 0 to ten years (``"NaN"``, ``1e999``, text) means the
    answer is broken: an :class:`OAuthError`, never a token with a made-up expiry.
    """
    if expires_in is None:
        return 3600.0
    seconds = math.nan
    if isinstance(expires_in, (int, float, str, Decimal)) and not isinstance(expires_in, bool):
        with contextlib.suppress(ValueError, OverflowError):
            seconds = float(expires_in)
    if not 0 <= seconds <= MAX_TOKEN_LIFETIME:  # also false for NaN
        raise OAuthError(
            f"the token endpoint answered an expires_in that is not a number of seconds: {str(expires_in)[:40]!r}",
            error="invalid_response",
        )
    return seconds


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("expires_at must be timezone-aware")
    return value.astimezone(UTC)


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split())
    return tuple(str(item) for item in value)


@attrs.frozen(kw_only=True, repr=False)
class TokenSet:
    """The tokens of one connection: an access token, when it expires, and the refresh token.

    ``expires_at`` is absolute (UTC), computed from ``expires_in`` when the token was received,
    so a stored token set stays meaningful after a restart. Immutable: a refresh gives a new
    token set. :meth:`to_dict` / :meth:`from_dict` convert to and from JSON-ready dicts for
    storage. The repr shows no token.
    """

    tenant_id: str | None = attrs.field(default=None, converter=_optional_str)
    """The company the tokens give access to (the Company API's ``companyId``)."""
    tenant_type: str | None = None
    """``company`` (or ``general`` for a client credentials token)."""
    connection_id: str | None = attrs.field(default=None, converter=_optional_str)
    """The connection (see ``BokioGeneral.connections``) the tokens belong to."""
    access_token: str
    refresh_token: str | None = None
    expires_at: datetime = attrs.field(converter=_utc)
    scopes: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)

    def __repr__(self) -> str:
        refresh = HIDDEN if self.refresh_token else None
        return (
            f"TokenSet(tenant_id={self.tenant_id!r}, tenant_type={self.tenant_type!r}, "
            f"connection_id={self.connection_id!r}, access_token={HIDDEN}, refresh_token={refresh}, "
            f"expires_at={self.expires_at.isoformat()!r}, scopes={self.scopes!r})"
        )

    def seconds_left(self, *, now: datetime | None = None) -> float:
        """Seconds until the access token expires (negative once it has)."""
        return (self.expires_at - (now or datetime.now(UTC))).total_seconds()

    def expires_within(self, seconds: float, *, now: datetime | None = None) -> bool:
        """Whether the access token expires in less than ``seconds``."""
        return self.seconds_left(now=now) < seconds

    @property
    def expired(self) -> bool:
        return self.expires_within(0)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (contains the tokens: store it as a secret)."""
        return {
            "tenant_id": self.tenant_id,
            "tenant_type": self.tenant_type,
            "connection_id": self.connection_id,
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat(),
            "scopes": list(self.scopes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        """The token set :meth:`to_dict` described."""
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise ValueError("a stored token set needs an access_token")
        expires_at = data.get("expires_at")
        if not isinstance(expires_at, str):
            raise ValueError("a stored token set needs expires_at (ISO 8601)")
        when = datetime.fromisoformat(expires_at.replace("Z", "+00:00"))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        refresh_token = data.get("refresh_token")
        return cls(
            tenant_id=data.get("tenant_id"),
            tenant_type=data.get("tenant_type"),
            connection_id=data.get("connection_id"),
            access_token=access_token,
            refresh_token=refresh_token if isinstance(refresh_token, str) and refresh_token else None,
            expires_at=when,
            scopes=data.get("scopes") or (),
        )

    @classmethod
    def from_token_response(
        cls,
        data: Mapping[str, Any],
        *,
        scopes: Iterable[str] = (),
        previous: TokenSet | None = None,
        received_at: datetime | None = None,
    ) -> TokenSet:
        """A token set from the token endpoint's JSON answer, received at ``received_at`` (now).

        Scopes come from the answer's ``scope`` when present, else ``scopes``, else those of
        ``previous`` (the token set that was refreshed); so do tenant, connection and refresh
        token when a refresh answer leaves them out.
        """
        access_token = data.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise OAuthError("the token endpoint answered without an access_token", error="invalid_response")
        try:
            sendable = clean_token(access_token) == access_token
        except InvalidTokenError:
            sendable = False
        if not sendable:
            raise OAuthError(
                "the token endpoint answered with an access_token unfit for a header", error="invalid_response"
            )
        seconds = _lifetime(data.get("expires_in"))
        received_at = received_at or datetime.now(UTC)
        scope = data.get("scope")
        granted: tuple[str, ...]
        if isinstance(scope, str) and scope.strip():
            granted = tuple(scope.split())
        else:
            granted = tuple(scopes) or (previous.scopes if previous else ())
        refresh_token = data.get("refresh_token")
        if not isinstance(refresh_token, str) or not refresh_token:
            refresh_token = previous.refresh_token if previous else None

        def pick(key: str) -> Any:
            value = data.get(key)
            if value is None and previous is not None:
                value = getattr(previous, key)
            return value

        return cls(
            tenant_id=pick("tenant_id"),
            tenant_type=pick("tenant_type"),
            connection_id=pick("connection_id"),
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=received_at + timedelta(seconds=seconds),
            scopes=granted,
        )
