from __future__ import annotations

from uuid import UUID

from ...models.bank_payment_input import BankPaymentInput
from ...params import BankPaymentParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createBankPayment"
METHOD = "POST"
PATH = "/companies/{companyId}/bank-payments"


def build_request(
    company_id: UUID | str,
    *,
    body: BankPaymentInput | BankPaymentParams,
) -> ApiRequest:
    """The request of `createBankPayment`: Create a bank payment.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/bank-payments",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
