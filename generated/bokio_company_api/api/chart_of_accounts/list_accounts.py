from __future__ import annotations

from typing import Any
from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "listAccounts"
METHOD = "GET"
PATH = "/companies/{companyId}/chart-of-accounts"


def build_request(
    company_id: UUID | str,
    *,
    query: str | None = None,
) -> ApiRequest:
    """The request of `listAccounts`: List the chart of accounts.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    params: dict[str, Any] = {}
    if query is not None:
        params["query"] = query
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/chart-of-accounts",
        params=params,
    )
