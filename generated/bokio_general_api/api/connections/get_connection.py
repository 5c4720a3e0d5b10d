from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getConnection"
METHOD = "GET"
PATH = "/connections/{connectionId}"


def build_request(
    connection_id: UUID | str,
) -> ApiRequest:
    """The request of `getConnection`: Get a connection.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/connections/{path_uuid(connection_id, 'connectionId')}",
    )
