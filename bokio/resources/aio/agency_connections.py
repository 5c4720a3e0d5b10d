"""``agency.connections``: the agencies the integration is connected to (``agency-connections:read``/``:write``)."""

from __future__ import annotations

from bokio_agency_api.api.agency_connections import (
    create_agency_connection,
    delete_agency_connection,
    get_agency_connection,
    list_agency_connections,
)
from bokio_agency_api.models.agency_connection import AgencyConnection
from bokio_agency_api.params import NewAgencyConnectionParams

from bokio.agency import AsyncBokioAgency
from bokio.client import Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, AgencyResource

__all__ = ["AsyncAgencyConnections"]


class AsyncAgencyConnections(AgencyResource[AsyncBokioAgency]):
    """``agency.connections``: the agencies this integration is connected to."""

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[AgencyConnection]:
        """Every active agency connection; ``query`` filters on ``agencyId``, ``agencyName``, ``organizationNumber``."""
        return self._client._paginate(
            list_agency_connections,
            lambda page, size, compiled: list_agency_connections.build_request(
                page=page, page_size=size, query=compiled
            ),
            AgencyConnection.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create(
        self, agency_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyConnection:
        """Connect to the agency with this client's token scopes (again: its scopes become the token's)."""
        body: NewAgencyConnectionParams = {"agencyId": agency_id}
        return await self._client._call(
            lambda: create_agency_connection.build_request(body=body),
            AgencyConnection.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, agency_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> AgencyConnection:
        """The connection to the agency ``agency_id``, with the scopes it grants."""
        return await self._client._call(
            lambda: get_agency_connection.build_request(agency_id=agency_id),
            AgencyConnection.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, agency_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Disconnect from the agency; nothing of the agency's is deleted."""
        await self._client._call_no_content(
            lambda: delete_agency_connection.build_request(agency_id=agency_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )
