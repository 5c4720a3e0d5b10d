"""``client.credit_notes``: credit notes of customer invoices (scopes ``credit-notes:read``/``credit-notes:write``).

A credit note starts as a draft made by ``client.invoices.credit`` (crediting the whole
invoice); ``update`` it to credit only part, then ``publish`` and ``record`` it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, BinaryIO, overload

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

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["CreditNotes"]


class CreditNotes(Resource):
    """``client.credit_notes``: list, edit, publish, bookkeep and download credit notes."""

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[CreditNote]:
        """Every credit note, page by page; ``query`` filters (e.g. ``Q.status == "draft"``)."""
        return self._client._paginate(
            list_credit_notes, CreditNote.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, credit_note_id: ID) -> CreditNote:
        """One credit note with its lines, totals and the invoice it credits."""
        return self._client._call(
            get_credit_note, CreditNote.from_dict, company_id=self._company_id, credit_note_id=credit_note_id
        )

    def update(self, credit_note_id: ID, credit_note: CreditNote | Mapping[str, Any]) -> CreditNote:
        """Replace the draft credit note with ``credit_note``; drop lines or lower quantities to credit part."""
        body = as_model(credit_note, CreditNote.from_dict)
        return self._client._call(
            update_credit_note,
            CreditNote.from_dict,
            company_id=self._company_id,
            credit_note_id=credit_note_id,
            body=body,
        )

    def delete(self, credit_note_id: ID) -> None:
        """Delete a draft credit note, leaving the invoice uncredited."""
        self._client._call_no_content(delete_credit_note, company_id=self._company_id, credit_note_id=credit_note_id)

    def publish(self, credit_note_id: ID) -> CreditNote:
        """Issue the draft: Bokio numbers it, and it can no longer be changed or deleted."""
        return self._client._call(
            publish_credit_note, CreditNote.from_dict, company_id=self._company_id, credit_note_id=credit_note_id
        )

    def record(self, credit_note_id: ID) -> CreditNote:
        """Bookkeep the published credit note, reversing the invoice: 1510 credit, revenue and output VAT debits."""
        return self._client._call(
            record_credit_note, CreditNote.from_dict, company_id=self._company_id, credit_note_id=credit_note_id
        )

    @overload
    def download(self, credit_note_id: ID, destination: None = None) -> bytes: ...
    @overload
    def download(self, credit_note_id: ID, destination: str | os.PathLike[str] | BinaryIO) -> None: ...
    def download(
        self, credit_note_id: ID, destination: str | os.PathLike[str] | BinaryIO | None = None
    ) -> bytes | None:
        """The published credit note as a PDF: bytes, or written to ``destination`` (a path or binary file)."""
        pdf: bytes | None = self._client._download(
            download_credit_note, destination, company_id=self._company_id, credit_note_id=credit_note_id
        )
        return pdf
