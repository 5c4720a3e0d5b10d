"""OAuth 2.0 for public integrations, against a real OAuth server on the loopback interface.

``FakeBokio`` below is a small threaded ``http.server`` speaking Bokio's protocol: the token
endpoint (HTTP Basic client authentication; client credentials, authorization code and refresh
token grants; rotating, revocable, expiring refresh tokens), the authorization page (302 back
to the redirect URI), the General API connections and one Company API endpoint that answers
401 to expired or unknown access tokens. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import secrets
import stat
import sys
import threading
import time
import typing
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import bokio
from bokio import AuthenticationError, NotFoundError, ValidationError
from bokio.general import AsyncBokioGeneral, BokioGeneral
from bokio.oauth import (
    AccessDeniedError,
    InvalidClientError,
    InvalidGrantError,
    LoginTimeoutError,
    OAuthApp,
    OAuthError,
    OAuthStateError,
    OAuthTokenAuth,
    Scope,
    ScopeName,
    TokenSet,
)
from bokio.token_store import FileTokenStore, MemoryTokenStore, TokenStore, TokenStoreError

CLIENT_ID = "ed56c798-0ac8-4700-abd9-3dac99f7eca1"
CLIENT_SECRET = "cs-Zq81-client-secret-never-shown"
REDIRECT_URI = "https://app.example.com/bokio/callback"
TENANT_A = "4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10"
TENANT_B = "e81b5f03-9c2d-4a76-b4e8-6f0d2c9a3b15"
SPEC = Path(__file__).resolve().parent.parent / "openapi" / "company-api.yaml"

# One connection pool for the browser and most SDK objects. Plain HTTP on the loopback interface,
# so no CA certificates to load (loading them costs ~70 ms per client).
HTTP = httpx.Client(verify=False, timeout=10)


# ----------------------------------------------------------------------------------------------
# The fake Bokio
# ----------------------------------------------------------------------------------------------


class FakeBokio:
    """State of the fake server; every issued secret is kept in :attr:`secrets` for leak checks."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.access_ttl = 3600
        self.refresh_delay = 0.0  # seconds a refresh takes: widens the window for races
        self.deny = False
        self.company_always_401 = False
        self.codes: dict[str, dict[str, Any]] = {}
        self.access: dict[str, dict[str, Any]] = {}
        self.refresh: dict[str, dict[str, Any]] = {}
        self.grants: list[str] = []
        self.company_calls: list[tuple[str, int]] = []  # (token, status)
        self.authorize_params: list[dict[str, str]] = []
        self.secrets: set[str] = {CLIENT_SECRET}
        self.connections = [
            {
                "id": f"00000000-0000-4000-8000-00000000000{i}",
                "tenantId": tenant,
                "tenantName": f"Company {i}",
                "type": "company",
            }
            for i, tenant in enumerate(
                [TENANT_A, TENANT_B] + [f"11111111-2222-4333-8444-55555555555{i}" for i in range(3)]  # five connections
            )
        ]
        self.base_url = ""

    def connection_of(self, tenant: str) -> str:
        return next(c["id"] for c in self.connections if c["tenantId"] == tenant)

    def new_secret(self, prefix: str) -> str:
        value = f"{prefix}{secrets.token_urlsafe(18)}"
        self.secrets.add(value)
        return value

    def issue_access(self, tenant: str | None) -> str:
        token = self.new_secret("AT-")
        self.access[token] = {"tenant": tenant, "expires": time.monotonic() + self.access_ttl}
        return token

    def issue_company_tokens(self, tenant: str, scopes: str | None = None) -> dict[str, Any]:
        refresh = self.new_secret("RT-")
        self.refresh[refresh] = {"tenant": tenant, "expires": time.monotonic() + 30 * 24 * 3600}
        body: dict[str, Any] = {
            "tenant_id": tenant,
            "tenant_type": "company",
            "access_token": self.issue_access(tenant),
            "token_type": "bearer",
            "expires_in": self.access_ttl,
            "refresh_token": refresh,
            "connection_id": self.connection_of(tenant),
        }
        return body

    # Test controls.
    def expire_access_tokens(self) -> None:
        with self.lock:
            for record in self.access.values():
                record["expires"] = 0.0

    def expire_refresh_tokens(self) -> None:
        with self.lock:
            for record in self.refresh.values():
                record["expires"] = 0.0

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh.clear()

    def count(self, grant: str) -> int:
        with self.lock:
            return self.grants.count(grant)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    @property
    def fake(self) -> FakeBokio:
        return self.server.fake

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        content = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def api_error(self, status: int, code: str, message: str) -> None:
        self.reply(status, {"code": code, "message": message, "bokioErrorId": "9d4c3f1e-0000-4000-8000-000000000001"})

    def bearer(self) -> dict[str, Any] | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        token = header[len("Bearer ") :]
        with self.fake.lock:
            record = self.fake.access.get(token)
            if record is None or record["expires"] <= time.monotonic():
                return None
            return {"token": token, **record}

    def do_GET(self) -> None:
        self.route("GET")

    def do_POST(self) -> None:
        self.route("POST")

    def do_DELETE(self) -> None:
        self.route("DELETE")

    def route(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        parts = url.path.strip("/").split("/")
        if parts[:1] != ["v1"]:
            return self.reply(404, {"code": "not-found", "message": "no such path"})
        parts = parts[1:]
        if method == "POST" and parts == ["token"]:
            return self.token()
        if method == "GET" and parts == ["authorize"]:
            return self.authorize(query)
        if parts[:1] == ["connections"]:
            return self.connections(method, parts[1:], query)
        if method == "GET" and len(parts) == 3 and parts[0] == "companies" and parts[2] == "company-information":
            return self.company_information(parts[1])
        self.reply(404, {"code": "not-found", "message": "no such path"})

    def token(self) -> None:
        fake = self.fake
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        grant = form.get("grant_type", "")
        with fake.lock:
            fake.grants.append(grant)
        if self.headers.get("Authorization") != expected:
            return self.reply(401, {"error": "invalid_client", "error_description": "Client authentication failed"})
        if self.headers.get("Content-Type") != "application/x-www-form-urlencoded":
            return self.reply(400, {"error": "invalid_request", "error_description": "form body expected"})
        if grant == "client_credentials":
            with fake.lock:
                token = fake.issue_access(None)
            return self.reply(200, {"access_token": token, "token_type": "bearer", "expires_in": fake.access_ttl})
        if grant == "authorization_code":
            with fake.lock:
                record = fake.codes.pop(form.get("code", ""), None)
                if record is None or record["redirect_uri"] != form.get("redirect_uri"):
                    body = None
                else:
                    body = fake.issue_company_tokens(record["tenant"])
            if body is None:
                return self.reply(
                    400, {"error": "invalid_grant", "error_description": "The authorization code is invalid"}
                )
            return self.reply(200, body)
        if grant == "refresh_token":
            time.sleep(fake.refresh_delay)
            presented = form.get("refresh_token", "")
            with fake.lock:
                record = fake.refresh.pop(presented, None)  # rotation: a refresh token works once
                if record is None or record["expires"] <= time.monotonic():
                    body = None
                else:
                    body = fake.issue_company_tokens(record["tenant"])
            if body is None:
                # Echoes the token to check that the SDK never repeats it.
                description = f"The refresh token {presented} is expired, revoked or already used"
                return self.reply(400, {"error": "invalid_grant", "error_description": description})
            return self.reply(200, body)
        self.reply(400, {"error": "unsupported_grant_type", "error_description": f"grant {grant!r}"})

    def authorize(self, query: dict[str, str]) -> None:
        fake = self.fake
        fake.authorize_params.append(query)
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code" or "state" not in query:
            return self.reply(400, {"error": "invalid_request", "error_description": "bad authorization request"})
        redirect = query["redirect_uri"]
        if fake.deny:
            result = {"error": "access_denied", "error_description": "The user declined", "state": query["state"]}
        else:
            with fake.lock:
                code = fake.new_secret("CODE-")
                fake.codes[code] = {"redirect_uri": redirect, "tenant": query.get("bokio_tenantid", TENANT_A)}
            result = {"code": code, "state": query["state"]}
        self.reply(302, headers={"Location": f"{redirect}?{urllib.parse.urlencode(result)}"})

    def connections(self, method: str, rest: list[str], query: dict[str, str]) -> None:
        fake = self.fake
        caller = self.bearer()
        if caller is None or caller["tenant"] is not None:
            return self.api_error(401, "unauthorized", "a client credentials token is required")
        with fake.lock:
            connections = list(fake.connections)
        if not rest and method == "GET":
            if "tenantId" in query:
                connections = [c for c in connections if c["tenantId"] == query["tenantId"]]
            page, size = int(query.get("page", 1)), int(query.get("pageSize", 20))
            pages = max(1, -(-len(connections) // size))
            items = connections[(page - 1) * size : page * size]
            return self.reply(
                200, {"totalItems": len(connections), "totalPages": pages, "currentPage": page, "items": items}
            )
        found = next((c for c in connections if rest and c["id"] == rest[0]), None)
        if found is None:
            return self.api_error(404, "not-found", "no such connection")
        if method == "GET":
            return self.reply(200, found)
        if method == "DELETE":
            with fake.lock:
                fake.connections.remove(found)
                tenant = found["tenantId"]
                fake.refresh = {k: v for k, v in fake.refresh.items() if v["tenant"] != tenant}
                fake.access = {k: v for k, v in fake.access.items() if v["tenant"] != tenant}
            return self.reply(204)
        self.api_error(405, "method-not-allowed", "method not allowed")

    def company_information(self, company_id: str) -> None:
        fake = self.fake
        caller = self.bearer()
        header = self.headers.get("Authorization", "")
        status = 401 if caller is None or fake.company_always_401 else 200
        with fake.lock:
            fake.company_calls.append((header.removeprefix("Bearer "), status))
        if status == 401:
            return self.api_error(401, "unauthorized", "The access token is missing, invalid or expired")
        assert caller is not None
        if caller["tenant"] != company_id:
            return self.api_error(404, "not-found", "no such company")
        self.reply(
            200,
            {
                "companyInformation": {
                    "id": company_id,
                    "companyType": "limitedCompany",
                    "name": "Aurora Works AB",
                    "organizationNumber": "559234-8817",
                    "phone": "+46 31 701 22 40",
                    "email": "ekonomi@auroraworks.se",
                    "hasBBA": True,
                    "address": {
                        "line1": "Första Långgatan 19",
                        "line2": None,
                        "city": "Göteborg",
                        "postalCode": "413 27",
                        "country": "SE",
                    },
                }
            },
        )


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, fake: FakeBokio) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # a client dropped an idle keep-alive connection
        super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server(FakeBokio())
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.shutdown()
        running.server_close()
        thread.join(5)
        HTTP.close()


@pytest.fixture
def fake(server: Server) -> FakeBokio:
    """A fresh state of the server for each test."""
    state = FakeBokio()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.fake = state
    return state


@pytest.fixture
def app(fake: FakeBokio) -> Iterator[OAuthApp]:
    with OAuthApp(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, base_url=fake.base_url, http_client=HTTP) as oauth_app:
        yield oauth_app


def authorize(app: OAuthApp, scopes: list[Scope] | None = None, tenant_id: str | None = None) -> TokenSet:
    """The whole authorization code flow, with httpx standing in for the browser."""
    url, state = app.authorization_url(scopes or [Scope.COMPANY_INFORMATION_READ], tenant_id=tenant_id)
    redirect = HTTP.get(url, follow_redirects=False, timeout=5)
    assert redirect.status_code == 302
    code = app.parse_callback(redirect.headers["Location"], state)
    return app.exchange_code(code, scopes=scopes or [Scope.COMPANY_INFORMATION_READ])


# ----------------------------------------------------------------------------------------------
# Authorization URL, scopes, callback
# ----------------------------------------------------------------------------------------------


def test_authorization_url_has_every_parameter(app: OAuthApp) -> None:
    url, state = app.authorization_url(
        [Scope.INVOICES_READ, "invoices:write", Scope.INVOICES_READ, Scope.BANK_PAYMENTS_READ_LIMITED],
        tenant_id=TENANT_A,
    )
    parts = urllib.parse.urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == app.base_url + "/authorize"
    query = urllib.parse.parse_qs(parts.query)
    assert query == {
        "response_type": ["code"],
        "client_id": [CLIENT_ID],
        "redirect_uri": [REDIRECT_URI],
        "scope": ["invoices:read invoices:write bank-payments:read-limited"],
        "state": [state],
        "bokio_tenantid": [TENANT_A],
        "bokio_tenanttype": ["company"],
    }
    assert "%20" in parts.query and "+" not in parts.query  # spaces between scopes as %20
    assert len(state) >= 43  # secrets.token_urlsafe(32)
    assert app.authorization_url([Scope.SIE_READ])[1] != state  # a new random state each time

    url, given = app.authorization_url([Scope.SIE_READ], state="my-state")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert given == "my-state" and query["state"] == ["my-state"]
    assert "bokio_tenantid" not in query and "bokio_tenanttype" not in query

    with pytest.raises(ValueError, match="unknown scope"):
        app.authorization_url(["accounting"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        app.authorization_url("invoices:read")  # type: ignore[arg-type]


def test_scopes_are_those_of_the_spec() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    documented = set(spec["components"]["securitySchemes"]["oauth2"]["flows"]["authorizationCode"]["scopes"])
    agency = yaml.safe_load((SPEC.parent / "agency-api.yaml").read_text(encoding="utf-8"))
    documented |= set(agency["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]["scopes"])
    assert {scope.value for scope in Scope} == documented
    assert set(typing.get_args(ScopeName)) == documented
    assert {"bank-payments:read-limited", "bank-payments:write"} <= documented


def test_parse_callback_accepts_url_query_or_mapping(app: OAuthApp) -> None:
    assert app.parse_callback("https://app.example.com/bokio/callback?code=abc&state=s1", "s1") == "abc"
    assert app.parse_callback("code=abc&state=s1", "s1") == "abc"
    assert app.parse_callback("?code=abc&state=s1", "s1") == "abc"
    assert app.parse_callback({"code": "abc", "state": "s1"}, "s1") == "abc"


@pytest.mark.parametrize(
    "callback",
    [
        "https://app.example.com/bokio/callback?code=abc",  # missing
        "https://app.example.com/bokio/callback?code=abc&state=forged",  # forged
        "https://app.example.com/bokio/callback?code=abc&state=",  # empty
        "https://app.example.com/bokio/callback?code=abc&state=s1&state=forged",  # repeated
        "https://app.example.com/bokio/callback?error=access_denied&state=forged",  # error, but forged
    ],
)
def test_parse_callback_refuses_missing_or_forged_state(app: OAuthApp, callback: str) -> None:
    with pytest.raises(OAuthStateError) as raised:
        app.parse_callback(callback, "s1")
    assert "abc" not in str(raised.value)
    assert isinstance(raised.value, bokio.BokioError)


def test_parse_callback_error_redirects(app: OAuthApp) -> None:
    with pytest.raises(AccessDeniedError) as denied:
        app.parse_callback("error=access_denied&error_description=The+user+declined&state=s1", "s1")
    assert denied.value.error == "access_denied"
    assert denied.value.error_description == "The user declined"
    assert "The user declined" in str(denied.value)
    with pytest.raises(OAuthError) as other:
        app.parse_callback("error=server_error&state=s1", "s1")
    assert type(other.value) is OAuthError and other.value.error == "server_error"
    with pytest.raises(OAuthError, match="neither a code nor an error"):
        app.parse_callback("state=s1", "s1")


def test_real_authorize_redirect_round_trip(app: OAuthApp, fake: FakeBokio) -> None:
    url, state = app.authorization_url([Scope.INVOICES_READ])
    location = HTTP.get(url, timeout=5).headers["Location"]
    assert location.startswith(REDIRECT_URI + "?")
    code = app.parse_callback(location, state)
    assert code in fake.codes

    fake.deny = True
    url, state = app.authorization_url([Scope.INVOICES_READ])
    location = HTTP.get(url, timeout=5).headers["Location"]
    with pytest.raises(AccessDeniedError, match="The user declined"):
        app.parse_callback(location, state)


# ----------------------------------------------------------------------------------------------
# Grants
# ----------------------------------------------------------------------------------------------


def test_authorization_code_grant_gives_a_token_set(app: OAuthApp, fake: FakeBokio) -> None:
    before = datetime.now(UTC)
    token_set = authorize(app, [Scope.COMPANY_INFORMATION_READ, Scope.INVOICES_READ])
    assert fake.grants == ["authorization_code"]
    assert token_set.tenant_id == TENANT_A
    assert token_set.tenant_type == "company"
    assert token_set.connection_id == fake.connection_of(TENANT_A)
    assert token_set.access_token in fake.access and token_set.refresh_token in fake.refresh
    assert token_set.expires_at.tzinfo is not None and token_set.expires_at.utcoffset() == timedelta(0)
    assert before + timedelta(seconds=3595) <= token_set.expires_at <= datetime.now(UTC) + timedelta(hours=1)
    assert token_set.scopes == ("company-information:read", "invoices:read")


def test_code_is_single_use_and_bound_to_redirect_uri(app: OAuthApp, fake: FakeBokio) -> None:
    url, state = app.authorization_url([Scope.SIE_READ])
    code = app.parse_callback(HTTP.get(url, timeout=5).headers["Location"], state)
    with pytest.raises(InvalidGrantError) as wrong_uri:
        app.exchange_code(code, redirect_uri="https://elsewhere.example.com/cb")
    assert code not in str(wrong_uri.value) and code not in repr(wrong_uri.value)
    with pytest.raises(InvalidGrantError, match="authorization again"):
        app.exchange_code(code)  # already consumed by the failed attempt


def test_refresh_token_grant_rotates(app: OAuthApp, fake: FakeBokio) -> None:
    first = authorize(app)
    second = app.refresh(first)
    assert fake.grants == ["authorization_code", "refresh_token"]
    assert second.access_token != first.access_token
    assert second.refresh_token != first.refresh_token
    assert (second.tenant_id, second.connection_id, second.scopes) == (
        first.tenant_id,
        first.connection_id,
        first.scopes,
    )
    with pytest.raises(InvalidGrantError) as reused:
        app.refresh(first)  # the old refresh token was rotated away
    message = str(reused.value)
    assert "must authorize the integration again" in message
    assert first.refresh_token is not None and first.refresh_token not in message
    assert "<hidden>" in message  # the server echoed the token; the SDK scrubbed it


def test_revoked_and_expired_refresh_tokens_raise_invalid_grant(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    fake.expire_refresh_tokens()
    with pytest.raises(InvalidGrantError, match="authorize the integration again"):
        app.refresh(token_set)

    token_set = authorize(app)
    fake.revoke_refresh_tokens()
    client = app.company_client(token_set, timeout=5, http_client=HTTP)
    fake.expire_access_tokens()
    with pytest.raises(InvalidGrantError, match="authorize the integration again") as raised:
        client.company_information.get()
    assert raised.value.error == "invalid_grant" and raised.value.status_code == 400
    client.close()


def test_wrong_client_secret_is_invalid_client(fake: FakeBokio) -> None:
    wrong = "wrong-secret-value-123"
    with (
        OAuthApp(CLIENT_ID, wrong, REDIRECT_URI, base_url=fake.base_url) as app,
        pytest.raises(InvalidClientError) as raised,
    ):
        app.exchange_code("CODE-whatever")
    assert raised.value.status_code == 401
    assert wrong not in str(raised.value) and "CODE-whatever" not in str(raised.value)
    with BokioGeneral(CLIENT_ID, wrong, base_url=fake.base_url) as general, pytest.raises(InvalidClientError):
        general.connections.get(fake.connection_of(TENANT_A))


def test_client_credentials_grant_and_connections(fake: FakeBokio) -> None:
    with BokioGeneral(CLIENT_ID, CLIENT_SECRET, base_url=fake.base_url, http_client=HTTP) as general:
        pager = general.connections.list(page_size=2)
        listed = [str(connection.tenant_id) for connection in pager]
        assert listed == [c["tenantId"] for c in fake.connections]
        assert pager.total_items == 5
        assert fake.grants == ["client_credentials"]  # fetched once, on first use

        only = list(general.connections.list(tenant_id=TENANT_B))
        assert [str(c.id) for c in only] == [fake.connection_of(TENANT_B)]
        connection = general.connections.get(fake.connection_of(TENANT_B))
        assert connection.tenant_name == "Company 1"

        general.connections.delete(fake.connection_of(TENANT_B))
        with pytest.raises(NotFoundError):
            general.connections.get(connection.id)  # type: ignore[arg-type]

        fake.expire_access_tokens()  # renewed once after the 401
        assert len(list(general.connections.list())) == 4
        assert fake.grants == ["client_credentials", "client_credentials"]
        assert CLIENT_SECRET not in repr(general) and CLIENT_SECRET not in repr(general.auth)

        with pytest.raises(ValidationError, match="connectionId") as refused:
            general.connections.get("not-a-uuid")
        assert refused.value.errors[0].field == "connectionId"


def test_client_credentials_token_renewed_before_expiry(fake: FakeBokio) -> None:
    fake.access_ttl = 30  # inside the 60 s leeway: every use renews
    with BokioGeneral(CLIENT_ID, CLIENT_SECRET, base_url=fake.base_url, http_client=HTTP) as general:
        general.connections.get(fake.connection_of(TENANT_A))
        general.connections.get(fake.connection_of(TENANT_A))
    assert fake.grants == ["client_credentials", "client_credentials"]


def test_general_client_reads_credentials_from_environment(fake: FakeBokio, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOKIO_CLIENT_ID", raising=False)
    with pytest.raises(bokio.BokioError, match="client id"):
        BokioGeneral()
    monkeypatch.setenv("BOKIO_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("BOKIO_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("BOKIO_BASE_URL", fake.base_url)
    with BokioGeneral() as general:
        assert general.connections.list().total_items == 5


def test_async_general_client(fake: FakeBokio) -> None:
    async def run() -> None:
        async with AsyncBokioGeneral(CLIENT_ID, CLIENT_SECRET, base_url=fake.base_url, timeout=5) as general:
            listed = [c async for c in general.connections.list(page_size=2)]
            assert len(listed) == 5
            connection = await general.connections.get(fake.connection_of(TENANT_A))
            assert str(connection.tenant_id) == TENANT_A
            await general.connections.delete(fake.connection_of(TENANT_A))
            assert await general.connections.list().total_items() == 4

    asyncio.run(run())
    assert fake.grants == ["client_credentials"]


# ----------------------------------------------------------------------------------------------
# Refresh inside the Company client
# ----------------------------------------------------------------------------------------------


def test_company_client_uses_the_token_set(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    with app.company_client(token_set, timeout=5, http_client=HTTP) as client:
        assert client.company_id == TENANT_A
        info = client.company_information.get()
        assert info.name == "Aurora Works AB"
    assert fake.company_calls == [(token_set.access_token, 200)]
    assert fake.count("refresh_token") == 0


def test_proactive_refresh_shortly_before_expiry(app: OAuthApp, fake: FakeBokio) -> None:
    fake.access_ttl = 30  # within the default 60 s leeway
    token_set = authorize(app)
    fake.access_ttl = 3600
    store = MemoryTokenStore()
    with app.company_client(token_set, store=store, timeout=5, http_client=HTTP) as client:
        client.company_information.get()
        client.company_information.get()
    assert fake.count("refresh_token") == 1
    saved = store.load(TENANT_A)
    assert saved is not None and saved.refresh_token != token_set.refresh_token
    assert [status for _, status in fake.company_calls] == [200, 200]  # no 401 on the way
    assert {token for token, _ in fake.company_calls} == {saved.access_token}


def test_refresh_after_401_then_sent_once_more(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    auth = OAuthTokenAuth(app, token_set)
    fake.expire_access_tokens()  # the server gave up on it before its time
    with bokio.Bokio(company_id=TENANT_A, auth=auth, base_url=fake.base_url, http_client=HTTP) as client:
        assert client.company_information.get().name == "Aurora Works AB"
    assert [status for _, status in fake.company_calls] == [401, 200]
    assert fake.count("refresh_token") == 1
    assert auth.token_set.access_token == fake.company_calls[1][0]


def test_usage_counts_the_re_send_after_a_401_and_the_token_request_made_for_it(app: OAuthApp, fake: FakeBokio) -> None:
    auth = OAuthTokenAuth(app, authorize(app))
    fake.expire_access_tokens()
    with bokio.Bokio(company_id=TENANT_A, auth=auth, base_url=fake.base_url, http_client=HTTP) as client:
        client.company_information.get()
        # the 401, the refresh (POST /token) and the re-send: three requests sent to Bokio
        assert (client.usage.requests, client.usage.retries, client.usage.rate_limited) == (3, 0, 0)
        fake.expire_access_tokens()
        client.with_options(timeout=9).company_information.get()  # a clone counts in the same usage
        assert client.usage.requests == 6
    assert fake.count("refresh_token") == 2
    app.refresh(auth.token_set)  # a refresh made for no client's call is no client's usage
    assert client.usage.requests == 6


def test_async_usage_counts_the_re_send_after_a_401_and_the_token_request(app: OAuthApp, fake: FakeBokio) -> None:
    auth = OAuthTokenAuth(app, authorize(app))
    fake.expire_access_tokens()

    async def main() -> bokio.AsyncBokio:
        async with bokio.AsyncBokio(company_id=TENANT_A, auth=auth, base_url=fake.base_url) as client:
            await client.company_information.get()
            return client

    assert asyncio.run(main()).usage.requests == 3


def test_second_401_is_an_authentication_error(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    fake.company_always_401 = True
    with app.company_client(token_set, timeout=5, http_client=HTTP) as client, pytest.raises(AuthenticationError):
        client.company_information.get()
    assert [status for _, status in fake.company_calls] == [401, 401]  # one re-send, no loop
    assert fake.count("refresh_token") == 1


@pytest.mark.parametrize("trigger", ["expiry", "401"])
def test_fifty_threads_cause_one_refresh(app: OAuthApp, fake: FakeBokio, trigger: str) -> None:
    token_set = authorize(app)
    if trigger == "expiry":
        token_set = attrs_evolve(token_set, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    else:
        fake.expire_access_tokens()
    fake.refresh_delay = 0.1
    store = MemoryTokenStore()
    client = app.company_client(token_set, store=store, timeout=10, http_client=HTTP)
    barrier = threading.Barrier(50)
    names: list[str] = []
    failures: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait(5)
            info = client.company_information.get()
            names.append(str(info.name))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    client.close()
    assert not failures
    assert names == ["Aurora Works AB"] * 50
    assert fake.count("refresh_token") == 1
    assert store.load(TENANT_A) == client._auth.token_set  # type: ignore[attr-defined]


def test_fifty_threads_with_a_revoked_refresh_token_ask_bokio_once(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    fake.revoke_refresh_tokens()
    fake.expire_access_tokens()
    fake.refresh_delay = 0.1
    client = app.company_client(token_set, timeout=10, http_client=HTTP)
    barrier = threading.Barrier(50)
    outcomes: list[BaseException | None] = []

    def work() -> None:
        barrier.wait(5)
        try:
            client.company_information.get()
            outcomes.append(None)
        except BaseException as error:
            outcomes.append(error)

    threads = [threading.Thread(target=work) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(outcomes) == 50 and all(isinstance(outcome, InvalidGrantError) for outcome in outcomes)
    assert fake.count("refresh_token") == 1  # the others were told without asking again


@pytest.mark.parametrize("trigger", ["expiry", "401"])
def test_fifty_tasks_cause_one_refresh(app: OAuthApp, fake: FakeBokio, trigger: str) -> None:
    token_set = authorize(app)
    if trigger == "expiry":
        token_set = attrs_evolve(token_set, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    else:
        fake.expire_access_tokens()
    fake.refresh_delay = 0.1
    store = MemoryTokenStore()

    async def run() -> list[str]:
        async with app.async_company_client(token_set, store=store, timeout=10) as client:
            infos = await asyncio.gather(*(client.company_information.get() for _ in range(50)))
        return [str(info.name) for info in infos]

    assert asyncio.run(run()) == ["Aurora Works AB"] * 50
    assert fake.count("refresh_token") == 1
    saved = store.load(TENANT_A)
    assert saved is not None and saved.refresh_token != token_set.refresh_token

    # The same auth keeps working in a later event loop (the asyncio lock is per loop).
    async def again() -> None:
        async with app.async_company_client(saved, store=store, timeout=10) as client:
            fake.expire_access_tokens()
            await client.company_information.get()

    asyncio.run(again())
    assert fake.count("refresh_token") == 2


def test_async_revoked_refresh_token(app: OAuthApp, fake: FakeBokio) -> None:
    token_set = authorize(app)
    fake.revoke_refresh_tokens()
    fake.expire_access_tokens()

    async def run() -> None:
        async with app.async_company_client(token_set, timeout=5) as client:
            await client.company_information.get()

    with pytest.raises(InvalidGrantError, match="authorize the integration again"):
        asyncio.run(run())


def test_another_process_refreshed_first(app: OAuthApp, fake: FakeBokio, tmp_path: Path) -> None:
    """Two processes share a file store: the second uses the first one's rotated token set."""
    token_set = authorize(app)
    stale = attrs_evolve(token_set, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    store_a, store_b = FileTokenStore(tmp_path / "tokens.json"), FileTokenStore(tmp_path / "tokens.json")
    with app.company_client(stale, store=store_a, timeout=5, http_client=HTTP) as first:
        first.company_information.get()
    with app.company_client(stale, store=store_b, timeout=5, http_client=HTTP) as second:
        second.company_information.get()  # would fail with invalid_grant if it refreshed again
    assert fake.count("refresh_token") == 1


# ----------------------------------------------------------------------------------------------
# Token sets and stores
# ----------------------------------------------------------------------------------------------


def attrs_evolve(token_set: TokenSet, **changes: Any) -> TokenSet:
    import attrs

    return attrs.evolve(token_set, **changes)


def sample(tenant: str = TENANT_A, access: str = "AT-sample-access", refresh: str = "RT-sample-refresh") -> TokenSet:
    return TokenSet(
        tenant_id=tenant,
        tenant_type="company",
        connection_id="b6e2a9d4-71c3-4f58-8e0b-3d9c5a1f7e26",
        access_token=access,
        refresh_token=refresh,
        expires_at=datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
        scopes=["invoices:read"],
    )


def test_token_set_round_trip_and_repr() -> None:
    token_set = sample()
    assert token_set.expires_at.tzinfo == UTC and token_set.expires_at.hour == 1
    assert token_set.scopes == ("invoices:read",)
    assert TokenSet.from_dict(json.loads(json.dumps(token_set.to_dict()))) == token_set
    text = repr(token_set)
    assert "AT-sample-access" not in text and "RT-sample-refresh" not in text and "<hidden>" in text
    assert str(token_set) == text
    assert TENANT_A in text
    naive = {**token_set.to_dict(), "expires_at": "2030-01-02T01:04:05"}
    assert TokenSet.from_dict(naive).expires_at == token_set.expires_at  # stored without zone: UTC
    with pytest.raises(ValueError):
        TokenSet(access_token="x", expires_at=datetime(2030, 1, 1))  # naive datetimes are refused
    with pytest.raises(ValueError):
        TokenSet.from_dict({"expires_at": "2030-01-01T00:00:00+00:00"})
    with pytest.raises(Exception):  # noqa: B017 (attrs' FrozenInstanceError)
        token_set.access_token = "changed"  # type: ignore[misc]


def test_memory_token_store() -> None:
    store = MemoryTokenStore()
    assert isinstance(store, TokenStore)
    assert store.load(TENANT_A) is None
    store.save(TENANT_A, sample())
    store.save(TENANT_B, sample(TENANT_B))
    assert store.load(TENANT_A) == sample() and store.keys() == sorted([TENANT_A, TENANT_B])
    store.delete(TENANT_A)
    assert store.load(TENANT_A) is None
    assert "AT-sample" not in repr(store)


def test_file_token_store_round_trip_many_tenants_and_0600(tmp_path: Path) -> None:
    path = tmp_path / "state" / "tokens.json"
    store = FileTokenStore(path)
    assert isinstance(store, TokenStore)
    assert store.load(TENANT_A) is None
    tenants = [TENANT_A, TENANT_B] + [f"11111111-2222-4333-8444-55555555555{i}" for i in range(8)]
    for i, tenant in enumerate(tenants):
        store.save(tenant, sample(tenant, access=f"AT-{i}", refresh=f"RT-{i}"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    reopened = FileTokenStore(path)  # as after a restart
    assert reopened.keys() == sorted(tenants)
    for i, tenant in enumerate(tenants):
        assert reopened.load(tenant) == sample(tenant, access=f"AT-{i}", refresh=f"RT-{i}")
    reopened.delete(TENANT_B)
    assert FileTokenStore(path).load(TENANT_B) is None and FileTokenStore(path).load(TENANT_A) is not None
    assert sorted(p.name for p in path.parent.iterdir()) == ["tokens.json", "tokens.json.lock"]  # no temp file
    assert "AT-0" not in repr(store)


def test_file_token_store_tightens_permissions_of_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"version": 1, "token_sets": {}}')
    os.chmod(path, 0o644)
    FileTokenStore(path).save(TENANT_A, sample())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_file_token_store_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    path = tmp_path / "tokens.json"
    store = FileTokenStore(path)
    store.save(TENANT_A, sample())
    before = path.read_bytes()

    def broken(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(TokenStoreError, match="No space left") as raised:
        store.save(TENANT_B, sample(TENANT_B, access="AT-new", refresh="RT-new"))
    monkeypatch.undo()
    assert "RT-new" not in str(raised.value)
    assert path.read_bytes() == before  # the old content, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tokens.json", "tokens.json.lock"]  # no partial file
    assert store.load(TENANT_B) is None and store.load(TENANT_A) == sample()


def test_file_token_store_reports_a_corrupt_file_without_content(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text('{"version": 1, "token_sets": {"x": {"access_token": "AT-leak"')
    with pytest.raises(TokenStoreError) as raised:
        FileTokenStore(path).load("x")
    assert "AT-leak" not in str(raised.value)


def test_restarted_process_continues_from_the_file_store(app: OAuthApp, fake: FakeBokio, tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = FileTokenStore(path)
    token_set = authorize(app)
    store.save(TENANT_A, token_set)
    fake.expire_access_tokens()
    with app.company_client(token_set, store=store, timeout=5, http_client=HTTP) as client:
        client.company_information.get()  # 401, refresh (rotates), saved to the file
    assert fake.count("refresh_token") == 1

    # "Restart": new objects, only the file survives. The old refresh token is dead by now.
    fake.expire_access_tokens()
    with OAuthApp(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, base_url=fake.base_url) as app2:
        restored = FileTokenStore(path).load(TENANT_A)
        assert restored is not None and restored.refresh_token != token_set.refresh_token
        with app2.company_client(restored, store=FileTokenStore(path), timeout=5) as client:
            assert client.company_information.get().name == "Aurora Works AB"
    assert fake.count("refresh_token") == 2


def test_many_tenants_pattern(app: OAuthApp, fake: FakeBokio, tmp_path: Path) -> None:
    """The README's pattern: one app, one file store, a client per connection."""
    store = FileTokenStore(tmp_path / "tokens.json")
    for tenant in (TENANT_A, TENANT_B):
        token_set = authorize(app, tenant_id=tenant)
        store.save(token_set.tenant_id or "", token_set)
    seen = []
    with app.general_client(http_client=HTTP) as general:
        for connection in general.connections.list():
            stored = store.load(str(connection.tenant_id))
            if stored is None:
                continue  # connected, but never authorized through this deployment
            with app.company_client(stored, store=store, timeout=5, http_client=HTTP) as client:
                seen.append(str(client.company_information.get().id))
    assert seen == [TENANT_A, TENANT_B]


# ----------------------------------------------------------------------------------------------
# Loopback login
# ----------------------------------------------------------------------------------------------


def browse(url: str) -> bool:
    """The user's browser: opens the authorization page and follows Bokio's redirect back."""
    response = HTTP.get(url, follow_redirects=True, timeout=5)
    assert response.status_code in (200, 400)
    return True


def test_login_local_end_to_end(fake: FakeBokio, capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[str] = []

    def browser(url: str) -> bool:
        opened.append(url)
        return browse(url)

    with OAuthApp(CLIENT_ID, CLIENT_SECRET, "http://127.0.0.1/callback", base_url=fake.base_url) as app:
        token_set = app.login_local([Scope.COMPANY_INFORMATION_READ], browser=browser, timeout=5)
    assert token_set.tenant_id == TENANT_A and token_set.scopes == ("company-information:read",)
    assert fake.grants == ["authorization_code"]
    redirect = fake.authorize_params[0]["redirect_uri"]
    assert redirect.startswith("http://127.0.0.1:") and redirect.endswith("/callback")
    assert int(urllib.parse.urlsplit(redirect).port or 0) > 0  # the port actually listened on
    assert len(opened) == 1
    output = capsys.readouterr()
    assert "CODE-" not in output.out + output.err  # http.server logs nothing


def test_login_local_on_a_fixed_port(fake: FakeBokio) -> None:
    with OAuthApp(CLIENT_ID, CLIENT_SECRET, "http://127.0.0.1:0/done", base_url=fake.base_url) as probe:
        assert probe.redirect_uri.endswith("/done")
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    uri = f"http://127.0.0.1:{port}/done"
    with OAuthApp(CLIENT_ID, CLIENT_SECRET, uri, base_url=fake.base_url) as app:
        token_set = app.login_local([Scope.SIE_READ], browser=browse, timeout=5)
    assert token_set.tenant_id == TENANT_A
    assert fake.authorize_params[0]["redirect_uri"] == uri


def test_login_local_denied_and_timeout(fake: FakeBokio, capsys: pytest.CaptureFixture[str]) -> None:
    with OAuthApp(CLIENT_ID, CLIENT_SECRET, "http://127.0.0.1/callback", base_url=fake.base_url) as app:
        fake.deny = True
        with pytest.raises(AccessDeniedError):
            app.login_local([Scope.SIE_READ], browser=browse, timeout=5)

        started = time.monotonic()
        with pytest.raises(LoginTimeoutError):
            app.login_local([Scope.SIE_READ], open_browser=False, timeout=0.3)
        assert time.monotonic() - started < 3
        printed = capsys.readouterr().err
        assert f"{fake.base_url}/authorize?" in printed  # no browser: the URL is printed

        def no_browser(url: str) -> bool:
            raise RuntimeError("no display")

        with pytest.raises(LoginTimeoutError):
            app.login_local([Scope.SIE_READ], browser=no_browser, timeout=0.2)
        assert "/authorize?" in capsys.readouterr().err
    assert fake.grants == []


def test_login_local_needs_a_loopback_redirect_uri(app: OAuthApp) -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        app.login_local([Scope.SIE_READ], browser=browse, timeout=1)


# ----------------------------------------------------------------------------------------------
# No secret anywhere
# ----------------------------------------------------------------------------------------------


def test_no_secret_in_reprs_logs_or_errors(
    app: OAuthApp, fake: FakeBokio, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url, state = app.authorization_url([Scope.COMPANY_INFORMATION_READ])
    location = HTTP.get(url, timeout=5).headers["Location"]  # the browser's part, before capturing logs
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    store = FileTokenStore(tmp_path / "tokens.json")
    token_set = app.exchange_code(app.parse_callback(location, state))
    store.save(TENANT_A, token_set)
    auth = app.auth(token_set, store)
    with bokio.Bokio(company_id=TENANT_A, auth=auth, base_url=fake.base_url, http_client=HTTP) as client:
        fake.expire_access_tokens()
        client.company_information.get()  # 401 → refresh → again
        texts += [repr(client), repr(auth), repr(auth.token_set), str(auth.token_set)]
        fake.revoke_refresh_tokens()
        fake.expire_access_tokens()
        with pytest.raises(InvalidGrantError) as raised:
            client.company_information.get()
        texts += [str(raised.value), repr(raised.value), str(raised.value.error_description)]
    with pytest.raises(InvalidGrantError) as reused:
        app.refresh(token_set)
    texts += [str(reused.value), repr(reused.value)]
    with BokioGeneral(CLIENT_ID, CLIENT_SECRET, base_url=fake.base_url) as general:
        general.connections.get(fake.connection_of(TENANT_A))
        texts += [repr(general), repr(general.auth)]
    with OAuthApp(CLIENT_ID, "bad-" + CLIENT_SECRET, REDIRECT_URI, base_url=fake.base_url) as bad:
        with pytest.raises(InvalidClientError) as refused:
            bad.refresh(token_set)
        texts += [str(refused.value), repr(refused.value), repr(bad)]
    texts += [repr(app), repr(store), repr(MemoryTokenStore())]
    texts += [record.getMessage() for record in caplog.records]
    texts.append(caplog.text)
    assert any("refreshed the access token" in record.getMessage() for record in caplog.records)
    leaked = {secret for secret in fake.secrets | {"bad-" + CLIENT_SECRET} for text in texts if secret in text}
    assert not leaked
