from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_information_page import AgencyInformationPage
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agency-information",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyInformationPage | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyInformationPage.from_dict(response.json())

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
) -> Response[AgencyInformationPage | ApiError]:
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
    query: str,
) -> Response[AgencyInformationPage | ApiError]:
    """Find an agency by organisation number

     Looks an agency up by its exact organisation number; `query` is required and must be
    `organizationNumber==<number>` (with or without the dash). Names and partial numbers are
    not searched. Use it to learn the `agencyId` to connect to. Needs scope
    `agency-information:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyInformationPage | ApiError]
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
    query: str,
) -> AgencyInformationPage | ApiError | None:
    """Find an agency by organisation number

     Looks an agency up by its exact organisation number; `query` is required and must be
    `organizationNumber==<number>` (with or without the dash). Names and partial numbers are
    not searched. Use it to learn the `agencyId` to connect to. Needs scope
    `agency-information:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyInformationPage | ApiError
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
    query: str,
) -> Response[AgencyInformationPage | ApiError]:
    """Find an agency by organisation number

     Looks an agency up by its exact organisation number; `query` is required and must be
    `organizationNumber==<number>` (with or without the dash). Names and partial numbers are
    not searched. Use it to learn the `agencyId` to connect to. Needs scope
    `agency-information:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyInformationPage | ApiError]
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
    query: str,
) -> AgencyInformationPage | ApiError | None:
    """Find an agency by organisation number

     Looks an agency up by its exact organisation number; `query` is required and must be
    `organizationNumber==<number>` (with or without the dash). Names and partial numbers are
    not searched. Use it to learn the `agencyId` to connect to. Needs scope
    `agency-information:read`.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyInformationPage | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            query=query,
        )
    ).parsed
