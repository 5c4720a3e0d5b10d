"""The traffic behind the cassettes: every operation of the Company, General and Agency APIs,
through the façade, in the flows of Bokio's guides.

Each scenario is recorded into ``tests/cassettes/<name>.yaml`` by ``make record`` (against the
sandbox, or a Bokio test company) and replayed offline by ``tests/test_cassettes.py``. The
same code runs both ways, so its inputs are fixed (dates follow the company's open fiscal year,
which the cassette itself answers) and its assertions hold for any faithful server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import httpx

from bokio import Bokio, BokioAgency, BokioGeneral, Q
from bokio.auth import BearerToken
from bokio.errors import AuthenticationError, NotFoundError, OperationNotAllowedError, ValidationError
from bokio.oauth import OAuthApp, Scope
from bokio.sie import check_balanced

D = Decimal
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
UNKNOWN_ID = "5a1e0000-0000-4000-8000-000000000404"
REDIRECT_URI = "http://127.0.0.1:8765/callback"
STATE = "cassette-state"

CUSTOMER = {
    "type": "company",
    "name": "John Doe",
    "vatNumber": "SE1234567890",
    "orgNumber": "123456-7890",
    "paymentTerms": "30",
    "address": {"line1": "Älvsborgsvägen 10", "city": "Göteborg", "postalCode": "123 45", "country": "SE"},
}
CONSULTING = {
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "hour",
    "quantity": 180,
    "description": "Consultancy services",
    "unitPrice": 290,
    "taxRate": 25,
}
DISCOUNT = {
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "piece",
    "quantity": 1,
    "description": "New User Discount",
    "unitPrice": -500,
    "taxRate": 25,
    "bookkeepingAccountNumber": 3730,
}


@dataclass(frozen=True)
class Context:
    """What a scenario may use: the company client and, for the OAuth scenario, the app's keys."""

    client: Bokio
    base_url: str
    client_id: str
    client_secret: str


Scenario = Callable[[Context], None]
SCENARIOS: dict[str, Scenario] = {}


def scenario(function: Scenario) -> Scenario:
    SCENARIOS[function.__name__] = function
    return function


def open_year_start(client: Bokio) -> dt.date:
    year = client.fiscal_years.list(query=Q.status == "open").first()
    assert year is not None, "the company has no open fiscal year"
    return year.start_date


def day(start: dt.date, offset: int) -> str:
    return (start + dt.timedelta(days=offset)).isoformat()


def invoice_body(customer_id: object, start: dt.date, *lines: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "invoice",
        "customerRef": {"id": str(customer_id)},
        "currency": "SEK",
        "currencyRate": 1,
        "invoiceDate": day(start, 9),
        "dueDate": day(start, 39),
        "lineItems": list(lines) or [CONSULTING],
    }


@scenario
def invoice_workflow(ctx: Context) -> None:
    """The guide's invoice: draft → discount line → attachment → publish → bookkeep → fee → paid."""
    client = ctx.client
    start = open_year_start(client)
    customer = client.customers.create(CUSTOMER)
    invoice = client.invoices.create(invoice_body(customer.id, start))
    discount = client.invoices.add_line_item(invoice.id, DISCOUNT)
    assert discount.unit_price == D(-500)
    invoice = client.invoices.update(invoice.id, client.invoices.get(invoice.id))

    wrong = client.invoices.attachments.create(invoice.id, PNG, file_name="wrong.png")
    attachment = client.invoices.attachments.create(invoice.id, PDF, file_name="timesheet.pdf")
    client.invoices.attachments.delete(invoice.id, wrong.id)
    assert [a.id for a in client.invoices.attachments.list(invoice.id)] == [attachment.id]
    assert client.invoices.attachments.get(invoice.id, attachment.id).file_name == "timesheet.pdf"
    assert client.invoices.attachments.download(invoice.id, attachment.id) == PDF

    client.invoices.publish(invoice.id)
    invoice = client.invoices.record(invoice.id)
    assert invoice.total_amount == D("64625.00") and invoice.total_tax == D("12925.00")

    fee = {
        "type": "bankFee",
        "invoiceSettlementDetails": {"date": day(start, 40), "sumBaseCurrency": D("15.50")},
    }
    settlement = client.invoices.settlements.create(invoice.id, fee)
    assert [s.id for s in client.invoices.settlements.list(invoice.id)] == [settlement.id]
    client.invoices.settlements.get(invoice.id, settlement.id)
    client.invoices.settlements.record(invoice.id, settlement.id)

    received = {"date": day(start, 40), "sumBaseCurrency": D("64609.50"), "bookkeepingAccountNumber": 1940}
    payment = client.invoices.payments.create(invoice.id, received)
    assert payment.sum_base_currency == D("64609.50")
    assert [p.id for p in client.invoices.payments.list(invoice.id, query=Q.sumBaseCurrency >= 100)] == [payment.id]
    client.invoices.payments.get(invoice.id, payment.id)
    client.invoices.payments.record(invoice.id, payment.id)

    assert client.invoices.download(invoice.id).startswith(b"%PDF")
    assert invoice.id in [found.id for found in client.invoices.list(query=Q.status == "paid")]


@scenario
def invoice_corrections(ctx: Context) -> None:
    """Mistakes undone: a payment and a fee removed, a credit note discarded, a partial credit."""
    client = ctx.client
    start = open_year_start(client)
    customer = client.customers.create({**CUSTOMER, "name": "Jane Roe", "orgNumber": "556677-8899"})
    draft = client.invoices.create(invoice_body(customer.id, start))
    client.invoices.delete(draft.id)
    invoice = client.invoices.create(invoice_body(customer.id, start))
    client.invoices.publish(invoice.id)
    client.invoices.record(invoice.id)

    mistake = {"date": day(start, 20), "sumBaseCurrency": 100, "bookkeepingAccountNumber": 1930}
    payment = client.invoices.payments.create(invoice.id, mistake)
    client.invoices.payments.delete(invoice.id, payment.id)
    fee = {"type": "bankFee", "invoiceSettlementDetails": {"date": day(start, 20), "sumBaseCurrency": 20}}
    settlement = client.invoices.settlements.create(invoice.id, fee)
    client.invoices.settlements.delete(invoice.id, settlement.id)

    discarded = client.invoices.credit(invoice.id)
    assert discarded.status == "draft"
    assert discarded.id in [note.id for note in client.credit_notes.list(query=Q.status == "draft")]
    client.credit_notes.delete(discarded.id)

    note = client.invoices.credit(invoice.id)
    note = client.credit_notes.get(note.id)
    kept = [line for line in note.line_items if getattr(line, "quantity", None)]
    partial = note.to_dict()
    partial["lineItems"] = [{**kept[0].to_dict(), "quantity": 10}]
    note = client.credit_notes.update(note.id, partial)
    client.credit_notes.publish(note.id)
    note = client.credit_notes.record(note.id)
    assert (note.total_amount, note.total_tax) == (D("3625.00"), D("725.00"))
    assert note.journal_entry_ref
    assert client.credit_notes.download(note.id).startswith(b"%PDF")


@scenario
def customers(ctx: Context) -> None:
    client = ctx.client
    customer = client.customers.create(
        {**CUSTOMER, "name": "Kund AB", "orgNumber": "559900-1122", "contactsDetails": [{"name": "Jane"}]}
    )
    assert client.customers.list(query=Q.name == "Kund AB").first() is not None
    updated = client.customers.update(customer.id, {**customer.to_dict(), "name": "Kunden AB"})
    assert updated.name == "Kunden AB"
    assert client.customers.get(customer.id).name == "Kunden AB"
    client.customers.delete(customer.id)


@scenario
def items(ctx: Context) -> None:
    client = ctx.client
    item = client.items.create({k: v for k, v in CONSULTING.items() if k != "quantity"})
    assert any(found.id == item.id for found in client.items.list(query=Q.productType == "services"))
    assert client.items.get(item.id).unit_price == D(290)
    updated = client.items.update(item.id, {**item.to_dict(), "unitPrice": D("310.50")})
    assert updated.unit_price == D("310.50")
    client.items.delete(item.id)


@scenario
def journal_entries(ctx: Context) -> None:
    """A manual entry with tags (dimensions) and comments, then its reversal."""
    client = ctx.client
    start = open_year_start(client)
    group = client.tag_groups.create({"name": "Projekt", "alias": "PRJ", "dimensionNumber": 6})
    assert any(found.id == group.id for found in client.tag_groups.list(query=Q.dimensionNumber == 6))
    client.tag_groups.update(group.id, {"name": "Projekten", "alias": "PR"})
    tag = client.tag_groups.tags.create(group.id, {"name": "Vasastan"})
    client.tag_groups.tags.update(group.id, tag.id, {"name": "Odenplan"})
    assert client.tag_groups.get(group.id).name == "Projekten"

    entry = client.journal_entries.create(
        {
            "title": "Kontorsmaterial",
            "date": day(start, 60),
            "items": [
                {"account": 6110, "debit": D("400.00")},
                {"account": 2641, "debit": 100},
                {"account": 1930, "credit": 500},
            ],
            "tags": [{"tagId": str(tag.id), "weight": D("0.5")}],
        }
    )
    row_tags = {"tags": [], "items": [{"id": entry.items[0].id, "tags": [{"tagId": str(tag.id), "weight": 1}]}]}
    client.journal_entries.update_tags(entry.id, row_tags)
    tagged = client.journal_entries.list(tag_id=tag.id, query=Q.date >= day(start, 0))
    assert [found.id for found in tagged] == [entry.id]
    client.journal_entries.update_tags(entry.id, {"tags": [], "items": []})
    client.tag_groups.tags.delete(group.id, tag.id)
    client.tag_groups.delete(group.id)

    comment = client.journal_entries.comments.create(entry.id, {"content": "Kvitto saknas"})
    assert [c.id for c in client.journal_entries.comments.list(entry.id)] == [comment.id]
    client.journal_entries.comments.get(entry.id, comment.id)
    client.journal_entries.comments.update(entry.id, comment.id, {"content": "Kvitto finns"})
    client.journal_entries.comments.delete(entry.id, comment.id)
    assert client.journal_entries.get(entry.id).title == "Kontorsmaterial"
    reversal = client.journal_entries.reverse(entry.id)
    assert sum((row.credit or 0 for row in reversal.items), D(0)) == D(500)


@scenario
def supplier_invoices(ctx: Context) -> None:
    """Receipts and a supplier's invoice: uploads, the supplier, the bill with two scans."""
    client = ctx.client
    start = open_year_start(client)
    receipt = client.uploads.create(PDF, file_name="kvitto.pdf", description="Kvitto")
    assert client.uploads.get(receipt.id).description == "Kvitto"
    assert any(found.id == receipt.id for found in client.uploads.list(query=Q.description == "Kvitto"))
    assert client.uploads.download(receipt.id) == PDF
    scan = client.uploads.create(PNG, file_name="scan.png")
    extra = client.uploads.create(JPEG, file_name="scan2.jpg")

    supplier = client.suppliers.create(
        {
            "name": "Kontorsgrossisten AB",
            "orgNumber": "556812-3470",
            "address": {"line1": "Lagervägen 2", "city": "Borås", "postalCode": "504 62"},
            "paymentDetails": {"type": "bankgiro", "bankgiroNumber": "5432-1098"},
        }
    )
    assert client.suppliers.list(query=Q.name.contains("grossisten")).first() is not None
    client.suppliers.get(supplier.id)
    client.suppliers.update(supplier.id, {"name": "Kontorsgrossisten i Borås AB", "currency": "SEK"})
    bill = client.supplier_invoices.create(
        {
            "supplierRef": {"id": str(supplier.id)},
            "invoiceNumber": "F-881",
            "invoiceDate": day(start, 59),
            "dueDate": day(start, 89),
            "totalAmount": D("1250.00"),
            "uploadRef": {"id": str(scan.id)},
        }
    )
    assert client.supplier_invoices.list(query=Q["supplierRef.id"] == str(supplier.id)).first() is not None
    fields = ("invoiceNumber", "invoiceDate", "dueDate")  # the update's own fields; the rest are the answer's
    changed = {"supplierRef": {"id": str(supplier.id)}, **{k: bill.to_dict()[k] for k in fields}, "totalAmount": 1300}
    client.supplier_invoices.update(bill.id, changed)
    client.supplier_invoices.add_upload(bill.id, {"id": str(extra.id)})
    assert len(client.supplier_invoices.get(bill.id).upload_refs) == 2
    client.supplier_invoices.delete(bill.id)
    client.suppliers.delete(supplier.id)


@scenario
def bank_payments(ctx: Context) -> None:
    client = ctx.client
    start = open_year_start(client)
    to_bankgiro = {"kind": "bankgiro", "recipientName": "Kontorsgrossisten AB", "bankgiroNumber": "5432-1098"}
    payment = client.bank_payments.create(
        {"amount": D("1250.00"), "paymentDate": day(start, 88), "recipientRef": {**to_bankgiro, "ocr": "1234"}}
    )
    transfer = {"kind": "transfer", "recipientName": "Anna", "clearingNumber": "8327", "accountNumber": "123456789"}
    bulk = client.bank_payments.create_bulk([{"amount": 10, "paymentDate": day(start, 88), "recipientRef": transfer}])
    assert len(bulk) == 1
    assert any(found.id == payment.id for found in client.bank_payments.list(query=Q.status == "readyToSign"))
    assert client.bank_payments.get(payment.id).amount == D("1250.00")


@scenario
def reference_data(ctx: Context) -> None:
    """The company, its chart of accounts, fiscal years and the SIE export."""
    client = ctx.client
    assert client.company_information.get().name
    accounts = client.chart_of_accounts.list()
    assert any(account.account == 1930 for account in accounts)
    assert client.chart_of_accounts.get(1930).account == 1930
    year = client.fiscal_years.list(query=Q.status == "open").first()
    assert year is not None
    assert client.fiscal_years.get(year.id).start_date == year.start_date
    check_balanced(client.sie.get(year.id))


@scenario
def errors(ctx: Context) -> None:
    """Bokio's error answers, as typed errors carrying code, message, field errors and error id."""
    client = ctx.client
    try:
        client.invoices.get(UNKNOWN_ID)
        raise AssertionError("an unknown invoice was found")
    except NotFoundError as error:
        assert error.status_code == 404 and error.bokio_error_id
    start = open_year_start(client)
    outside_the_chart = [{"account": 1234, "debit": 5}, {"account": 1930, "credit": 5}]
    try:
        client.journal_entries.create({"title": "Fel konto", "date": day(start, 1), "items": outside_the_chart})
        raise AssertionError("an entry on an account outside the chart was bookkept")
    except ValidationError as error:
        assert [problem.field for problem in error.errors] == ["#/items/0/account"] and error.bokio_error_id
    customer = client.customers.create({**CUSTOMER, "name": "Utkast AB", "orgNumber": "556000-0001"})
    draft = client.invoices.create(invoice_body(customer.id, start))
    try:
        client.invoices.record(draft.id)
        raise AssertionError("a draft invoice was bookkept")
    except OperationNotAllowedError as error:
        assert error.code == "operation-not-allowed" and error.message
    client.invoices.delete(draft.id)
    client.customers.delete(customer.id)
    with client.with_options(auth=BearerToken("not-a-valid-token"), max_retries=0) as stranger:
        try:
            stranger.company_information.get()
            raise AssertionError("a wrong token was accepted")
        except AuthenticationError as error:
            assert error.status_code == 401


@scenario
def oauth_and_connections(ctx: Context) -> None:
    """A public integration: consent, code exchange, a company call, refresh, the connections."""
    with OAuthApp(ctx.client_id, ctx.client_secret, REDIRECT_URI, ctx.base_url) as app:
        url, state = app.authorization_url([Scope.COMPANY_INFORMATION_READ], state=STATE)
        # The user's browser: Bokio answers the consent with a redirect back to the integration.
        consent = httpx.get(url, follow_redirects=False)
        assert consent.status_code == 302
        code = app.parse_callback(urlsplit(consent.headers["Location"]).query, state)
        tokens = app.exchange_code(code, scopes=[Scope.COMPANY_INFORMATION_READ])
        with app.company_client(tokens) as company:
            assert company.company_information.get().name
        tokens = app.refresh(tokens)
        assert tokens.refresh_token
    with BokioGeneral(ctx.client_id, ctx.client_secret, ctx.base_url) as general:
        connections = list(general.connections.list())
        assert connections, "the consent above made a connection"
        connection = general.connections.get(connections[0].id)
        general.connections.delete(connection.id)


# The sandbox's agency (an agency's organisation number is public; its id is learnt by searching).
AGENCY_ORGANIZATION_NUMBER = "559017-1236"


@scenario
def agency(ctx: Context) -> None:
    """An accounting agency: find it, connect, then its staff, a new client company, its users,
    invitations, a link into Bokio and a user's to-dos; finally disconnect."""
    with BokioAgency(ctx.client_id, ctx.client_secret, base_url=ctx.base_url, max_retries=0) as integration:
        found = integration.information.search(AGENCY_ORGANIZATION_NUMBER)
        assert found is not None and found.id
        connection = integration.connections.create(found.id)
        assert connection.status.value == "active" and "agency-companies:write" in connection.scopes
        assert integration.connections.create(found.id).agency_id == found.id  # again: the scopes are refreshed
        assert [c.agency_id for c in integration.connections.list()] == [found.id]
        assert integration.connections.get(found.id).agency_name == found.name
        agency = integration.with_options(agency_id=found.id)
        assert agency.information.get().organization_number == AGENCY_ORGANIZATION_NUMBER
        owner, *staff = agency.users.list()
        assert staff, "the agency has staff besides its owner"
        assert agency.users.get(staff[0].id).email == staff[0].email
        invitation = agency.invitations.create("nyanstalld@byra.example")
        assert [i.id for i in agency.invitations.list()] == [invitation.id]

        company = agency.companies.create(
            {
                "name": "Kontraktstest Klient AB",
                "ownerEmail": owner.email,
                "organizationNumber": "559311-4407",
                "vatNumber": "SE559311440701",
                "companyType": "limitedCompany",
                "accountingMethod": "accrual",
                "vatSetting": "quarterly",
                "address": {"line1": "Storgatan 12", "city": "Umeå", "postalCode": "903 26", "country": "SE"},
                "fiscalYearStart": "01-01",
            }
        )
        assert [c.id for c in agency.companies.list(query=Q.name == "Kontraktstest Klient AB")] == [company.id]
        assert agency.companies.get(company.id).company_type.value == "limitedCompany"
        url = agency.companies.navigation_url(company.id, owner.id, todo_type="receipt.unrecorded")
        assert url.startswith("https://")
        agency.invitations.create_company(company.id, "kassa@klient.example")
        assert [i.email for i in agency.invitations.list_company(company.id)] == ["kassa@klient.example"]
        users = {user.id for user in agency.users.list_company(company.id)}
        assert owner.id in users and staff[0].id in users
        assert agency.users.get_company(company.id, owner.id).email == owner.email
        agency.users.remove_company(company.id, staff[0].id)
        assert isinstance(agency.todos.list(company.id, owner.id, language="en"), list)
        agency.users.remove(staff[0].id)
        try:
            agency.companies.get(UNKNOWN_ID)
            raise AssertionError("an unknown client company was found")
        except NotFoundError as error:
            assert error.status_code == 404
        integration.connections.delete(found.id)
