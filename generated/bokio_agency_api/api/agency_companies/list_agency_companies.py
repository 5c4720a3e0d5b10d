from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_company_page import AgencyCompanyPage
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agency_id: UUID,
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
        "url": "/agencies/{agency_id}/companies".format(
            agency_id=quote(str(agency_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyCompanyPage | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyCompanyPage.from_dict(response.json())

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
) -> Response[AgencyCompanyPage | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> Response[AgencyCompanyPage | ApiError]:
    """List client companies

     Returns the agency's client companies one page at a time. Filter with `query`, e.g.
    `organizationNumber==559311-4407`. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCompanyPage | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        page=page,
        page_size=page_size,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> AgencyCompanyPage | ApiError | None:
    """List client companies

     Returns the agency's client companies one page at a time. Filter with `query`, e.g.
    `organizationNumber==559311-4407`. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCompanyPage | ApiError
    """

    return sync_detailed(
        agency_id=agency_id,
        client=client,
        page=page,
        page_size=page_size,
        query=query,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> Response[AgencyCompanyPage | ApiError]:
    """List client companies

     Returns the agency's client companies one page at a time. Filter with `query`, e.g.
    `organizationNumber==559311-4407`. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCompanyPage | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        page=page,
        page_size=page_size,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    query: str | Unset = UNSET,
) -> AgencyCompanyPage | ApiError | None:
    """List client companies

     Returns the agency's client companies one page at a time. Filter with `query`, e.g.
    `organizationNumber==559311-4407`. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCompanyPage | ApiError
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            client=client,
            page=page,
            page_size=page_size,
            query=query,
        )
    ).parsed
