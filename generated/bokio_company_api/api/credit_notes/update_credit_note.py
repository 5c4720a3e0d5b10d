from __future__ import annotations

from uuid import UUID

from ...models.credit_note_input import CreditNoteInput
from ...params import CreditNoteParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "updateCreditNote"
METHOD = "PUT"
PATH = "/companies/{companyId}/credit-notes/{creditNoteId}"


def build_request(
    company_id: UUID | str,
    credit_note_id: UUID | str,
    *,
    body: CreditNoteInput | CreditNoteParams,
) -> ApiRequest:
    """The request of `updateCreditNote`: Update a draft credit note.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/credit-notes/{path_uuid(credit_note_id, 'creditNoteId')}",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
