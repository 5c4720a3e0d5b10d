from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice_attachment import InvoiceAttachment
from ...models.invoice_attachment_upload import InvoiceAttachmentUpload
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    *,
    body: InvoiceAttachmentUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/invoices/{invoice_id}/attachments".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InvoiceAttachment | None:
    if response.status_code == 200:
        response_200 = InvoiceAttachment.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | InvoiceAttachment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceAttachmentUpload,
) -> Response[ApiError | InvoiceAttachment]:
    """Attach a file to a draft invoice

     Uploads a file and attaches it to the invoice, after any attachments it already has; each
    attached file becomes extra pages of the invoice document. Only draft invoices accept
    attachments. Allowed types: PDF, JPEG and PNG; at most 4 MB per file and 10 MB for all
    of an invoice's files together; images must be smaller than 4960 × 7016 pixels
    (width × height). Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceAttachmentUpload): The multipart form that uploads an invoice attachment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceAttachment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceAttachmentUpload,
) -> ApiError | InvoiceAttachment | None:
    """Attach a file to a draft invoice

     Uploads a file and attaches it to the invoice, after any attachments it already has; each
    attached file becomes extra pages of the invoice document. Only draft invoices accept
    attachments. Allowed types: PDF, JPEG and PNG; at most 4 MB per file and 10 MB for all
    of an invoice's files together; images must be smaller than 4960 × 7016 pixels
    (width × height). Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceAttachmentUpload): The multipart form that uploads an invoice attachment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoiceAttachment
    """

    return sync_detailed(
        company_id=company_id,
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceAttachmentUpload,
) -> Response[ApiError | InvoiceAttachment]:
    """Attach a file to a draft invoice

     Uploads a file and attaches it to the invoice, after any attachments it already has; each
    attached file becomes extra pages of the invoice document. Only draft invoices accept
    attachments. Allowed types: PDF, JPEG and PNG; at most 4 MB per file and 10 MB for all
    of an invoice's files together; images must be smaller than 4960 × 7016 pixels
    (width × height). Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceAttachmentUpload): The multipart form that uploads an invoice attachment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceAttachment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceAttachmentUpload,
) -> ApiError | InvoiceAttachment | None:
    """Attach a file to a draft invoice

     Uploads a file and attaches it to the invoice, after any attachments it already has; each
    attached file becomes extra pages of the invoice document. Only draft invoices accept
    attachments. Allowed types: PDF, JPEG and PNG; at most 4 MB per file and 10 MB for all
    of an invoice's files together; images must be smaller than 4960 × 7016 pixels
    (width × height). Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceAttachmentUpload): The multipart form that uploads an invoice attachment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoiceAttachment
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
