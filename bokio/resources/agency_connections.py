"""``agency.connections``: the agencies the integration is connected to (``agency-connections:read``/``:write``)."""

from __future__ import annotations

from bokio_agency_api.api.agency_connections import (
    create_agency_connection,
    delete_agency_connection,
    get_agency_connection,
    list_agency_connections,
)
from bokio_agency_api.models.agency_connection import AgencyConnection
from bokio_agency_api.models.new_agency_connection import NewAgencyConnection

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, AgencyResource, uuid_of

__all__ = ["AgencyConnections"]


class AgencyConnections(AgencyResource):
    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[AgencyConnection]:
        """Every active agency connection; ``query`` filters on ``agencyId``, ``agencyName``, ``organizationNumber``."""
        return self._client._paginate(
            list_agency_connections, AgencyConnection.from_dict_lazy, query=query, page_size=page_size
        )

    def create(self, agency_id: ID) -> AgencyConnection:
        """Connect to the agency with this client's token scopes (again: its scopes become the token's)."""
        body = NewAgencyConnection(agency_id=uuid_of(agency_id, "agency_id"))
        return self._client._call(create_agency_connection, AgencyConnection.from_dict, body=body)

    def get(self, agency_id: ID) -> AgencyConnection:
        return self._client._call(
            get_agency_connection, AgencyConnection.from_dict, agency_id=uuid_of(agency_id, "agency_id")
        )

    def delete(self, agency_id: ID) -> None:
        """Disconnect from the agency; nothing of the agency's is deleted."""
        self._client._call_no_content(delete_agency_connection, agency_id=uuid_of(agency_id, "agency_id"))
