from __future__ import annotations

from uuid import UUID

from ...models.supplier_input import SupplierInput
from ...params import SupplierParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createSupplier"
METHOD = "POST"
PATH = "/companies/{companyId}/suppliers"


def build_request(
    company_id: UUID | str,
    *,
    body: SupplierInput | SupplierParams,
) -> ApiRequest:
    """The request of `createSupplier`: Create a supplier.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/suppliers",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
