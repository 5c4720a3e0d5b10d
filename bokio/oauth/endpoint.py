"""The token endpoint (POST /token) and what its answers mean: a JSON object, or a typed error."""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx

from .. import errors, forksafe, limits, money
from ..client import DEFAULT_TIMEOUT, USER_AGENT
from ..error_bodies import read_error_body
from ..ratelimit import count_token_request, rate_limit_details
from ..transport_errors import transport_error
from .errors import InvalidClientError, InvalidGrantError, OAuthError

if TYPE_CHECKING:
    from bokio_general_api.models.token_request import TokenRequest

__all__ = ["TokenEndpoint"]

log = logging.getLogger("bokio")

_GRANT_WORDS = {
    "authorization_code": "the authorization code",
    "refresh_token": "the refresh token",
    "client_credentials": "the client credentials",
}


class TokenEndpoint:
    """POST /token with HTTP Basic client authentication; shared by OAuthApp and BokioGeneral.

    Token requests are never retried after they may have reached Bokio: codes are single-use
    and refresh tokens rotate, so a blind re-send could burn the new token.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        base_url: str,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if not client_id or not str(client_id).strip():
            raise ValueError("client_id is empty")
        if not client_secret or not client_secret.strip():
            raise ValueError("client_secret is empty")
        self.client_id = str(client_id).strip()
        self._secret = client_secret
        self._basic = "Basic " + base64.b64encode(f"{self.client_id}:{client_secret}".encode()).decode("ascii")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = http_client
        self._owns_http = http_client is None
        self._async_http = async_http_client
        self._http_lock = threading.Lock()
        self._forked = False  # True in a forked child: a given http client would share the parent's connections
        forksafe.watch(self)

    def _after_fork(self) -> None:
        """In a forked child: a new lock, and a new pool of our own on first use (bokio.forksafe)."""
        self._http_lock = threading.Lock()
        self._forked = True
        if self._owns_http:
            self._http = None

    def __repr__(self) -> str:
        return f"TokenEndpoint(client_id={self.client_id!r}, base_url={self.base_url!r})"

    def _client(self) -> httpx.Client:
        with self._http_lock:
            if self._http is None:
                self._http = limits.http_client(self.timeout)  # bounded like the API clients' (bokio.limits)
            elif self._forked and not self._owns_http:
                raise forksafe.given_client_in_child()
            return self._http

    def close(self) -> None:
        with self._http_lock:
            if self._owns_http and self._http is not None:
                self._http.close()
                self._http = None

    def _request(self, body: TokenRequest) -> httpx.Request:
        from bokio_general_api.api.authorization import request_token

        spec = request_token.build_request(body=body)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": limits.ACCEPT_ENCODING,
            "Authorization": self._basic,
        }
        return httpx.Request(
            spec.method,
            self.base_url + spec.path,
            data=spec.data,
            headers=headers,
            extensions=limits.request_extensions(self.timeout, limits.DEFAULT_MAX_RESPONSE_SIZE),
        )

    @staticmethod
    def _body(grant: str, **fields: str) -> TokenRequest:
        from bokio_general_api.models.grant_type import GrantType
        from bokio_general_api.models.token_request import TokenRequest

        return TokenRequest(grant_type=GrantType(grant), **fields)

    def send(self, grant: str, *, hidden: Sequence[str | None] = (), **fields: str) -> dict[str, Any]:
        """The token endpoint's JSON answer to a grant, or a typed error."""
        request = self._request(self._body(grant, **fields))
        started = time.perf_counter()
        http = self._client()
        try:
            response = http.send(request, auth=None)
        except httpx.TransportError as error:
            count_token_request(None)
            raise transport_error(request, error) from error
        count_token_request(response)
        hidden = [*hidden, fields.get("code"), fields.get("refresh_token")]
        return self._answer(grant, request, response, started, hidden)

    async def async_send(self, grant: str, *, hidden: Sequence[str | None] = (), **fields: str) -> dict[str, Any]:
        request = self._request(self._body(grant, **fields))
        started = time.perf_counter()
        if self._async_http is not None and self._forked:
            raise forksafe.given_client_in_child()
        try:
            if self._async_http is not None:
                response = await self._async_http.send(request, auth=None)
            else:
                # A client per token request (rare: once per token lifetime) so that an OAuthApp
                # is not tied to the event loop of its first use.
                async with limits.async_http_client(self.timeout) as http:
                    response = await http.send(request, auth=None)
        except httpx.TransportError as error:
            count_token_request(None)
            raise transport_error(request, error) from error
        count_token_request(response)
        hidden = [*hidden, fields.get("code"), fields.get("refresh_token")]
        return self._answer(grant, request, response, started, hidden)

    def _answer(
        self,
        grant: str,
        request: httpx.Request,
        response: httpx.Response,
        started: float,
        hidden: list[str | None],
    ) -> dict[str, Any]:
        hidden.append(self._secret)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("POST %s (%s) -> %s in %.0f ms", request.url.path, grant, response.status_code, elapsed)
        if response.is_success:
            body: Any = None
            try:
                body = money.loads(response.content) if response.content else None
            except ValueError:
                body = None
            if not isinstance(body, dict) or not body:
                raise OAuthError(
                    f"the token endpoint answered {response.status_code} without a JSON object",
                    error="invalid_response",
                    status_code=response.status_code,
                )
            return cast(dict[str, Any], body)
        parsed = read_error_body(response, hidden)
        error = parsed.code if parsed.is_oauth else None
        if error is None and response.status_code not in (400, 401):
            # Not an OAuth error body: rate limiting, an outage, a proxy page.
            cls = errors.error_class(response.status_code, parsed.code)
            kwargs = parsed.error_fields(request, response)
            if cls is errors.RateLimitError:
                kwargs.update(rate_limit_details(response.headers))
            raise cls(f"{parsed.summary} (from the token endpoint)", **kwargs)
        raise _grant_error(grant, error, parsed.message, response.status_code)


def _grant_error(grant: str, error: str | None, description: str | None, status_code: int) -> OAuthError:
    what = _GRANT_WORDS.get(grant, "the token request")
    detail = f"{error}: {description}" if error and description else (error or description or f"HTTP {status_code}")
    kwargs: dict[str, Any] = {"error": error, "error_description": description, "status_code": status_code}
    if error == "invalid_grant":
        if grant == "refresh_token":
            return InvalidGrantError(
                f"Bokio refused the refresh token ({detail}): it expired, was revoked or was already used; "
                "the user must authorize the integration again",
                **kwargs,
            )
        return InvalidGrantError(
            f"Bokio refused {what} ({detail}); authorization codes are single-use and short-lived, and "
            "redirect_uri must be the one sent to /authorize: start the authorization again",
            **kwargs,
        )
    if error == "invalid_client" or (error is None and status_code == 401):
        return InvalidClientError(
            f"Bokio refused the client credentials ({detail}); check the client id and client secret", **kwargs
        )
    return OAuthError(f"Bokio refused {what} ({detail})", **kwargs)
