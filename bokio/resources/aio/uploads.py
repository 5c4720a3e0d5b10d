"""``client.uploads``: receipts and other supporting documents (scopes ``uploads:read``/``uploads:write``)."""

from __future__ import annotations

from typing import overload
from uuid import UUID

from bokio_company_api.api.uploads import create_upload, download_upload, get_upload, list_uploads
from bokio_company_api.models.upload import Upload
from bokio_company_api.models.upload_create import UploadCreate
from bokio_company_api.request import ApiRequest, path_uuid
from bokio_company_api.types import UNSET

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Destination, FileInput, Resource, file_part

__all__ = ["AsyncUploads"]


class AsyncUploads(Resource[AsyncBokio]):
    """``client.uploads``: receipts and other documents, uploaded and downloaded."""

    async def create(
        self,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        description: str | None = None,
        journal_entry_id: ID | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Upload:
        """Upload a PDF, JPEG or PNG (bytes, a binary file or a path) to the company's Uploaded page.

        ``journal_entry_id`` attaches it to that journal entry as its supporting document;
        ``description`` defaults to the file name. ``file_name`` and ``content_type`` default to
        the path's or file's name and to the type the content starts like.
        """
        part = file_part(file, file_name, content_type)

        def build() -> ApiRequest:
            entry = UNSET if journal_entry_id is None else UUID(path_uuid(journal_entry_id, "journalEntryId"))
            body = UploadCreate(
                file=part, description=UNSET if description is None else description, journal_entry_id=entry
            )
            return create_upload.build_request(company_id=self._company_id, body=body)

        return await self._client._call(build, Upload.from_dict, timeout=timeout, extra_headers=extra_headers)

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Upload]:
        """Every upload, page by page; ``query`` filters by description or journal entry."""
        return self._client._paginate(
            list_uploads,
            lambda page, size, compiled: list_uploads.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            Upload.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, upload_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> Upload:
        """The upload's description, content type and journal entry (the file itself: :meth:`download`)."""
        return await self._client._call(
            lambda: get_upload.build_request(company_id=self._company_id, upload_id=upload_id),
            Upload.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @overload
    async def download(
        self,
        upload_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        upload_id: ID,
        destination: Destination,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        upload_id: ID,
        destination: Destination | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """The uploaded file's bytes as uploaded, or streamed into ``destination`` (a path or binary file)."""
        content: bytes | None = await self._client._download(
            lambda: download_upload.build_request(company_id=self._company_id, upload_id=upload_id),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return content
