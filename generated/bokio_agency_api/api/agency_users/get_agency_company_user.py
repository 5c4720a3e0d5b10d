from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getAgencyCompanyUser"
METHOD = "GET"
PATH = "/agencies/{agencyId}/companies/{companyId}/users/{userId}"


def build_request(
    agency_id: UUID | str,
    company_id: UUID | str,
    user_id: UUID | str,
) -> ApiRequest:
    """The request of `getAgencyCompanyUser`: Get a client company's user.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/companies/{path_uuid(company_id, 'companyId')}/users/{path_uuid(user_id, 'userId')}",
    )
