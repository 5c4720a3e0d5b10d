from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.upload_ref import UploadRef
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    supplier_invoice_id: UUID,
    *,
    body: UploadRef,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/supplier-invoices/{supplier_invoice_id}/uploads".format(
            company_id=quote(str(company_id), safe=""),
            supplier_invoice_id=quote(str(supplier_invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | UploadRef | None:
    if response.status_code == 200:
        response_200 = UploadRef.from_dict(response.json())

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
) -> Response[ApiError | UploadRef]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    supplier_invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRef,
) -> Response[ApiError | UploadRef]:
    """Attach an upload to a supplier invoice

     Connects an existing upload (created with `uploads.create`, e.g. the PDF of the invoice)
    to the supplier invoice. `id` is required. The upload must not already be connected to
    something else nor deleted (`validation-error`), and the invoice must have been created
    through the API by this integration (`operation-not-allowed`). Needs scope
    `supplier-invoices:write`.

    Args:
        company_id (UUID):
        supplier_invoice_id (UUID):
        body (UploadRef): A reference to an upload by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UploadRef]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        supplier_invoice_id=supplier_invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    supplier_invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRef,
) -> ApiError | UploadRef | None:
    """Attach an upload to a supplier invoice

     Connects an existing upload (created with `uploads.create`, e.g. the PDF of the invoice)
    to the supplier invoice. `id` is required. The upload must not already be connected to
    something else nor deleted (`validation-error`), and the invoice must have been created
    through the API by this integration (`operation-not-allowed`). Needs scope
    `supplier-invoices:write`.

    Args:
        company_id (UUID):
        supplier_invoice_id (UUID):
        body (UploadRef): A reference to an upload by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UploadRef
    """

    return sync_detailed(
        company_id=company_id,
        supplier_invoice_id=supplier_invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    supplier_invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRef,
) -> Response[ApiError | UploadRef]:
    """Attach an upload to a supplier invoice

     Connects an existing upload (created with `uploads.create`, e.g. the PDF of the invoice)
    to the supplier invoice. `id` is required. The upload must not already be connected to
    something else nor deleted (`validation-error`), and the invoice must have been created
    through the API by this integration (`operation-not-allowed`). Needs scope
    `supplier-invoices:write`.

    Args:
        company_id (UUID):
        supplier_invoice_id (UUID):
        body (UploadRef): A reference to an upload by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | UploadRef]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        supplier_invoice_id=supplier_invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    supplier_invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadRef,
) -> ApiError | UploadRef | None:
    """Attach an upload to a supplier invoice

     Connects an existing upload (created with `uploads.create`, e.g. the PDF of the invoice)
    to the supplier invoice. `id` is required. The upload must not already be connected to
    something else nor deleted (`validation-error`), and the invoice must have been created
    through the API by this integration (`operation-not-allowed`). Needs scope
    `supplier-invoices:write`.

    Args:
        company_id (UUID):
        supplier_invoice_id (UUID):
        body (UploadRef): A reference to an upload by its id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | UploadRef
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            supplier_invoice_id=supplier_invoice_id,
            client=client,
            body=body,
        )
    ).parsed
