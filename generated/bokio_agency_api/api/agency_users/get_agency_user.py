from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getAgencyUser"
METHOD = "GET"
PATH = "/agencies/{agencyId}/users/{userId}"


def build_request(
    agency_id: UUID | str,
    user_id: UUID | str,
) -> ApiRequest:
    """The request of `getAgencyUser`: Get an agency user.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/users/{path_uuid(user_id, 'userId')}",
    )
