from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getSupplier"
METHOD = "GET"
PATH = "/companies/{companyId}/suppliers/{supplierId}"


def build_request(
    company_id: UUID | str,
    supplier_id: UUID | str,
) -> ApiRequest:
    """The request of `getSupplier`: Get a supplier.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/suppliers/{path_uuid(supplier_id, 'supplierId')}",
    )
