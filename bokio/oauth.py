"""OAuth 2.0 for public integrations: authorization code grant, token sets and their refresh.

A public integration reaches many companies. Each company (tenant) authorizes it once in the
browser; the integration then holds a :class:`TokenSet` per tenant and keeps it fresh:

>>> app = OAuthApp(client_id, client_secret, "https://app.example.com/bokio/callback")
>>> url, state = app.authorization_url([Scope.INVOICES_READ, Scope.COMPANY_INFORMATION_READ])
>>> # … send the user's browser to `url`, keep `state` in the user's session …
>>> code = app.parse_callback(request_url, expected_state=state)
>>> token_set = app.exchange_code(code)
>>> store.save(token_set.tenant_id, token_set)
>>> client = app.company_client(token_set, store=store)   # refreshes by itself, saves every rotation

Secrets (client secret, authorization code, access and refresh tokens) never appear in a repr,
a log line or an exception message.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import logging
import math
import os
import secrets
import sys
import threading
import time
import urllib.parse
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

import attrs
import httpx

from . import errors, forksafe, money
from .auth import clean_token, forget_credentials
from .client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, USER_AGENT, AsyncBokio, Bokio
from .error_bodies import HIDDEN as _HIDDEN
from .error_bodies import read_error_body
from .ratelimit import rate_limit_details

if TYPE_CHECKING:
    import asyncio

    from bokio_general_api.models.token_request import TokenRequest

    from .agency import BokioAgency
    from .general import BokioGeneral
    from .token_store import TokenStore

__all__ = [
    "COMPANY_SCOPES",
    "AccessDeniedError",
    "InvalidClientError",
    "InvalidGrantError",
    "LoginTimeoutError",
    "OAuthApp",
    "OAuthError",
    "OAuthStateError",
    "OAuthTokenAuth",
    "Scope",
    "ScopeName",
    "TokenSet",
]

log = logging.getLogger("bokio")

DEFAULT_REFRESH_LEEWAY = 60.0
MAX_TOKEN_LIFETIME = 10 * 365 * 24 * 3600.0  # seconds; a longer expires_in is a broken answer
"""Seconds before expiry at which an access token is renewed rather than used."""


# --------------------------------------------------------------------------------------------
# Scopes
# --------------------------------------------------------------------------------------------


class Scope(StrEnum):
    """The scopes of the Company and Agency APIs (``openapi/company-api.yaml`` and
    ``openapi/agency-api.yaml``, security scheme ``oauth2``).

    Agency API scopes (``AGENCY_…``) are asked for with the client credentials grant
    (:class:`~bokio.agency.BokioAgency`, ``BokioGeneral(scopes=…)``).
    """

    AGENCY_COMPANIES_READ = "agency-companies:read"
    AGENCY_COMPANIES_WRITE = "agency-companies:write"
    AGENCY_COMPANY_NAVIGATION_WRITE = "agency-company-navigation:write"
    AGENCY_CONNECTIONS_READ = "agency-connections:read"
    AGENCY_CONNECTIONS_WRITE = "agency-connections:write"
    AGENCY_INFORMATION_READ = "agency-information:read"
    AGENCY_PERMISSIONS_WRITE = "agency-permissions:write"
    AGENCY_TODOS_READ = "agency-todos:read"
    AGENCY_USERS_READ = "agency-users:read"
    AGENCY_USERS_WRITE = "agency-users:write"

    BANK_PAYMENTS_READ_LIMITED = "bank-payments:read-limited"
    BANK_PAYMENTS_WRITE = "bank-payments:write"
    CHART_OF_ACCOUNTS_READ = "chart-of-accounts:read"
    COMPANY_INFORMATION_READ = "company-information:read"
    CREDIT_NOTES_READ = "credit-notes:read"
    CREDIT_NOTES_WRITE = "credit-notes:write"
    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_WRITE = "customers:write"
    FISCAL_YEARS_READ = "fiscal-years:read"
    INVOICES_READ = "invoices:read"
    INVOICES_WRITE = "invoices:write"
    ITEMS_READ = "items:read"
    ITEMS_WRITE = "items:write"
    JOURNAL_ENTRIES_READ = "journal-entries:read"
    JOURNAL_ENTRIES_WRITE = "journal-entries:write"
    SIE_READ = "sie:read"
    SUPPLIER_INVOICES_READ = "supplier-invoices:read"
    SUPPLIER_INVOICES_WRITE = "supplier-invoices:write"
    SUPPLIERS_READ = "suppliers:read"
    SUPPLIERS_WRITE = "suppliers:write"
    TAGS_READ = "tags:read"
    TAGS_WRITE = "tags:write"
    UPLOADS_READ = "uploads:read"
    UPLOADS_WRITE = "uploads:write"

    def __str__(self) -> str:
        return self.value


COMPANY_SCOPES: tuple[Scope, ...] = tuple(scope for scope in Scope if not scope.value.startswith("agency-"))
"""The Company API's scopes: what a company authorizes (the ``AGENCY_…`` ones are the Agency API's)."""

ScopeName = Literal[
    "agency-companies:read",
    "agency-companies:write",
    "agency-company-navigation:write",
    "agency-connections:read",
    "agency-connections:write",
    "agency-information:read",
    "agency-permissions:write",
    "agency-todos:read",
    "agency-users:read",
    "agency-users:write",
    "bank-payments:read-limited",
    "bank-payments:write",
    "chart-of-accounts:read",
    "company-information:read",
    "credit-notes:read",
    "credit-notes:write",
    "customers:read",
    "customers:write",
    "fiscal-years:read",
    "invoices:read",
    "invoices:write",
    "items:read",
    "items:write",
    "journal-entries:read",
    "journal-entries:write",
    "sie:read",
    "supplier-invoices:read",
    "supplier-invoices:write",
    "suppliers:read",
    "suppliers:write",
    "tags:read",
    "tags:write",
    "uploads:read",
    "uploads:write",
]
"""The same scopes as plain strings, for callers who prefer ``"invoices:read"`` to an enum member."""


def _scopes(scopes: Iterable[Scope | ScopeName]) -> tuple[Scope, ...]:
    """The scopes, checked against the documented ones, without repeats, in the given order."""
    if isinstance(scopes, str):
        raise TypeError("scopes must be a list of scopes, not one string")
    checked: list[Scope] = []
    for scope in scopes:
        try:
            member = Scope(scope)
        except ValueError:
            raise ValueError(f"unknown scope {scope!r}; see bokio.oauth.Scope for the documented scopes") from None
        if member not in checked:
            checked.append(member)
    return tuple(checked)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class OAuthError(errors.BokioError):
    """An OAuth step failed: the callback carried an error, or the token endpoint refused a grant.

    :attr:`error` is the OAuth error code (``invalid_grant``, ``access_denied``, …) and
    :attr:`error_description` Bokio's explanation; :attr:`status_code` is set for token endpoint
    answers. The message never contains a secret.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        error_description: str | None = None,
        status_code: int | None = None,
    ) -> None:
        self.message = message
        self.error = error
        self.error_description = error_description
        self.status_code = status_code
        super().__init__(message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(error={self.error!r}, message={self.message!r})"


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


class OAuthStateError(OAuthError):
    """The callback's ``state`` is missing or is not the one sent: possible cross-site request forgery."""


class AccessDeniedError(OAuthError):
    """The user declined to authorize the integration (``error=access_denied`` on the callback)."""


class InvalidGrantError(OAuthError):
    """The token endpoint refused the code or refresh token (``invalid_grant``).

    For a refresh token this means it expired, was revoked (the company disconnected the
    integration) or was already used: the user must authorize the integration again.
    """


class InvalidClientError(OAuthError):
    """The token endpoint refused the client id or secret (``invalid_client``)."""


class LoginTimeoutError(OAuthError):
    """:meth:`OAuthApp.login_local` got no callback in time."""


# --------------------------------------------------------------------------------------------
# Token sets
# --------------------------------------------------------------------------------------------


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
        refresh = _HIDDEN if self.refresh_token else None
        return (
            f"TokenSet(tenant_id={self.tenant_id!r}, tenant_type={self.tenant_type!r}, "
            f"connection_id={self.connection_id!r}, access_token={_HIDDEN}, refresh_token={refresh}, "
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
        except errors.InvalidTokenError:
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


# --------------------------------------------------------------------------------------------
# The token endpoint
# --------------------------------------------------------------------------------------------

_GRANT_WORDS = {
    "authorization_code": "the authorization code",
    "refresh_token": "the refresh token",
    "client_credentials": "the client credentials",
}


class _TokenEndpoint:
    """POST /token with HTTP Basic client authentication; shared by OAuthApp and BokioGeneral.

    Token requests are never retried after they may have reached Bokio: codes are single-use
    and refresh tokens rotate, so a blind re-send could burn the new token.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        base_url: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if not client_id or not str(client_id).strip():
            raise ValueError("client_id is empty")
        if not client_secret or not client_secret.strip():
            raise ValueError("client_secret is empty")
        self.client_id = str(client_id).strip()
        self._secret = client_secret
        self._basic = "Basic " + base64.b64encode(f"{self.client_id}:{client_secret}".encode()).decode("ascii")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = http_client
        self._owns_http = http_client is None
        self._async_http = async_http_client
        self._http_lock = threading.Lock()
        forksafe.watch(self)

    def _after_fork(self) -> None:
        """In a forked child: a new lock, and a new pool of our own on first use (bokio.forksafe)."""
        self._http_lock = threading.Lock()
        if self._owns_http:
            self._http = None

    def __repr__(self) -> str:
        return f"_TokenEndpoint(client_id={self.client_id!r}, base_url={self.base_url!r})"

    def _client(self) -> httpx.Client:
        with self._http_lock:
            if self._http is None:
                self._http = httpx.Client(timeout=self.timeout)
            return self._http

    def close(self) -> None:
        with self._http_lock:
            if self._owns_http and self._http is not None:
                self._http.close()
                self._http = None

    def _request(self, body: TokenRequest) -> httpx.Request:
        from bokio_general_api.api.authorization import request_token

        spec = request_token.build_request(body=body)
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json", "Authorization": self._basic}
        return httpx.Request(
            spec.method,
            self.base_url + spec.path,
            data=spec.data,
            headers=headers,
            extensions={"timeout": httpx.Timeout(self.timeout).as_dict()},
        )

    @staticmethod
    def _body(grant: str, **fields: str) -> TokenRequest:
        from bokio_general_api.models.grant_type import GrantType
        from bokio_general_api.models.token_request import TokenRequest

        return TokenRequest(grant_type=GrantType(grant), **fields)

    def send(self, grant: str, *, hidden: Sequence[str | None] = (), **fields: str) -> dict[str, Any]:
        """The token endpoint's JSON answer to a grant, or a typed error."""
        request = self._request(self._body(grant, **fields))
        started = time.perf_counter()
        try:
            response = self._client().send(request, auth=None)
        except httpx.TransportError as error:
            raise _transport_error(request, error) from error
        hidden = [*hidden, fields.get("code"), fields.get("refresh_token")]
        return self._answer(grant, request, response, started, hidden)

    async def async_send(self, grant: str, *, hidden: Sequence[str | None] = (), **fields: str) -> dict[str, Any]:
        request = self._request(self._body(grant, **fields))
        started = time.perf_counter()
        try:
            if self._async_http is not None:
                response = await self._async_http.send(request, auth=None)
            else:
                # A client per token request (rare: once per token lifetime) so that an OAuthApp
                # is not tied to the event loop of its first use.
                async with httpx.AsyncClient(timeout=self.timeout) as http:
                    response = await http.send(request, auth=None)
        except httpx.TransportError as error:
            raise _transport_error(request, error) from error
        hidden = [*hidden, fields.get("code"), fields.get("refresh_token")]
        return self._answer(grant, request, response, started, hidden)

    def _answer(
        self,
        grant: str,
        request: httpx.Request,
        response: httpx.Response,
        started: float,
        hidden: list[str | None],
    ) -> dict[str, Any]:
        hidden.append(self._secret)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("POST %s (%s) -> %s in %.0f ms", request.url.path, grant, response.status_code, elapsed)
        if response.is_success:
            body: Any = None
            try:
                body = money.loads(response.content) if response.content else None
            except ValueError:
                body = None
            if not isinstance(body, dict) or not body:
                raise OAuthError(
                    f"the token endpoint answered {response.status_code} without a JSON object",
                    error="invalid_response",
                    status_code=response.status_code,
                )
            return body
        parsed = read_error_body(response, hidden)
        error = parsed.code if parsed.is_oauth else None
        if error is None and response.status_code not in (400, 401):
            # Not an OAuth error body: rate limiting, an outage, a proxy page.
            cls = errors.error_class(response.status_code, parsed.code)
            kwargs: dict[str, Any] = {
                "status_code": response.status_code,
                "code": parsed.code,
                "inner_code": parsed.inner_code,
                "bokio_error_id": parsed.bokio_error_id,
                "errors": parsed.errors,
                "method": request.method,
                "url": str(request.url),
            }
            if cls is errors.RateLimitError:
                kwargs.update(rate_limit_details(response.headers))
            raise cls(f"{parsed.summary} (from the token endpoint)", **kwargs)
        raise _grant_error(grant, error, parsed.message, response.status_code)


def _grant_error(grant: str, error: str | None, description: str | None, status_code: int) -> OAuthError:
    what = _GRANT_WORDS.get(grant, "the token request")
    detail = f"{error}: {description}" if error and description else (error or description or f"HTTP {status_code}")
    kwargs: dict[str, Any] = {"error": error, "error_description": description, "status_code": status_code}
    if error == "invalid_grant":
        if grant == "refresh_token":
            return InvalidGrantError(
                f"Bokio refused the refresh token ({detail}): it expired, was revoked or was already used; "
                "the user must authorize the integration again",
                **kwargs,
            )
        return InvalidGrantError(
            f"Bokio refused {what} ({detail}); authorization codes are single-use and short-lived, and "
            "redirect_uri must be the one sent to /authorize: start the authorization again",
            **kwargs,
        )
    if error == "invalid_client" or (error is None and status_code == 401):
        return InvalidClientError(
            f"Bokio refused the client credentials ({detail}); check the client id and client secret", **kwargs
        )
    return OAuthError(f"Bokio refused {what} ({detail})", **kwargs)


def _transport_error(request: httpx.Request, error: httpx.TransportError) -> errors.APIConnectionError:
    forget_credentials(request)  # the error chains to ``error``, whose .request is this request
    cls = errors.APITimeoutError if isinstance(error, httpx.TimeoutException) else errors.APIConnectionError
    return cls(f"{type(error).__name__}: {error}", method=request.method, url=str(request.url))


# --------------------------------------------------------------------------------------------
# Bearer auth that renews itself (single-flight)
# --------------------------------------------------------------------------------------------


class _RenewingAuth(httpx.Auth):
    """Bearer auth renewing its token shortly before expiry and once after a 401.

    Renewal is single-flight: however many threads (or asyncio tasks) find the token stale at
    once, one renews it and the others wait for and use the result.
    """

    def __init__(self, token_set: TokenSet | None, *, leeway: float = DEFAULT_REFRESH_LEEWAY) -> None:
        if leeway < 0:
            raise ValueError("leeway must be >= 0")
        self.leeway = leeway
        self._token_set = token_set
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()
        forksafe.watch(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<hidden>)"

    def _after_fork(self) -> None:
        """In a forked child: new locks, so that a renewal another thread was making at the fork cannot
        leave them held forever (bokio.forksafe)."""
        self._lock = threading.Lock()
        self._async_locks = weakref.WeakKeyDictionary()
        self._async_locks_guard = threading.Lock()

    # What subclasses decide.
    def _renewable(self, token_set: TokenSet) -> bool:
        return True

    def _renew(self, stale: TokenSet | None) -> TokenSet:
        raise NotImplementedError

    async def _async_renew(self, stale: TokenSet | None) -> TokenSet:
        raise NotImplementedError

    # The machinery.
    def _stale(self, token_set: TokenSet | None) -> bool:
        return token_set is None or (self._renewable(token_set) and token_set.expires_within(self.leeway))

    def _changed_since(self, used: TokenSet) -> TokenSet | None:
        current = self._token_set
        if current is not None and current.access_token != used.access_token:
            return current
        return None

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def _fresh(self) -> TokenSet:
        token_set = self._token_set
        if self._stale(token_set):
            with self._lock:
                token_set = self._token_set
                if self._stale(token_set):
                    token_set = self._renew(token_set)
        assert token_set is not None
        return token_set

    def _after_401(self, used: TokenSet) -> TokenSet:
        with self._lock:
            return self._changed_since(used) or self._renew(used)

    async def _async_fresh(self) -> TokenSet:
        token_set = self._token_set
        if self._stale(token_set):
            async with self._async_lock():
                token_set = self._token_set
                if self._stale(token_set):
                    token_set = await self._async_renew(token_set)
        assert token_set is not None
        return token_set

    async def _async_after_401(self, used: TokenSet) -> TokenSet:
        async with self._async_lock():
            return self._changed_since(used) or await self._async_renew(used)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token_set = self._fresh()
        request.headers["Authorization"] = _bearer(token_set)
        response = yield request
        if response.status_code != 401 or not self._renewable(token_set):
            return
        log.info("%s %s -> 401; renewing the access token and sending once more", request.method, request.url.path)
        token_set = self._after_401(token_set)
        request.headers["Authorization"] = _bearer(token_set)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token_set = await self._async_fresh()
        request.headers["Authorization"] = _bearer(token_set)
        response = yield request
        if response.status_code != 401 or not self._renewable(token_set):
            return
        log.info("%s %s -> 401; renewing the access token and sending once more", request.method, request.url.path)
        token_set = await self._async_after_401(token_set)
        request.headers["Authorization"] = _bearer(token_set)
        yield request


class OAuthTokenAuth(_RenewingAuth):
    """Company API auth from a :class:`TokenSet` that refreshes itself.

    Sends ``Authorization: Bearer <access token>``; refreshes the token set ``leeway`` seconds
    before it expires and once after a 401 (then sends the request once more). One refresh at a
    time, however many threads or asyncio tasks share the client. With a ``store``, the refresh
    runs as the store's locked step (:meth:`TokenStore.update`) under ``tenant_key`` (default:
    the tenant id): however many processes share the store, one sends the refresh token and the
    others wait and use the token set it saved. If the store cannot be read or written, a
    process keeps using the access token it holds until that expires.

    >>> client = Bokio(company_id=token_set.tenant_id, auth=OAuthTokenAuth(app, token_set, store))
    """

    def __init__(
        self,
        app: OAuthApp,
        token_set: TokenSet,
        store: TokenStore | None = None,
        tenant_key: str | None = None,
        *,
        leeway: float = DEFAULT_REFRESH_LEEWAY,
    ) -> None:
        super().__init__(token_set, leeway=leeway)
        self.app = app
        if store is not None and not all(callable(getattr(store, name, None)) for name in ("load", "save", "update")):
            raise TypeError("store must have load, save and update methods (see bokio.token_store.TokenStore)")
        self.store = store
        key = tenant_key if tenant_key is not None else (token_set.tenant_id or token_set.connection_id)
        if store is not None and not key:
            raise ValueError("the token set has no tenant id: pass tenant_key=… to save it in a store")
        self.tenant_key = key
        self._refused: InvalidGrantError | None = None  # for the refresh token of self._token_set

    def __repr__(self) -> str:
        token_set = self._token_set
        expires = token_set.expires_at.isoformat() if token_set else None
        return f"OAuthTokenAuth(tenant_key={self.tenant_key!r}, expires_at={expires!r}, tokens=<hidden>)"

    @property
    def token_set(self) -> TokenSet:
        """The current token set (changes with every refresh)."""
        token_set = self._token_set
        assert token_set is not None
        return token_set

    def _renewable(self, token_set: TokenSet) -> bool:
        return token_set.refresh_token is not None

    def _after_401(self, used: TokenSet) -> TokenSet:
        with self._lock:
            return self._changed_since(used) or self._renew(used, rejected=True)

    async def _async_after_401(self, used: TokenSet) -> TokenSet:
        async with self._async_lock():
            return self._changed_since(used) or await self._async_renew(used, rejected=True)

    @staticmethod
    def _latest(stale: TokenSet, stored: TokenSet | None) -> TokenSet:
        """The stored token set when another process replaced ``stale`` with a newer one, else ``stale``."""
        if stored is not None and stored.access_token != stale.access_token and stored.expires_at > stale.expires_at:
            return stored
        return stale

    def _adopt(self, stale: TokenSet, stored: TokenSet | None) -> TokenSet | None:
        """The newer token set another process saved, when its access token is good to use."""
        latest = self._latest(stale, stored)
        if latest is stale or self._stale(latest):
            return None
        log.info("using the token set of tenant %s that another process refreshed", self.tenant_key)
        self._token_set = latest
        self._refused = None
        return latest

    def _before_refresh(self, stale: TokenSet) -> TokenSet | None:
        """A token set another thread got meanwhile, if any."""
        changed = self._changed_since(stale)
        if changed is not None and changed.refresh_token != stale.refresh_token:
            return changed
        return None

    def _refused_already(self, stale: TokenSet) -> InvalidGrantError | None:
        """A fresh copy of the refusal of ``stale``'s refresh token, when Bokio refused it already."""
        refused = self._refused
        if refused is None or self._token_set is not stale:
            return None
        return InvalidGrantError(
            refused.message,
            error=refused.error,
            error_description=refused.error_description,
            status_code=refused.status_code,
        )

    def _refreshed(self, token_set: TokenSet) -> TokenSet:
        # Memory first: if saving fails, this process still holds the rotated refresh token.
        self._token_set = token_set
        self._refused = None
        log.info("refreshed the access token of tenant %s; it expires at %s", self.tenant_key, token_set.expires_at)
        return token_set

    def _refused_now(self, stale: TokenSet, error: InvalidGrantError, stored: TokenSet | None) -> TokenSet:
        """After ``invalid_grant``: a token set saved meanwhile (``stored``, re-read) if any, else the error."""
        adopted = self._adopt(stale, stored)
        if adopted is not None:
            return adopted
        if self._token_set is stale:
            self._refused = error
        raise error

    def _store_failed(self, stale: TokenSet, error: errors.BokioError, rejected: bool) -> TokenSet:
        """The token set to go on with when the store could not be read or written, or ``error``."""
        current = self._token_set
        if current is not None and current is not stale:  # refreshed; only saving it failed
            log.error("could not save the refreshed tokens of tenant %s: %s", self.tenant_key, error)
            return current
        if not rejected and not stale.expired:
            log.warning("token store failed for tenant %s, using the current access token: %s", self.tenant_key, error)
            return stale
        raise error

    def _renew(self, stale: TokenSet | None, *, rejected: bool = False) -> TokenSet:
        from .token_store import TokenStoreError

        assert stale is not None
        newer = self._before_refresh(stale)
        if newer is not None:
            return newer
        store, key = self.store, self.tenant_key
        refused = self._refused_already(stale)
        if refused is not None:
            # Fail at once instead of asking Bokio again, unless the store holds a new authorization.
            return self._refused_now(stale, refused, _reread(store, key) if store and key else None)
        if store is None or key is None:
            try:
                return self._refreshed(self.app.refresh(stale))
            except InvalidGrantError as error:
                return self._refused_now(stale, error, None)

        def step(stored: TokenSet | None) -> TokenSet:
            adopted = self._adopt(stale, stored)
            if adopted is not None:
                return adopted
            return self._refreshed(self.app.refresh(self._latest(stale, stored)))

        try:
            return store.update(key, step)
        except InvalidGrantError as error:
            return self._refused_now(stale, error, _reread(store, key))
        except TokenStoreError as error:
            return self._store_failed(stale, error, rejected)

    async def _async_renew(self, stale: TokenSet | None, *, rejected: bool = False) -> TokenSet:
        import asyncio

        from .token_store import TokenStoreError

        assert stale is not None
        newer = self._before_refresh(stale)
        if newer is not None:
            return newer
        store, key = self.store, self.tenant_key
        refused = self._refused_already(stale)
        if refused is not None:
            stored = await asyncio.to_thread(_reread, store, key) if store and key else None
            return self._refused_now(stale, refused, stored)
        if store is None or key is None:
            try:
                return self._refreshed(await self.app.async_refresh(stale))
            except InvalidGrantError as error:
                return self._refused_now(stale, error, None)

        # The store blocks on files or a database: its locked step runs in a worker thread and
        # hands the token request back to this event loop.
        loop = asyncio.get_running_loop()

        def step(stored: TokenSet | None) -> TokenSet:
            adopted = self._adopt(stale, stored)
            if adopted is not None:
                return adopted
            request = self.app.async_refresh(self._latest(stale, stored))
            return self._refreshed(asyncio.run_coroutine_threadsafe(request, loop).result())

        try:
            return await asyncio.to_thread(store.update, key, step)
        except InvalidGrantError as error:
            return self._refused_now(stale, error, await asyncio.to_thread(_reread, store, key))
        except TokenStoreError as error:
            return self._store_failed(stale, error, rejected)


def _reread(store: TokenStore, key: str) -> TokenSet | None:
    """What the store holds now, or None when it cannot be read (the refusal is the error to report)."""
    from .token_store import TokenStoreError

    try:
        return store.load(key)
    except TokenStoreError:
        return None


# --------------------------------------------------------------------------------------------
# The application
# --------------------------------------------------------------------------------------------


class OAuthApp:
    """A public integration: its client id and secret, and where Bokio sends users back.

    ``base_url`` is the API root (``https://api.bokio.se/v1``); ``/authorize`` and ``/token``
    are under it. Pass ``http_client`` / ``async_http_client`` to control the connections of
    token requests.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.redirect_uri = _checked_redirect_uri(redirect_uri)
        self.base_url = (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout
        self._endpoint = _TokenEndpoint(
            client_id,
            client_secret,
            self.base_url,
            timeout=timeout,
            http_client=http_client,
            async_http_client=async_http_client,
        )
        self.client_id = self._endpoint.client_id
        from uuid import UUID

        try:
            UUID(self.client_id)
        except ValueError:
            raise ValueError(f"client_id must be the UUID Bokio issued, got {self.client_id!r}") from None

    def __repr__(self) -> str:
        return f"OAuthApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connection pool of token requests (when the app created it)."""
        self._endpoint.close()

    def __enter__(self) -> OAuthApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Step 1: send the user to Bokio.
    def authorization_url(
        self,
        scopes: Iterable[Scope | ScopeName],
        *,
        state: str | None = None,
        tenant_id: str | None = None,
        tenant_type: Literal["company"] | None = None,
        redirect_uri: str | None = None,
    ) -> tuple[str, str]:
        """The URL of Bokio's authorization page, and the ``state`` to check the callback with.

        Keep ``state`` (e.g. in the user's session) and pass it to :meth:`parse_callback`. A
        random one (``secrets.token_urlsafe(32)``) is made unless given. ``tenant_id`` asks
        for a specific company (``tenant_type`` defaults to ``company`` then).
        """

        from bokio_general_api.api.authorization import authorize
        from bokio_general_api.models.authorization_response_type import AuthorizationResponseType
        from bokio_general_api.models.authorization_tenant_type import AuthorizationTenantType

        names = [scope.value for scope in _scopes(scopes)]
        if state is None:
            state = secrets.token_urlsafe(32)
        elif not state:
            raise ValueError("state must not be empty")
        if tenant_type is not None and tenant_id is None:
            raise ValueError("tenant_type needs tenant_id")
        spec = authorize.build_request(
            response_type=AuthorizationResponseType("code"),
            client_id=self.client_id,
            redirect_uri=_checked_redirect_uri(redirect_uri) if redirect_uri else self.redirect_uri,
            scope=" ".join(names) if names else None,
            state=state,
            bokio_tenantid=tenant_id,
            bokio_tenanttype=AuthorizationTenantType(tenant_type or "company") if tenant_id is not None else None,
        )
        query = urllib.parse.urlencode(spec.params or {}, quote_via=urllib.parse.quote)
        return f"{self.base_url}{spec.path}?{query}", state

    # Step 2: Bokio sends the user back.
    def parse_callback(self, url_or_query: str | Mapping[str, str], expected_state: str) -> str:
        """The authorization code from the redirect to ``redirect_uri``, after checking ``state``.

        ``url_or_query`` is the full callback URL, its query string, or its parsed query
        parameters. Raises :class:`OAuthStateError` when ``state`` is missing or differs from
        ``expected_state`` (checked first, in constant time), :class:`AccessDeniedError` when
        the user declined, :class:`OAuthError` for other errors or a missing code.
        """
        params = _callback_params(url_or_query)
        if not expected_state:
            raise OAuthStateError("no expected state to compare the callback with", error="invalid_state")
        state = params.get("state")
        if state is None:
            raise OAuthStateError(
                "the callback has no state parameter (possible cross-site request forgery); refusing it",
                error="invalid_state",
            )
        if not hmac.compare_digest(state.encode("utf-8"), expected_state.encode("utf-8")):
            raise OAuthStateError(
                "the callback's state does not match the one sent (possible cross-site request forgery); refusing it",
                error="invalid_state",
            )
        error = params.get("error")
        if error is not None:
            description = params.get("error_description")
            detail = f"{error}: {description}" if description else error
            if error == "access_denied":
                raise AccessDeniedError(
                    f"the user did not authorize the integration ({detail})",
                    error=error,
                    error_description=description,
                )
            raise OAuthError(f"authorization failed ({detail})", error=error, error_description=description)
        code = params.get("code")
        if not code:
            raise OAuthError("the callback has neither a code nor an error", error="invalid_request")
        return code

    # Step 3: the code for tokens.
    def exchange_code(
        self, code: str, *, redirect_uri: str | None = None, scopes: Iterable[Scope | ScopeName] = ()
    ) -> TokenSet:
        """The token set for an authorization code (grant ``authorization_code``).

        ``scopes`` (those requested) are recorded in the token set when Bokio's answer does not
        list the granted ones. ``redirect_uri`` must be the one the authorization URL used.
        """
        names = [scope.value for scope in _scopes(scopes)]
        data = self._endpoint.send("authorization_code", code=code, redirect_uri=redirect_uri or self.redirect_uri)
        return TokenSet.from_token_response(data, scopes=names)

    async def async_exchange_code(
        self, code: str, *, redirect_uri: str | None = None, scopes: Iterable[Scope | ScopeName] = ()
    ) -> TokenSet:
        """The asyncio form of :meth:`exchange_code`."""
        names = [scope.value for scope in _scopes(scopes)]
        data = await self._endpoint.async_send(
            "authorization_code", code=code, redirect_uri=redirect_uri or self.redirect_uri
        )
        return TokenSet.from_token_response(data, scopes=names)

    def refresh(self, token_set: TokenSet) -> TokenSet:
        """A new token set for the same company (grant ``refresh_token``).

        Bokio may rotate the refresh token: store the returned token set and forget the old
        one. Raises :class:`InvalidGrantError` when the refresh token is no longer valid — the
        user must authorize again.
        """
        refresh_token = _refresh_token_of(token_set)
        data = self._endpoint.send("refresh_token", refresh_token=refresh_token, hidden=[token_set.access_token])
        return TokenSet.from_token_response(data, previous=token_set)

    async def async_refresh(self, token_set: TokenSet) -> TokenSet:
        """The asyncio form of :meth:`refresh`."""
        refresh_token = _refresh_token_of(token_set)
        data = await self._endpoint.async_send(
            "refresh_token", refresh_token=refresh_token, hidden=[token_set.access_token]
        )
        return TokenSet.from_token_response(data, previous=token_set)

    # Clients.
    def auth(
        self,
        token_set: TokenSet,
        store: TokenStore | None = None,
        *,
        tenant_key: str | None = None,
        leeway: float = DEFAULT_REFRESH_LEEWAY,
    ) -> OAuthTokenAuth:
        """An :class:`OAuthTokenAuth` for ``token_set`` (for ``Bokio(auth=…)``)."""
        return OAuthTokenAuth(self, token_set, store, tenant_key, leeway=leeway)

    def company_client(
        self,
        token_set: TokenSet,
        store: TokenStore | None = None,
        *,
        tenant_key: str | None = None,
        **options: Any,
    ) -> Bokio:
        """A :class:`~bokio.Bokio` client for the token set's company that refreshes by itself.

        ``options`` are those of :class:`~bokio.Bokio` (``timeout``, ``read_only``, …).
        """
        company_id = _company_of(token_set)
        options.setdefault("base_url", self.base_url)
        return Bokio(company_id=company_id, auth=self.auth(token_set, store, tenant_key=tenant_key), **options)

    def async_company_client(
        self,
        token_set: TokenSet,
        store: TokenStore | None = None,
        *,
        tenant_key: str | None = None,
        **options: Any,
    ) -> AsyncBokio:
        """The asyncio twin of :meth:`company_client`."""
        company_id = _company_of(token_set)
        options.setdefault("base_url", self.base_url)
        return AsyncBokio(company_id=company_id, auth=self.auth(token_set, store, tenant_key=tenant_key), **options)

    # For scripts and desktop tools.
    def login_local(
        self,
        scopes: Iterable[Scope | ScopeName],
        port: int = 0,
        open_browser: bool = True,
        timeout: float = 300.0,
        *,
        tenant_id: str | None = None,
        browser: Callable[[str], object] | None = None,
    ) -> TokenSet:
        """Authorize in the browser and return the token set, for scripts and desktop tools.

        Serves the redirect on ``127.0.0.1`` while the user authorizes: ``redirect_uri`` must be
        ``http://127.0.0.1:<port>/<path>``. The server listens on ``port``, else the redirect
        URI's port, else a free port (the redirect URI sent to Bokio then names that port).
        Opens the browser (``browser``, default :func:`webbrowser.open`) unless
        ``open_browser`` is false or it fails; then prints the URL to open. Checks the state,
        exchanges the code and returns the token set; :class:`LoginTimeoutError` after
        ``timeout`` seconds without a callback.
        """
        from http.server import BaseHTTPRequestHandler, HTTPServer

        names = _scopes(scopes)
        target = urllib.parse.urlsplit(self.redirect_uri)
        if target.scheme != "http" or target.hostname != "127.0.0.1":
            raise ValueError(
                "login_local needs a loopback redirect_uri such as http://127.0.0.1:8765/callback, "
                f"not {self.redirect_uri!r}"
            )
        path = target.path or "/"
        done = threading.Event()
        outcome: list[str | OAuthError] = []
        expected: list[str] = []
        app = self

        class Callback(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = urllib.parse.urlsplit(self.path)
                if query.path != path or not expected:
                    self._reply(404, "Not found.")
                    return
                if done.is_set():
                    self._reply(409, "This login has already finished; you can close this window.")
                    return
                try:
                    outcome.append(app.parse_callback(query.query, expected[0]))
                    self._reply(200, "Bokio authorization received; you can close this window.")
                except OAuthError as error:
                    outcome.append(error)
                    self._reply(400, f"Bokio authorization failed: {error.message}")
                done.set()

            def _reply(self, status: int, text: str) -> None:
                import html

                body = f"<!doctype html><title>Bokio</title><p>{html.escape(text)}</p>".encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line carries the authorization code: never log it

        server = HTTPServer(("127.0.0.1", port or target.port or 0), Callback)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        try:
            listening = server.server_address[1]
            redirect_uri = urllib.parse.urlunsplit(("http", f"127.0.0.1:{listening}", path, target.query, ""))
            thread.start()
            url, state = self.authorization_url(names, tenant_id=tenant_id, redirect_uri=redirect_uri)
            expected.append(state)
            opened = False
            if open_browser:
                if browser is None:
                    import webbrowser

                    browser = webbrowser.open
                try:
                    opened = bool(browser(url))
                except Exception as error:  # a missing or broken browser is not fatal: print the URL
                    log.info("could not open a browser: %s", type(error).__name__)
            if not opened:
                print(f"Open this URL in your browser to authorize the integration:\n{url}", file=sys.stderr)
            if not done.wait(timeout):
                raise LoginTimeoutError(
                    f"no authorization arrived at {redirect_uri} within {timeout:g} s", error="timeout"
                )
        finally:
            if thread.is_alive():
                server.shutdown()
            server.server_close()
        result = outcome[0]
        if isinstance(result, OAuthError):
            raise result
        return self.exchange_code(result, redirect_uri=redirect_uri, scopes=names)

    def general_client(self, scopes: Iterable[Scope | ScopeName] | None = None, **options: Any) -> BokioGeneral:
        """A :class:`~bokio.general.BokioGeneral` client with this app's credentials.

        ``scopes`` (Agency API scopes) are asked for with the client credentials grant.
        """
        from .general import BokioGeneral

        options.setdefault("base_url", self.base_url)
        return BokioGeneral(self.client_id, self._endpoint._secret, scopes=scopes, **options)

    def agency_client(
        self, agency_id: str | None = None, scopes: Iterable[Scope | ScopeName] | None = None, **options: Any
    ) -> BokioAgency:
        """A :class:`~bokio.agency.BokioAgency` client for ``agency_id`` with this app's credentials
        (client credentials grant asking for ``scopes``: every Agency API scope the operations need
        when None)."""
        from .agency import BokioAgency

        options.setdefault("base_url", self.base_url)
        return BokioAgency(self.client_id, self._endpoint._secret, agency_id=agency_id, scopes=scopes, **options)


def _bearer(token_set: TokenSet) -> str:
    """The Authorization header of an access token; one that would break the header (a line break,
    a control character) is refused without being shown (InvalidTokenError)."""
    token = token_set.access_token
    if token.isascii() and token.isprintable() and " " not in token:  # the usual case, checked fast
        return f"Bearer {token}"
    return f"Bearer {clean_token(token)}"


def _checked_redirect_uri(redirect_uri: str) -> str:
    """``redirect_uri`` if the authorization code may travel to it: https, or plain http to this machine."""
    target = urllib.parse.urlsplit(redirect_uri)
    if target.scheme not in ("http", "https") or not target.netloc or target.fragment:
        raise ValueError("redirect_uri must be an absolute http(s) URL without a fragment")
    if target.scheme == "http" and not _is_loopback(target.hostname or ""):
        raise ValueError(
            "redirect_uri must use https: over plain http the authorization code would cross the network "
            "readable by anyone on the way (http is accepted for 127.0.0.1, [::1] and localhost only)"
        )
    return redirect_uri


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refresh_token_of(token_set: TokenSet) -> str:
    if not token_set.refresh_token:
        raise InvalidGrantError(
            "the token set has no refresh token; the user must authorize the integration again",
            error="invalid_grant",
        )
    return token_set.refresh_token


def _company_of(token_set: TokenSet) -> str:
    if not token_set.tenant_id:
        raise ValueError("the token set has no tenant id (company); it is not a Company API token")
    if token_set.tenant_type not in (None, "company"):
        raise ValueError(f"the token set is for tenant type {token_set.tenant_type!r}, not 'company'")
    return token_set.tenant_id


def _callback_params(url_or_query: str | Mapping[str, str]) -> dict[str, str]:
    if isinstance(url_or_query, Mapping):
        return {str(key): str(value) for key, value in url_or_query.items()}
    text = url_or_query.strip()
    if "?" in text or "://" in text:
        text = urllib.parse.urlsplit(text).query
    pairs = urllib.parse.parse_qsl(text, keep_blank_values=True)
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            # A repeated parameter is ambiguous; an attacker could append a state of their own.
            raise (OAuthStateError if key == "state" else OAuthError)(
                f"the callback repeats the {key!r} parameter; refusing it", error="invalid_request"
            )
        params[key] = value
    return params
