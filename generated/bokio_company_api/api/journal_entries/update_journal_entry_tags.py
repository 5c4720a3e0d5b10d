from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.journal_entry import JournalEntry
from ...models.journal_entry_tags_update import JournalEntryTagsUpdate
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    body: JournalEntryTagsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{company_id}/journal-entries/{journal_entry_id}/tags".format(
            company_id=quote(str(company_id), safe=""),
            journal_entry_id=quote(str(journal_entry_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | JournalEntry | None:
    if response.status_code == 200:
        response_200 = JournalEntry.from_dict(response.json())

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
) -> Response[ApiError | JournalEntry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryTagsUpdate,
) -> Response[ApiError | JournalEntry]:
    """Replace the tags of a journal entry

     Preview. Replaces every tag of the entry with those sent: either entry-level tags in
    `tags` or row-level tags in `items` (by row id), never both. Within one tag group the
    weights on the entry, or on one row, add up to at most 1. Send two empty arrays to
    remove all tags. Needs the Tags feature in the company's price plan and scope
    `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        body (JournalEntryTagsUpdate): The complete new set of tags of a journal entry: fill
            either `tags` (entry level) or
            `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntry]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryTagsUpdate,
) -> ApiError | JournalEntry | None:
    """Replace the tags of a journal entry

     Preview. Replaces every tag of the entry with those sent: either entry-level tags in
    `tags` or row-level tags in `items` (by row id), never both. Within one tag group the
    weights on the entry, or on one row, add up to at most 1. Send two empty arrays to
    remove all tags. Needs the Tags feature in the company's price plan and scope
    `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        body (JournalEntryTagsUpdate): The complete new set of tags of a journal entry: fill
            either `tags` (entry level) or
            `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | JournalEntry
    """

    return sync_detailed(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryTagsUpdate,
) -> Response[ApiError | JournalEntry]:
    """Replace the tags of a journal entry

     Preview. Replaces every tag of the entry with those sent: either entry-level tags in
    `tags` or row-level tags in `items` (by row id), never both. Within one tag group the
    weights on the entry, or on one row, add up to at most 1. Send two empty arrays to
    remove all tags. Needs the Tags feature in the company's price plan and scope
    `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        body (JournalEntryTagsUpdate): The complete new set of tags of a journal entry: fill
            either `tags` (entry level) or
            `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntry]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryTagsUpdate,
) -> ApiError | JournalEntry | None:
    """Replace the tags of a journal entry

     Preview. Replaces every tag of the entry with those sent: either entry-level tags in
    `tags` or row-level tags in `items` (by row id), never both. Within one tag group the
    weights on the entry, or on one row, add up to at most 1. Send two empty arrays to
    remove all tags. Needs the Tags feature in the company's price plan and scope
    `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        body (JournalEntryTagsUpdate): The complete new set of tags of a journal entry: fill
            either `tags` (entry level) or
            `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | JournalEntry
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            journal_entry_id=journal_entry_id,
            client=client,
            body=body,
        )
    ).parsed
