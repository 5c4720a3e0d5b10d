from __future__ import annotations

from uuid import UUID

from ...models.journal_entry_input import JournalEntryInput
from ...params import JournalEntryParams
from ...request import ApiRequest, path_uuid

OPERATION_ID = "createJournalEntry"
METHOD = "POST"
PATH = "/companies/{companyId}/journal-entries"


def build_request(
    company_id: UUID | str,
    *,
    body: JournalEntryInput | JournalEntryParams,
) -> ApiRequest:
    """The request of `createJournalEntry`: Create a journal entry.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/journal-entries",
        json=body if isinstance(body, dict) else body.to_dict(),
    )
