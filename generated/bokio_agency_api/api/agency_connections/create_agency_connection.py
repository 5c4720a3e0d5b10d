from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_connection import AgencyConnection
from ...models.api_error import ApiError
from ...models.new_agency_connection import NewAgencyConnection
from ...types import Response


def _get_kwargs(
    *,
    body: NewAgencyConnection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agency-connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyConnection | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyConnection.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AgencyConnection.from_dict(response.json())

        return response_201

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
) -> Response[AgencyConnection | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewAgencyConnection,
) -> Response[AgencyConnection | ApiError]:
    """Connect to an agency

     Connects the integration to an existing agency, with the scopes of the client
    credentials token that makes the call. The integration needs Bokio's approval for
    machine-to-machine access to the Agency API (403 without it). Connecting again to an
    agency already connected answers 200 and sets the connection's scopes to the token's;
    a new connection answers 201. Needs scope `agency-connections:write`.

    Args:
        body (NewAgencyConnection): The agency to connect to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyConnection | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NewAgencyConnection,
) -> AgencyConnection | ApiError | None:
    """Connect to an agency

     Connects the integration to an existing agency, with the scopes of the client
    credentials token that makes the call. The integration needs Bokio's approval for
    machine-to-machine access to the Agency API (403 without it). Connecting again to an
    agency already connected answers 200 and sets the connection's scopes to the token's;
    a new connection answers 201. Needs scope `agency-connections:write`.

    Args:
        body (NewAgencyConnection): The agency to connect to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyConnection | ApiError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewAgencyConnection,
) -> Response[AgencyConnection | ApiError]:
    """Connect to an agency

     Connects the integration to an existing agency, with the scopes of the client
    credentials token that makes the call. The integration needs Bokio's approval for
    machine-to-machine access to the Agency API (403 without it). Connecting again to an
    agency already connected answers 200 and sets the connection's scopes to the token's;
    a new connection answers 201. Needs scope `agency-connections:write`.

    Args:
        body (NewAgencyConnection): The agency to connect to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyConnection | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewAgencyConnection,
) -> AgencyConnection | ApiError | None:
    """Connect to an agency

     Connects the integration to an existing agency, with the scopes of the client
    credentials token that makes the call. The integration needs Bokio's approval for
    machine-to-machine access to the Agency API (403 without it). Connecting again to an
    agency already connected answers 200 and sets the connection's scopes to the token's;
    a new connection answers 201. Needs scope `agency-connections:write`.

    Args:
        body (NewAgencyConnection): The agency to connect to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyConnection | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
