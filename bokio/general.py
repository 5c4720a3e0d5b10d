"""The General API: the integration's connections (the companies that authorized it).

:class:`BokioGeneral` (and :class:`AsyncBokioGeneral`) authenticate with the integration's
client id and secret through the client credentials grant: a token is fetched on first use and
renewed shortly before it expires (and once after a 401). Requests go through the same
pipeline as the Company API clients: retries of what is safe to retry, typed errors, logging.

>>> with BokioGeneral(client_id, client_secret) as general:
...     for connection in general.connections.list():
...         print(connection.tenant_id, connection.tenant_name)
"""

# ClientCredentialsAuth builds on bokio.oauth's token renewal, private to the package.
# pyright: reportPrivateUsage=false

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpx

from ._async.general import AsyncBokioGeneral, AsyncConnections
from ._options import DEFAULT_TIMEOUT
from ._options import base_url as _base_url
from ._sync.general import BokioGeneral, Connections
from .oauth import DEFAULT_REFRESH_LEEWAY, Scope, ScopeName, TokenSet, _RenewingAuth, _scopes, _TokenEndpoint, log

__all__ = ["AsyncBokioGeneral", "AsyncConnections", "BokioGeneral", "ClientCredentialsAuth", "Connections"]


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
        self.scopes = _scopes(scopes or ())
        self._endpoint = _TokenEndpoint(
            client_id,
            client_secret,
            _base_url(base_url),
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
