from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice_attachment import InvoiceAttachment
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    attachment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/invoices/{invoice_id}/attachments/{attachment_id}".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InvoiceAttachment | None:
    if response.status_code == 200:
        response_200 = InvoiceAttachment.from_dict(response.json())

        return response_200

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
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | InvoiceAttachment]:
    """Get an invoice attachment

     Returns the attachment's id and file name; use `downloadInvoiceAttachment` for the file
    itself. Needs scope `invoices:read`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        attachment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceAttachment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        attachment_id=attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    invoice_id: UUID,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | InvoiceAttachment | None:
    """Get an invoice attachment

     Returns the attachment's id and file name; use `downloadInvoiceAttachment` for the file
    itself. Needs scope `invoices:read`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        attachment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoiceAttachment
    """

    return sync_detailed(
        company_id=company_id,
        invoice_id=invoice_id,
        attachment_id=attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    invoice_id: UUID,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | InvoiceAttachment]:
    """Get an invoice attachment

     Returns the attachment's id and file name; use `downloadInvoiceAttachment` for the file
    itself. Needs scope `invoices:read`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        attachment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceAttachment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        attachment_id=attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    invoice_id: UUID,
    attachment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | InvoiceAttachment | None:
    """Get an invoice attachment

     Returns the attachment's id and file name; use `downloadInvoiceAttachment` for the file
    itself. Needs scope `invoices:read`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        attachment_id (UUID):

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
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
