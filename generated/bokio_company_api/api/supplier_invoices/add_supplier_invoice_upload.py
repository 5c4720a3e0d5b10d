from __future__ import annotations

from uuid import UUID

from ...models.upload_ref import UploadRef
from ...params import UploadRefParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "addSupplierInvoiceUpload"
METHOD = "POST"
PATH = "/companies/{companyId}/supplier-invoices/{supplierInvoiceId}/uploads"


def build_request(
    company_id: UUID | str,
    supplier_invoice_id: UUID | str,
    *,
    body: UploadRef | UploadRefParams,
) -> ApiRequest:
    """The request of `addSupplierInvoiceUpload`: Attach an upload to a supplier invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/supplier-invoices/{path_uuid(supplier_invoice_id, 'supplierInvoiceId')}/uploads",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
