from __future__ import annotations

from uuid import UUID

from ...models.invoice_payment_input import InvoicePaymentInput
from ...params import InvoicePaymentParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createInvoicePayment"
METHOD = "POST"
PATH = "/companies/{companyId}/invoices/{invoiceId}/payments"


def build_request(
    company_id: UUID | str,
    invoice_id: UUID | str,
    *,
    body: InvoicePaymentInput | InvoicePaymentParams,
) -> ApiRequest:
    """The request of `createInvoicePayment`: Register a payment on an invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/invoices/{path_uuid(invoice_id, 'invoiceId')}/payments",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
