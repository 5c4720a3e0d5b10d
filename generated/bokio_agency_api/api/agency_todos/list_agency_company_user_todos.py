from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agency_todo import AgencyTodo
from ...models.api_error import ApiError
from ...models.todo_language import TodoLanguage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agency_id: UUID,
    company_id: UUID,
    user_id: UUID,
    *,
    accept_language: TodoLanguage | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agencies/{agency_id}/companies/{company_id}/users/{user_id}/todos".format(
            agency_id=quote(str(agency_id), safe=""),
            company_id=quote(str(company_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[AgencyTodo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AgencyTodo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ApiError | list[AgencyTodo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency_id: UUID,
    company_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: TodoLanguage | Unset = UNSET,
) -> Response[ApiError | list[AgencyTodo]]:
    """List a user's to-dos in a client company

     What is waiting for the user in the client company right now (not a history): the whole
    list in one answer, not paged. Titles are in Swedish, or in English with
    `Accept-Language: en`; the `Content-Language` header of the answer says which. Needs
    scope `agency-todos:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        accept_language (TodoLanguage | Unset): Language of to-do titles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[AgencyTodo]]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        company_id=company_id,
        user_id=user_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agency_id: UUID,
    company_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: TodoLanguage | Unset = UNSET,
) -> ApiError | list[AgencyTodo] | None:
    """List a user's to-dos in a client company

     What is waiting for the user in the client company right now (not a history): the whole
    list in one answer, not paged. Titles are in Swedish, or in English with
    `Accept-Language: en`; the `Content-Language` header of the answer says which. Needs
    scope `agency-todos:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        accept_language (TodoLanguage | Unset): Language of to-do titles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[AgencyTodo]
    """

    return sync_detailed(
        agency_id=agency_id,
        company_id=company_id,
        user_id=user_id,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    agency_id: UUID,
    company_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: TodoLanguage | Unset = UNSET,
) -> Response[ApiError | list[AgencyTodo]]:
    """List a user's to-dos in a client company

     What is waiting for the user in the client company right now (not a history): the whole
    list in one answer, not paged. Titles are in Swedish, or in English with
    `Accept-Language: en`; the `Content-Language` header of the answer says which. Needs
    scope `agency-todos:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        accept_language (TodoLanguage | Unset): Language of to-do titles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[AgencyTodo]]
    """

    kwargs = _get_kwargs(
        agency_id=agency_id,
        company_id=company_id,
        user_id=user_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agency_id: UUID,
    company_id: UUID,
    user_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    accept_language: TodoLanguage | Unset = UNSET,
) -> ApiError | list[AgencyTodo] | None:
    """List a user's to-dos in a client company

     What is waiting for the user in the client company right now (not a history): the whole
    list in one answer, not paged. Titles are in Swedish, or in English with
    `Accept-Language: en`; the `Content-Language` header of the answer says which. Needs
    scope `agency-todos:read`.

    Args:
        agency_id (UUID):
        company_id (UUID):
        user_id (UUID):
        accept_language (TodoLanguage | Unset): Language of to-do titles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[AgencyTodo]
    """

    return (
        await asyncio_detailed(
            agency_id=agency_id,
            company_id=company_id,
            user_id=user_id,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
