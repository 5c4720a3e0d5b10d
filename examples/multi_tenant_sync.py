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

In the sandbox, three companies are connected (two made through the Agency API, as an accounting
agency would) and keep invoicing while the job runs. Their access tokens are due for renewal a few
seconds after they are issued, so tokens expire while the workers run: each expiry costs one
token request, whichever worker makes it, and no worker ever gets ``InvalidGrantError`` (the
sandbox revokes a refresh token used twice).

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
                if str(connection.type_) != "company":
                    continue
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


def connect_sandbox_company(app: OAuthApp, store: SQLTokenStore, company_id: str) -> None:
    """What the web app's OAuth callback does once per company (the sandbox approves at once)."""
    url, state = app.authorization_url(SCOPES, tenant_id=company_id)
    callback = httpx.get(url).headers["Location"]
    token_set = app.exchange_code(app.parse_callback(callback, expected_state=state), scopes=SCOPES)
    store.save(str(token_set.tenant_id), token_set)


def sandbox_companies(sandbox: Sandbox) -> list[str]:
    """The sandbox's company and two more, made through the Agency API as an accounting agency would."""
    with sandbox.agency_client() as agency:
        for name, organization_number in [("Ekholm Design AB", "559311-4407"), ("Norrsken Café AB", "556677-8899")]:
            company = {
                "name": name,
                "organizationNumber": organization_number,
                "companyType": "limitedCompany",
                "accountingMethod": "accrual",
                "vatSetting": "quarterly",
                "fiscalYearStart": "01-01",
                "ownerEmail": sandbox.agency_owner_email,
            }
            agency.companies.create(company)
    return sandbox.company_ids


def keep_invoicing(sandbox: Sandbox, company_ids: list[str], stop: threading.Event) -> None:
    """The companies keep invoicing while the job runs: new invoices for the next passes."""
    clients = [sandbox.client(company_id=c, token=sandbox.add_token(company_id=c)) for c in company_ids]
    customers = [client.customers.create({"type": "company", "name": "Lindqvist Bygg AB"}) for client in clients]
    turn = 0
    while not stop.wait(0.2):
        client, customer = clients[turn % len(clients)], customers[turn % len(clients)]
        turn += 1
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
    for client in clients:
        client.close()


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
    sandbox = Sandbox(monthly_quota=None, token_lifetime=63)
    store = SQLTokenStore(database_url)
    database = sa.create_engine(database_url)
    metadata.create_all(database)
    company_ids = sandbox_companies(sandbox)
    with sandbox.serve() as base_url:
        with OAuthApp(sandbox.client_id, sandbox.client_secret, "http://127.0.0.1/callback", base_url=base_url) as app:
            for company_id in company_ids:
                connect_sandbox_company(app, store, company_id)
        print(f"Store: {store!r}\n{len(company_ids)} companies connected; {WORKERS} workers x {PASSES} passes start.")
        stop = threading.Event()
        invoicing = threading.Thread(target=keep_invoicing, args=(sandbox, company_ids, stop))
        invoicing.start()
        started = time.monotonic()
        try:
            reports = run_workers(Settings(sandbox.client_id, sandbox.client_secret, base_url, database_url))
        finally:
            stop.set()
            invoicing.join()
        elapsed = time.monotonic() - started
        in_bokio = 0
        for company_id in company_ids:
            with sandbox.client(company_id=company_id, token=sandbox.add_token(company_id=company_id)) as client:
                in_bokio += sum(1 for _ in client.invoices.list())
    for report in reports:
        print(f"  worker {report.worker}: {report.companies} company syncs, {report.synced} new invoices copied")
    with database.connect() as connection:
        count = sa.select(sa.func.count()).where(synced_invoices.c.tenant_id.in_(company_ids))
        synced = connection.execute(count).scalar_one()
    refreshes = [outcome for grant, outcome in sandbox.token_requests if grant == "refresh_token"]
    errors = sum(report.errors for report in reports)
    print(
        f"{synced} of {in_bokio} invoices synced in {elapsed:.1f} s (the last ones arrived after the last pass); "
        f"{len(refreshes)} token refreshes for {len(company_ids)} companies, "
        f"{refreshes.count('invalid_grant')} refused; {errors} errors"
    )
    store.close()
    return 1 if errors or "invalid_grant" in refreshes else 0


if __name__ == "__main__":
    sys.exit(main())
