from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_information import AgencyInformation
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    agency_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agencies/{agency_id}/agency-information".format(
            agency_id=quote(str(agency_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyInformation | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyInformation.from_dict(response.json())

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
) -> Response[AgencyInformation | ApiError]:
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
) -> Response[AgencyInformation | ApiError]:
    """Get the agency's information

     The agency's name and organisation number. Needs scope `agency-information:read`.

    Args:
        agency_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyInformation | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AgencyInformation | ApiError | None:
    """Get the agency's information

     The agency's name and organisation number. Needs scope `agency-information:read`.

    Args:
        agency_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyInformation | ApiError
    """

    return sync_detailed(
        agency_id=agency_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgencyInformation | ApiError]:
    """Get the agency's information

     The agency's name and organisation number. Needs scope `agency-information:read`.

    Args:
        agency_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyInformation | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> AgencyInformation | ApiError | None:
    """Get the agency's information

     The agency's name and organisation number. Needs scope `agency-information:read`.

    Args:
        agency_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyInformation | ApiError
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            client=client,
        )
    ).parsed
