from __future__ import annotations

from typing import Any

from ...request import ApiRequest

OPERATION_ID = "listAgencyConnections"
METHOD = "GET"
PATH = "/agency-connections"


def build_request(
    *,
    page: int | None = None,
    page_size: int | None = None,
    query: str | None = None,
) -> ApiRequest:
    """The request of `listAgencyConnections`: List agency connections.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["page"] = 1 if page is None else page
    params["pageSize"] = 25 if page_size is None else page_size
    if query is not None:
        params["query"] = query
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/agency-connections",
        params=params,
    )
