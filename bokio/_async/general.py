"""The General API client: the integration's connections (see :mod:`bokio.general`)."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from uuid import UUID

import httpx
from bokio_general_api.api.connections import delete_connection, get_connection, list_connections
from bokio_general_api.models.connection import Connection

from .._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Headers,
    NotGiven,
    Timeout,
    client_credentials,
    given,
)
from .._options import (
    base_url as _base_url,
)
from ..oauth.auth import ClientCredentialsAuth
from ..oauth.scopes import Scope, ScopeName
from ..pacing import Pacing
from ..pagination import AsyncPager
from .client import AsyncAPIClient
from .namespaces import AsyncGeneralNamespaces


class AsyncConnections:
    """``general.connections``: the companies connected to the integration."""

    def __init__(self, general: AsyncBokioGeneral) -> None:
        self._core = general._core

    def list(
        self,
        tenant_id: str | UUID | None = None,
        page_size: int | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Connection]:
        """Every connection, page by page as iteration proceeds; ``tenant_id`` picks one company's."""
        return self._core._paginate(
            list_connections,
            lambda page, size, _: list_connections.build_request(tenant_id=tenant_id, page=page, page_size=size),
            Connection.from_dict,
            query=None,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, connection_id: str | UUID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Connection:
        """One connection of the integration: the company, its type and when it was made."""
        return await self._core._call(
            lambda: get_connection.build_request(connection_id),
            Connection.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, connection_id: str | UUID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Disconnect the company: its tokens stop working; it has to authorize again."""
        await self._core._call_no_content(
            lambda: delete_connection.build_request(connection_id), timeout=timeout, extra_headers=extra_headers
        )


class AsyncBokioGeneral(AsyncGeneralNamespaces):
    """Client of the Bokio General API (client credentials): :class:`~bokio.general.BokioGeneral`,
    and :class:`~bokio.general.AsyncBokioGeneral` for asyncio.

    ``client_id`` and ``client_secret`` default to ``BOKIO_CLIENT_ID`` / ``BOKIO_CLIENT_SECRET``.
    ``scopes`` (Agency API scopes) make its token an Agency API token too; without, it is the
    General API token Bokio calls legacy.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        *,
        scopes: Iterable[Scope | ScopeName] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        pacing: Pacing | bool = False,
    ) -> None:
        client_id, client_secret = client_credentials(client_id, client_secret)
        self.base_url = _base_url(base_url)
        # Without an http_client, the token requests and the API requests each use a pool of
        # their own, which a forked child makes anew (bokio.forksafe).
        self.auth: ClientCredentialsAuth = ClientCredentialsAuth(
            client_id, client_secret, self.base_url, scopes=scopes, timeout=timeout, async_http_client=http_client
        )
        self.client_id = self.auth._endpoint.client_id
        self._core = AsyncAPIClient(
            auth=self.auth,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            pacing=pacing,
        )
        self.usage = self._core.usage
        self._owner = True  # False for a with_options clone, which shares what it would close

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, base_url={self.base_url!r})"

    def with_options(
        self, *, timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AsyncBokioGeneral:
        """A client like this one with the options given changed. It shares the
        connection pool and the token; closing it closes neither."""
        clone = copy.copy(self)
        clone.__dict__.pop("connections", None)  # made anew on first use, with the clone's pipeline
        options = self._core._options(**given(timeout=timeout, max_retries=max_retries))
        clone._core = self._core._sharing(AsyncAPIClient(http_client=self._core._http, **options))
        clone._owner = False
        return clone

    async def close(self) -> None:
        """Close the connection pool (and the token endpoint's client) unless this is a with_options copy."""
        if self._owner:
            await self._core.close()
            self.auth.close()

    async def __aenter__(self) -> AsyncBokioGeneral:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
