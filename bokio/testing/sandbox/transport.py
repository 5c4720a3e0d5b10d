"""httpx transports that answer from the sandbox in-process, without sockets."""

from __future__ import annotations

import httpx

from .app import App

__all__ = ["AsyncSandboxTransport", "SandboxTransport"]


def _respond(app: App, request: httpx.Request, body: bytes) -> httpx.Response:
    answer = app.handle(request.method, request.url.raw_path.decode("ascii"), request.headers, body)
    return httpx.Response(answer.status, headers=answer.headers, content=answer.content, request=request)


class SandboxTransport(httpx.BaseTransport):
    """For ``httpx.Client(transport=…)``: every request is answered by the sandbox."""

    def __init__(self, app: App) -> None:
        self._app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _respond(self._app, request, request.read())


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """For ``httpx.AsyncClient(transport=…)``."""

    def __init__(self, app: App) -> None:
        self._app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _respond(self._app, request, await request.aread())
