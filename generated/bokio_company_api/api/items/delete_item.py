from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "deleteItem"
METHOD = "DELETE"
PATH = "/companies/{companyId}/items/{itemId}"


def build_request(
    company_id: UUID | str,
    item_id: UUID | str,
) -> ApiRequest:
    """The request of `deleteItem`: Delete an item.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/items/{path_uuid(item_id, 'itemId')}",
    )
