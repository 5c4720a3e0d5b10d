from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invoice_settlement import InvoiceSettlement
from ...models.invoice_settlement_create import InvoiceSettlementCreate
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    *,
    body: InvoiceSettlementCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/invoices/{invoice_id}/settlements".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InvoiceSettlement | None:
    if response.status_code == 200:
        response_200 = InvoiceSettlement.from_dict(response.json())

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
) -> Response[ApiError | InvoiceSettlement]:
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
    body: InvoiceSettlementCreate,
) -> Response[ApiError | InvoiceSettlement]:
    """Create a settlement on an invoice

     Adds a settlement of type `currency`, `bankFee` or `paymentServiceFee` (bad debt and
    balance adjustments are made in Bokio itself). A positive `sumBaseCurrency` lowers what
    is still owed on the invoice; a negative one raises it, e.g. for a currency gain. The
    settlement is not bookkept yet: call `recordInvoiceSettlement` afterwards, which books
    a bank fee to 6570 (Bank charges), a currency difference to 3740 (Penny and krona
    adjustments) and a payment service fee to an expense account chosen by its `vatScheme`.
    `paymentServiceFee` needs `PaymentServiceFeeSettlementDetails` (with `vatScheme`) and is
    available for Swedish companies only; the other types take `StandardSettlementDetails`.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceSettlementCreate): A new settlement. Send
            `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`
            is `paymentServiceFee`, `StandardSettlementDetails` otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceSettlement]
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
    body: InvoiceSettlementCreate,
) -> ApiError | InvoiceSettlement | None:
    """Create a settlement on an invoice

     Adds a settlement of type `currency`, `bankFee` or `paymentServiceFee` (bad debt and
    balance adjustments are made in Bokio itself). A positive `sumBaseCurrency` lowers what
    is still owed on the invoice; a negative one raises it, e.g. for a currency gain. The
    settlement is not bookkept yet: call `recordInvoiceSettlement` afterwards, which books
    a bank fee to 6570 (Bank charges), a currency difference to 3740 (Penny and krona
    adjustments) and a payment service fee to an expense account chosen by its `vatScheme`.
    `paymentServiceFee` needs `PaymentServiceFeeSettlementDetails` (with `vatScheme`) and is
    available for Swedish companies only; the other types take `StandardSettlementDetails`.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceSettlementCreate): A new settlement. Send
            `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`
            is `paymentServiceFee`, `StandardSettlementDetails` otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoiceSettlement
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
    body: InvoiceSettlementCreate,
) -> Response[ApiError | InvoiceSettlement]:
    """Create a settlement on an invoice

     Adds a settlement of type `currency`, `bankFee` or `paymentServiceFee` (bad debt and
    balance adjustments are made in Bokio itself). A positive `sumBaseCurrency` lowers what
    is still owed on the invoice; a negative one raises it, e.g. for a currency gain. The
    settlement is not bookkept yet: call `recordInvoiceSettlement` afterwards, which books
    a bank fee to 6570 (Bank charges), a currency difference to 3740 (Penny and krona
    adjustments) and a payment service fee to an expense account chosen by its `vatScheme`.
    `paymentServiceFee` needs `PaymentServiceFeeSettlementDetails` (with `vatScheme`) and is
    available for Swedish companies only; the other types take `StandardSettlementDetails`.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceSettlementCreate): A new settlement. Send
            `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`
            is `paymentServiceFee`, `StandardSettlementDetails` otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InvoiceSettlement]
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
    body: InvoiceSettlementCreate,
) -> ApiError | InvoiceSettlement | None:
    """Create a settlement on an invoice

     Adds a settlement of type `currency`, `bankFee` or `paymentServiceFee` (bad debt and
    balance adjustments are made in Bokio itself). A positive `sumBaseCurrency` lowers what
    is still owed on the invoice; a negative one raises it, e.g. for a currency gain. The
    settlement is not bookkept yet: call `recordInvoiceSettlement` afterwards, which books
    a bank fee to 6570 (Bank charges), a currency difference to 3740 (Penny and krona
    adjustments) and a payment service fee to an expense account chosen by its `vatScheme`.
    `paymentServiceFee` needs `PaymentServiceFeeSettlementDetails` (with `vatScheme`) and is
    available for Swedish companies only; the other types take `StandardSettlementDetails`.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        body (InvoiceSettlementCreate): A new settlement. Send
            `PaymentServiceFeeSettlementDetails` (with `vatScheme`) when `type`
            is `paymentServiceFee`, `StandardSettlementDetails` otherwise.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InvoiceSettlement
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
