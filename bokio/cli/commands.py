"""The commands that are not one API operation: login, logout, whoami, api, sandbox, demo, mcp."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from importlib import import_module
from typing import Any

import click
import httpx

from bokio.errors import BokioError, ReadOnlyError

from .output import FORMATS, default_format, write_object
from .session import Login, Session, config_dir, token_store

__all__ = ["COMMANDS"]

DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/callback"


def _session() -> Session:
    session = click.get_current_context().find_object(Session)
    assert session is not None
    return session


@click.command()
@click.option("--client-id", envvar="BOKIO_CLIENT_ID", required=True, help="The public integration's client id.")
@click.option(
    "--client-secret",
    envvar="BOKIO_CLIENT_SECRET",
    prompt=True,
    hide_input=True,
    help="Its client secret (prompted for unless BOKIO_CLIENT_SECRET is set; never pass it on the command line).",
)
@click.option(
    "--redirect-uri",
    default=DEFAULT_REDIRECT_URI,
    show_default=True,
    help="The loopback redirect URI registered for the integration (port 0: any free port).",
)
@click.option("--scope", "scopes", multiple=True, help="A scope to ask for (repeat; default: every scope).")
@click.option("--no-browser", is_flag=True, help="Print the URL to open instead of opening a browser.")
@click.option("--timeout", type=float, default=300.0, show_default=True, help="Seconds to wait for the browser.")
def login(
    client_id: str, client_secret: str, redirect_uri: str, scopes: tuple[str, ...], no_browser: bool, timeout: float
) -> None:
    """Log in with OAuth in the browser and keep the tokens in your config directory (0600)."""
    from bokio.oauth import COMPANY_SCOPES, OAuthApp, Scope

    session = _session()
    base_url = session.base_url or os.environ.get("BOKIO_BASE_URL") or None
    try:
        app = OAuthApp(client_id, client_secret, redirect_uri, base_url)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    try:
        wanted = [Scope(scope) for scope in scopes] or list(COMPANY_SCOPES)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--scope") from None
    with app:
        token_set = app.login_local(wanted, open_browser=not no_browser, timeout=timeout, tenant_id=session.company_id)
    company_id = token_set.tenant_id
    if not company_id:
        raise BokioError("the login did not name a company (tenant); only Company API logins are supported")
    token_store().save(company_id, token_set)
    Login(client_id, client_secret, redirect_uri, app.base_url, company_id).save()
    click.echo(
        f"Logged in to company {company_id} with {len(token_set.scopes)} scopes; credentials kept in {config_dir()}",
        err=True,
    )


@click.command()
def logout() -> None:
    """Forget the stored login and its tokens."""
    login = Login.load()
    if login is None:
        click.echo("Not logged in.", err=True)
        return
    store = token_store()
    for key in store.keys():  # noqa: SIM118 (a token store, not a dict)
        store.delete(key)
    Login.delete()
    click.echo(f"Logged out of company {login.company_id}.", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format.")
def whoami(fmt: str | None) -> None:
    """The company, how you are authenticated and your scopes (never a secret)."""
    session = _session()
    credentials = session.credentials()
    company = session.client().company_information.get()
    token_set = credentials.token_set
    info: dict[str, Any] = {
        "company": company.name,
        "companyId": credentials.company_id,
        "auth": credentials.kind,
        "scopes": list(token_set.scopes) if token_set else None,  # a private token's scopes are not told
        "baseUrl": session.client().base_url,
        "readOnly": session.read_only,
    }
    if token_set is not None:
        info["tokenExpiresAt"] = token_set.expires_at.isoformat()
    write_object(info, fmt or default_format(sys.stdout), sys.stdout)


# Letters, digits, "-._~", "/" and the {companyId} placeholder: no escapes, queries or fragments.
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9\-._~/{}]*$")


@click.command("api")
@click.argument("method", type=click.Choice(["GET", "POST", "PUT", "DELETE", "PATCH"], case_sensitive=False))
@click.argument("path")
@click.option("--file", "-f", "body", type=click.File("rb"), help="JSON request body ('-' for stdin).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Query parameter (repeat).")
@click.option(
    "-o",
    "--output",
    "destination",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the response body here, as it came.",
)
def api(method: str, path: str, body: Any, params: tuple[str, ...], destination: str | None) -> None:
    """Send one request, like `gh api`: bokio api GET /companies/{companyId}/invoices.

    {companyId} is replaced by your company. The path stays under the API root; the answer is
    printed as JSON (amounts exact), and an error answer exits non-zero like any other command.
    """
    from bokio import money
    from bokio.errors import error_class

    from .operations import read_json

    session = _session()
    method = method.upper()
    if session.read_only and method != "GET":
        raise ReadOnlyError(f"read-only mode refuses {method} {path}")
    if not _SAFE_PATH.match(path) or any(part in ("", ".", "..") for part in path.split("/")[1:]):
        raise click.BadParameter(
            "give a path under the API root, such as /companies/{companyId}/invoices", param_hint="PATH"
        )
    credentials = session.credentials()
    url_path = path.replace("{companyId}", credentials.company_id)
    query: list[tuple[str, str | int | float | bool | None]] = []
    for param in params:
        name, separator, value = param.partition("=")
        if not separator or not name:
            raise click.BadParameter(f"{param!r} is not NAME=VALUE", param_hint="--param")
        query.append((name, value))
    content = money.dumps(read_json(body)) if body is not None else None
    base_url = (credentials.base_url or session.client().base_url).rstrip("/")
    headers = {"Accept": "application/json", "User-Agent": "bokio-cli"}
    if content is not None:
        headers["Content-Type"] = "application/json"
    with httpx.Client(timeout=30.0) as http:
        try:
            response = http.request(
                method, base_url + url_path, params=query, content=content, headers=headers, auth=credentials.auth
            )
        except httpx.TransportError as error:
            raise BokioError(f"{type(error).__name__}: {error} ({method} {url_path})") from None
    try:
        data = money.loads(response.content) if response.content else None
    except ValueError:
        data = None
    if response.is_error:
        from bokio.error_bodies import read_error_body

        parsed = read_error_body(response, hidden=[os.environ.get("BOKIO_TOKEN")])
        raise error_class(response.status_code, parsed.code)(
            parsed.summary,
            status_code=response.status_code,
            code=parsed.code,
            bokio_error_id=parsed.bokio_error_id,
            errors=parsed.errors,
            method=method,
            url=base_url + url_path,
            body=parsed.body,
        )
    if destination is not None:
        if destination == "-":
            sys.stdout.buffer.write(response.content)
        else:
            with open(destination, "wb") as file:
                file.write(response.content)
        return
    if data is None and response.content:
        sys.stdout.buffer.write(response.content)
    elif data is not None:
        write_object(data, "json", sys.stdout)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=0, help="0 picks a free port.")
@click.option("--rate-limit", type=int, help="Requests per second before answering 429 (off by default).")
def sandbox(host: str, port: int, rate_limit: int | None) -> None:
    """Serve the local sandbox of the API and print the variables that point `bokio` at it."""
    import threading

    from bokio.testing import Sandbox

    emulator = Sandbox(rate_limit=rate_limit)
    with emulator.serve(port=port, host=host) as base_url:
        click.echo(f"export BOKIO_BASE_URL={base_url}")
        click.echo(f"export BOKIO_TOKEN={emulator.token}")
        click.echo(f"export BOKIO_COMPANY_ID={emulator.company_id}")
        click.echo(f"export BOKIO_CLIENT_ID={emulator.client_id}")
        click.echo(f"export BOKIO_CLIENT_SECRET={emulator.client_secret}")
        click.echo("# a local emulator with made-up credentials; Ctrl-C stops it", err=True)
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


@click.command()
def demo() -> None:
    """Run the invoice story of Bokio's guide against a fresh local sandbox (nothing leaves the machine)."""
    from .demo import run_demo

    run_demo()


@click.command("mcp")
@click.option("--allow-writes", is_flag=True, help="Also offer the tools that change data (read-only otherwise).")
@click.option(
    "--transport",
    type=click.Choice(["stdio", "http"]),
    default="stdio",
    show_default=True,
    help="stdio for a local assistant, http for streamable HTTP.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="With --transport http.")
@click.option("--port", type=int, default=8000, show_default=True, help="With --transport http.")
def mcp_command(allow_writes: bool, transport: str, host: str, port: int) -> None:
    """Serve the company's books to an AI assistant over MCP (needs `pip install "bokio[mcp]"`)."""
    try:
        serve = import_module("bokio.mcp_server").serve
    except ImportError as error:
        raise click.UsageError(f'the MCP server needs the mcp extra: pip install "bokio[mcp]" ({error})') from None
    session = _session()
    client = session.client()
    if not allow_writes:
        client = client.with_options(read_only=True)  # no write tools, and the SDK refuses writes all the same
    elif session.read_only:
        click.echo("read-only mode: the write tools are listed but every call is refused", err=True)
    serve(client, allow_writes=allow_writes, transport=transport, host=host, port=port)


COMMANDS = [login, logout, whoami, api, sandbox, demo, mcp_command]
