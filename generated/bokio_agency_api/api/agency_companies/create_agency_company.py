from __future__ import annotations

from uuid import UUID

from ...models.new_agency_company import NewAgencyCompany
from ...params import NewAgencyCompanyParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createAgencyCompany"
METHOD = "POST"
PATH = "/agencies/{agencyId}/companies"


def build_request(
    agency_id: UUID | str,
    *,
    body: NewAgencyCompany | NewAgencyCompanyParams,
) -> ApiRequest:
    """The request of `createAgencyCompany`: Create a client company.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/companies",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
