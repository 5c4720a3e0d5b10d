"""The General API: the integration's connections (the companies that authorized it).

:class:`BokioGeneral` (and :class:`AsyncBokioGeneral`) authenticate with the integration's
client id and secret through the client credentials grant: a token is fetched on first use and
renewed shortly before it expires (and once after a 401). Requests go through the same
pipeline as the Company API clients: retries of what is safe to retry, typed errors, logging.

>>> with BokioGeneral(client_id, client_secret) as general:
...     for connection in general.connections.list():
...         print(connection.tenant_id, connection.tenant_name)
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from uuid import UUID

import httpx
from bokio_general_api.api.connections import delete_connection, get_connection, list_connections
from bokio_general_api.models.connection import Connection

from . import errors
from .client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Headers,
    NotGiven,
    Timeout,
    _AsyncClient,
    _given,
    _SyncClient,
)
from .oauth.auth import ClientCredentialsAuth
from .oauth.scopes import Scope, ScopeName
from .pacing import Pacing
from .pagination import AsyncPager, Pager

__all__ = ["AsyncBokioGeneral", "AsyncConnections", "BokioGeneral", "ClientCredentialsAuth", "Connections"]


def _credentials(client_id: str | None, client_secret: str | None) -> tuple[str, str]:
    client_id = client_id if client_id is not None else os.environ.get("BOKIO_CLIENT_ID")
    client_secret = client_secret if client_secret is not None else os.environ.get("BOKIO_CLIENT_SECRET")
    if not client_id:
        raise errors.BokioError("no client id: pass client_id=… or set BOKIO_CLIENT_ID")
    if not client_secret:
        raise errors.BokioError("no client secret: pass client_secret=… or set BOKIO_CLIENT_SECRET")
    return client_id, client_secret


class Connections:
    """``general.connections``: the companies connected to the integration."""

    def __init__(self, core: _SyncClient) -> None:
        self._core = core

    def list(
        self,
        tenant_id: str | UUID | None = None,
        page_size: int | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Pager[Connection]:
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

    def get(
        self, connection_id: str | UUID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Connection:
        """One connection of the integration: the company, its type and when it was made."""
        return self._core._call(
            lambda: get_connection.build_request(connection_id),
            Connection.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self, connection_id: str | UUID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Disconnect the company: its tokens stop working; it has to authorize again."""
        self._core._call_no_content(
            lambda: delete_connection.build_request(connection_id), timeout=timeout, extra_headers=extra_headers
        )


class AsyncConnections:
    """The asyncio twin of :class:`Connections`."""

    def __init__(self, core: _AsyncClient) -> None:
        self._core = core

    def list(
        self,
        tenant_id: str | UUID | None = None,
        page_size: int | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Connection]:
        """Every company connected to the integration, page by page; ``tenant_id`` keeps one company's."""
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
        """Disconnect the company: its token sets stop working."""
        await self._core._call_no_content(
            lambda: delete_connection.build_request(connection_id), timeout=timeout, extra_headers=extra_headers
        )


class BokioGeneral:
    """Synchronous client of the Bokio General API (client credentials).

    ``client_id`` and ``client_secret`` default to ``BOKIO_CLIENT_ID`` / ``BOKIO_CLIENT_SECRET``.
    ``scopes`` (Agency API scopes) make its token an Agency API token too; without, it is the
    General API token Bokio calls legacy.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        *,
        scopes: Iterable[Scope | ScopeName] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        pacing: Pacing | bool = False,
    ) -> None:
        client_id, client_secret = _credentials(client_id, client_secret)
        self.base_url = (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        # Without an http_client, the token requests and the API requests each use a pool of
        # their own, which a forked child makes anew (bokio.forksafe).
        self.auth = ClientCredentialsAuth(
            client_id, client_secret, self.base_url, scopes=scopes, timeout=timeout, http_client=http_client
        )
        self.client_id = self.auth._endpoint.client_id
        self._core = _SyncClient(
            auth=self.auth,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            pacing=pacing,
        )
        self.usage = self._core.usage
        self.connections = Connections(self._core)
        self._owner = True  # False for a with_options clone, which shares what it would close

    def __repr__(self) -> str:
        return f"BokioGeneral(client_id={self.client_id!r}, base_url={self.base_url!r})"

    def with_options(
        self, *, timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> BokioGeneral:
        """A client like this one with the options given changed. It shares the
        connection pool and the token; closing it closes neither."""
        clone = copy.copy(self)
        options = self._core._options(**_given(timeout=timeout, max_retries=max_retries))
        clone._core = _SyncClient(http_client=self._core._http, **options)
        clone._core._connections = self._core._connections
        clone.connections = Connections(clone._core)
        clone._owner = False
        return clone

    def close(self) -> None:
        """Close the connection pool (and the token endpoint's client) unless this is a with_options copy."""
        if self._owner:
            self._core.close()
            self.auth.close()

    def __enter__(self) -> BokioGeneral:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBokioGeneral:
    """Asyncio client of the Bokio General API; the twin of :class:`BokioGeneral`."""

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
        client_id, client_secret = _credentials(client_id, client_secret)
        self.base_url = (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self.auth = ClientCredentialsAuth(
            client_id, client_secret, self.base_url, scopes=scopes, timeout=timeout, async_http_client=http_client
        )
        self.client_id = self.auth._endpoint.client_id
        self._core = _AsyncClient(
            auth=self.auth,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            pacing=pacing,
        )
        self.usage = self._core.usage
        self.connections = AsyncConnections(self._core)
        self._owner = True  # False for a with_options clone, which shares what it would close

    def __repr__(self) -> str:
        return f"AsyncBokioGeneral(client_id={self.client_id!r}, base_url={self.base_url!r})"

    def with_options(
        self, *, timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AsyncBokioGeneral:
        """A client like this one with the options given changed. It shares the
        connection pool and the token; closing it closes neither."""
        clone = copy.copy(self)
        options = self._core._options(**_given(timeout=timeout, max_retries=max_retries))
        clone._core = _AsyncClient(http_client=self._core._http, **options)
        clone._core._connections = self._core._connections
        clone.connections = AsyncConnections(clone._core)
        clone._owner = False
        return clone

    async def close(self) -> None:
        """Close the connection pool (and the token endpoint's client)."""
        if self._owner:
            await self._core.close()

    async def __aenter__(self) -> AsyncBokioGeneral:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
