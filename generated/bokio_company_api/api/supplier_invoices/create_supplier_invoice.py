from __future__ import annotations

from uuid import UUID

from ...models.supplier_invoice_create import SupplierInvoiceCreate
from ...params import SupplierInvoiceCreateParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createSupplierInvoice"
METHOD = "POST"
PATH = "/companies/{companyId}/supplier-invoices"


def build_request(
    company_id: UUID | str,
    *,
    body: SupplierInvoiceCreate | SupplierInvoiceCreateParams,
) -> ApiRequest:
    """The request of `createSupplierInvoice`: Create a supplier invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/supplier-invoices",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
