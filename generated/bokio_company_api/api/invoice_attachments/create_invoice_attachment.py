from __future__ import annotations

from uuid import UUID

from ...models.invoice_attachment_upload import InvoiceAttachmentUpload
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createInvoiceAttachment"
METHOD = "POST"
PATH = "/companies/{companyId}/invoices/{invoiceId}/attachments"


def build_request(
    company_id: UUID | str,
    invoice_id: UUID | str,
    *,
    body: InvoiceAttachmentUpload,
) -> ApiRequest:
    """The request of `createInvoiceAttachment`: Attach a file to a draft invoice.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/invoices/{path_uuid(invoice_id, 'invoiceId')}/attachments",
        files=body.to_multipart(),
    )
