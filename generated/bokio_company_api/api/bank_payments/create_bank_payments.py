from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bank_payment import BankPayment
from ...models.bulk_create_bank_payments_request import BulkCreateBankPaymentsRequest
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    *,
    body: BulkCreateBankPaymentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/bank-payments/bulk".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[BankPayment] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BankPayment.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ApiError | list[BankPayment]]:
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
    body: BulkCreateBankPaymentsRequest,
) -> Response[ApiError | list[BankPayment]]:
    """Create several bank payments at once

     Registers 1 to 100 payments in one request, each as in "Create a bank payment". All or
    nothing: if any payment is invalid none is created, and the field paths of the errors
    carry the payment's position (e.g. `#/payments/2/amount`). Each created payment waits to
    be signed with BankID in the Bokio app.

    Needs the elevated scope `bank-payments:write` (public integrations approved by Bokio
    only).

    Args:
        company_id (UUID):
        body (BulkCreateBankPaymentsRequest): The payments to create together, all or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[BankPayment]]
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
    body: BulkCreateBankPaymentsRequest,
) -> ApiError | list[BankPayment] | None:
    """Create several bank payments at once

     Registers 1 to 100 payments in one request, each as in "Create a bank payment". All or
    nothing: if any payment is invalid none is created, and the field paths of the errors
    carry the payment's position (e.g. `#/payments/2/amount`). Each created payment waits to
    be signed with BankID in the Bokio app.

    Needs the elevated scope `bank-payments:write` (public integrations approved by Bokio
    only).

    Args:
        company_id (UUID):
        body (BulkCreateBankPaymentsRequest): The payments to create together, all or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[BankPayment]
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
    body: BulkCreateBankPaymentsRequest,
) -> Response[ApiError | list[BankPayment]]:
    """Create several bank payments at once

     Registers 1 to 100 payments in one request, each as in "Create a bank payment". All or
    nothing: if any payment is invalid none is created, and the field paths of the errors
    carry the payment's position (e.g. `#/payments/2/amount`). Each created payment waits to
    be signed with BankID in the Bokio app.

    Needs the elevated scope `bank-payments:write` (public integrations approved by Bokio
    only).

    Args:
        company_id (UUID):
        body (BulkCreateBankPaymentsRequest): The payments to create together, all or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[BankPayment]]
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
    body: BulkCreateBankPaymentsRequest,
) -> ApiError | list[BankPayment] | None:
    """Create several bank payments at once

     Registers 1 to 100 payments in one request, each as in "Create a bank payment". All or
    nothing: if any payment is invalid none is created, and the field paths of the errors
    carry the payment's position (e.g. `#/payments/2/amount`). Each created payment waits to
    be signed with BankID in the Bokio app.

    Needs the elevated scope `bank-payments:write` (public integrations approved by Bokio
    only).

    Args:
        company_id (UUID):
        body (BulkCreateBankPaymentsRequest): The payments to create together, all or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[BankPayment]
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
