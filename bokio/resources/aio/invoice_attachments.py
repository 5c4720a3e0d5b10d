"""``client.invoices.attachments``: files attached to draft invoices (scopes ``invoices:read``/``invoices:write``)."""

from __future__ import annotations

from typing import overload

from bokio_company_api.api.invoice_attachments import (
    create_invoice_attachment,
    delete_invoice_attachment,
    download_invoice_attachment,
    get_invoice_attachment,
    list_invoice_attachments,
)
from bokio_company_api.models.invoice_attachment import InvoiceAttachment
from bokio_company_api.models.invoice_attachment_upload import InvoiceAttachmentUpload

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Destination, FileInput, Resource, file_part

__all__ = ["AsyncInvoiceAttachments"]


class AsyncInvoiceAttachments(Resource[AsyncBokio]):
    """``client.invoices.attachments``: files attached to an invoice."""

    async def create(
        self,
        invoice_id: ID,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> InvoiceAttachment:
        """Attach a PDF, JPEG or PNG (at most 4 MB) to a draft invoice, after its other attachments.

        ``file`` is the content, a binary file or a path; ``file_name`` defaults to the path's name.
        """
        body = InvoiceAttachmentUpload(file=file_part(file, file_name, content_type))
        return await self._client._call(
            lambda: create_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, body=body
            ),
            InvoiceAttachment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        invoice_id: ID,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[InvoiceAttachment]:
        """The invoice's attachments in the order they appear on it, page by page."""
        return self._client._paginate(
            list_invoice_attachments,
            lambda page, size, compiled: list_invoice_attachments.build_request(
                company_id=self._company_id, invoice_id=invoice_id, page=page, page_size=size, query=compiled
            ),
            InvoiceAttachment.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, invoice_id: ID, attachment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> InvoiceAttachment:
        """The attachment's id and file name; ``download`` fetches the file itself."""
        return await self._client._call(
            lambda: get_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            InvoiceAttachment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def delete(
        self, invoice_id: ID, attachment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        """Detach and delete the file (only while the invoice is a draft)."""
        await self._client._call_no_content(
            lambda: delete_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            timeout=timeout,
            extra_headers=extra_headers,
        )

    @overload
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: Destination,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> None: ...
    async def download(
        self,
        invoice_id: ID,
        attachment_id: ID,
        destination: Destination | None = None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> bytes | None:
        """The attached file's content: bytes, or written to ``destination`` (a path or binary file)."""
        content: bytes | None = await self._client._download(
            lambda: download_invoice_attachment.build_request(
                company_id=self._company_id, invoice_id=invoice_id, attachment_id=attachment_id
            ),
            destination,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return content
