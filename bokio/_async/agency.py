"""The Agency API client: an accounting agency (byrå) and its client companies (see :mod:`bokio.agency`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any
from uuid import UUID

import httpx

from .. import errors, limits
from .._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    client_credentials,
    given,
)
from .._options import (
    base_url as _base_url,
)
from ..auth import BearerToken
from ..oauth.auth import ClientCredentialsAuth
from ..oauth.scopes import Scope, ScopeName
from ..pacing import Pacing
from ..resources.base import ID, uuid_of
from .client import AsyncAPIClient, AsyncBokio
from .namespaces import AsyncAgencyNamespaces

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


class AsyncBokioAgency(AsyncAgencyNamespaces, AsyncAPIClient):
    """Client of the Bokio Agency API for one agency: :class:`~bokio.agency.BokioAgency`, and
    :class:`~bokio.agency.AsyncBokioAgency` for asyncio.

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
        http_client: httpx.AsyncClient | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        self.agency_id = _agency_id(agency_id)
        # The client credentials auth this client made, and so closes. Without an http client its
        # token requests use a pool of their own, which a forked child makes anew (bokio.forksafe).
        self._own_auth: ClientCredentialsAuth | None = None
        if auth is None and token is not None:
            auth = BearerToken(token)
        if auth is None:
            client_id, client_secret = client_credentials(client_id, client_secret)
            auth = self._own_auth = ClientCredentialsAuth(
                client_id,
                client_secret,
                _base_url(base_url),
                scopes=AGENCY_SCOPES if scopes is None else scopes,
                timeout=timeout,
                async_http_client=http_client,
            )
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
        return f"{type(self).__name__}(agency_id={agency!r}, base_url={self.base_url!r}{flags})"

    def _require_agency_id(self) -> UUID:
        if self.agency_id is None:
            raise errors.BokioError("no agency id: pass agency_id=… or set BOKIO_AGENCY_ID")
        return self.agency_id

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
        """A client like this one with the options given changed (e.g. ``agency_id``);
        it shares the connection pool and the token."""
        changes = given(
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
        return self._sharing(AsyncBokioAgency(agency_id=agency, http_client=self._http, **self._options(**changes)))

    async def company_client(
        self, company_id: ID, *, token: str | None = None, auth: httpx.Auth | None = None, **options: Any
    ) -> AsyncBokio:
        """A client of the Company API for one of the agency's client companies.

        The Agency API token does not reach the Company API, so the company's own ``token`` (or
        ``auth``) is needed. The company is first looked up through the Agency API: one that is
        not the agency's client raises :class:`~bokio.NotFoundError` and no client is made.
        """
        if (token is None) == (auth is None):
            raise errors.BokioError(
                "an Agency API token does not reach the Company API: pass the client company's own "
                "token=… (a private integration's) or auth=… (e.g. OAuthTokenAuth for the company)"
            )
        credentials: dict[str, Any] = {"token": token} if token is not None else {"auth": auth}
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
