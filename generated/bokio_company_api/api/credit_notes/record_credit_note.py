from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.credit_note import CreditNote
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    credit_note_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/credit-notes/{credit_note_id}/record".format(
            company_id=quote(str(company_id), safe=""),
            credit_note_id=quote(str(credit_note_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | CreditNote | None:
    if response.status_code == 200:
        response_200 = CreditNote.from_dict(response.json())

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
) -> Response[ApiError | CreditNote]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    credit_note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CreditNote]:
    """Bookkeep a published credit note

     Creates the journal entry of a published credit note, the reverse of the invoice's:
    credit 1510 (accounts receivable) with the total; debit each line's revenue account (or
    its `bookkeepingAccountNumber`) with its amount excluding VAT and output VAT per rate on
    2611 (25 %), 2621 (12 %), 2631 (6 %). The credit note then carries `journalEntryRef`.
    Needs scope `credit-notes:write`.

    Args:
        company_id (UUID):
        credit_note_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreditNote]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        credit_note_id=credit_note_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    credit_note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CreditNote | None:
    """Bookkeep a published credit note

     Creates the journal entry of a published credit note, the reverse of the invoice's:
    credit 1510 (accounts receivable) with the total; debit each line's revenue account (or
    its `bookkeepingAccountNumber`) with its amount excluding VAT and output VAT per rate on
    2611 (25 %), 2621 (12 %), 2631 (6 %). The credit note then carries `journalEntryRef`.
    Needs scope `credit-notes:write`.

    Args:
        company_id (UUID):
        credit_note_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreditNote
    """

    return sync_detailed(
        company_id=company_id,
        credit_note_id=credit_note_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    credit_note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CreditNote]:
    """Bookkeep a published credit note

     Creates the journal entry of a published credit note, the reverse of the invoice's:
    credit 1510 (accounts receivable) with the total; debit each line's revenue account (or
    its `bookkeepingAccountNumber`) with its amount excluding VAT and output VAT per rate on
    2611 (25 %), 2621 (12 %), 2631 (6 %). The credit note then carries `journalEntryRef`.
    Needs scope `credit-notes:write`.

    Args:
        company_id (UUID):
        credit_note_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreditNote]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        credit_note_id=credit_note_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    credit_note_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CreditNote | None:
    """Bookkeep a published credit note

     Creates the journal entry of a published credit note, the reverse of the invoice's:
    credit 1510 (accounts receivable) with the total; debit each line's revenue account (or
    its `bookkeepingAccountNumber`) with its amount excluding VAT and output VAT per rate on
    2611 (25 %), 2621 (12 %), 2631 (6 %). The credit note then carries `journalEntryRef`.
    Needs scope `credit-notes:write`.

    Args:
        company_id (UUID):
        credit_note_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreditNote
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            credit_note_id=credit_note_id,
            client=client,
        )
    ).parsed
