"""The ``bokio`` command, run as a real subprocess against the sandbox served over loopback."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from bokio import Bokio, FileTokenStore, money
from bokio.testing import Sandbox

BOKIO = [sys.executable, "-m", "bokio.cli"]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[Sandbox, str]]:
    emulator = Sandbox()
    with emulator.serve() as base_url:
        yield emulator, base_url


@pytest.fixture
def env(sandbox: tuple[Sandbox, str], tmp_path: Path) -> dict[str, str]:
    emulator, base_url = sandbox
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BOKIO_")}
    environment.update(
        BOKIO_BASE_URL=base_url,
        BOKIO_TOKEN=emulator.token,
        BOKIO_COMPANY_ID=emulator.company_id,
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return environment


@pytest.fixture
def client(sandbox: tuple[Sandbox, str]) -> Iterator[Bokio]:
    emulator, base_url = sandbox
    with Bokio(emulator.token, emulator.company_id, base_url=base_url) as bokio_client:
        yield bokio_client


def bokio(
    env: dict[str, str], *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BOKIO, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60, cwd=cwd)


def test_list_with_a_query_and_json_output(env: dict[str, str], client: Bokio) -> None:
    client.customers.create({"type": "company", "name": "Query Match AB"})
    client.customers.create({"type": "private", "name": "Someone Else"})
    done = bokio(env, "customers", "list", "--query", "name==Query Match AB", "--format", "json")
    assert done.returncode == 0, done.stderr
    names = [customer["name"] for customer in json.loads(done.stdout)]
    assert names == ["Query Match AB"]


def test_a_bad_query_is_refused_with_a_hint_before_sending(env: dict[str, str]) -> None:
    done = bokio(env, "customers", "list", "--query", "nmae==x")
    assert done.returncode == 2
    assert "did you mean 'name'" in done.stderr
    done = bokio(env, "invoices", "list", "--query", "totalAmount>lots")
    assert done.returncode == 2
    assert "not a valid number" in done.stderr


def test_all_fetches_every_page_and_limit_stops(env: dict[str, str], client: Bokio) -> None:
    for number in range(7):
        client.items.create(
            {
                "itemType": "salesItem",
                "description": f"Paged item {number}",
                "productType": "goods",
                "unitType": "piece",
                "unitPrice": Decimal("10.05"),
                "taxRate": 25,
            }
        )
    total = client.items.list().total_items
    assert total >= 7
    done = bokio(env, "items", "list", "--all", "--page-size", "2", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == total
    assert len({json.loads(line)["id"] for line in lines}) == total
    first_page = bokio(env, "items", "list", "--page-size", "2", "--format", "jsonl")
    assert len(first_page.stdout.splitlines()) == 2
    assert f"2 of {total}" in first_page.stderr
    limited = bokio(env, "items", "list", "--limit", "5", "--page-size", "2", "--format", "jsonl")
    assert len(limited.stdout.splitlines()) == 5


def test_csv_output_keeps_amounts_exact(env: dict[str, str], client: Bokio) -> None:
    client.items.create(
        {
            "itemType": "salesItem",
            "description": "Exact price",
            "productType": "goods",
            "unitType": "piece",
            "unitPrice": Decimal("1234567.10"),
            "taxRate": 25,
        }
    )
    done = bokio(env, "items", "list", "--all", "--query", "description==Exact price", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["unitPrice"] for row in rows] == ["1234567.10"]


def test_create_from_a_file_and_from_stdin(env: dict[str, str], tmp_path: Path) -> None:
    body = tmp_path / "entry.json"
    body.write_text(
        '{"title": "Owner deposit", "date": "2024-03-01", "items": ['
        '{"account": 1930, "debit": 100.10, "credit": 0}, {"account": 3001, "debit": 0, "credit": 100.10}]}'
    )
    done = bokio(env, "journal-entries", "create", "--file", str(body), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert '"debit":100.10' in done.stdout  # digit for digit, not 100.1
    created = money.loads(done.stdout)
    assert created["title"] == "Owner deposit"
    piped = bokio(
        env,
        "customers",
        "create",
        "--file",
        "-",
        "--format",
        "json",
        stdin=json.dumps({"type": "company", "name": "Piped AB"}),
    )
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["name"] == "Piped AB"


def test_validation_errors_exit_5_with_field_pointers(env: dict[str, str]) -> None:
    unbalanced = {
        "title": "x",
        "date": "2024-01-01",
        "items": [{"account": 1930, "debit": 100, "credit": 0}, {"account": 3001, "debit": 0, "credit": 99}],
    }
    done = bokio(env, "journal-entries", "create", "--file", "-", stdin=json.dumps(unbalanced))
    assert done.returncode == 5
    assert "#/items" in done.stderr and "refused before sending" in done.stderr
    missing = bokio(env, "customers", "create", "--file", "-", stdin=json.dumps({"type": "company"}))
    assert missing.returncode == 5
    assert "#/name" in missing.stderr
    for hostile in ("{not json", '{"name": "x", "type": "company", "x": NaN}', "[" * 100_000 + "]" * 100_000):
        broken = bokio(env, "customers", "create", "--file", "-", stdin=hostile)
        assert broken.returncode == 2, hostile[:40]
        assert "Traceback" not in broken.stderr
    not_an_object = bokio(env, "customers", "create", "--file", "-", stdin="[1, 2]")
    assert not_an_object.returncode == 5 and "must be a JSON object" in not_an_object.stderr


def test_errors_from_bokio_carry_the_error_id_and_their_exit_code(env: dict[str, str]) -> None:
    done = bokio(env, "customers", "get", "00000000-0000-4000-8000-000000000000")
    assert done.returncode == 4
    assert re.search(r"bokioErrorId: \S+", done.stderr)
    env = {**env, "BOKIO_TOKEN": "not-a-valid-token"}
    denied = bokio(env, "customers", "list")
    assert denied.returncode == 3
    assert "not-a-valid-token" not in denied.stderr + denied.stdout


def test_download_to_a_file(env: dict[str, str], client: Bokio, tmp_path: Path) -> None:
    fiscal_year = client.fiscal_years.list().first()
    assert fiscal_year is not None
    target = tmp_path / "year.se"
    done = bokio(env, "sie", "download", str(fiscal_year.id), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == client.sie.download(fiscal_year.id)
    assert target.read_bytes().startswith(b"#FLAGGA")


def test_read_only_refuses_every_write(env: dict[str, str], client: Bokio) -> None:
    before = client.customers.list().total_items
    body = json.dumps({"type": "company", "name": "Never Created AB"})
    for args, extra in ((["--read-only"], {}), ([], {"BOKIO_READ_ONLY": "1"})):
        done = bokio({**env, **extra}, *args, "customers", "create", "--file", "-", stdin=body)
        assert done.returncode == 2
        assert "read-only" in done.stderr
        raw = bokio(
            {**env, **extra}, *args, "api", "POST", "/companies/{companyId}/customers", "--file", "-", stdin=body
        )
        assert raw.returncode == 2
    assert client.customers.list().total_items == before
    assert bokio({**env, "BOKIO_READ_ONLY": "1"}, "customers", "list").returncode == 0


def test_delete_asks_for_confirmation_unless_yes(env: dict[str, str], client: Bokio) -> None:
    customer = client.customers.create({"type": "company", "name": "Deletable AB"})
    declined = bokio(env, "customers", "delete", str(customer.id), stdin="n\n")
    assert declined.returncode != 0
    assert client.customers.get(customer.id).name == "Deletable AB"
    done = bokio(env, "customers", "delete", str(customer.id), "--yes")
    assert done.returncode == 0, done.stderr
    assert bokio(env, "customers", "get", str(customer.id)).returncode == 4


def test_raw_api_escape_hatch(env: dict[str, str]) -> None:
    done = bokio(env, "api", "GET", "/companies/{companyId}/company-information")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["companyInformation"]["name"] == "Aurora Works AB"
    assert bokio(env, "api", "GET", "https://example.com/steal").returncode == 2
    for escape in (
        "/companies/{companyId}/../../x",
        "/companies/{companyId}/%2e%2e/x",
        "//example.com/x",
        "/companies/{companyId}/invoices?page=2",
    ):
        assert bokio(env, "api", "GET", escape).returncode == 2, escape
    missing = bokio(env, "api", "GET", "/companies/{companyId}/invoices/00000000-0000-4000-8000-000000000000")
    assert missing.returncode == 4


def test_every_company_operation_has_a_command(env: dict[str, str]) -> None:
    from bokio_spec import OPERATIONS

    paths = [
        facts["facade_method"].replace("_", "-").split(".")
        for facts in OPERATIONS.values()
        if facts["path"].startswith("/companies/")
    ]
    assert len(paths) == 85
    from click.testing import CliRunner

    from bokio.cli.main import cli

    runner = CliRunner()
    for path in paths:
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)


def test_whoami_never_prints_the_token(env: dict[str, str]) -> None:
    script = Path(sys.executable).with_name("bokio")  # the [project.scripts] entry point
    done = subprocess.run([str(script), "whoami", "--format", "json"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["company"] == "Aurora Works AB"
    assert env["BOKIO_TOKEN"] not in done.stdout + done.stderr


def test_login_against_the_sandbox_oauth_endpoints(env: dict[str, str], sandbox: tuple[Sandbox, str]) -> None:
    emulator, _ = sandbox
    env = {k: v for k, v in env.items() if k not in ("BOKIO_TOKEN", "BOKIO_COMPANY_ID")}
    env.update(BOKIO_CLIENT_ID=emulator.client_id, BOKIO_CLIENT_SECRET=emulator.client_secret)
    process = subprocess.Popen(
        [*BOKIO, "login", "--no-browser", "--redirect-uri", "http://127.0.0.1:0/callback", "--timeout", "30"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        url = ""
        deadline = time.monotonic() + 30
        while not url and time.monotonic() < deadline:
            line = process.stderr.readline()
            if line.startswith("http"):
                url = line.strip()
        # The sandbox approves at once and redirects the "browser" to the CLI's loopback callback.
        assert httpx.get(url, follow_redirects=True, timeout=10).status_code == 200
        process.wait(timeout=30)
        rest = process.stderr.read()
    finally:
        process.kill()
    assert process.returncode == 0, rest
    config = Path(env["XDG_CONFIG_HOME"]) / "bokio"
    for name in ("login.json", "tokens.json"):
        assert (config / name).stat().st_mode & 0o777 == 0o600
    assert (config.stat().st_mode & 0o777) == 0o700
    who = bokio(env, "whoami", "--format", "json")
    assert who.returncode == 0, who.stderr
    info: dict[str, Any] = json.loads(who.stdout)
    assert info["companyId"] == emulator.company_id
    assert "invoices:read" in info["scopes"]
    token_set = FileTokenStore(config / "tokens.json").load(emulator.company_id)
    assert token_set is not None
    secrets = [emulator.client_secret, token_set.access_token, token_set.refresh_token or "-"]
    assert not any(secret in who.stdout + who.stderr for secret in secrets)
    assert bokio(env, "customers", "list", "--format", "json").returncode == 0
    assert bokio(env, "logout").returncode == 0
    assert not (config / "login.json").exists()
    assert bokio(env, "whoami").returncode == 3


def test_demo_tells_the_invoice_story(env: dict[str, str]) -> None:
    done = bokio(env, "demo")
    assert done.returncode == 0, done.stderr
    assert "64,609.50" in done.stdout and "status paid" in done.stdout


def test_import_bokio_does_not_load_the_cli_or_the_mcp_server() -> None:
    # (httpx itself imports click and rich when both are installed, for its own command line.)
    names = "('bokio.cli', 'bokio.mcp_server', 'platformdirs', 'mcp')"
    code = f"import sys, bokio; print(sorted(m for m in {names} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_sandbox_command_prints_the_variables_to_use(env: dict[str, str], tmp_path: Path) -> None:
    clean = {k: v for k, v in env.items() if not k.startswith("BOKIO_")}
    process = subprocess.Popen(
        [*BOKIO, "sandbox"], env=clean, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        variables = {}
        for _ in range(5):
            name, _, value = process.stdout.readline().strip().removeprefix("export ").partition("=")
            variables[name] = value
        assert set(variables) == {
            "BOKIO_BASE_URL",
            "BOKIO_TOKEN",
            "BOKIO_COMPANY_ID",
            "BOKIO_CLIENT_ID",
            "BOKIO_CLIENT_SECRET",
        }
        assert variables["BOKIO_BASE_URL"].startswith("http://127.0.0.1:")
        done = bokio({**clean, **variables}, "company-information", "get", "--format", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["name"] == "Aurora Works AB"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_progress_bar_on_a_terminal_while_pages_are_fetched(env: dict[str, str], client: Bokio) -> None:
    import pty

    for number in range(4):
        client.suppliers.create({"name": f"Progress Supplier {number}"})
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [*BOKIO, "suppliers", "list", "--all", "--page-size", "1", "--format", "jsonl"],
            env={**env, "COLUMNS": "100"},
            stdout=subprocess.PIPE,
            stderr=secondary,
            text=True,
            timeout=60,
        )
        os.close(secondary)
        secondary = -1
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the terminal's other end is closed: everything has been read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(primary)
        if secondary != -1:
            os.close(secondary)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == client.suppliers.list().total_items
    assert b"fetching pages" in shown
