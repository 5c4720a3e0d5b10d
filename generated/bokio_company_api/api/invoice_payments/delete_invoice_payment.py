from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/companies/{company_id}/invoices/{invoice_id}/payments/{payment_id}".format(
            company_id=quote(str(company_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
) -> Response[Any]:
    """Delete an invoice payment

     Removes the payment from the invoice, which raises the invoice's outstanding amount again.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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


async def asyncio_detailed(
    company_id: UUID,
    invoice_id: UUID,
    payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an invoice payment

     Removes the payment from the invoice, which raises the invoice's outstanding amount again.
    Needs scope `invoices:write`.

    Args:
        company_id (UUID):
        invoice_id (UUID):
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        invoice_id=invoice_id,
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
