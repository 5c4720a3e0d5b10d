from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import File, Response


def _get_kwargs(
    company_id: UUID,
    fiscal_year_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/sie/{fiscal_year_id}/download".format(
            company_id=quote(str(company_id), safe=""),
            fiscal_year_id=quote(str(fiscal_year_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    fiscal_year_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Download a fiscal year as a SIE file

     Exports one fiscal year as a SIE type 4 file. SIE is the Swedish standard format for
    moving bookkeeping between accounting programs, accountants and auditors. The file is
    plain text encoded in PC8 (IBM code page 437; decode with `cp437` in Python), one
    `#`-labelled record per line: the company's identity, the chart of accounts, opening
    and closing balances, the year's results per account and every voucher (verifikation)
    with its transaction lines. Needs scope `sie:read`.

    Args:
        company_id (UUID):
        fiscal_year_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        fiscal_year_id=fiscal_year_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    fiscal_year_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Download a fiscal year as a SIE file

     Exports one fiscal year as a SIE type 4 file. SIE is the Swedish standard format for
    moving bookkeeping between accounting programs, accountants and auditors. The file is
    plain text encoded in PC8 (IBM code page 437; decode with `cp437` in Python), one
    `#`-labelled record per line: the company's identity, the chart of accounts, opening
    and closing balances, the year's results per account and every voucher (verifikation)
    with its transaction lines. Needs scope `sie:read`.

    Args:
        company_id (UUID):
        fiscal_year_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return sync_detailed(
        company_id=company_id,
        fiscal_year_id=fiscal_year_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    fiscal_year_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | File]:
    """Download a fiscal year as a SIE file

     Exports one fiscal year as a SIE type 4 file. SIE is the Swedish standard format for
    moving bookkeeping between accounting programs, accountants and auditors. The file is
    plain text encoded in PC8 (IBM code page 437; decode with `cp437` in Python), one
    `#`-labelled record per line: the company's identity, the chart of accounts, opening
    and closing balances, the year's results per account and every voucher (verifikation)
    with its transaction lines. Needs scope `sie:read`.

    Args:
        company_id (UUID):
        fiscal_year_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        fiscal_year_id=fiscal_year_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    fiscal_year_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | File | None:
    """Download a fiscal year as a SIE file

     Exports one fiscal year as a SIE type 4 file. SIE is the Swedish standard format for
    moving bookkeeping between accounting programs, accountants and auditors. The file is
    plain text encoded in PC8 (IBM code page 437; decode with `cp437` in Python), one
    `#`-labelled record per line: the company's identity, the chart of accounts, opening
    and closing balances, the year's results per account and every voucher (verifikation)
    with its transaction lines. Needs scope `sie:read`.

    Args:
        company_id (UUID):
        fiscal_year_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            fiscal_year_id=fiscal_year_id,
            client=client,
        )
    ).parsed
