from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "getCustomer"
METHOD = "GET"
PATH = "/companies/{companyId}/customers/{customerId}"


def build_request(
    company_id: UUID | str,
    customer_id: UUID | str,
) -> ApiRequest:
    """The request of `getCustomer`: Get a customer.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/customers/{path_uuid(customer_id, 'customerId')}",
    )
