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

One module per concern: :mod:`~bokio.oauth.scopes`, :mod:`~bokio.oauth.errors`,
:mod:`~bokio.oauth.tokens` (``TokenSet``), :mod:`~bokio.oauth.endpoint` (the token endpoint),
:mod:`~bokio.oauth.auth` (the auths that renew their token), :mod:`~bokio.oauth.app`
(``OAuthApp``) and :mod:`~bokio.oauth.login` (the loopback login of scripts). This package only
names them: each is imported on first use, so any module may import a submodule without
importing the rest.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_names

if TYPE_CHECKING:
    from .app import OAuthApp
    from .auth import DEFAULT_REFRESH_LEEWAY, ClientCredentialsAuth, OAuthTokenAuth
    from .errors import (
        AccessDeniedError,
        InvalidClientError,
        InvalidGrantError,
        LoginTimeoutError,
        OAuthError,
        OAuthStateError,
    )
    from .scopes import COMPANY_SCOPES, Scope, ScopeName
    from .tokens import MAX_TOKEN_LIFETIME, TokenSet

__getattr__ = lazy_names(
    __name__,
    {
        "COMPANY_SCOPES": ".scopes",
        "DEFAULT_REFRESH_LEEWAY": ".auth",
        "MAX_TOKEN_LIFETIME": ".tokens",
        "AccessDeniedError": ".errors",
        "ClientCredentialsAuth": ".auth",
        "InvalidClientError": ".errors",
        "InvalidGrantError": ".errors",
        "LoginTimeoutError": ".errors",
        "OAuthApp": ".app",
        "OAuthError": ".errors",
        "OAuthStateError": ".errors",
        "OAuthTokenAuth": ".auth",
        "Scope": ".scopes",
        "ScopeName": ".scopes",
        "TokenSet": ".tokens",
    },
)

__all__ = [
    "COMPANY_SCOPES",
    "DEFAULT_REFRESH_LEEWAY",
    "MAX_TOKEN_LIFETIME",
    "AccessDeniedError",
    "ClientCredentialsAuth",
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
