"""Many companies, many workers: several processes sync every connected company's new invoices at once.

    python examples/multi_tenant_sync.py     # against the built-in sandbox on loopback, tokens in SQLite
    BOKIO_DATABASE_URL=postgresql+psycopg://app@127.0.0.1/app python examples/multi_tenant_sync.py

A public integration keeps each company's token set in its own database (``SQLTokenStore``),
where its OAuth callback saved it. Each worker process (a cron job or task-queue worker, on any
machine) runs a few sync passes; in each it:

1. lists the integration's connections (General API, client credentials);
2. opens a company client on the shared store for every company with a stored token set;
3. copies the invoices it has not seen yet into ``synced_invoices``, whose primary key makes
   two workers' copies of one invoice a single row.

The sandbox issues access tokens due for renewal a few seconds after they are issued, so tokens
expire while the workers run: each expiry costs one token request, whichever worker makes it,
and no worker ever gets ``InvalidGrantError`` (the sandbox revokes a refresh token used twice).

Against Bokio itself, set BOKIO_CLIENT_ID, BOKIO_CLIENT_SECRET, BOKIO_BASE_URL and
BOKIO_DATABASE_URL (the database holding your tokens); the job then only reads.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from multiprocessing import get_context

import httpx
import sqlalchemy as sa

from bokio import BokioError, OAuthApp, Scope
from bokio.sql_token_store import SQLTokenStore
from bokio.testing import Sandbox

WORKERS = 4
PASSES = 3
PAUSE = 1.0  # seconds between a worker's passes
SCOPES = [Scope.INVOICES_READ, Scope.COMPANY_INFORMATION_READ]

metadata = sa.MetaData()
synced_invoices = sa.Table(
    "synced_invoices",
    metadata,
    sa.Column("tenant_id", sa.String(64), primary_key=True),
    sa.Column("invoice_id", sa.String(64), primary_key=True),
    sa.Column("invoice_number", sa.String(64)),
    sa.Column("total_amount", sa.Numeric(18, 2)),  # Decimal in, Decimal out
    sa.Column("synced_by", sa.Integer, nullable=False),
    sa.Column("synced_at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Settings:
    client_id: str
    client_secret: str
    base_url: str
    database_url: str


@dataclass
class Report:
    worker: int
    companies: int = 0
    synced: int = 0
    errors: int = 0


def copy_new_invoices(
    database: sa.Engine, worker: int, tenant_id: str, invoices: list[tuple[str, str, Decimal | None]]
) -> int:
    """Insert the invoices not synced yet; how many were new."""
    dialect = sa.dialects.postgresql if database.dialect.name == "postgresql" else sa.dialects.sqlite
    new = 0
    with database.begin() as connection:
        for invoice_id, number, total in invoices:
            row = {"tenant_id": tenant_id, "invoice_id": invoice_id, "invoice_number": number, "total_amount": total}
            insert = dialect.insert(synced_invoices).values(**row, synced_by=worker, synced_at=datetime.now(UTC))
            inserted = connection.execute(insert.on_conflict_do_nothing().returning(synced_invoices.c.invoice_id))
            new += len(inserted.all())
    return new


def work(worker: int, settings: Settings) -> Report:
    """One worker process: PASSES sync passes over every connected company."""
    report = Report(worker)
    store = SQLTokenStore(settings.database_url)
    database = sa.create_engine(settings.database_url)
    app = OAuthApp(settings.client_id, settings.client_secret, "http://127.0.0.1/callback", base_url=settings.base_url)
    with app, app.general_client() as general:
        for _ in range(PASSES):
            for connection in general.connections.list():
                token_set = store.load(str(connection.tenant_id))
                if token_set is None:
                    continue  # connected, but not authorized through this deployment
                report.companies += 1
                try:
                    with app.company_client(token_set, store=store) as client:
                        invoices = [
                            (
                                str(i.id),
                                str(i.invoice_number),
                                i.total_amount if isinstance(i.total_amount, Decimal) else None,
                            )
                            for i in client.invoices.list()
                        ]
                    report.synced += copy_new_invoices(database, worker, str(connection.tenant_id), invoices)
                except BokioError as error:  # InvalidGrantError: the company must authorize again
                    print(f"  worker {worker}: {connection.tenant_name}: {type(error).__name__}: {error}")
                    report.errors += 1
            time.sleep(PAUSE)
    store.close()
    database.dispose()
    return report


def run_workers(settings: Settings) -> list[Report]:
    # "spawn": each worker starts clean, as on another machine (and nothing is shared through fork).
    with ProcessPoolExecutor(WORKERS, mp_context=get_context("spawn")) as pool:
        return list(pool.map(work, range(1, WORKERS + 1), [settings] * WORKERS))


def connect_sandbox_company(app: OAuthApp, store: SQLTokenStore) -> str:
    """What the web app's OAuth callback does once per company (the sandbox approves at once)."""
    url, state = app.authorization_url(SCOPES)
    callback = httpx.get(url).headers["Location"]
    token_set = app.exchange_code(app.parse_callback(callback, expected_state=state), scopes=SCOPES)
    assert token_set.tenant_id is not None
    store.save(token_set.tenant_id, token_set)
    return token_set.tenant_id


def invoice_now_and_then(sandbox: Sandbox, stop: threading.Event) -> None:
    """The company keeps invoicing while the job runs: new invoices for the next passes."""
    with sandbox.client() as client:
        customer = client.customers.create({"type": "company", "name": "Lindqvist Bygg AB"})
        while not stop.wait(0.5):
            client.invoices.create(
                {
                    "type": "invoice",
                    "customerRef": {"id": str(customer.id)},
                    "currency": "SEK",
                    "invoiceDate": datetime.now(UTC).date().isoformat(),
                    "lineItems": [
                        {
                            "itemType": "salesItem",
                            "productType": "services",
                            "unitType": "hour",
                            "quantity": 8,
                            "description": "Site work",
                            "unitPrice": 650,
                            "taxRate": 25,
                        }
                    ],
                }
            )


def main() -> int:
    database_url = os.environ.get("BOKIO_DATABASE_URL")
    if os.environ.get("BOKIO_CLIENT_ID"):
        if not database_url:
            sys.exit("set BOKIO_DATABASE_URL to the database holding your token sets")
        settings = Settings(
            os.environ["BOKIO_CLIENT_ID"], os.environ["BOKIO_CLIENT_SECRET"], os.environ["BOKIO_BASE_URL"], database_url
        )
        reports = run_workers(settings)
        print(f"{sum(r.synced for r in reports)} invoices synced, {sum(r.errors for r in reports)} errors")
        return 0

    database_url = database_url or f"sqlite:///{tempfile.mkdtemp(prefix='bokio-example-')}/app.db"
    # Access tokens due for renewal 3 s after they are issued (the SDK renews 60 s before expiry).
    sandbox = Sandbox(company_name="Lindqvist Bygg AB", monthly_quota=None, token_lifetime=63)
    store = SQLTokenStore(database_url)
    database = sa.create_engine(database_url)
    metadata.create_all(database)
    with sandbox.serve() as base_url:
        with OAuthApp(sandbox.client_id, sandbox.client_secret, "http://127.0.0.1/callback", base_url=base_url) as app:
            tenant_id = connect_sandbox_company(app, store)
        print(f"Store: {store!r}\nCompany {tenant_id} connected; {WORKERS} workers x {PASSES} passes start.")
        stop = threading.Event()
        invoicing = threading.Thread(target=invoice_now_and_then, args=(sandbox, stop))
        invoicing.start()
        started = time.monotonic()
        try:
            reports = run_workers(Settings(sandbox.client_id, sandbox.client_secret, base_url, database_url))
        finally:
            stop.set()
            invoicing.join()
        elapsed = time.monotonic() - started
        with sandbox.client() as client:
            in_bokio = sum(1 for _ in client.invoices.list())
    for report in reports:
        print(f"  worker {report.worker}: {report.companies} company syncs, {report.synced} new invoices copied")
    with database.connect() as connection:
        count = sa.select(sa.func.count()).where(synced_invoices.c.tenant_id == tenant_id)
        synced = connection.execute(count).scalar_one()
    refreshes = [outcome for grant, outcome in sandbox.token_requests if grant == "refresh_token"]
    errors = sum(report.errors for report in reports)
    print(
        f"{synced} of {in_bokio} invoices synced in {elapsed:.1f} s (the last ones arrived after the last pass); "
        f"{len(refreshes)} token refreshes, {refreshes.count('invalid_grant')} refused; {errors} errors"
    )
    store.close()
    return 1 if errors or "invalid_grant" in refreshes else 0


if __name__ == "__main__":
    sys.exit(main())
