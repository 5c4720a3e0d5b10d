from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.supplier_invoice import SupplierInvoice
from ...models.supplier_invoice_create import SupplierInvoiceCreate
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    *,
    body: SupplierInvoiceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/supplier-invoices".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SupplierInvoice | None:
    if response.status_code == 200:
        response_200 = SupplierInvoice.from_dict(response.json())

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
) -> Response[ApiError | SupplierInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SupplierInvoiceCreate,
) -> Response[ApiError | SupplierInvoice]:
    """Create a supplier invoice

     Registers an invoice received from a supplier: which supplier, its invoice number, the
    invoice and due dates and the total to pay in the supplier's currency (the currency is
    taken from the supplier, not sent). To attach the scanned or PDF invoice, first create an
    upload and pass its id in `uploadRef`; an upload that is already connected elsewhere or
    has been deleted is refused with a `validation-error`, an unknown one with 404.
    Needs scope `supplier-invoices:write`.

    Args:
        company_id (UUID):
        body (SupplierInvoiceCreate): What to send to register a supplier invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SupplierInvoice]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SupplierInvoiceCreate,
) -> ApiError | SupplierInvoice | None:
    """Create a supplier invoice

     Registers an invoice received from a supplier: which supplier, its invoice number, the
    invoice and due dates and the total to pay in the supplier's currency (the currency is
    taken from the supplier, not sent). To attach the scanned or PDF invoice, first create an
    upload and pass its id in `uploadRef`; an upload that is already connected elsewhere or
    has been deleted is refused with a `validation-error`, an unknown one with 404.
    Needs scope `supplier-invoices:write`.

    Args:
        company_id (UUID):
        body (SupplierInvoiceCreate): What to send to register a supplier invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SupplierInvoice
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SupplierInvoiceCreate,
) -> Response[ApiError | SupplierInvoice]:
    """Create a supplier invoice

     Registers an invoice received from a supplier: which supplier, its invoice number, the
    invoice and due dates and the total to pay in the supplier's currency (the currency is
    taken from the supplier, not sent). To attach the scanned or PDF invoice, first create an
    upload and pass its id in `uploadRef`; an upload that is already connected elsewhere or
    has been deleted is refused with a `validation-error`, an unknown one with 404.
    Needs scope `supplier-invoices:write`.

    Args:
        company_id (UUID):
        body (SupplierInvoiceCreate): What to send to register a supplier invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SupplierInvoice]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SupplierInvoiceCreate,
) -> ApiError | SupplierInvoice | None:
    """Create a supplier invoice

     Registers an invoice received from a supplier: which supplier, its invoice number, the
    invoice and due dates and the total to pay in the supplier's currency (the currency is
    taken from the supplier, not sent). To attach the scanned or PDF invoice, first create an
    upload and pass its id in `uploadRef`; an upload that is already connected elsewhere or
    has been deleted is refused with a `validation-error`, an unknown one with 404.
    Needs scope `supplier-invoices:write`.

    Args:
        company_id (UUID):
        body (SupplierInvoiceCreate): What to send to register a supplier invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SupplierInvoice
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
