"""The sandbox over real loopback HTTP, for clients that cannot take an httpx transport."""

from __future__ import annotations

import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .app import App

__all__ = ["make_server"]

log = logging.getLogger("bokio.testing")


class _RequestHandler(BaseHTTPRequestHandler):
    app: App
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in separate writes; with Nagle's algorithm the body waits
    # for the client's delayed ACK, some 40 ms on every keep-alive request.
    disable_nagle_algorithm = True

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while size := int(self.rfile.readline().split(b";")[0], 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _serve(self) -> None:
        answer = self.app.handle(self.command, self.path, dict(self.headers.items()), self._body())
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)


def make_server(app: App, host: str, port: int) -> ThreadingHTTPServer:
    """A threading HTTP server answering from ``app`` (port 0 picks a free port)."""
    handler = type("SandboxRequestHandler", (_RequestHandler,), {"app": app})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
