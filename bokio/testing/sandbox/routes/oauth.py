"""The General API: OAuth 2.0 ``/authorize`` and ``/token``, and the integration's connections.

The sandbox is one integration (``state.client_id`` / ``client_secret``) that the sandbox's
companies may connect to (its first company unless ``bokio_tenantid`` names another).
``/authorize`` approves at once, as if the user had clicked through, and redirects with a code;
``/token`` exchanges it for a Company API token. A client credentials request with ``scope``
gets an Agency API token with those scopes; without, a General API token.

Refresh tokens rotate: each works once. One that comes back after it was used revokes every
token descended from the same authorization (the OAuth 2.0 security best practice against
replayed refresh tokens), so two clients spending the same refresh token both lose.
"""

from __future__ import annotations

import base64
import binascii
import math
import secrets
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

from ..calls import AGENCY_SCOPES, SCOPES, Call, Handler, Reply, paged, registrar
from ..errors import OAuthError
from ..state import Grant, Record, State

HANDLERS: dict[str, Handler] = {}
handles = registrar(HANDLERS)

CONNECTIONS = "connections"
CODE_LIFETIME = 600


@handles("authorize")
def authorize(call: Call) -> Reply:
    state, query = call.state, call.query
    if query.get("response_type") != "code":
        raise OAuthError("unsupported_response_type", "response_type must be code")
    if query.get("client_id") != state.client_id:
        raise OAuthError("invalid_client", "Unknown client_id")
    redirect_uri = query.get("redirect_uri", "")
    target = urlsplit(redirect_uri)
    if target.scheme not in ("http", "https") or not target.netloc:
        raise OAuthError("invalid_request", "redirect_uri must be an absolute http(s) URI")
    if not query.get("state"):
        raise OAuthError("invalid_request", "The state parameter is required")
    company_id = query.get("bokio_tenantid", state.company_id)
    if company_id not in state.companies:
        raise OAuthError("invalid_request", "Unknown bokio_tenantid")
    scopes = frozenset(query.get("scope", "").split())
    if scopes - SCOPES - AGENCY_SCOPES:
        raise OAuthError("invalid_scope", f"Unknown scopes: {' '.join(sorted(scopes - SCOPES - AGENCY_SCOPES))}")
    code = secrets.token_urlsafe(24)
    state.codes[code] = Grant(
        redirect_uri, scopes or None, expires_at=time.time() + CODE_LIFETIME, company_id=company_id
    )
    separator = "&" if target.query else "?"
    location = f"{redirect_uri}{separator}{urlencode({'code': code, 'state': query['state']})}"
    return Reply(302, content=b"", headers={"Location": location})


def _check_client(call: Call) -> None:
    scheme, _, encoded = call.headers.get("authorization", "").partition(" ")
    try:
        client_id, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        client_id = secret = ""
    if scheme.lower() != "basic" or (client_id, secret) != (call.state.client_id, call.state.client_secret):
        raise OAuthError("invalid_client", "Authenticate with HTTP Basic: client_id and client_secret", status=401)


def _connection(state: State, company_id: str) -> Record:
    for connection in state.table(CONNECTIONS).values():
        if connection["tenantId"] == company_id:
            return connection
    name = state.companies[company_id].company["name"]
    return state.insert(CONNECTIONS, {"tenantId": company_id, "tenantName": name, "type": "company"})


def _company_tokens(
    state: State, company_id: str, scopes: frozenset[str] | None, connection_id: str, family: str | None
) -> Record:
    family = family or secrets.token_hex(8)
    expires_at = time.time() + state.token_lifetime
    access = state.issue_token(
        "company",
        scopes,
        expires_at=expires_at,
        connection_id=connection_id,
        family=family,
        company_id=company_id,
    )
    refresh = secrets.token_urlsafe(32)
    state.refresh_tokens[refresh] = Grant(
        None, scopes, connection_id=connection_id, family=family, company_id=company_id
    )
    return {
        "tenant_id": company_id,
        "tenant_type": "company",
        "access_token": access.value,
        "token_type": "bearer",
        "expires_in": math.ceil(state.token_lifetime),
        "refresh_token": refresh,
        "connection_id": connection_id,
    }


def _redeem(grants: dict[str, Grant], key: str, what: str) -> Grant:
    """Take a one-time grant out of ``grants``; unknown, used and expired ones are refused alike."""
    if not key:
        raise OAuthError("invalid_request", f"The {what} field is required")
    grant = grants.pop(key, None)
    if grant is None or (grant.expires_at is not None and time.time() > grant.expires_at):
        raise OAuthError("invalid_grant", f"The {what} is unknown, expired or already used")
    return grant


def _revoke_family(state: State, family: str | None) -> None:
    state.tokens = {value: t for value, t in state.tokens.items() if family is None or t.family != family}
    state.refresh_tokens = {k: g for k, g in state.refresh_tokens.items() if family is None or g.family != family}


@handles("requestToken")
def request_token(call: Call) -> Any:
    grant_type = call.form.get("grant_type") or ""
    try:
        answer = _grant(call)
    except OAuthError as error:
        call.state.token_requests.append((grant_type, error.error))
        raise
    call.state.token_requests.append((grant_type, "ok"))
    return answer


def _grant(call: Call) -> Any:
    _check_client(call)
    state, form = call.state, call.form
    grant_type = form.get("grant_type")
    if grant_type == "client_credentials":
        scopes = frozenset(form.get("scope", "").split())
        if scopes - AGENCY_SCOPES:
            raise OAuthError("invalid_scope", f"Not Agency API scopes: {' '.join(sorted(scopes - AGENCY_SCOPES))}")
        kind = "agency" if scopes else "general"
        token = state.issue_token(kind, scopes or None, expires_at=time.time() + state.token_lifetime)
        return {
            "tenant_type": "general",
            "access_token": token.value,
            "token_type": "bearer",
            "expires_in": math.ceil(state.token_lifetime),
        }
    if grant_type == "authorization_code":
        grant = _redeem(state.codes, form.get("code", ""), "code")
        if form.get("redirect_uri") != grant.redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri differs from the one given to /authorize")
        company_id = grant.company_id or state.company_id
        return _company_tokens(state, company_id, grant.scopes, _connection(state, company_id)["id"], None)
    if grant_type == "refresh_token":
        refresh_token = form.get("refresh_token", "")
        if refresh_token in state.spent_refresh_tokens:
            _revoke_family(state, state.spent_refresh_tokens[refresh_token])
            raise OAuthError("invalid_grant", "The refresh_token was already used; every token from it is revoked")
        grant = _redeem(state.refresh_tokens, refresh_token, "refresh_token")
        state.spent_refresh_tokens[refresh_token] = grant.family
        if grant.connection_id not in state.table(CONNECTIONS):
            raise OAuthError("invalid_grant", "The connection was removed; authorize again")
        company_id = grant.company_id or state.company_id
        return _company_tokens(state, company_id, grant.scopes, str(grant.connection_id), grant.family)
    if grant_type is None:
        raise OAuthError("invalid_request", "The grant_type field is required")
    raise OAuthError("unsupported_grant_type", f"grant_type {grant_type} is not supported")


@handles("listConnections")
def list_connections(call: Call) -> Record:
    tenant = call.query.get("tenantId")
    connections = call.state.table(CONNECTIONS).values()
    return paged(call, [c for c in connections if tenant is None or c["tenantId"] == tenant])


@handles("getConnection")
def get_connection(call: Call) -> Record:
    return call.state.find(CONNECTIONS, call.params["connectionId"])


@handles("deleteConnection")
def delete_connection(call: Call) -> Reply:
    """Disconnect: the connection's access and refresh tokens stop working."""
    state = call.state
    connection = state.delete(CONNECTIONS, call.params["connectionId"])
    # In place: every company of the sandbox shares these tables.
    for value in [value for value, t in state.tokens.items() if t.connection_id == connection["id"]]:
        del state.tokens[value]
    for key in [key for key, g in state.refresh_tokens.items() if g.connection_id == connection["id"]]:
        del state.refresh_tokens[key]
    if connection["type"] == "agency":
        state.agency.connections.pop(connection["tenantId"], None)
    return Reply(204)
