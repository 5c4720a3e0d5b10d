from __future__ import annotations

from uuid import UUID

from ...models.supplier_input import SupplierInput
from ...params import SupplierParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "updateSupplier"
METHOD = "PUT"
PATH = "/companies/{companyId}/suppliers/{supplierId}"


def build_request(
    company_id: UUID | str,
    supplier_id: UUID | str,
    *,
    body: SupplierInput | SupplierParams,
) -> ApiRequest:
    """The request of `updateSupplier`: Update a supplier.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/suppliers/{path_uuid(supplier_id, 'supplierId')}",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
