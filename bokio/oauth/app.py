"""OAuthApp: a public integration's client id, secret and redirect URI, and the steps of its OAuth flow."""

from __future__ import annotations

import hmac
import os
import secrets
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..client import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, AsyncBokio, Bokio
from .auth import DEFAULT_REFRESH_LEEWAY, OAuthTokenAuth
from .endpoint import TokenEndpoint
from .errors import AccessDeniedError, InvalidGrantError, OAuthError, OAuthStateError
from .scopes import Scope, ScopeName, checked_scopes
from .tokens import TokenSet

if TYPE_CHECKING:
    from ..agency import BokioAgency
    from ..general import BokioGeneral
    from ..token_store import AsyncTokenStore, TokenStore

__all__ = ["OAuthApp"]


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
        self._endpoint = TokenEndpoint(
            client_id,
            client_secret,
            self.base_url,
            timeout=timeout,
            http_client=http_client,
            async_http_client=async_http_client,
        )
        self.client_id = self._endpoint.client_id
        self._client_secret = client_secret
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

        names = [scope.value for scope in checked_scopes(scopes)]
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
        names = [scope.value for scope in checked_scopes(scopes)]
        data = self._endpoint.send("authorization_code", code=code, redirect_uri=redirect_uri or self.redirect_uri)
        return TokenSet.from_token_response(data, scopes=names)

    async def async_exchange_code(
        self, code: str, *, redirect_uri: str | None = None, scopes: Iterable[Scope | ScopeName] = ()
    ) -> TokenSet:
        """The asyncio form of :meth:`exchange_code`."""
        names = [scope.value for scope in checked_scopes(scopes)]
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
        store: TokenStore | AsyncTokenStore | None = None,
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
        store: TokenStore | AsyncTokenStore | None = None,
        *,
        tenant_key: str | None = None,
        **options: Any,
    ) -> AsyncBokio:
        """The asyncio twin of :meth:`company_client`; ``store`` may be an
        :class:`~bokio.token_store.AsyncTokenStore` (see :class:`OAuthTokenAuth`)."""
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
        from .login import login_local  # on first use: the HTTP server is for scripts and desktop tools

        return login_local(self, scopes, port, open_browser, timeout, tenant_id=tenant_id, browser=browser)

    def general_client(self, scopes: Iterable[Scope | ScopeName] | None = None, **options: Any) -> BokioGeneral:
        """A :class:`~bokio.general.BokioGeneral` client with this app's credentials.

        ``scopes`` (Agency API scopes) are asked for with the client credentials grant.
        """
        from ..general import BokioGeneral

        options.setdefault("base_url", self.base_url)
        return BokioGeneral(self.client_id, self._client_secret, scopes=scopes, **options)

    def agency_client(
        self, agency_id: str | None = None, scopes: Iterable[Scope | ScopeName] | None = None, **options: Any
    ) -> BokioAgency:
        """A :class:`~bokio.agency.BokioAgency` client for ``agency_id`` with this app's credentials
        (client credentials grant asking for ``scopes``: every Agency API scope the operations need
        when None)."""
        from ..agency import BokioAgency

        options.setdefault("base_url", self.base_url)
        return BokioAgency(self.client_id, self._client_secret, agency_id=agency_id, scopes=scopes, **options)


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
