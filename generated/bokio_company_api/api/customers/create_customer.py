from __future__ import annotations

from uuid import UUID

from ...models.customer_input import CustomerInput
from ...params import CustomerParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createCustomer"
METHOD = "POST"
PATH = "/companies/{companyId}/customers"


def build_request(
    company_id: UUID | str,
    *,
    body: CustomerInput | CustomerParams,
) -> ApiRequest:
    """The request of `createCustomer`: Create a customer.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/customers",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
