from __future__ import annotations

from uuid import UUID

from ...models.bulk_create_bank_payments_request import BulkCreateBankPaymentsRequest
from ...params import BulkCreateBankPaymentsRequestParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createBankPayments"
METHOD = "POST"
PATH = "/companies/{companyId}/bank-payments/bulk"


def build_request(
    company_id: UUID | str,
    *,
    body: BulkCreateBankPaymentsRequest | BulkCreateBankPaymentsRequestParams,
) -> ApiRequest:
    """The request of `createBankPayments`: Create several bank payments at once.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/bank-payments/bulk",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
