from __future__ import annotations

from typing import Any
from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getAgencyCompanyNavigation"
METHOD = "GET"
PATH = "/agencies/{agencyId}/companies/{companyId}/navigation"


def build_request(
    agency_id: UUID | str,
    company_id: UUID | str,
    *,
    user_id: UUID | str,
    todo_type: str | None = None,
) -> ApiRequest:
    """The request of `getAgencyCompanyNavigation`: Get a link into Bokio for a client company.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["userId"] = path_uuid(user_id, "userId")
    if todo_type is not None:
        params["todoType"] = todo_type
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/companies/{path_uuid(company_id, 'companyId')}/navigation",
        params=params,
    )
