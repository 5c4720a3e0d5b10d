from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getAgencyConnection"
METHOD = "GET"
PATH = "/agency-connections/{agencyId}"


def build_request(
    agency_id: UUID | str,
) -> ApiRequest:
    """The request of `getAgencyConnection`: Get an agency connection.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agency-connections/{path_uuid(agency_id, 'agencyId')}",
    )
