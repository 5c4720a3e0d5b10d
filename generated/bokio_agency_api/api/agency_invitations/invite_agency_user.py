from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.invitation import Invitation
from ...models.new_invitation import NewInvitation
from ...types import Response


def _get_kwargs(
    agency_id: UUID,
    *,
    body: NewInvitation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agencies/{agency_id}/invitations".format(
            agency_id=quote(str(agency_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Invitation | None:
    if response.status_code == 200:
        response_200 = Invitation.from_dict(response.json())

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
) -> Response[ApiError | Invitation]:
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
    body: NewInvitation,
) -> Response[ApiError | Invitation]:
    """Invite someone to the agency

     Invites the address to join the agency's staff; Bokio e-mails the invitation. An address
    with a pending invitation answers 400. Needs scope `agency-users:write`.

    Args:
        agency_id (UUID):
        body (NewInvitation): Whom to invite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Invitation]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NewInvitation,
) -> ApiError | Invitation | None:
    """Invite someone to the agency

     Invites the address to join the agency's staff; Bokio e-mails the invitation. An address
    with a pending invitation answers 400. Needs scope `agency-users:write`.

    Args:
        agency_id (UUID):
        body (NewInvitation): Whom to invite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Invitation
    """

    return sync_detailed(
        agency_id=agency_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NewInvitation,
) -> Response[ApiError | Invitation]:
    """Invite someone to the agency

     Invites the address to join the agency's staff; Bokio e-mails the invitation. An address
    with a pending invitation answers 400. Needs scope `agency-users:write`.

    Args:
        agency_id (UUID):
        body (NewInvitation): Whom to invite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Invitation]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: NewInvitation,
) -> ApiError | Invitation | None:
    """Invite someone to the agency

     Invites the address to join the agency's staff; Bokio e-mails the invitation. An address
    with a pending invitation answers 400. Needs scope `agency-users:write`.

    Args:
        agency_id (UUID):
        body (NewInvitation): Whom to invite.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Invitation
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            client=client,
            body=body,
        )
    ).parsed
