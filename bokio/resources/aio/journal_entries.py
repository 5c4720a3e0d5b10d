"""``client.journal_entries``: the company's bookkeeping (scopes ``journal-entries:read``/``journal-entries:write``)."""

from __future__ import annotations

import builtins
from functools import cached_property

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
from bokio_company_api.models.journal_entry_input import JournalEntryInput
from bokio_company_api.models.journal_entry_tags_update import JournalEntryTagsUpdate
from bokio_company_api.params import JournalEntryCommentParams, JournalEntryParams, JournalEntryTagsUpdateParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncJournalEntries", "AsyncJournalEntryComments"]


class AsyncJournalEntries(Resource[AsyncBokio]):
    """``client.journal_entries``: book, list, reverse and tag journal entries."""

    @cached_property
    def comments(self) -> AsyncJournalEntryComments:
        return AsyncJournalEntryComments(self._client)

    async def create(
        self,
        journal_entry: JournalEntryInput | JournalEntryParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> JournalEntry:
        """Bookkeep a manual entry: at least two rows, debits summing to credits, BAS accounts only."""
        return await self._client._call(
            lambda: create_journal_entry.build_request(company_id=self._company_id, body=journal_entry),
            JournalEntry.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        tag_id: ID | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[JournalEntry]:
        """Every journal entry, page by page; ``query`` filters, ``tag_id`` keeps entries with that tag."""
        return self._client._paginate(
            list_journal_entries,
            lambda page, size, compiled: list_journal_entries.build_request(
                company_id=self._company_id, tag_id=tag_id, page=page, page_size=size, query=compiled
            ),
            JournalEntry.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, journal_entry_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> JournalEntry:
        """The entry with its rows and tags."""
        return await self._client._call(
            lambda: get_journal_entry.build_request(company_id=self._company_id, journal_entry_id=journal_entry_id),
            JournalEntry.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def reverse(
        self, journal_entry_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> JournalEntry:
        """Cancel the entry by bookkeeping a new one with debits and credits swapped; returns the new entry."""
        return await self._client._call(
            lambda: reverse_journal_entry.build_request(company_id=self._company_id, journal_entry_id=journal_entry_id),
            JournalEntry.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update_tags(
        self,
        journal_entry_id: ID,
        tags: JournalEntryTagsUpdate | JournalEntryTagsUpdateParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> JournalEntry:
        """Replace every tag of the entry: entry-level ``tags`` or row-level ``items``, never both."""
        return await self._client._call(
            lambda: update_journal_entry_tags.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id, body=tags
            ),
            JournalEntry.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class AsyncJournalEntryComments(Resource[AsyncBokio]):
    """``client.journal_entries.comments``: the discussion on a journal entry."""

    async def create(
        self,
        journal_entry_id: ID,
        comment: JournalEntryCommentInput | JournalEntryCommentParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> JournalEntryComment:
        """Add a plain-text comment to an entry created through the API."""
        return await self._client._call(
            lambda: create_journal_entry_comment.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id, body=comment
            ),
            JournalEntryComment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def list(
        self, journal_entry_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> builtins.list[JournalEntryComment]:
        """Every comment on the entry, oldest first."""
        return await self._client._call(
            lambda: list_journal_entry_comments.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id
            ),
            lambda data: [JournalEntryComment.from_dict(item) for item in data],
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        journal_entry_id: ID,
        comment_id: ID,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> JournalEntryComment:
        """One comment on the journal entry."""
        return await self._client._call(
            lambda: get_journal_entry_comment.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id, comment_id=comment_id
            ),
            JournalEntryComment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        journal_entry_id: ID,
        comment_id: ID,
        comment: JournalEntryCommentInput | JournalEntryCommentParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> JournalEntryComment:
        """Replace the text of a comment this integration wrote."""
        return await self._client._call(
            lambda: update_journal_entry_comment.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id, comment_id=comment_id, body=comment
            ),
            JournalEntryComment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        journal_entry_id: ID,
        comment_id: ID,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None:
        """Remove a comment this integration wrote."""
        await self._client._call_no_content(
            lambda: delete_journal_entry_comment.build_request(
                company_id=self._company_id, journal_entry_id=journal_entry_id, comment_id=comment_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )
