from __future__ import annotations

from uuid import UUID

from ...request import ApiRequest, path_uuid

OPERATION_ID = "reverseJournalEntry"
METHOD = "POST"
PATH = "/companies/{companyId}/journal-entries/{journalEntryId}/reverse"


def build_request(
    company_id: UUID | str,
    journal_entry_id: UUID | str,
) -> ApiRequest:
    """The request of `reverseJournalEntry`: Reverse a journal entry.

    An optional query parameter left None is sent with its documented default, if it has one,
    else not at all. Raises InvalidParameterError (a ValueError) for a UUID or integer parameter
    that is not of its form.
    """
    return ApiRequest(
        __name__,
        OPERATION_ID,
        METHOD,
        f"/companies/{path_uuid(company_id, 'companyId')}/journal-entries/{path_uuid(journal_entry_id, 'journalEntryId')}/reverse",
    )
