from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_connection_page import AgencyConnectionPage
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agency-connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyConnectionPage | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyConnectionPage.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgencyConnectionPage | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> Response[AgencyConnectionPage | ApiError]:
    """List agency connections

     Returns, one page at a time, the agencies this integration is actively connected to.
    Filter with `query` on `agencyId`, `agencyName` or `organizationNumber`. Needs scope
    `agency-connections:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyConnectionPage | ApiError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> AgencyConnectionPage | ApiError | None:
    """List agency connections

     Returns, one page at a time, the agencies this integration is actively connected to.
    Filter with `query` on `agencyId`, `agencyName` or `organizationNumber`. Needs scope
    `agency-connections:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyConnectionPage | ApiError
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> Response[AgencyConnectionPage | ApiError]:
    """List agency connections

     Returns, one page at a time, the agencies this integration is actively connected to.
    Filter with `query` on `agencyId`, `agencyName` or `organizationNumber`. Needs scope
    `agency-connections:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyConnectionPage | ApiError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> AgencyConnectionPage | ApiError | None:
    """List agency connections

     Returns, one page at a time, the agencies this integration is actively connected to.
    Filter with `query` on `agencyId`, `agencyName` or `organizationNumber`. Needs scope
    `agency-connections:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyConnectionPage | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            query=query,
        )
    ).parsed
