from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "deleteInvoiceSettlement"
METHOD = "DELETE"
PATH = "/companies/{companyId}/invoices/{invoiceId}/settlements/{settlementId}"


def build_request(
    company_id: UUID | str,
    invoice_id: UUID | str,
    settlement_id: UUID | str,
) -> ApiRequest:
    """The request of `deleteInvoiceSettlement`: Delete an invoice settlement.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/invoices/{path_uuid(invoice_id, 'invoiceId')}/settlements/{path_uuid(settlement_id, 'settlementId')}",
    )
