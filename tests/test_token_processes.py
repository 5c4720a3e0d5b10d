"""Processes sharing a token store refresh a tenant once per expiry, against the sandbox over loopback.

The sandbox rotates refresh tokens and, when a spent one comes back, revokes every token of
that authorization: two workers that both refresh would both lose (``InvalidGrantError``).
Each worker is a real process (tests/token_worker.py) with its own store handle and client.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
import httpx
import pytest

from bokio import OAuthApp, TokenSet, TokenStore
from bokio.testing import Sandbox

from .databases import postgres_url

WORKER = Path(__file__).with_name("token_worker.py")
ROOT = Path(__file__).resolve().parent.parent


def connect(app: OAuthApp) -> TokenSet:
    """Authorize the sandbox's company as a user would (the sandbox approves at once)."""
    url, state = app.authorization_url(["company-information:read"])
    location = httpx.get(url, follow_redirects=False).headers["Location"]
    return app.exchange_code(app.parse_callback(location, expected_state=state), scopes=["company-information:read"])


@contextmanager
def workers(count: int, store: str, sandbox: Sandbox, base_url: str) -> Iterator[list[subprocess.Popen[str]]]:
    args = [sys.executable, str(WORKER), store, base_url, sandbox.client_id, sandbox.client_secret, sandbox.company_id]
    procs = [
        subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(count)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield procs
    finally:
        for proc in procs:
            if proc.stdin:
                proc.stdin.close()
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


def run(procs: list[subprocess.Popen[str]], requests: int, interval: float) -> list[dict[str, object]]:
    """Start every worker at once on ``requests`` requests; their reports."""
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(f"{requests} {interval}\n")
        proc.stdin.flush()
    reports = []
    for proc in procs:
        assert proc.stdout is not None
        reports.append(json.loads(proc.stdout.readline()))
    return reports


def refreshes(sandbox: Sandbox) -> list[str]:
    return [outcome for grant, outcome in sandbox.token_requests if grant == "refresh_token"]


def expired(token_set: TokenSet) -> TokenSet:
    return attrs.evolve(token_set, expires_at=datetime.now(UTC) - timedelta(seconds=1))


@pytest.fixture
def sandbox() -> Iterator[tuple[Sandbox, str, OAuthApp]]:
    sandbox = Sandbox(monthly_quota=None)
    with sandbox.serve() as base_url:
        app = OAuthApp(sandbox.client_id, sandbox.client_secret, "http://127.0.0.1/callback", base_url=base_url)
        with app:
            yield sandbox, base_url, app


def test_four_processes_sharing_a_file_store_refresh_once(
    sandbox: tuple[Sandbox, str, OAuthApp], tmp_path: Path
) -> None:
    """Issue 13: 4 processes, rotating refresh tokens, 20 trials -> 0 failures, one refresh per trial."""
    from bokio import FileTokenStore

    sb, base_url, app = sandbox
    path = tmp_path / "tokens.json"
    store: TokenStore = FileTokenStore(path)
    failures = []
    with workers(4, f"file:{path}", sb, base_url) as procs:
        for trial in range(20):
            store.save(sb.company_id, expired(connect(app)))  # every worker starts on an expired token
            before = len(refreshes(sb))
            reports = run(procs, 1, 0)
            if any(report["errors"] for report in reports) or refreshes(sb)[before:] != ["ok"]:
                failures.append((trial, reports, refreshes(sb)[before:]))
    assert not failures


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_eight_processes_sharing_a_sql_store_refresh_once_per_expiry(
    sandbox: tuple[Sandbox, str, OAuthApp], tmp_path: Path, database: str
) -> None:
    """Issue 15: 8 processes x 20 requests, the access token expiring in the middle -> one refresh, no error."""
    from bokio.sql_token_store import SQLTokenStore

    sb, base_url, app = sandbox
    url = f"sqlite:///{tmp_path / 'tokens.db'}" if database == "sqlite" else postgres_url()
    store = SQLTokenStore(url)
    with workers(8, f"sql:{url}", sb, base_url) as procs:
        sb.token_lifetime = 1.5  # the first access token dies about 1.5 s into the 2 s of requests
        store.save(sb.company_id, connect(app))
        sb.token_lifetime = 3600
        reports = run(procs, 20, 0.1)
    store.close()
    assert [report["errors"] for report in reports] == [[]] * 8
    assert [report["ok"] for report in reports] == [20] * 8
    assert refreshes(sb) == ["ok"]
    assert store.version(sb.company_id) == 2  # saved once by the test, once by the refresh


def test_the_multi_tenant_example_runs_without_a_refused_refresh() -> None:
    """examples/multi_tenant_sync.py: 4 worker processes against the sandbox, tokens in SQLite."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("BOKIO_")}
    done = subprocess.run(
        [sys.executable, "examples/multi_tenant_sync.py"], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    summary = done.stdout.splitlines()[-1]
    assert "0 refused; 0 errors" in summary and " 0 token refreshes" not in summary, summary
