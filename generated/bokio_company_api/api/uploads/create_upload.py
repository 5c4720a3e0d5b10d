from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.upload import Upload
from ...models.upload_create import UploadCreate
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    *,
    body: UploadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{company_id}/uploads".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Upload | None:
    if response.status_code == 200:
        response_200 = Upload.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Upload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
) -> Response[ApiError | Upload]:
    """Upload a file

     Uploads one file (PDF, JPEG or PNG) as `multipart/form-data`. It appears on the
    company's Uploaded page, and in its To Do list until it is bookkept. Give
    `journalEntryId` to attach it to an existing journal entry as its supporting document; without a
    `description` the file name is used. Other file types are refused with a
    `validation-error`, files that are too large with `limit-exceeded`.
    Needs scope `uploads:write`.

    Args:
        company_id (UUID):
        body (UploadCreate): The form fields of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Upload]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
) -> ApiError | Upload | None:
    """Upload a file

     Uploads one file (PDF, JPEG or PNG) as `multipart/form-data`. It appears on the
    company's Uploaded page, and in its To Do list until it is bookkept. Give
    `journalEntryId` to attach it to an existing journal entry as its supporting document; without a
    `description` the file name is used. Other file types are refused with a
    `validation-error`, files that are too large with `limit-exceeded`.
    Needs scope `uploads:write`.

    Args:
        company_id (UUID):
        body (UploadCreate): The form fields of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Upload
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
) -> Response[ApiError | Upload]:
    """Upload a file

     Uploads one file (PDF, JPEG or PNG) as `multipart/form-data`. It appears on the
    company's Uploaded page, and in its To Do list until it is bookkept. Give
    `journalEntryId` to attach it to an existing journal entry as its supporting document; without a
    `description` the file name is used. Other file types are refused with a
    `validation-error`, files that are too large with `limit-exceeded`.
    Needs scope `uploads:write`.

    Args:
        company_id (UUID):
        body (UploadCreate): The form fields of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Upload]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UploadCreate,
) -> ApiError | Upload | None:
    """Upload a file

     Uploads one file (PDF, JPEG or PNG) as `multipart/form-data`. It appears on the
    company's Uploaded page, and in its To Do list until it is bookkept. Give
    `journalEntryId` to attach it to an existing journal entry as its supporting document; without a
    `description` the file name is used. Other file types are refused with a
    `validation-error`, files that are too large with `limit-exceeded`.
    Needs scope `uploads:write`.

    Args:
        company_id (UUID):
        body (UploadCreate): The form fields of a file upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Upload
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
