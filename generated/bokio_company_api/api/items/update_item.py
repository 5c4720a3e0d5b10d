from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.description_only_item import DescriptionOnlyItem
from ...models.sales_item import SalesItem
from ...types import Response


def _get_kwargs(
    company_id: UUID,
    item_id: UUID,
    *,
    body: DescriptionOnlyItem | SalesItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{company_id}/items/{item_id}".format(
            company_id=quote(str(company_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    if isinstance(body, SalesItem):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DescriptionOnlyItem | SalesItem | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: DescriptionOnlyItem | SalesItem
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_item_type_0 = SalesItem.from_dict(_response_200)

            response_200 = componentsschemas_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_item_type_1 = DescriptionOnlyItem.from_dict(_response_200)

            response_200 = componentsschemas_item_type_1

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
) -> Response[ApiError | DescriptionOnlyItem | SalesItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DescriptionOnlyItem | SalesItem,
) -> Response[ApiError | DescriptionOnlyItem | SalesItem]:
    """Update an item

     Replaces the item's fields with those sent. Invoices that already used the item keep
    their own copy of the line. Needs scope `items:write`.

    Args:
        company_id (UUID):
        item_id (UUID):
        body (DescriptionOnlyItem | SalesItem): A catalogue item; `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DescriptionOnlyItem | SalesItem]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        item_id=item_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DescriptionOnlyItem | SalesItem,
) -> ApiError | DescriptionOnlyItem | SalesItem | None:
    """Update an item

     Replaces the item's fields with those sent. Invoices that already used the item keep
    their own copy of the line. Needs scope `items:write`.

    Args:
        company_id (UUID):
        item_id (UUID):
        body (DescriptionOnlyItem | SalesItem): A catalogue item; `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DescriptionOnlyItem | SalesItem
    """

    return sync_detailed(
        company_id=company_id,
        item_id=item_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DescriptionOnlyItem | SalesItem,
) -> Response[ApiError | DescriptionOnlyItem | SalesItem]:
    """Update an item

     Replaces the item's fields with those sent. Invoices that already used the item keep
    their own copy of the line. Needs scope `items:write`.

    Args:
        company_id (UUID):
        item_id (UUID):
        body (DescriptionOnlyItem | SalesItem): A catalogue item; `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DescriptionOnlyItem | SalesItem]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        item_id=item_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: UUID,
    item_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DescriptionOnlyItem | SalesItem,
) -> ApiError | DescriptionOnlyItem | SalesItem | None:
    """Update an item

     Replaces the item's fields with those sent. Invoices that already used the item keep
    their own copy of the line. Needs scope `items:write`.

    Args:
        company_id (UUID):
        item_id (UUID):
        body (DescriptionOnlyItem | SalesItem): A catalogue item; `itemType` tells which kind.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DescriptionOnlyItem | SalesItem
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            item_id=item_id,
            client=client,
            body=body,
        )
    ).parsed
