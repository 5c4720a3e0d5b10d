from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_response_type import AuthorizationResponseType
from ...models.authorization_tenant_type import AuthorizationTenantType
from ...models.o_auth_error import OAuthError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: AuthorizationResponseType,
    client_id: UUID,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str,
    bokio_tenantid: UUID | Unset = UNSET,
    bokio_tenanttype: AuthorizationTenantType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    json_client_id = str(client_id)
    params["client_id"] = json_client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    params["state"] = state

    json_bokio_tenantid: str | Unset = UNSET
    if not isinstance(bokio_tenantid, Unset):
        json_bokio_tenantid = str(bokio_tenantid)
    params["bokio_tenantid"] = json_bokio_tenantid

    json_bokio_tenanttype: str | Unset = UNSET
    if not isinstance(bokio_tenanttype, Unset):
        json_bokio_tenanttype = bokio_tenanttype.value

    params["bokio_tenanttype"] = json_bokio_tenanttype

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OAuthError | None:
    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationResponseType,
    client_id: UUID,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str,
    bokio_tenantid: UUID | Unset = UNSET,
    bokio_tenanttype: AuthorizationTenantType | Unset = UNSET,
) -> Response[Any | OAuthError]:
    """Send a user to authorize the integration

     The OAuth 2.0 authorization page, the first step of the authorization code grant. Open
    this URL in the user's browser (it is not called with a token): the user signs in to
    Bokio, picks the company and approves the requested scopes. Bokio then redirects the
    browser to `redirect_uri` with `code` and your `state`, and the code is exchanged at
    `/token` (grant `authorization_code`) for a token to that company. Check that `state`
    is the value you sent before using the code.

    Args:
        response_type (AuthorizationResponseType): What `/authorize` returns to the redirect URI;
            only `code` (authorization code grant) exists.
        client_id (UUID):
        redirect_uri (str):
        scope (str | Unset):
        state (str):
        bokio_tenantid (UUID | Unset):
        bokio_tenanttype (AuthorizationTenantType | Unset): Kind of tenant a user can authorize
            the integration for; only `company` exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        bokio_tenantid=bokio_tenantid,
        bokio_tenanttype=bokio_tenanttype,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationResponseType,
    client_id: UUID,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str,
    bokio_tenantid: UUID | Unset = UNSET,
    bokio_tenanttype: AuthorizationTenantType | Unset = UNSET,
) -> Any | OAuthError | None:
    """Send a user to authorize the integration

     The OAuth 2.0 authorization page, the first step of the authorization code grant. Open
    this URL in the user's browser (it is not called with a token): the user signs in to
    Bokio, picks the company and approves the requested scopes. Bokio then redirects the
    browser to `redirect_uri` with `code` and your `state`, and the code is exchanged at
    `/token` (grant `authorization_code`) for a token to that company. Check that `state`
    is the value you sent before using the code.

    Args:
        response_type (AuthorizationResponseType): What `/authorize` returns to the redirect URI;
            only `code` (authorization code grant) exists.
        client_id (UUID):
        redirect_uri (str):
        scope (str | Unset):
        state (str):
        bokio_tenantid (UUID | Unset):
        bokio_tenanttype (AuthorizationTenantType | Unset): Kind of tenant a user can authorize
            the integration for; only `company` exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return sync_detailed(
        client=client,
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        bokio_tenantid=bokio_tenantid,
        bokio_tenanttype=bokio_tenanttype,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationResponseType,
    client_id: UUID,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str,
    bokio_tenantid: UUID | Unset = UNSET,
    bokio_tenanttype: AuthorizationTenantType | Unset = UNSET,
) -> Response[Any | OAuthError]:
    """Send a user to authorize the integration

     The OAuth 2.0 authorization page, the first step of the authorization code grant. Open
    this URL in the user's browser (it is not called with a token): the user signs in to
    Bokio, picks the company and approves the requested scopes. Bokio then redirects the
    browser to `redirect_uri` with `code` and your `state`, and the code is exchanged at
    `/token` (grant `authorization_code`) for a token to that company. Check that `state`
    is the value you sent before using the code.

    Args:
        response_type (AuthorizationResponseType): What `/authorize` returns to the redirect URI;
            only `code` (authorization code grant) exists.
        client_id (UUID):
        redirect_uri (str):
        scope (str | Unset):
        state (str):
        bokio_tenantid (UUID | Unset):
        bokio_tenanttype (AuthorizationTenantType | Unset): Kind of tenant a user can authorize
            the integration for; only `company` exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        bokio_tenantid=bokio_tenantid,
        bokio_tenanttype=bokio_tenanttype,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizationResponseType,
    client_id: UUID,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str,
    bokio_tenantid: UUID | Unset = UNSET,
    bokio_tenanttype: AuthorizationTenantType | Unset = UNSET,
) -> Any | OAuthError | None:
    """Send a user to authorize the integration

     The OAuth 2.0 authorization page, the first step of the authorization code grant. Open
    this URL in the user's browser (it is not called with a token): the user signs in to
    Bokio, picks the company and approves the requested scopes. Bokio then redirects the
    browser to `redirect_uri` with `code` and your `state`, and the code is exchanged at
    `/token` (grant `authorization_code`) for a token to that company. Check that `state`
    is the value you sent before using the code.

    Args:
        response_type (AuthorizationResponseType): What `/authorize` returns to the redirect URI;
            only `code` (authorization code grant) exists.
        client_id (UUID):
        redirect_uri (str):
        scope (str | Unset):
        state (str):
        bokio_tenantid (UUID | Unset):
        bokio_tenanttype (AuthorizationTenantType | Unset): Kind of tenant a user can authorize
            the integration for; only `company` exists.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return (
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
            bokio_tenantid=bokio_tenantid,
            bokio_tenanttype=bokio_tenanttype,
        )
    ).parsed
