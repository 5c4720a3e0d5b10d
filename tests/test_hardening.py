"""Smaller failures found by trying the SDK as a new user would (issue 13, item 8)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

import bokio
from bokio import Bokio, OAuthApp, OAuthTokenAuth, TokenSet
from bokio.testing import Sandbox
from tests.conftest import COMPANY_ID, TOKEN

CLIENT_ID = "0b7d6c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e"
SECRET = "s3cr3t-T0ken-do-not-show"


def closed_port() -> str:
    """A loopback base URL where nothing listens: every request fails to connect."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def requests_in(error: BaseException) -> list[httpx.Request]:
    found = []
    for link in chain(error):
        with contextlib.suppress(AttributeError, RuntimeError):  # httpx raises RuntimeError when it has none
            found.append(link.request)  # type: ignore[attr-defined]
    return found


def test_the_token_cannot_be_reached_through_the_cause_of_an_error() -> None:
    client = Bokio(token=SECRET, company_id=COMPANY_ID, base_url=closed_port(), max_retries=0)
    with pytest.raises(bokio.APIConnectionError) as raised:
        client.company_information.get()
    requests = requests_in(raised.value)
    assert requests, "httpx's error, with its request, is still chained for debugging"
    for request in requests:
        assert "Authorization" not in request.headers
        assert SECRET not in repr(request.headers)


def test_the_client_secret_cannot_be_reached_through_the_cause_of_a_token_error() -> None:
    app = OAuthApp(CLIENT_ID, SECRET, "https://app.example/cb", base_url=closed_port())
    with pytest.raises(bokio.APIConnectionError) as raised:
        app.exchange_code("code-1")
    for request in requests_in(raised.value):
        assert "Authorization" not in request.headers


def test_an_access_token_with_a_line_break_is_refused_without_being_shown() -> None:
    sb = Sandbox()
    token_set = TokenSet(access_token=SECRET + "\r\nX-Evil: 1", expires_at=datetime.now(UTC) + timedelta(hours=1))
    app = OAuthApp(sb.client_id, sb.client_secret, "https://app.example/cb", base_url=sb.base_url)
    auth = OAuthTokenAuth(app, token_set)
    client = Bokio(company_id=sb.company_id, auth=auth, http_client=httpx.Client(transport=sb.transport()))
    with pytest.raises(bokio.BokioError, match="line break") as raised:
        client.company_information.get()
    for link in chain(raised.value):
        assert SECRET not in str(link) and SECRET not in repr(link)


def test_a_header_that_cannot_be_sent_is_refused_without_quoting_it() -> None:
    with pytest.raises(ValueError, match="X-Api-Key") as raised:
        Bokio(token=TOKEN, company_id=COMPANY_ID, default_headers={"X-Api-Key": SECRET + "\r\n"})
    assert SECRET not in str(raised.value)


@pytest.mark.parametrize(
    "uri", ["http://app.example/cb", "http://10.0.0.5/cb", "http://127.0.0.1.nip.io/cb", "ftp://app.example/cb"]
)
def test_oauth_app_refuses_a_redirect_uri_that_is_neither_https_nor_loopback(uri: str) -> None:
    with pytest.raises(ValueError, match="redirect_uri must"):
        OAuthApp(CLIENT_ID, SECRET, uri)
    app = OAuthApp(CLIENT_ID, SECRET, "https://app.example/cb")
    with pytest.raises(ValueError, match="redirect_uri must"):
        app.authorization_url([], redirect_uri=uri)


@pytest.mark.parametrize(
    "uri",
    ["https://app.example/cb", "http://127.0.0.1:8765/cb", "http://localhost/cb", "http://[::1]:9000/cb"],
)
def test_oauth_app_takes_https_and_loopback_redirect_uris(uri: str) -> None:
    assert OAuthApp(CLIENT_ID, SECRET, uri).redirect_uri == uri


def test_a_read_only_client_stays_read_only_in_every_derived_client() -> None:
    sb = Sandbox()
    reader = sb.client(read_only=True)
    with pytest.raises(bokio.ReadOnlyError, match="stays read-only"):
        reader.with_options(read_only=False)
    derived = reader.with_options(timeout=5).with_options(max_retries=0)
    assert derived.read_only
    with pytest.raises(bokio.ReadOnlyError):
        derived.items.delete("00000000-0000-4000-8000-000000000001")
    writer = sb.client()
    assert writer.with_options(read_only=True).read_only and not writer.read_only


def run_demo(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    example = Path(__file__).resolve().parent.parent / "examples" / "invoice_workflow.py"
    return subprocess.run(
        [sys.executable, str(example), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_demo_writes_only_to_the_local_sandbox_unless_told_where() -> None:
    """BOKIO_* pointing at a company is not enough: the demo needs --write-to to write there."""
    company = Sandbox(company_name="Real Company AB")
    with company.serve() as base_url:
        env = {
            **os.environ,
            "BOKIO_TOKEN": company.token,
            "BOKIO_COMPANY_ID": company.company_id,
            "BOKIO_BASE_URL": base_url,
        }
        local = run_demo(env=env)
        assert local.returncode == 0, local.stderr
        assert "Local Bokio sandbox" in local.stdout
        assert company.client().invoices.list().total_items == 0  # nothing written to the company

        named = run_demo("--write-to", base_url, env=env)
        assert named.returncode == 0, named.stderr
        assert f"WRITING to {base_url}: company 'Real Company AB'" in named.stdout.splitlines()[0]
        assert company.client().invoices.list().total_items == 1


def test_the_demo_refuses_a_company_without_a_server() -> None:
    refused = run_demo("--company-id", "3f6c2a10-0000-4000-8000-000000000001", env=dict(os.environ))
    assert refused.returncode == 2 and "--company-id needs --write-to" in refused.stderr
