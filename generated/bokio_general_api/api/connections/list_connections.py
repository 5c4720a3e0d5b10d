from __future__ import annotations

from typing import Any
from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "listConnections"
METHOD = "GET"
PATH = "/connections"


def build_request(
    *,
    page: int | None = None,
    page_size: int | None = None,
    tenant_id: UUID | str | None = None,
) -> ApiRequest:
    """The request of `listConnections`: List connections.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    params["page"] = 1 if page is None else page
    params["pageSize"] = 20 if page_size is None else page_size
    if tenant_id is not None:
        params["tenantId"] = path_uuid(tenant_id, "tenantId")
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        "/connections",
        params=params,
    )
