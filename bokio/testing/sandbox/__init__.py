"""A local, stateful, in-memory emulator of Bokio's API, in the spirit of moto and stripe-mock.

>>> sb = Sandbox()
>>> client = sb.client()  # a Bokio client answered in-process by the sandbox
>>> with sb.serve() as base_url:  # or over loopback HTTP
...     ...

Every operation of our spec is routed; the invoice workflow, bookkeeping (journal entries,
chart of accounts, SIE export), uploads and OAuth follow Bokio's documented rules, and any
operation without rules of its own is served by a generic store.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .app import App
from .calls import SCOPES
from .ledger import open_fiscal_year
from .server import make_server
from .state import State
from .transport import AsyncSandboxTransport, SandboxTransport

if TYPE_CHECKING:
    from bokio import Bokio

__all__ = ["SCOPES", "Sandbox"]

DEFAULT_BASE_URL = "http://bokio-sandbox.invalid/v1"  # .invalid never resolves: no request escapes by mistake


class Sandbox:
    """One emulated Bokio company with a private integration token that has every scope.

    ``rate_limit`` (requests per second, off by default) answers 429 with ``Retry-After``
    when exceeded; ``monthly_quota`` is a private integration's monthly request allowance
    (Bokio's is 5000; None for no limit). ``client_id`` and ``client_secret`` authenticate
    at the General API's ``/token`` as the sandbox's public integration, whose access tokens
    live ``token_lifetime`` seconds.
    """

    def __init__(
        self,
        *,
        company_id: str | None = None,
        token: str | None = None,
        company_name: str = "Aurora Works AB",
        base_url: str = DEFAULT_BASE_URL,
        rate_limit: int | None = None,
        monthly_quota: int | None = 5000,
        token_lifetime: float = 3600,
    ) -> None:
        self.company_id = company_id or str(uuid.uuid4())
        self.base_url = base_url.rstrip("/")
        company = {
            "id": self.company_id,
            "companyType": "limitedCompany",
            "name": company_name,
            "organizationNumber": "559234-8817",
            "phone": "+46 8 123 456 78",
            "email": "info@example.se",
            "hasBBA": False,
            "address": {
                "line1": "Storgatan 1",
                "line2": None,
                "city": "Stockholm",
                "postalCode": "111 22",
                "country": "SE",
            },
        }
        self._state = State(self.company_id, company, token_lifetime=token_lifetime)
        open_fiscal_year(self._state, dt.date.today().year)
        self.token = self._state.issue_token("private", None, token).value
        self._app = App(
            self._state, base_path=urlsplit(self.base_url).path, rate_limit=rate_limit, monthly_quota=monthly_quota
        )

    @property
    def client_id(self) -> str:
        return self._state.client_id

    @property
    def client_secret(self) -> str:
        return self._state.client_secret

    @property
    def token_lifetime(self) -> float:
        """Seconds an OAuth access token lives; a new value applies to tokens issued from then on."""
        return self._state.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        with self._app.lock:
            self._state.token_lifetime = seconds

    @property
    def token_requests(self) -> list[tuple[str, str]]:
        """(grant type, ``ok`` or the OAuth error code) of every ``/token`` request so far."""
        with self._app.lock:
            return list(self._state.token_requests)

    def add_token(self, scopes: Iterable[str] | None = None) -> str:
        """A new private integration token with only ``scopes`` (every scope when None)."""
        granted = None if scopes is None else frozenset(scopes)
        if granted is not None and granted - SCOPES:
            raise ValueError(f"unknown scopes: {', '.join(sorted(granted - SCOPES))}")
        return self._state.issue_token("private", granted).value

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering in-process: ``httpx.Client(transport=sb.transport())``."""
        return SandboxTransport(self._app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport for ``httpx.AsyncClient`` that answers in process."""
        return AsyncSandboxTransport(self._app)

    def client(self, **options: Any) -> Bokio:
        """A :class:`bokio.Bokio` client for this sandbox (``options`` go to its constructor)."""
        from bokio import Bokio

        options.setdefault("token", self.token)
        http_client = httpx.Client(transport=self.transport())
        return Bokio(company_id=self.company_id, base_url=self.base_url, http_client=http_client, **options)

    @contextmanager
    def serve(self, port: int = 0, host: str = "127.0.0.1") -> Iterator[str]:
        """Serve over loopback HTTP in a thread while the block runs; yields the base URL."""
        server = make_server(self._app, host, port)
        thread = threading.Thread(target=server.serve_forever, name="bokio-sandbox", daemon=True)
        thread.start()
        try:
            yield f"http://{host}:{server.server_address[1]}{self._app.base_path}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()
