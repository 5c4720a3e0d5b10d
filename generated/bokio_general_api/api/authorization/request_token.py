from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OAuthError | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OAuthError | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[OAuthError | Token]:
    """Get an access token

     The OAuth 2.0 token endpoint. Authenticate with HTTP Basic (`client_id` as user name,
    `client_secret` as password) and send a form-encoded body whose `grant_type` picks what
    you get:

    - `client_credentials`: without `scope`, a token for the General API (connections).
      With `scope` (Agency API scopes, space-delimited, e.g. `agency-companies:read
      agency-users:read`), a machine-to-machine token for the Agency API; the integration
      needs Bokio's approval for that. Either carries no company and no refresh token; ask
      for a new one when it expires.
    - `authorization_code`: exchanges the `code` that `/authorize` sent to your `redirect_uri`
      for a token to one company (the tenant the user chose) for the Company API, with a
      refresh token.
    - `refresh_token`: swaps a refresh token for a new access token to the same company.

    Args:
        body (TokenRequest): Form fields of a token request. Which are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri`; `refresh_token` needs
            `refresh_token`; `client_credentials` needs nothing else and may carry `scope`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> OAuthError | Token | None:
    """Get an access token

     The OAuth 2.0 token endpoint. Authenticate with HTTP Basic (`client_id` as user name,
    `client_secret` as password) and send a form-encoded body whose `grant_type` picks what
    you get:

    - `client_credentials`: without `scope`, a token for the General API (connections).
      With `scope` (Agency API scopes, space-delimited, e.g. `agency-companies:read
      agency-users:read`), a machine-to-machine token for the Agency API; the integration
      needs Bokio's approval for that. Either carries no company and no refresh token; ask
      for a new one when it expires.
    - `authorization_code`: exchanges the `code` that `/authorize` sent to your `redirect_uri`
      for a token to one company (the tenant the user chose) for the Company API, with a
      refresh token.
    - `refresh_token`: swaps a refresh token for a new access token to the same company.

    Args:
        body (TokenRequest): Form fields of a token request. Which are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri`; `refresh_token` needs
            `refresh_token`; `client_credentials` needs nothing else and may carry `scope`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Token
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[OAuthError | Token]:
    """Get an access token

     The OAuth 2.0 token endpoint. Authenticate with HTTP Basic (`client_id` as user name,
    `client_secret` as password) and send a form-encoded body whose `grant_type` picks what
    you get:

    - `client_credentials`: without `scope`, a token for the General API (connections).
      With `scope` (Agency API scopes, space-delimited, e.g. `agency-companies:read
      agency-users:read`), a machine-to-machine token for the Agency API; the integration
      needs Bokio's approval for that. Either carries no company and no refresh token; ask
      for a new one when it expires.
    - `authorization_code`: exchanges the `code` that `/authorize` sent to your `redirect_uri`
      for a token to one company (the tenant the user chose) for the Company API, with a
      refresh token.
    - `refresh_token`: swaps a refresh token for a new access token to the same company.

    Args:
        body (TokenRequest): Form fields of a token request. Which are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri`; `refresh_token` needs
            `refresh_token`; `client_credentials` needs nothing else and may carry `scope`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> OAuthError | Token | None:
    """Get an access token

     The OAuth 2.0 token endpoint. Authenticate with HTTP Basic (`client_id` as user name,
    `client_secret` as password) and send a form-encoded body whose `grant_type` picks what
    you get:

    - `client_credentials`: without `scope`, a token for the General API (connections).
      With `scope` (Agency API scopes, space-delimited, e.g. `agency-companies:read
      agency-users:read`), a machine-to-machine token for the Agency API; the integration
      needs Bokio's approval for that. Either carries no company and no refresh token; ask
      for a new one when it expires.
    - `authorization_code`: exchanges the `code` that `/authorize` sent to your `redirect_uri`
      for a token to one company (the tenant the user chose) for the Company API, with a
      refresh token.
    - `refresh_token`: swaps a refresh token for a new access token to the same company.

    Args:
        body (TokenRequest): Form fields of a token request. Which are needed depends on
            `grant_type`:
            `authorization_code` needs `code` and `redirect_uri`; `refresh_token` needs
            `refresh_token`; `client_credentials` needs nothing else and may carry `scope`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Token
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
