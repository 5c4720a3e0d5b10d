from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.journal_entry import JournalEntry
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    journal_entry_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/journal-entries/{journal_entry_id}/reverse".format(
            company_id=quote(str(company_id), safe=""),
            journal_entry_id=quote(str(journal_entry_id), safe=""),
        ),
    }

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
) -> Response[ApiError | JournalEntry]:
    """Reverse a journal entry

     Cancels an entry by bookkeeping a new entry with the same rows, debits and credits
    swapped. The new entry's `reversingJournalEntryId` points to the original, whose
    `reversedByJournalEntryId` then points to the new one. Only entries created through the
    API can be reversed, not those made in the Bokio app or belonging to an invoice or
    similar document, and an entry can be reversed only once. Reversal is refused in a
    closed fiscal year. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntry]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
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
) -> ApiError | JournalEntry | None:
    """Reverse a journal entry

     Cancels an entry by bookkeeping a new entry with the same rows, debits and credits
    swapped. The new entry's `reversingJournalEntryId` points to the original, whose
    `reversedByJournalEntryId` then points to the new one. Only entries created through the
    API can be reversed, not those made in the Bokio app or belonging to an invoice or
    similar document, and an entry can be reversed only once. Reversal is refused in a
    closed fiscal year. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):

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
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | JournalEntry]:
    """Reverse a journal entry

     Cancels an entry by bookkeeping a new entry with the same rows, debits and credits
    swapped. The new entry's `reversingJournalEntryId` points to the original, whose
    `reversedByJournalEntryId` then points to the new one. Only entries created through the
    API can be reversed, not those made in the Bokio app or belonging to an invoice or
    similar document, and an entry can be reversed only once. Reversal is refused in a
    closed fiscal year. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntry]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    journal_entry_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | JournalEntry | None:
    """Reverse a journal entry

     Cancels an entry by bookkeeping a new entry with the same rows, debits and credits
    swapped. The new entry's `reversingJournalEntryId` points to the original, whose
    `reversedByJournalEntryId` then points to the new one. Only entries created through the
    API can be reversed, not those made in the Bokio app or belonging to an invoice or
    similar document, and an entry can be reversed only once. Reversal is refused in a
    closed fiscal year. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):

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
        )
    ).parsed
