from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.connection_page import ConnectionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    tenant_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_tenant_id: str | Unset = UNSET
    if not isinstance(tenant_id, Unset):
        json_tenant_id = str(tenant_id)
    params["tenantId"] = json_tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ConnectionPage | None:
    if response.status_code == 200:
        response_200 = ConnectionPage.from_dict(response.json())

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
) -> Response[ApiError | ConnectionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    tenant_id: UUID | Unset = UNSET,
) -> Response[ApiError | ConnectionPage]:
    """List connections

     Returns, one page at a time, the companies that have authorized this integration (one
    connection each). Pass `tenantId` to get just the connection to that company.

    Authenticate with a token from the client credentials grant. General API tokens carry no
    scope, so the operation needs none.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ConnectionPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        tenant_id=tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    tenant_id: UUID | Unset = UNSET,
) -> ApiError | ConnectionPage | None:
    """List connections

     Returns, one page at a time, the companies that have authorized this integration (one
    connection each). Pass `tenantId` to get just the connection to that company.

    Authenticate with a token from the client credentials grant. General API tokens carry no
    scope, so the operation needs none.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ConnectionPage
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    tenant_id: UUID | Unset = UNSET,
) -> Response[ApiError | ConnectionPage]:
    """List connections

     Returns, one page at a time, the companies that have authorized this integration (one
    connection each). Pass `tenantId` to get just the connection to that company.

    Authenticate with a token from the client credentials grant. General API tokens carry no
    scope, so the operation needs none.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ConnectionPage]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        tenant_id=tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    tenant_id: UUID | Unset = UNSET,
) -> ApiError | ConnectionPage | None:
    """List connections

     Returns, one page at a time, the companies that have authorized this integration (one
    connection each). Pass `tenantId` to get just the connection to that company.

    Authenticate with a token from the client credentials grant. General API tokens carry no
    scope, so the operation needs none.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        tenant_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ConnectionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            tenant_id=tenant_id,
        )
    ).parsed
