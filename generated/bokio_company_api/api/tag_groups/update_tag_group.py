from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.tag_group import TagGroup
from ...models.tag_group_update import TagGroupUpdate
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    tag_group_id: UUID,
    *,
    body: TagGroupUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{company_id}/tag-groups/{tag_group_id}".format(
            company_id=quote(str(company_id), safe=""),
            tag_group_id=quote(str(tag_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | TagGroup | None:
    if response.status_code == 200:
        response_200 = TagGroup.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | TagGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    tag_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TagGroupUpdate,
) -> Response[ApiError | TagGroup]:
    """Update a tag group

     Preview. Renames the group and changes its alias (still unique within the company). The
    dimension number is fixed at creation; tags are managed through the group's tag
    operations. Needs the Tags feature in the company's price plan and scope `tags:write`.

    Args:
        company_id (UUID):
        tag_group_id (UUID):
        body (TagGroupUpdate): New name and alias of a tag group (the dimension number cannot
            change).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TagGroup]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        tag_group_id=tag_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    tag_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TagGroupUpdate,
) -> ApiError | TagGroup | None:
    """Update a tag group

     Preview. Renames the group and changes its alias (still unique within the company). The
    dimension number is fixed at creation; tags are managed through the group's tag
    operations. Needs the Tags feature in the company's price plan and scope `tags:write`.

    Args:
        company_id (UUID):
        tag_group_id (UUID):
        body (TagGroupUpdate): New name and alias of a tag group (the dimension number cannot
            change).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TagGroup
    """

    return sync_detailed(
        company_id=company_id,
        tag_group_id=tag_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    tag_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TagGroupUpdate,
) -> Response[ApiError | TagGroup]:
    """Update a tag group

     Preview. Renames the group and changes its alias (still unique within the company). The
    dimension number is fixed at creation; tags are managed through the group's tag
    operations. Needs the Tags feature in the company's price plan and scope `tags:write`.

    Args:
        company_id (UUID):
        tag_group_id (UUID):
        body (TagGroupUpdate): New name and alias of a tag group (the dimension number cannot
            change).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TagGroup]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        tag_group_id=tag_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    tag_group_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: TagGroupUpdate,
) -> ApiError | TagGroup | None:
    """Update a tag group

     Preview. Renames the group and changes its alias (still unique within the company). The
    dimension number is fixed at creation; tags are managed through the group's tag
    operations. Needs the Tags feature in the company's price plan and scope `tags:write`.

    Args:
        company_id (UUID):
        tag_group_id (UUID):
        body (TagGroupUpdate): New name and alias of a tag group (the dimension number cannot
            change).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TagGroup
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            tag_group_id=tag_group_id,
            client=client,
            body=body,
        )
    ).parsed
