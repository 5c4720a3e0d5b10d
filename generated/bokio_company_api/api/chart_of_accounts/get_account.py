from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_with_details import AccountWithDetails
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    account: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/chart-of-accounts/{account}".format(
            company_id=quote(str(company_id), safe=""),
            account=quote(str(account), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountWithDetails | ApiError | None:
    if response.status_code == 200:
        response_200 = AccountWithDetails.from_dict(response.json())

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
) -> Response[AccountWithDetails | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    account: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountWithDetails | ApiError]:
    """Get an account

     Returns one account of the chart of accounts by its number, with its current balance.
    Fails with 404 when the company's chart has no such account. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        account (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountWithDetails | ApiError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    account: int,
    *,
    client: AuthenticatedClient | Client,
) -> AccountWithDetails | ApiError | None:
    """Get an account

     Returns one account of the chart of accounts by its number, with its current balance.
    Fails with 404 when the company's chart has no such account. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        account (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountWithDetails | ApiError
    """

    return sync_detailed(
        company_id=company_id,
        account=account,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    account: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountWithDetails | ApiError]:
    """Get an account

     Returns one account of the chart of accounts by its number, with its current balance.
    Fails with 404 when the company's chart has no such account. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        account (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountWithDetails | ApiError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    account: int,
    *,
    client: AuthenticatedClient | Client,
) -> AccountWithDetails | ApiError | None:
    """Get an account

     Returns one account of the chart of accounts by its number, with its current balance.
    Fails with 404 when the company's chart has no such account. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        account (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountWithDetails | ApiError
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            account=account,
            client=client,
        )
    ).parsed
