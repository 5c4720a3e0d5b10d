"""Bearer auth that renews its token by itself: from a token set and its store (OAuthTokenAuth), or
from the client credentials grant (ClientCredentialsAuth)."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import weakref
from collections.abc import AsyncGenerator, Generator, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .. import errors, forksafe
from ..auth import clean_token
from ..client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ..token_store import AsyncTokenStore, TokenStore, async_side
from . import _async_renewal, _renewal
from .endpoint import TokenEndpoint
from .errors import InvalidGrantError
from .scopes import Scope, ScopeName, checked_scopes
from .tokens import TokenSet

if TYPE_CHECKING:
    from .app import OAuthApp

__all__ = ["DEFAULT_REFRESH_LEEWAY", "ClientCredentialsAuth", "OAuthTokenAuth"]

log = logging.getLogger("bokio")

DEFAULT_REFRESH_LEEWAY = 60.0
"""Seconds before expiry at which an access token is renewed rather than used."""


def _bearer(token_set: TokenSet) -> str:
    """The Authorization header of an access token; one that would break the header (a line break,
    a control character) is refused without being shown (InvalidTokenError)."""
    token = token_set.access_token
    if token.isascii() and token.isprintable() and " " not in token:  # the usual case, checked fast
        return f"Bearer {token}"
    return f"Bearer {clean_token(token)}"


class _RenewingAuth(httpx.Auth):
    """Bearer auth renewing its token shortly before expiry and once after a 401.

    Renewal is single-flight: however many threads (or asyncio tasks) find the token stale at
    once, one renews it and the others wait for and use the result.
    """

    _token_set: TokenSet | None

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

    Async clients use the store's asyncio side (:class:`~bokio.token_store.AsyncTokenStore`)
    when it has one, and otherwise run its methods in a worker thread: the event loop never
    waits for a file or a database. A store with only the asyncio side serves async clients only.

    >>> client = Bokio(company_id=token_set.tenant_id, auth=OAuthTokenAuth(app, token_set, store))
    """

    def __init__(
        self,
        app: OAuthApp,
        token_set: TokenSet,
        store: TokenStore | AsyncTokenStore | None = None,
        tenant_key: str | None = None,
        *,
        leeway: float = DEFAULT_REFRESH_LEEWAY,
    ) -> None:
        super().__init__(token_set, leeway=leeway)
        self.app = app
        if store is not None and not (
            _has(store, "load", "save", "update") or _has(store, "async_load", "async_save", "async_update")
        ):
            raise TypeError(
                "store must have load, save and update methods (see bokio.token_store.TokenStore), "
                "or async_load, async_save and async_update (AsyncTokenStore)"
            )
        self.store = store
        self._async_store = async_side(store) if store is not None else None
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
        assert stale is not None
        store = self.store
        if store is not None and not isinstance(store, TokenStore):
            raise TypeError(f"{type(store).__name__} has only an asyncio side: use it with async clients")
        return _renewal.renew(self, store, stale, rejected)

    async def _async_renew(self, stale: TokenSet | None, *, rejected: bool = False) -> TokenSet:
        assert stale is not None
        return await _async_renewal.renew(self, self._async_store, stale, rejected)


def _has(store: object, *methods: str) -> bool:
    return all(callable(getattr(store, name, None)) for name in methods)


class ClientCredentialsAuth(_RenewingAuth):
    """A client credentials token, fetched on first use and renewed by itself.

    Without ``scopes`` it is a General API token (connections); with Agency API scopes
    (``Scope.AGENCY_…``) it is also an Agency API token. Usable with any httpx client, e.g.
    the generated ``bokio_general_api`` client.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        base_url: str | None = None,
        *,
        scopes: Iterable[Scope | ScopeName] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        leeway: float = DEFAULT_REFRESH_LEEWAY,
    ) -> None:
        super().__init__(None, leeway=leeway)
        self.scopes = checked_scopes(scopes or ())
        self._endpoint = TokenEndpoint(
            client_id,
            client_secret,
            (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
            timeout=timeout,
            http_client=http_client,
            async_http_client=async_http_client,
        )

    def close(self) -> None:
        """Close the HTTP client used for the token endpoint."""
        self._endpoint.close()

    def _installed(self, data: dict[str, Any]) -> TokenSet:
        token_set = TokenSet.from_token_response(data)
        self._token_set = token_set
        log.info("got a client credentials token; it expires at %s", token_set.expires_at)
        return token_set

    def _fields(self) -> dict[str, str]:
        return {"scope": " ".join(self.scopes)} if self.scopes else {}

    def _renew(self, stale: TokenSet | None) -> TokenSet:
        hidden = [stale.access_token] if stale else []
        return self._installed(self._endpoint.send("client_credentials", hidden=hidden, **self._fields()))

    async def _async_renew(self, stale: TokenSet | None) -> TokenSet:
        hidden = [stale.access_token] if stale else []
        data = await self._endpoint.async_send("client_credentials", hidden=hidden, **self._fields())
        return self._installed(data)
