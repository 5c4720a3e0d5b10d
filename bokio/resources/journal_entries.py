"""``client.journal_entries``: the company's bookkeeping (scopes ``journal-entries:read``/``journal-entries:write``)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from bokio_company_api.api.journal_entries import (
    create_journal_entry,
    get_journal_entry,
    list_journal_entries,
    reverse_journal_entry,
    update_journal_entry_tags,
)
from bokio_company_api.api.journal_entry_comments import (
    create_journal_entry_comment,
    delete_journal_entry_comment,
    get_journal_entry_comment,
    list_journal_entry_comments,
    update_journal_entry_comment,
)
from bokio_company_api.models.journal_entry import JournalEntry
from bokio_company_api.models.journal_entry_comment import JournalEntryComment
from bokio_company_api.models.journal_entry_comment_input import JournalEntryCommentInput
from bokio_company_api.models.journal_entry_tags_update import JournalEntryTagsUpdate

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["JournalEntries", "JournalEntryComments"]


class JournalEntries(Resource):
    """``client.journal_entries``: book, list, reverse and tag journal entries."""

    @cached_property
    def comments(self) -> JournalEntryComments:
        return JournalEntryComments(self._client)

    def create(self, journal_entry: JournalEntry | Mapping[str, Any]) -> JournalEntry:
        """Bookkeep a manual entry: at least two rows, debits summing to credits, BAS accounts only."""
        body = as_model(journal_entry, JournalEntry.from_dict)
        return self._client._call(create_journal_entry, JournalEntry.from_dict, company_id=self._company_id, body=body)

    def list(
        self, *, query: QueryLike | None = None, page_size: int | None = None, tag_id: ID | None = None
    ) -> Pager[JournalEntry]:
        """Every journal entry, page by page; ``query`` filters, ``tag_id`` keeps entries with that tag."""
        params: dict[str, Any] = {}
        if tag_id is not None:
            params["tag_id"] = tag_id
        return self._client._paginate(
            list_journal_entries,
            JournalEntry.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
            **params,
        )

    def get(self, journal_entry_id: ID) -> JournalEntry:
        """The entry with its rows and tags."""
        return self._client._call(
            get_journal_entry, JournalEntry.from_dict, company_id=self._company_id, journal_entry_id=journal_entry_id
        )

    def reverse(self, journal_entry_id: ID) -> JournalEntry:
        """Cancel the entry by bookkeeping a new one with debits and credits swapped; returns the new entry."""
        return self._client._call(
            reverse_journal_entry,
            JournalEntry.from_dict_lazy,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
        )

    def update_tags(self, journal_entry_id: ID, tags: JournalEntryTagsUpdate | Mapping[str, Any]) -> JournalEntry:
        """Replace every tag of the entry: entry-level ``tags`` or row-level ``items``, never both."""
        body = as_model(tags, JournalEntryTagsUpdate.from_dict)
        return self._client._call(
            update_journal_entry_tags,
            JournalEntry.from_dict_lazy,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
            body=body,
        )


class JournalEntryComments(Resource):
    """``client.journal_entries.comments``: the discussion on a journal entry."""

    def create(
        self, journal_entry_id: ID, comment: JournalEntryCommentInput | Mapping[str, Any]
    ) -> JournalEntryComment:
        """Add a plain-text comment to an entry created through the API."""
        body = as_model(comment, JournalEntryCommentInput.from_dict)
        return self._client._call(
            create_journal_entry_comment,
            JournalEntryComment.from_dict,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
            body=body,
        )

    def list(self, journal_entry_id: ID) -> builtins.list[JournalEntryComment]:
        """Every comment on the entry, oldest first."""
        return self._client._call(
            list_journal_entry_comments,
            lambda data: [JournalEntryComment.from_dict(item) for item in data],
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
        )

    def get(self, journal_entry_id: ID, comment_id: ID) -> JournalEntryComment:
        """One comment on the journal entry."""
        return self._client._call(
            get_journal_entry_comment,
            JournalEntryComment.from_dict,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
            comment_id=comment_id,
        )

    def update(
        self, journal_entry_id: ID, comment_id: ID, comment: JournalEntryCommentInput | Mapping[str, Any]
    ) -> JournalEntryComment:
        """Replace the text of a comment this integration wrote."""
        body = as_model(comment, JournalEntryCommentInput.from_dict)
        return self._client._call(
            update_journal_entry_comment,
            JournalEntryComment.from_dict,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
            comment_id=comment_id,
            body=body,
        )

    def delete(self, journal_entry_id: ID, comment_id: ID) -> None:
        """Remove a comment this integration wrote."""
        self._client._call_no_content(
            delete_journal_entry_comment,
            company_id=self._company_id,
            journal_entry_id=journal_entry_id,
            comment_id=comment_id,
        )
