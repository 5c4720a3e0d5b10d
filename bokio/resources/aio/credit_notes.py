"""``client.credit_notes``: credit notes of customer invoices (scopes ``credit-notes:read``/``credit-notes:write``).

A credit note starts as a draft made by ``client.invoices.credit`` (crediting the whole
invoice); ``update`` it to credit only part, then ``publish`` and ``record`` it.
"""

from __future__ import annotations

from typing import overload

from bokio_company_api.api.credit_notes import (
    delete_credit_note,
    download_credit_note,
    get_credit_note,
    list_credit_notes,
    publish_credit_note,
    record_credit_note,
    update_credit_note,
)
from bokio_company_api.models.credit_note import CreditNote
from bokio_company_api.models.credit_note_input import CreditNoteInput
from bokio_company_api.params import CreditNoteParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Destination, Resource

__all__ = ["AsyncCreditNotes"]


class AsyncCreditNotes(Resource[AsyncBokio]):
    """``client.credit_notes``: list, edit, publish, bookkeep and download credit notes."""

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[CreditNote]:
        """Every credit note, page by page; ``query`` filters (e.g. ``Q.status == "draft"``)."""
        return self._client._paginate(
            list_credit_notes,
            lambda page, size, compiled: list_credit_notes.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            CreditNote.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, credit_note_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> CreditNote:
        """One credit note with its lines, totals and the invoice it credits."""
        return await self._client._call(
            lambda: get_credit_note.build_request(company_id=self._company_id, credit_note_id=credit_note_id),
            CreditNote.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        credit_note_id: ID,
        credit_note: CreditNote | CreditNoteInput | CreditNoteParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> CreditNote:
        """Replace the draft credit note with ``credit_note``; drop lines or lower quantities to credit part."""
        body = CreditNoteInput.from_dict(credit_note.to_dict()) if isinstance(credit_note, CreditNote) else credit_note
        return await self._client._call(
            lambda: update_credit_note.build_request(
                company_id=self._company_id, credit_note_id=credit_note_id, body=body
            ),
            CreditNote.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, credit_note_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Delete a draft credit note, leaving the invoice uncredited."""
        await self._client._call_no_content(
            lambda: delete_credit_note.build_request(company_id=self._company_id, credit_note_id=credit_note_id),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def publish(
        self, credit_note_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> CreditNote:
        """Issue the draft: Bokio numbers it, and it can no longer be changed or deleted."""
        return await self._client._call(
            lambda: publish_credit_note.build_request(company_id=self._company_id, credit_note_id=credit_note_id),
            CreditNote.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def record(
        self, credit_note_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> CreditNote:
        """Bookkeep the published credit note, reversing the invoice: 1510 credit, revenue and output VAT debits."""
        return await self._client._call(
            lambda: record_credit_note.build_request(company_id=self._company_id, credit_note_id=credit_note_id),
            CreditNote.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @overload
    async def download(
        self,
        credit_note_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        credit_note_id: ID,
        destination: Destination,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        credit_note_id: ID,
        destination: Destination | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """The published credit note as a PDF: bytes, or written to ``destination`` (a path or binary file)."""
        pdf: bytes | None = await self._client._download(
            lambda: download_credit_note.build_request(company_id=self._company_id, credit_note_id=credit_note_id),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return pdf
