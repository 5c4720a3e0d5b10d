from __future__ import annotations

from uuid import UUID

from ...models.description_only_item_input import DescriptionOnlyItemInput
from ...models.sales_item_input import SalesItemInput
from ...params import ItemParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createItem"
METHOD = "POST"
PATH = "/companies/{companyId}/items"


def build_request(
    company_id: UUID | str,
    *,
    body: DescriptionOnlyItemInput | SalesItemInput | ItemParams,
) -> ApiRequest:
    """The request of `createItem`: Create an item.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/items",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
