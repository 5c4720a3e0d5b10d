from __future__ import annotations

from typing import Any

from ...request import ApiRequest

OPERATION_ID = "searchAgencyInformation"
METHOD = "GET"
PATH = "/agency-information"


def build_request(
    *,
    page: int | None = None,
    page_size: int | None = None,
    query: str,
) -> ApiRequest:
    """The request of `searchAgencyInformation`: Find an agency by organisation number.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["page"] = 1 if page is None else page
    params["pageSize"] = 25 if page_size is None else page_size
    params["query"] = query
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/agency-information",
        params=params,
    )
