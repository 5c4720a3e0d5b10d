from __future__ import annotations

from uuid import UUID

from ...models.description_only_invoice_line_input import DescriptionOnlyInvoiceLineInput
from ...models.sales_invoice_line_input import SalesInvoiceLineInput
from ...params import InvoiceLineItemParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "addInvoiceLineItem"
METHOD = "POST"
PATH = "/companies/{companyId}/invoices/{invoiceId}/line-items"


def build_request(
    company_id: UUID | str,
    invoice_id: UUID | str,
    *,
    body: DescriptionOnlyInvoiceLineInput | SalesInvoiceLineInput | InvoiceLineItemParams,
) -> ApiRequest:
    """The request of `addInvoiceLineItem`: Add a line to a draft invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/invoices/{path_uuid(invoice_id, 'invoiceId')}/line-items",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
