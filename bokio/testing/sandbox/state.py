"""Everything the sandbox remembers, kept in memory for the life of one :class:`Sandbox`.

Records are stored in the shape the API returns them (camelCase keys, Decimal amounts), in
tables named by their concrete collection path: ``customers``, ``invoices/<id>/payments``. What
Bokio keeps but never returns (file bytes, who created a journal entry, OAuth grants) lives in
the other attributes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import not_found

__all__ = ["Grant", "Record", "State", "StoredFile", "Token", "now", "today"]

Record = dict[str, Any]


def now() -> str:
    """The current instant as Bokio writes it, e.g. ``2024-10-10T10:30:00Z``."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def today() -> str:
    return dt.date.today().isoformat()


@dataclass
class Token:
    """A bearer token: a private integration's (``private``), or one issued over OAuth."""

    value: str
    kind: str  # "private", "company" (OAuth, one company), "general" or "agency" (OAuth client credentials)
    scopes: frozenset[str] | None = None  # None: every scope
    expires_at: float | None = None
    connection_id: str | None = None
    family: str | None = None  # the authorization it descends from, through refreshes
    company_id: str | None = None  # the company a private or company token reaches; None: the sandbox's own


@dataclass
class Grant:
    """An authorization code or refresh token, redeemable at ``/token``."""

    redirect_uri: str | None
    scopes: frozenset[str] | None
    expires_at: float | None = None
    connection_id: str | None = None
    family: str | None = None
    company_id: str | None = None  # the company authorized (authorization code grant)


@dataclass(frozen=True)
class StoredFile:
    name: str
    content_type: str
    data: bytes


@dataclass
class State:
    company_id: str
    company: Record
    tables: dict[str, dict[str, Record]] = field(default_factory=dict[str, dict[str, Record]])
    files: dict[str, StoredFile] = field(default_factory=dict[str, StoredFile])
    entry_sources: dict[str, str] = field(default_factory=dict[str, str])
    """Journal entry id -> what created it: ``api``, ``reversal``, ``invoice``, ``payment``, …"""
    credited_lines: dict[int, tuple[str, Record]] = field(default_factory=dict[int, tuple[str, Record]])
    """Credit note line id -> the credit note and the invoice line it credits (the most it may credit)."""
    upload_owners: dict[str, str] = field(default_factory=dict[str, str])
    """Upload id -> the supplier invoice it is connected to."""
    client_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    client_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    tokens: dict[str, Token] = field(default_factory=dict[str, Token])
    codes: dict[str, Grant] = field(default_factory=dict[str, Grant])
    refresh_tokens: dict[str, Grant] = field(default_factory=dict[str, Grant])
    companies: dict[str, State] = field(default_factory=dict[str, "State"])
    """Every company of the sandbox by id (this one included); shared by all of them."""
    agency: Any = None
    """The sandbox's agency tenant (:class:`~.agency.Agency`); shared by every company."""
    spent_refresh_tokens: dict[str, str | None] = field(default_factory=dict[str, str | None])
    """Refresh token already redeemed -> its family, revoked whole if the token comes back."""
    token_lifetime: float = 3600
    """Seconds an OAuth access token lives."""
    token_requests: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    """(grant type, ``ok`` or the OAuth error code) of every ``/token`` request, in order."""
    _counters: dict[str, Iterator[int]] = field(default_factory=dict[str, Iterator[int]])

    def __post_init__(self) -> None:
        self.companies.setdefault(self.company_id, self)

    def add_company(self, company: Record) -> State:
        """A new company of the sandbox, with its own records; integration, tokens and agency are shared."""
        sibling = State(
            company["id"],
            company,
            client_id=self.client_id,
            client_secret=self.client_secret,
            tokens=self.tokens,
            codes=self.codes,
            refresh_tokens=self.refresh_tokens,
            spent_refresh_tokens=self.spent_refresh_tokens,
            token_lifetime=self.token_lifetime,
            token_requests=self.token_requests,
            companies=self.companies,
            agency=self.agency,
        )
        return sibling

    def table(self, name: str) -> dict[str, Record]:
        return self.tables.setdefault(name, {})

    def find(self, table: str, record_id: str) -> Record:
        record = self.tables.get(table, {}).get(record_id)
        if record is None:
            raise not_found()
        return record

    def insert(self, table: str, record: Record) -> Record:
        """Store ``record`` under a new id, which becomes its first key."""
        stored = {"id": str(uuid.uuid4()), **{k: v for k, v in record.items() if k != "id"}}
        self.table(table)[stored["id"]] = stored
        return stored

    def delete(self, table: str, record_id: str) -> Record:
        self.find(table, record_id)
        return self.tables[table].pop(record_id)

    def next_number(self, series: str, start: int = 1) -> int:
        """The next number of a series (invoice numbers, journal entry numbers, line ids, …)."""
        return next(self._counters.setdefault(series, itertools.count(start)))

    def issue_token(self, kind: str, scopes: frozenset[str] | None, value: str | None = None, **details: Any) -> Token:
        token = Token(value or secrets.token_urlsafe(32), kind, scopes, **details)
        self.tokens[token.value] = token
        return token
