"""The loopback login of scripts and desktop tools: a one-shot HTTP server on 127.0.0.1 receives
the redirect with the authorization code while the user authorizes in the browser."""

from __future__ import annotations

import html
import logging
import sys
import threading
import urllib.parse
import webbrowser
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any

from .errors import LoginTimeoutError, OAuthError
from .scopes import Scope, ScopeName, checked_scopes
from .tokens import TokenSet

if TYPE_CHECKING:
    from .app import OAuthApp

__all__ = ["login_local"]

log = logging.getLogger("bokio")


def login_local(
    app: OAuthApp,
    scopes: Iterable[Scope | ScopeName],
    port: int,
    open_browser: bool,
    timeout: float,
    *,
    tenant_id: str | None,
    browser: Callable[[str], object] | None,
) -> TokenSet:
    """:meth:`OAuthApp.login_local <bokio.oauth.app.OAuthApp.login_local>`, which documents it."""
    names = checked_scopes(scopes)
    target = urllib.parse.urlsplit(app.redirect_uri)
    if target.scheme != "http" or target.hostname != "127.0.0.1":
        raise ValueError(
            "login_local needs a loopback redirect_uri such as http://127.0.0.1:8765/callback, "
            f"not {app.redirect_uri!r}"
        )
    path = target.path or "/"
    done = threading.Event()
    outcome: list[str | OAuthError] = []
    expected: list[str] = []

    class Callback(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = urllib.parse.urlsplit(self.path)
            if query.path != path or not expected:
                self._reply(404, "Not found.")
                return
            if done.is_set():
                self._reply(409, "This login has already finished; you can close this window.")
                return
            try:
                outcome.append(app.parse_callback(query.query, expected[0]))
                self._reply(200, "Bokio authorization received; you can close this window.")
            except OAuthError as error:
                outcome.append(error)
                self._reply(400, f"Bokio authorization failed: {error.message}")
            done.set()

        def _reply(self, status: int, text: str) -> None:
            body = f"<!doctype html><title>Bokio</title><p>{html.escape(text)}</p>".encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the request line carries the authorization code: never log it

    server = HTTPServer(("127.0.0.1", port or target.port or 0), Callback)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    try:
        listening = server.server_address[1]
        redirect_uri = urllib.parse.urlunsplit(("http", f"127.0.0.1:{listening}", path, target.query, ""))
        thread.start()
        url, state = app.authorization_url(names, tenant_id=tenant_id, redirect_uri=redirect_uri)
        expected.append(state)
        opened = False
        if open_browser:
            if browser is None:
                browser = webbrowser.open
            try:
                opened = bool(browser(url))
            except Exception as error:  # a missing or broken browser is not fatal: print the URL
                log.info("could not open a browser: %s", type(error).__name__)
        if not opened:
            print(f"Open this URL in your browser to authorize the integration:\n{url}", file=sys.stderr)
        if not done.wait(timeout):
            raise LoginTimeoutError(f"no authorization arrived at {redirect_uri} within {timeout:g} s", error="timeout")
    finally:
        if thread.is_alive():
            server.shutdown()
        server.server_close()
    result = outcome[0]
    if isinstance(result, OAuthError):
        raise result
    return app.exchange_code(result, redirect_uri=redirect_uri, scopes=names)
