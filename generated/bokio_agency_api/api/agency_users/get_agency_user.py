from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_user import AgencyUser
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    agency_id: UUID,
    user_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agencies/{agency_id}/users/{user_id}".format(
            agency_id=quote(str(agency_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyUser | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyUser.from_dict(response.json())

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
) -> Response[AgencyUser | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgencyUser | ApiError]:
    """Get an agency user

     One member of the agency. Needs scope `agency-users:read`.

    Args:
        agency_id (UUID):
        user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyUser | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AgencyUser | ApiError | None:
    """Get an agency user

     One member of the agency. Needs scope `agency-users:read`.

    Args:
        agency_id (UUID):
        user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyUser | ApiError
    """

    return sync_detailed(
        agency_id=agency_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgencyUser | ApiError]:
    """Get an agency user

     One member of the agency. Needs scope `agency-users:read`.

    Args:
        agency_id (UUID):
        user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyUser | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AgencyUser | ApiError | None:
    """Get an agency user

     One member of the agency. Needs scope `agency-users:read`.

    Args:
        agency_id (UUID):
        user_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyUser | ApiError
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
