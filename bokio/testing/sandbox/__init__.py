"""A local, stateful, in-memory emulator of Bokio's API, in the spirit of moto and stripe-mock.

>>> sb = Sandbox()
>>> client = sb.client()  # a Bokio client answered in-process by the sandbox
>>> with sb.serve() as base_url:  # or over loopback HTTP
...     ...

Every operation of our spec is routed; the invoice workflow, bookkeeping (journal entries,
chart of accounts, SIE export), uploads, OAuth and the Agency API follow Bokio's documented
rules, and any operation without rules of its own is served by a generic store.

>>> agency = sb.agency_client()  # a BokioAgency for the sandbox's agency tenant
>>> company = agency.companies.create({...})  # a new sandbox company ...
>>> sb.client(company_id=company.id, token=sb.add_token(company_id=company.id))  # ... for the Company API
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Generator, Iterable
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .agency import Agency
from .app import App
from .calls import AGENCY_SCOPES, SCOPES
from .ledger import open_fiscal_year
from .ratelimit import RollingWindow
from .server import make_server
from .state import State
from .transport import AsyncSandboxTransport, SandboxTransport

if TYPE_CHECKING:
    from bokio import Bokio
    from bokio.agency import BokioAgency

__all__ = ["AGENCY_SCOPES", "SCOPES", "Sandbox"]

DEFAULT_BASE_URL = "http://bokio-sandbox.invalid/v1"  # .invalid never resolves: no request escapes by mistake


class Sandbox:
    """One emulated Bokio company with a private integration token that has every scope.

    ``rate_limit`` applies Bokio's rate limit (off by default; Bokio's is 200): that many requests
    per token in any rolling ``rate_window`` seconds, reported on every answer in
    ``Bokio-RateLimit-Limit`` / ``-Remaining``, and a 429 with ``Bokio-RateLimit-RetryAfter`` beyond
    it. ``time_scale`` shrinks the window for tests (0.01: 60 s last 0.6 s).

    ``monthly_quota`` is a private integration's monthly request allowance
    (Bokio's is 5000; None for no limit). ``client_id`` and ``client_secret`` authenticate
    at the General API's ``/token`` as the sandbox's public integration, whose access tokens
    live ``token_lifetime`` seconds.

    The sandbox also has one agency (``agency_id``) whose owner is ``agency_owner_email``, with
    one more member of staff; a client company's users are its owner and the agency's staff. The
    integration connects to it through the Agency API (``POST /agency-connections``), or at once
    with :meth:`connect_agency` (which :meth:`agency_client` calls). Client companies created
    through the Agency API are sandbox companies of their own (see :meth:`add_token` and
    :meth:`client`).
    """

    def __init__(
        self,
        *,
        company_id: str | None = None,
        token: str | None = None,
        company_name: str = "Aurora Works AB",
        base_url: str = DEFAULT_BASE_URL,
        rate_limit: int | None = None,
        rate_window: float = 60.0,
        time_scale: float = 1.0,
        monthly_quota: int | None = 5000,
        agency_id: str | None = None,
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
        self._state.agency = Agency(agency_id or str(uuid.uuid4()), "Byrå Sandbox Redovisning AB", "559017-1236")
        self.agency_owner_email = "agnes.owner@byra-sandbox.example"
        self._state.agency.add_member(self.agency_owner_email, "Agnes Ägare")
        self._state.agency.add_member("sven.staff@byra-sandbox.example", "Sven Svensson")
        self.token = self._state.issue_token("private", None, token).value
        window = RollingWindow(rate_limit, rate_window, time_scale) if rate_limit is not None else None
        self._app = App(
            self._state, base_path=urlsplit(self.base_url).path, rate_limit=window, monthly_quota=monthly_quota
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

    @property
    def agency_id(self) -> str:
        return str(self._state.agency.id)

    @property
    def company_ids(self) -> list[str]:
        """Every company of the sandbox: its first one, then the agency's client companies."""
        return list(self._state.companies)

    def add_token(self, scopes: Iterable[str] | None = None, *, company_id: str | None = None) -> str:
        """A new private integration token with only ``scopes`` (every scope when None).

        ``company_id`` is the company it reaches: the sandbox's first company unless given
        (e.g. a client company created through the Agency API).
        """
        granted = None if scopes is None else frozenset(scopes)
        if granted is not None and granted - SCOPES:
            raise ValueError(f"unknown scopes: {', '.join(sorted(granted - SCOPES))}")
        if company_id is not None and company_id not in self._state.companies:
            raise ValueError(f"no company {company_id} in the sandbox")
        return self._state.issue_token("private", granted, company_id=company_id).value

    def connect_agency(self, scopes: Iterable[str] | None = None) -> None:
        """Connect the integration to the agency (every Agency API scope when None), as
        ``POST /agency-connections`` would; a no-op apart from the scopes when connected."""
        from .routes.agency import connect

        with self._app.lock:
            connect(self._state, self._state.agency, sorted(AGENCY_SCOPES if scopes is None else scopes))

    def add_agency_user(self, email: str, name: str | None = None, *, company_id: str | None = None) -> str:
        """Make ``email`` a member of the agency, or with ``company_id`` a user of that client company
        (as if an invitation were accepted); returns the user id."""
        agency = self._state.agency
        with self._app.lock:
            if company_id is None:
                return str(agency.add_member(email, name)["id"])
            if company_id not in agency.clients:
                raise ValueError(f"no client company {company_id} in the agency")
            person = agency.add_person(email, name)
            if person["id"] not in agency.company_members[company_id]:
                agency.company_members[company_id].append(person["id"])
            return str(person["id"])

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
        options.setdefault("company_id", self.company_id)
        http_client = httpx.Client(transport=self.transport())
        return Bokio(base_url=self.base_url, http_client=http_client, **options)

    def agency_client(self, scopes: Iterable[str] | None = None, **options: Any) -> BokioAgency:
        """A :class:`bokio.BokioAgency` for the sandbox's agency, connected, with client credentials
        asking for ``scopes`` (every Agency API scope when None); ``options`` go to its constructor."""
        from bokio.agency import BokioAgency
        from bokio.oauth import Scope

        self.connect_agency(scopes)
        http_client = httpx.Client(transport=self.transport())
        return BokioAgency(
            self.client_id,
            self.client_secret,
            agency_id=options.pop("agency_id", self.agency_id),
            scopes=[Scope(scope) for scope in (sorted(AGENCY_SCOPES) if scopes is None else scopes)],
            base_url=self.base_url,
            http_client=http_client,
            **options,
        )

    @contextmanager
    def serve(self, port: int = 0, host: str = "127.0.0.1") -> Generator[str]:
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
