from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice import Invoice
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    *,
    body: Invoice,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/invoices".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Invoice]:
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
    body: Invoice,
) -> Response[ApiError | Invoice]:
    """Create an invoice

     Creates a draft invoice. Nothing is numbered or bookkept yet: add lines, then publish and
    record it. `type` can only be `invoice` here (the default). `dueDate` may be left out; Bokio
    then takes the customer's payment terms, else the company's, else 30 days after
    `invoiceDate`. Give a line's `itemRef` to copy a catalogue item into the line. A discount is
    a sales line with a negative `unitPrice`, usually booked to 3730 through
    `bookkeepingAccountNumber`. Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        body (Invoice): A customer invoice. The same shape is sent when creating or updating a
            draft and returned
            by every invoice operation; fields Bokio computes (totals, status, numbers, references)
            are ignored in requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Invoice]
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
    body: Invoice,
) -> ApiError | Invoice | None:
    """Create an invoice

     Creates a draft invoice. Nothing is numbered or bookkept yet: add lines, then publish and
    record it. `type` can only be `invoice` here (the default). `dueDate` may be left out; Bokio
    then takes the customer's payment terms, else the company's, else 30 days after
    `invoiceDate`. Give a line's `itemRef` to copy a catalogue item into the line. A discount is
    a sales line with a negative `unitPrice`, usually booked to 3730 through
    `bookkeepingAccountNumber`. Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        body (Invoice): A customer invoice. The same shape is sent when creating or updating a
            draft and returned
            by every invoice operation; fields Bokio computes (totals, status, numbers, references)
            are ignored in requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Invoice
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
    body: Invoice,
) -> Response[ApiError | Invoice]:
    """Create an invoice

     Creates a draft invoice. Nothing is numbered or bookkept yet: add lines, then publish and
    record it. `type` can only be `invoice` here (the default). `dueDate` may be left out; Bokio
    then takes the customer's payment terms, else the company's, else 30 days after
    `invoiceDate`. Give a line's `itemRef` to copy a catalogue item into the line. A discount is
    a sales line with a negative `unitPrice`, usually booked to 3730 through
    `bookkeepingAccountNumber`. Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        body (Invoice): A customer invoice. The same shape is sent when creating or updating a
            draft and returned
            by every invoice operation; fields Bokio computes (totals, status, numbers, references)
            are ignored in requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Invoice]
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
    body: Invoice,
) -> ApiError | Invoice | None:
    """Create an invoice

     Creates a draft invoice. Nothing is numbered or bookkept yet: add lines, then publish and
    record it. `type` can only be `invoice` here (the default). `dueDate` may be left out; Bokio
    then takes the customer's payment terms, else the company's, else 30 days after
    `invoiceDate`. Give a line's `itemRef` to copy a catalogue item into the line. A discount is
    a sales line with a negative `unitPrice`, usually booked to 3730 through
    `bookkeepingAccountNumber`. Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        body (Invoice): A customer invoice. The same shape is sent when creating or updating a
            draft and returned
            by every invoice operation; fields Bokio computes (totals, status, numbers, references)
            are ignored in requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Invoice
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
