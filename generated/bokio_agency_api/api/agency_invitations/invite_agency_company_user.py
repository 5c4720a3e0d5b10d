from __future__ import annotations

from uuid import UUID

from ...models.new_invitation import NewInvitation
from ...params import NewInvitationParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "inviteAgencyCompanyUser"
METHOD = "POST"
PATH = "/agencies/{agencyId}/companies/{companyId}/invitations"


def build_request(
    agency_id: UUID | str,
    company_id: UUID | str,
    *,
    body: NewInvitation | NewInvitationParams,
) -> ApiRequest:
    """The request of `inviteAgencyCompanyUser`: Invite someone to a client company.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/companies/{path_uuid(company_id, 'companyId')}/invitations",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
