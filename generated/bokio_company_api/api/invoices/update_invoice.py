from __future__ import annotations

from uuid import UUID

from ...models.invoice_input import InvoiceInput
from ...params import InvoiceParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "updateInvoice"
METHOD = "PUT"
PATH = "/companies/{companyId}/invoices/{invoiceId}"


def build_request(
    company_id: UUID | str,
    invoice_id: UUID | str,
    *,
    body: InvoiceInput | InvoiceParams,
) -> ApiRequest:
    """The request of `updateInvoice`: Update a draft invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/invoices/{path_uuid(invoice_id, 'invoiceId')}",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
