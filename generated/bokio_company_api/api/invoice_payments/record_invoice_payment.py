from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice_payment import InvoicePayment
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/invoices/{invoice_id}/payments/{payment_id}/record".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InvoicePayment | None:
    if response.status_code == 200:
        response_200 = InvoicePayment.from_dict(response.json())

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
) -> Response[ApiError | InvoicePayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | InvoicePayment]:
    """Bookkeep an invoice payment

     Bookkeeps a registered payment: creates a journal entry that debits the payment's
    account (`bookkeepingAccountNumber`, e.g. 1930 or 1940) and credits accounts receivable
    (1510) with `sumBaseCurrency`. The returned payment carries the new `journalEntryRef`.
    A payment can be bookkept only once; a second call is refused with 400. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoicePayment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        payment_id=payment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | InvoicePayment | None:
    """Bookkeep an invoice payment

     Bookkeeps a registered payment: creates a journal entry that debits the payment's
    account (`bookkeepingAccountNumber`, e.g. 1930 or 1940) and credits accounts receivable
    (1510) with `sumBaseCurrency`. The returned payment carries the new `journalEntryRef`.
    A payment can be bookkept only once; a second call is refused with 400. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoicePayment
    """

    return sync_detailed(
        company_id=company_id,
        invoice_id=invoice_id,
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | InvoicePayment]:
    """Bookkeep an invoice payment

     Bookkeeps a registered payment: creates a journal entry that debits the payment's
    account (`bookkeepingAccountNumber`, e.g. 1930 or 1940) and credits accounts receivable
    (1510) with `sumBaseCurrency`. The returned payment carries the new `journalEntryRef`.
    A payment can be bookkept only once; a second call is refused with 400. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoicePayment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | InvoicePayment | None:
    """Bookkeep an invoice payment

     Bookkeeps a registered payment: creates a journal entry that debits the payment's
    account (`bookkeepingAccountNumber`, e.g. 1930 or 1940) and credits accounts receivable
    (1510) with `sumBaseCurrency`. The returned payment carries the new `journalEntryRef`.
    A payment can be bookkept only once; a second call is refused with 400. Needs scope
    `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoicePayment
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            invoice_id=invoice_id,
            payment_id=payment_id,
            client=client,
        )
    ).parsed
