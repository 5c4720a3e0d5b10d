"""``client.uploads``: receipts and other supporting documents (scopes ``uploads:read``/``uploads:write``)."""

from __future__ import annotations

import os
from typing import BinaryIO, overload
from uuid import UUID

from bokio_company_api.api.uploads import create_upload, download_upload, get_upload, list_uploads
from bokio_company_api.models.upload import Upload
from bokio_company_api.models.upload_create import UploadCreate
from bokio_company_api.types import UNSET

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, FileInput, Resource, file_part

__all__ = ["Uploads"]


class Uploads(Resource):
    """``client.uploads``: receipts and other documents, uploaded and downloaded."""

    def create(
        self,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        description: str | None = None,
        journal_entry_id: ID | None = None,
    ) -> Upload:
        """Upload a PDF, JPEG or PNG (bytes, a binary file or a path) to the company's Uploaded page.

        ``journal_entry_id`` attaches it to that journal entry as its supporting document;
        ``description`` defaults to the file name. ``file_name`` and ``content_type`` default to
        the path's or file's name and to the type the content starts like.
        """
        body = UploadCreate(
            file=file_part(file, file_name, content_type),
            description=UNSET if description is None else description,
            journal_entry_id=UNSET if journal_entry_id is None else UUID(str(journal_entry_id)),
        )
        return self._client._call(create_upload, Upload.from_dict, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[Upload]:
        """Every upload, page by page; ``query`` filters by description or journal entry."""
        return self._client._paginate(
            list_uploads, Upload.from_dict_lazy, query=query, page_size=page_size, company_id=self._company_id
        )

    def get(self, upload_id: ID) -> Upload:
        """The upload's description, content type and journal entry (the file itself: :meth:`download`)."""
        return self._client._call(get_upload, Upload.from_dict, company_id=self._company_id, upload_id=upload_id)

    @overload
    def download(self, upload_id: ID, destination: None = None) -> bytes: ...
    @overload
    def download(self, upload_id: ID, destination: str | os.PathLike[str] | BinaryIO) -> None: ...
    def download(self, upload_id: ID, destination: str | os.PathLike[str] | BinaryIO | None = None) -> bytes | None:
        """The uploaded file's bytes as uploaded, or streamed into ``destination`` (a path or binary file)."""
        content: bytes | None = self._client._download(
            download_upload, destination, company_id=self._company_id, upload_id=upload_id
        )
        return content
