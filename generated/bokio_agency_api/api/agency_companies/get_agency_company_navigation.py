from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_company_navigation import AgencyCompanyNavigation
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agency_id: UUID,
    company_id: UUID,
    *,
    user_id: UUID,
    todo_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id = str(user_id)
    params["userId"] = json_user_id

    params["todoType"] = todo_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agencies/{agency_id}/companies/{company_id}/navigation".format(
            agency_id=quote(str(agency_id), safe=""),
            company_id=quote(str(company_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgencyCompanyNavigation | ApiError | None:
    if response.status_code == 200:
        response_200 = AgencyCompanyNavigation.from_dict(response.json())

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
) -> Response[AgencyCompanyNavigation | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency_id: UUID,
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: UUID,
    todo_type: str | Unset = UNSET,
) -> Response[AgencyCompanyNavigation | ApiError]:
    """Get a link into Bokio for a client company

     Makes a deep link that opens the client company in Bokio's web app for the agency user
    `userId`, who must have access to the company (otherwise 400 `navigation-not-allowed`).
    `todoType` (e.g. `receipt.unrecorded`) opens a particular work area instead of the start
    page. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        todo_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCompanyNavigation | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        company_id=company_id,
        user_id=user_id,
        todo_type=todo_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: UUID,
    todo_type: str | Unset = UNSET,
) -> AgencyCompanyNavigation | ApiError | None:
    """Get a link into Bokio for a client company

     Makes a deep link that opens the client company in Bokio's web app for the agency user
    `userId`, who must have access to the company (otherwise 400 `navigation-not-allowed`).
    `todoType` (e.g. `receipt.unrecorded`) opens a particular work area instead of the start
    page. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        todo_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCompanyNavigation | ApiError
    """

    return sync_detailed(
        agency_id=agency_id,
        company_id=company_id,
        client=client,
        user_id=user_id,
        todo_type=todo_type,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: UUID,
    todo_type: str | Unset = UNSET,
) -> Response[AgencyCompanyNavigation | ApiError]:
    """Get a link into Bokio for a client company

     Makes a deep link that opens the client company in Bokio's web app for the agency user
    `userId`, who must have access to the company (otherwise 400 `navigation-not-allowed`).
    `todoType` (e.g. `receipt.unrecorded`) opens a particular work area instead of the start
    page. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        todo_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCompanyNavigation | ApiError]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        company_id=company_id,
        user_id=user_id,
        todo_type=todo_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    user_id: UUID,
    todo_type: str | Unset = UNSET,
) -> AgencyCompanyNavigation | ApiError | None:
    """Get a link into Bokio for a client company

     Makes a deep link that opens the client company in Bokio's web app for the agency user
    `userId`, who must have access to the company (otherwise 400 `navigation-not-allowed`).
    `todoType` (e.g. `receipt.unrecorded`) opens a particular work area instead of the start
    page. Needs scope `agency-companies:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        todo_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCompanyNavigation | ApiError
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            company_id=company_id,
            client=client,
            user_id=user_id,
            todo_type=todo_type,
        )
    ).parsed
