"""The Agency API: an accounting agency (byrå) and its client companies.

:class:`BokioAgency` (and :class:`AsyncBokioAgency`) authenticate with the integration's client
id and secret through the client credentials grant, asking for Agency API scopes; the token is
fetched on first use and renewed before it expires. One client acts for one agency (its
``agency_id``, like the company id of :class:`~bokio.Bokio`); finding an agency and connecting
to it need none. Requests go through the same pipeline as the Company API clients.

>>> with BokioAgency(client_id, client_secret, agency_id=agency_id) as agency:
...     for company in agency.companies.list():
...         print(company.name, company.organization_number)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from . import errors, limits
from .auth import BearerToken
from .client import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncBokio,
    Bokio,
    NotGiven,
    _AsyncClient,
    _given,
    _Resource,
    _SyncClient,
)
from .general import ClientCredentialsAuth, _credentials
from .oauth import Scope, ScopeName
from .pacing import Pacing
from .resources.base import ID, uuid_of

if TYPE_CHECKING:
    from .resources.agency_companies import AgencyCompanies
    from .resources.agency_connections import AgencyConnections
    from .resources.agency_information import AgencyInformation
    from .resources.agency_invitations import AgencyInvitations
    from .resources.agency_todos import AgencyTodos
    from .resources.agency_users import AgencyUsers
    from .resources.aio.agency_companies import AsyncAgencyCompanies
    from .resources.aio.agency_connections import AsyncAgencyConnections
    from .resources.aio.agency_information import AsyncAgencyInformation
    from .resources.aio.agency_invitations import AsyncAgencyInvitations
    from .resources.aio.agency_todos import AsyncAgencyTodos
    from .resources.aio.agency_users import AsyncAgencyUsers

__all__ = ["AGENCY_SCOPES", "AsyncBokioAgency", "BokioAgency"]

AGENCY_SCOPES: tuple[Scope, ...] = (
    Scope.AGENCY_COMPANIES_READ,
    Scope.AGENCY_COMPANIES_WRITE,
    Scope.AGENCY_CONNECTIONS_READ,
    Scope.AGENCY_CONNECTIONS_WRITE,
    Scope.AGENCY_INFORMATION_READ,
    Scope.AGENCY_TODOS_READ,
    Scope.AGENCY_USERS_READ,
    Scope.AGENCY_USERS_WRITE,
)
"""The scopes the Agency API's operations need: what a client asks for unless told otherwise."""


def _agency_id(agency_id: ID | None) -> UUID | None:
    value = agency_id if agency_id is not None else os.environ.get("BOKIO_AGENCY_ID") or None
    return None if value is None else uuid_of(value, "agency_id")


def _auth(
    client_id: str | None,
    client_secret: str | None,
    scopes: Iterable[Scope | ScopeName] | None,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    http: httpx.Client | httpx.AsyncClient | None,
) -> ClientCredentialsAuth:
    """The client credentials auth; without an http client the token requests use a pool of their
    own, which a forked child makes anew (:mod:`bokio.forksafe`)."""
    client_id, client_secret = _credentials(client_id, client_secret)
    url = (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    scopes = AGENCY_SCOPES if scopes is None else scopes
    if isinstance(http, httpx.AsyncClient):
        return ClientCredentialsAuth(
            client_id, client_secret, url, scopes=scopes, timeout=timeout, async_http_client=http
        )
    return ClientCredentialsAuth(client_id, client_secret, url, scopes=scopes, timeout=timeout, http_client=http)


class _AgencyMixin:
    """What the sync and async agency clients share: the agency id and the company helper's checks."""

    agency_id: UUID | None
    _own_auth: ClientCredentialsAuth | None  # made by the client, so closed with it

    def _require_agency_id(self) -> UUID:
        if self.agency_id is None:
            raise errors.BokioError("no agency id: pass agency_id=… or set BOKIO_AGENCY_ID")
        return self.agency_id

    @staticmethod
    def _company_auth(token: str | None, auth: httpx.Auth | None) -> dict[str, Any]:
        if (token is None) == (auth is None):
            raise errors.BokioError(
                "an Agency API token does not reach the Company API: pass the client company's own "
                "token=… (a private integration's) or auth=… (e.g. OAuthTokenAuth for the company)"
            )
        return {"token": token} if token is not None else {"auth": auth}


class BokioAgency(_AgencyMixin, _SyncClient):
    """Synchronous client of the Bokio Agency API for one agency.

    ``client_id``/``client_secret`` default to ``BOKIO_CLIENT_ID``/``BOKIO_CLIENT_SECRET``,
    ``agency_id`` to ``BOKIO_AGENCY_ID``; ``scopes`` are the Agency API scopes to ask for
    (:data:`AGENCY_SCOPES` unless given). An Agency API access token you already hold goes in
    ``token``; ``auth`` (any httpx auth) replaces the client credentials altogether.
    """

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        agency_id: ID | None = None,
        scopes: Iterable[Scope | ScopeName] | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        read_only: bool = False,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = limits.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        http_client: httpx.Client | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        self.agency_id = _agency_id(agency_id)
        self._own_auth = None
        if auth is None and token is not None:
            auth = BearerToken(token)
        if auth is None:
            auth = self._own_auth = _auth(client_id, client_secret, scopes, base_url, timeout, http_client)
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            max_response_size=max_response_size,
            deadline=deadline,
            http_client=http_client,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        flags = ", read_only=True" if self.read_only else ""
        agency = str(self.agency_id) if self.agency_id else None
        return f"BokioAgency(agency_id={agency!r}, base_url={self.base_url!r}{flags})"

    def with_options(
        self,
        *,
        agency_id: ID | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        read_only: bool | NotGiven = NOT_GIVEN,
        default_headers: dict[str, str] | NotGiven = NOT_GIVEN,
        pacing: Pacing | bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> BokioAgency:
        """A client like this one with the options given changed (e.g. ``agency_id``);
        it shares the connection pool and the token."""
        changes = _given(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            pacing=pacing,
            max_response_size=max_response_size,
            deadline=deadline,
        )
        agency = self.agency_id if isinstance(agency_id, NotGiven) else agency_id
        clone = BokioAgency(agency_id=agency, http_client=self._http, **self._options(**changes))
        clone._connections = self._connections
        clone._sleep = self._sleep
        clone.usage = self.usage
        return clone

    def company_client(
        self, company_id: ID, *, token: str | None = None, auth: httpx.Auth | None = None, **options: Any
    ) -> Bokio:
        """A :class:`~bokio.Bokio` client for one of the agency's client companies.

        The Agency API token does not reach the Company API, so the company's own ``token`` (or
        ``auth``) is needed. The company is first looked up through the Agency API: one that is
        not the agency's client raises :class:`~bokio.NotFoundError` and no client is made.
        """
        credentials = self._company_auth(token, auth)
        company = self.companies.get(company_id)
        options.setdefault("base_url", self.base_url)
        options.setdefault("timeout", self.timeout)
        options.setdefault("max_retries", self.max_retries)
        options.setdefault("read_only", self.read_only)
        options.setdefault("http_client", self._http)
        return Bokio(company_id=str(company.id), **credentials, **options)

    def close(self) -> None:
        """Close the connection pool, and the token endpoint's client when this client made it."""
        super().close()
        if self._own_auth is not None:
            self._own_auth.close()

    def __enter__(self) -> BokioAgency:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Resource namespaces, imported on first use.
    companies: _Resource[AgencyCompanies] = _Resource("bokio.resources.agency_companies", "AgencyCompanies")
    connections: _Resource[AgencyConnections] = _Resource("bokio.resources.agency_connections", "AgencyConnections")
    information: _Resource[AgencyInformation] = _Resource("bokio.resources.agency_information", "AgencyInformation")
    invitations: _Resource[AgencyInvitations] = _Resource("bokio.resources.agency_invitations", "AgencyInvitations")
    todos: _Resource[AgencyTodos] = _Resource("bokio.resources.agency_todos", "AgencyTodos")
    users: _Resource[AgencyUsers] = _Resource("bokio.resources.agency_users", "AgencyUsers")


class AsyncBokioAgency(_AgencyMixin, _AsyncClient):
    """Asyncio client of the Bokio Agency API for one agency; the twin of :class:`BokioAgency`."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        agency_id: ID | None = None,
        scopes: Iterable[Scope | ScopeName] | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        read_only: bool = False,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = limits.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        http_client: httpx.AsyncClient | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        self.agency_id = _agency_id(agency_id)
        self._own_auth = None
        if auth is None and token is not None:
            auth = BearerToken(token)
        if auth is None:
            auth = self._own_auth = _auth(client_id, client_secret, scopes, base_url, timeout, http_client)
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            max_response_size=max_response_size,
            deadline=deadline,
            http_client=http_client,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        flags = ", read_only=True" if self.read_only else ""
        agency = str(self.agency_id) if self.agency_id else None
        return f"AsyncBokioAgency(agency_id={agency!r}, base_url={self.base_url!r}{flags})"

    def with_options(
        self,
        *,
        agency_id: ID | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        read_only: bool | NotGiven = NOT_GIVEN,
        default_headers: dict[str, str] | NotGiven = NOT_GIVEN,
        pacing: Pacing | bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> AsyncBokioAgency:
        """The asyncio twin of :meth:`BokioAgency.with_options`."""
        changes = _given(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            pacing=pacing,
            max_response_size=max_response_size,
            deadline=deadline,
        )
        agency = self.agency_id if isinstance(agency_id, NotGiven) else agency_id
        clone = AsyncBokioAgency(agency_id=agency, http_client=self._http, **self._options(**changes))
        clone._connections = self._connections
        clone._sleep = self._sleep
        clone.usage = self.usage
        return clone

    async def company_client(
        self, company_id: ID, *, token: str | None = None, auth: httpx.Auth | None = None, **options: Any
    ) -> AsyncBokio:
        """An :class:`~bokio.AsyncBokio` client for one of the agency's client companies (see
        :meth:`BokioAgency.company_client`)."""
        credentials = self._company_auth(token, auth)
        company = await self.companies.get(company_id)
        options.setdefault("base_url", self.base_url)
        options.setdefault("timeout", self.timeout)
        options.setdefault("max_retries", self.max_retries)
        options.setdefault("read_only", self.read_only)
        options.setdefault("http_client", self._http)
        return AsyncBokio(company_id=str(company.id), **credentials, **options)

    async def close(self) -> None:
        """Close the connection pool, and the token endpoint's client when this client made it."""
        await super().close()
        if self._own_auth is not None:
            self._own_auth.close()

    async def __aenter__(self) -> AsyncBokioAgency:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    companies: _Resource[AsyncAgencyCompanies] = _Resource(
        "bokio.resources.aio.agency_companies", "AsyncAgencyCompanies"
    )
    connections: _Resource[AsyncAgencyConnections] = _Resource(
        "bokio.resources.aio.agency_connections", "AsyncAgencyConnections"
    )
    information: _Resource[AsyncAgencyInformation] = _Resource(
        "bokio.resources.aio.agency_information", "AsyncAgencyInformation"
    )
    invitations: _Resource[AsyncAgencyInvitations] = _Resource(
        "bokio.resources.aio.agency_invitations", "AsyncAgencyInvitations"
    )
    todos: _Resource[AsyncAgencyTodos] = _Resource("bokio.resources.aio.agency_todos", "AsyncAgencyTodos")
    users: _Resource[AsyncAgencyUsers] = _Resource("bokio.resources.aio.agency_users", "AsyncAgencyUsers")
