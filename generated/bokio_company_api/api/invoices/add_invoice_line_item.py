from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from ...models.sales_invoice_line import SalesInvoiceLine
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    *,
    body: DescriptionOnlyInvoiceLine | SalesInvoiceLine,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/invoices/{invoice_id}/line-items".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if isinstance(body, SalesInvoiceLine):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: DescriptionOnlyInvoiceLine | SalesInvoiceLine
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_invoice_line_item_type_0 = SalesInvoiceLine.from_dict(_response_200)

            response_200 = componentsschemas_invoice_line_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_invoice_line_item_type_1 = DescriptionOnlyInvoiceLine.from_dict(_response_200)

            response_200 = componentsschemas_invoice_line_item_type_1

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
) -> Response[ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine]:
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
    body: DescriptionOnlyInvoiceLine | SalesInvoiceLine,
) -> Response[ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine]:
    """Add a line to a draft invoice

     Appends one line at the end of a draft invoice, without resending the whole invoice. This
    is the way to add a discount: a sales line with a negative `unitPrice` (and usually
    `bookkeepingAccountNumber` 3730). The invoice must be a draft. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (DescriptionOnlyInvoiceLine | SalesInvoiceLine): One invoice (or credit note) line;
            `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine]
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
    body: DescriptionOnlyInvoiceLine | SalesInvoiceLine,
) -> ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine | None:
    """Add a line to a draft invoice

     Appends one line at the end of a draft invoice, without resending the whole invoice. This
    is the way to add a discount: a sales line with a negative `unitPrice` (and usually
    `bookkeepingAccountNumber` 3730). The invoice must be a draft. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (DescriptionOnlyInvoiceLine | SalesInvoiceLine): One invoice (or credit note) line;
            `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine
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
    body: DescriptionOnlyInvoiceLine | SalesInvoiceLine,
) -> Response[ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine]:
    """Add a line to a draft invoice

     Appends one line at the end of a draft invoice, without resending the whole invoice. This
    is the way to add a discount: a sales line with a negative `unitPrice` (and usually
    `bookkeepingAccountNumber` 3730). The invoice must be a draft. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (DescriptionOnlyInvoiceLine | SalesInvoiceLine): One invoice (or credit note) line;
            `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine]
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
    body: DescriptionOnlyInvoiceLine | SalesInvoiceLine,
) -> ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine | None:
    """Add a line to a draft invoice

     Appends one line at the end of a draft invoice, without resending the whole invoice. This
    is the way to add a discount: a sales line with a negative `unitPrice` (and usually
    `bookkeepingAccountNumber` 3730). The invoice must be a draft. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (DescriptionOnlyInvoiceLine | SalesInvoiceLine): One invoice (or credit note) line;
            `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DescriptionOnlyInvoiceLine | SalesInvoiceLine
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
