from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_int, path_uuid

OPERATION_ID = "getAccount"
METHOD = "GET"
PATH = "/companies/{companyId}/chart-of-accounts/{account}"


def build_request(
    company_id: UUID | str,
    account: int,
) -> ApiRequest:
    """The request of `getAccount`: Get an account.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/chart-of-accounts/{path_int(account, 'account', 0, 2147483647)}",
    )
