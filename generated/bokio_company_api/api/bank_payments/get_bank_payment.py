from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bank_payment import BankPayment
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    bank_payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/bank-payments/{bank_payment_id}".format(
            company_id=quote(str(company_id), safe=""),
            bank_payment_id=quote(str(bank_payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | BankPayment | None:
    if response.status_code == 200:
        response_200 = BankPayment.from_dict(response.json())

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
) -> Response[ApiError | BankPayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    bank_payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | BankPayment]:
    """Get a bank payment

     Returns one payment this integration created, with its current status (e.g. whether it
    has been signed and paid). A payment created by anyone else answers 404. Needs the
    elevated scope `bank-payments:read-limited` (public integrations approved by Bokio only).

    Args:
        company_id (UUID):
        bank_payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BankPayment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        bank_payment_id=bank_payment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    bank_payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | BankPayment | None:
    """Get a bank payment

     Returns one payment this integration created, with its current status (e.g. whether it
    has been signed and paid). A payment created by anyone else answers 404. Needs the
    elevated scope `bank-payments:read-limited` (public integrations approved by Bokio only).

    Args:
        company_id (UUID):
        bank_payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BankPayment
    """

    return sync_detailed(
        company_id=company_id,
        bank_payment_id=bank_payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    bank_payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | BankPayment]:
    """Get a bank payment

     Returns one payment this integration created, with its current status (e.g. whether it
    has been signed and paid). A payment created by anyone else answers 404. Needs the
    elevated scope `bank-payments:read-limited` (public integrations approved by Bokio only).

    Args:
        company_id (UUID):
        bank_payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BankPayment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        bank_payment_id=bank_payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    bank_payment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | BankPayment | None:
    """Get a bank payment

     Returns one payment this integration created, with its current status (e.g. whether it
    has been signed and paid). A payment created by anyone else answers 404. Needs the
    elevated scope `bank-payments:read-limited` (public integrations approved by Bokio only).

    Args:
        company_id (UUID):
        bank_payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BankPayment
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            bank_payment_id=bank_payment_id,
            client=client,
        )
    ).parsed
