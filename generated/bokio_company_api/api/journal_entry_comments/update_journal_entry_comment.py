from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.journal_entry_comment import JournalEntryComment
from ...models.journal_entry_comment_input import JournalEntryCommentInput
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    journal_entry_id: UUID,
    comment_id: UUID,
    *,
    body: JournalEntryCommentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{company_id}/journal-entries/{journal_entry_id}/comments/{comment_id}".format(
            company_id=quote(str(company_id), safe=""),
            journal_entry_id=quote(str(journal_entry_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | JournalEntryComment | None:
    if response.status_code == 200:
        response_200 = JournalEntryComment.from_dict(response.json())

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
) -> Response[ApiError | JournalEntryComment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    journal_entry_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryCommentInput,
) -> Response[ApiError | JournalEntryComment]:
    """Update a comment on a journal entry

     Replaces the comment's text (plain text only). Only comments this integration wrote can
    be changed. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        comment_id (UUID):
        body (JournalEntryCommentInput): The text of a new or changed comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntryComment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        comment_id=comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    journal_entry_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryCommentInput,
) -> ApiError | JournalEntryComment | None:
    """Update a comment on a journal entry

     Replaces the comment's text (plain text only). Only comments this integration wrote can
    be changed. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        comment_id (UUID):
        body (JournalEntryCommentInput): The text of a new or changed comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | JournalEntryComment
    """

    return sync_detailed(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        comment_id=comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    journal_entry_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryCommentInput,
) -> Response[ApiError | JournalEntryComment]:
    """Update a comment on a journal entry

     Replaces the comment's text (plain text only). Only comments this integration wrote can
    be changed. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        comment_id (UUID):
        body (JournalEntryCommentInput): The text of a new or changed comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | JournalEntryComment]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        journal_entry_id=journal_entry_id,
        comment_id=comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    journal_entry_id: UUID,
    comment_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryCommentInput,
) -> ApiError | JournalEntryComment | None:
    """Update a comment on a journal entry

     Replaces the comment's text (plain text only). Only comments this integration wrote can
    be changed. Needs scope `journal-entries:write`.

    Args:
        company_id (UUID):
        journal_entry_id (UUID):
        comment_id (UUID):
        body (JournalEntryCommentInput): The text of a new or changed comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | JournalEntryComment
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            journal_entry_id=journal_entry_id,
            comment_id=comment_id,
            client=client,
            body=body,
        )
    ).parsed
