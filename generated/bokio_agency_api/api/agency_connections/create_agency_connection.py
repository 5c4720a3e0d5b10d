from __future__ import annotations

from ...models.new_agency_connection import NewAgencyConnection
from ...params import NewAgencyConnectionParams
from ...request import ApiRequest

OPERATION_ID = "createAgencyConnection"
METHOD = "POST"
PATH = "/agency-connections"


def build_request(
    *,
    body: NewAgencyConnection | NewAgencyConnectionParams,
) -> ApiRequest:
    """The request of `createAgencyConnection`: Connect to an agency.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/agency-connections",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
