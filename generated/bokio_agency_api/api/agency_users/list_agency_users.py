from __future__ import annotations

from typing import Any
from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "listAgencyUsers"
METHOD = "GET"
PATH = "/agencies/{agencyId}/users"


def build_request(
    agency_id: UUID | str,
    *,
    page: int | None = None,
    page_size: int | None = None,
) -> ApiRequest:
    """The request of `listAgencyUsers`: List the agency's users.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["page"] = 1 if page is None else page
    params["pageSize"] = 25 if page_size is None else page_size
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/agencies/{path_uuid(agency_id, 'agencyId')}/users",
        params=params,
    )
