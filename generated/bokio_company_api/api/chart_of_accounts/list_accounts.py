from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account import Account
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    company_id: UUID,
    *,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/chart-of-accounts".format(
            company_id=quote(str(company_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Account] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Account.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[Account]]:
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
    query: str | Unset = UNSET,
) -> Response[ApiError | list[Account]]:
    """List the chart of accounts

     Returns every account the company can book on, in one response (not paged): the
    accounts of the Swedish BAS standard chart and any custom accounts the company added.
    In BAS the first digit gives the class: 1 assets, 2 equity and liabilities, 3 revenue,
    4 to 7 costs (goods, other external costs, personnel), 8 financial items and the year's
    result. Journal entries can only use accounts from this list. Filter with `query`,
    e.g. `account>=3000&&account<4000` for the revenue accounts. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Account]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> ApiError | list[Account] | None:
    """List the chart of accounts

     Returns every account the company can book on, in one response (not paged): the
    accounts of the Swedish BAS standard chart and any custom accounts the company added.
    In BAS the first digit gives the class: 1 assets, 2 equity and liabilities, 3 revenue,
    4 to 7 costs (goods, other external costs, personnel), 8 financial items and the year's
    result. Journal entries can only use accounts from this list. Filter with `query`,
    e.g. `account>=3000&&account<4000` for the revenue accounts. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Account]
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        query=query,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> Response[ApiError | list[Account]]:
    """List the chart of accounts

     Returns every account the company can book on, in one response (not paged): the
    accounts of the Swedish BAS standard chart and any custom accounts the company added.
    In BAS the first digit gives the class: 1 assets, 2 equity and liabilities, 3 revenue,
    4 to 7 costs (goods, other external costs, personnel), 8 financial items and the year's
    result. Journal entries can only use accounts from this list. Filter with `query`,
    e.g. `account>=3000&&account<4000` for the revenue accounts. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Account]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> ApiError | list[Account] | None:
    """List the chart of accounts

     Returns every account the company can book on, in one response (not paged): the
    accounts of the Swedish BAS standard chart and any custom accounts the company added.
    In BAS the first digit gives the class: 1 assets, 2 equity and liabilities, 3 revenue,
    4 to 7 costs (goods, other external costs, personnel), 8 financial items and the year's
    result. Journal entries can only use accounts from this list. Filter with `query`,
    e.g. `account>=3000&&account<4000` for the revenue accounts. Needs scope
    `chart-of-accounts:read`.

    Args:
        company_id (UUID):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Account]
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            query=query,
        )
    ).parsed
