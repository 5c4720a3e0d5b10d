"""Tests of :mod:`bokio.testing`: the local emulator of Bokio's API."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from bokio_spec import OPERATIONS, load
from openapi_schema_validator import OAS30Validator

from bokio import AsyncBokio, Bokio, Q, money
from bokio.errors import (
    AuthenticationError,
    LimitExceededError,
    NotFoundError,
    OperationNotAllowedError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)
from bokio.testing import Sandbox
from bokio.testing.sandbox import AGENCY_SCOPES, routes

D = Decimal
PDF = b"%PDF-1.7\r\n" + bytes(range(256)) * 16 + b"\r\n--not-a-boundary\r\n\r\n%%EOF"
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
    "productType": "goods",
    "unitType": "hour",
    "quantity": 180,
    "description": "Consultancy services",
    "unitPrice": 290,
    "taxRate": 25,
}
DISCOUNT = {
    "itemType": "salesItem",
    "productType": "goods",
    "unitType": "hour",
    "quantity": 1,
    "description": "New User Discount",
    "unitPrice": -500,
    "taxRate": 25,
    "bookkeepingAccountNumber": 3730,
}


class Recorder:
    """Wraps a sandbox's transport and keeps every request with its response."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._inner = sandbox.transport()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def _handle(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response

    def http(self, token: str | None = None, *, company: bool = True) -> httpx.Client:
        base = f"{self.sandbox.base_url}/companies/{self.sandbox.company_id}" if company else self.sandbox.base_url
        headers = {"Authorization": f"Bearer {token or self.sandbox.token}"} if token != "" else {}
        return httpx.Client(transport=httpx.MockTransport(self._handle), base_url=base, headers=headers)

    def client(self) -> Bokio:
        http = httpx.Client(transport=httpx.MockTransport(self._handle))
        return Bokio(
            token=self.sandbox.token,
            company_id=self.sandbox.company_id,
            base_url=self.sandbox.base_url,
            http_client=http,
        )


def call(http: httpx.Client, method: str, path: str, expect: int = 200, body: Any = None, **kwargs: Any) -> Any:
    """One raw request; the parsed JSON answer (or the response when it is not JSON)."""
    if body is not None:
        kwargs.update(content=money.dumps(body), headers={"Content-Type": "application/json"})
    response = http.request(method, path, **kwargs)
    assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
    if response.headers.get("content-type", "").startswith("application/json"):
        return money.loads(response.content)
    return response


def fields(error: Any) -> list[str]:
    return [problem["field"] for problem in error["errors"]]


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox()


@pytest.fixture
def recorder(sb: Sandbox) -> Recorder:
    return Recorder(sb)


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Bokio]:
    with sb.client() as bokio:
        yield bokio


def rows(client: Bokio, entry_id: Any) -> list[tuple[int, Decimal, Decimal]]:
    return [(row.account, row.debit, row.credit) for row in client.journal_entries.get(entry_id).items]


def seed_story(client: Bokio) -> Any:
    """The guide's story: Aurora Works invoices John Doe, who pays net of a bank fee."""
    customer = client.customers.create(CUSTOMER)
    invoice = client.invoices.create(
        {
            "type": "invoice",
            "customerRef": {"id": str(customer.id)},
            "currency": "SEK",
            "currencyRate": 1,
            "lineItems": [CONSULTING],
            "invoiceDate": "2024-10-10",
            "dueDate": "2024-10-10",
            "metadata": {"externalId": "EXT-12345"},
        }
    )
    assert (invoice.total_amount, invoice.total_tax, invoice.status.value) == (D("65250"), D("13050"), "draft")
    client.invoices.add_line_item(invoice.id, DISCOUNT)
    return client.invoices.publish(invoice.id)


# The invoice workflow -------------------------------------------------------------------------


def test_seed_invoice_story_figures_and_journal_rows(client: Bokio) -> None:
    invoice = seed_story(client)
    assert (invoice.total_amount, invoice.total_tax) == (D("64625.00"), D("12925.00"))
    assert (invoice.status.value, invoice.invoice_number) == ("published", "1001")
    assert invoice.published_date_time is not None

    invoice = client.invoices.record(invoice.id)
    assert rows(client, invoice.journal_entry_ref.id) == [
        (1510, D("64625.00"), D("0.00")),
        (3001, D("0.00"), D("52200.00")),
        (3730, D("500.00"), D("0.00")),
        (2611, D("0.00"), D("12925.00")),
    ]

    fee = {"type": "bankFee", "invoiceSettlementDetails": {"date": "2024-10-15", "sumBaseCurrency": D("15.50")}}
    settlement = client.invoices.settlements.create(invoice.id, fee)
    assert client.invoices.get(invoice.id).status.value == "underPaid"
    settlement = client.invoices.settlements.record(invoice.id, settlement.id)
    assert rows(client, settlement.journal_entry_ref.id) == [
        (6570, D("15.50"), D("0.00")),
        (1510, D("0.00"), D("15.50")),
    ]

    payment = {"date": "2024-11-01", "sumBaseCurrency": D("64609.50"), "bookkeepingAccountNumber": 1940}
    payment = client.invoices.payments.create(invoice.id, payment)
    assert not payment.journal_entry_ref
    payment = client.invoices.payments.record(invoice.id, payment.id)
    assert rows(client, payment.journal_entry_ref.id) == [
        (1940, D("64609.50"), D("0.00")),
        (1510, D("0.00"), D("64609.50")),
    ]
    with pytest.raises(OperationNotAllowedError):
        client.invoices.payments.record(invoice.id, payment.id)

    invoice = client.invoices.get(invoice.id)
    assert (invoice.status.value, invoice.paid_amount) == ("paid", D("64609.50"))
    assert client.chart_of_accounts.get(1510).account_balance == D("0.00")
    assert client.chart_of_accounts.get(1940).account_balance == D("64609.50")
    assert [i.id for i in client.invoices.list(query=Q.metadata.externalId == "EXT-12345")] == [invoice.id]

    client.invoices.payments.delete(invoice.id, payment.id)
    assert client.invoices.get(invoice.id).status.value == "underPaid"


def test_amounts_are_written_exactly(recorder: Recorder, client: Bokio) -> None:
    invoice = seed_story(recorder.client())
    raw = call(recorder.http(), "GET", f"/invoices/{invoice.id}")
    text = recorder.exchanges[-1][1].text
    assert '"totalAmount":64625.00' in text and '"totalTax":12925.00' in text
    assert raw["totalAmount"] == D("64625.00")


def test_only_drafts_can_be_changed(client: Bokio) -> None:
    invoice = seed_story(client)
    body = {"customerRef": {"id": str(invoice.customer_ref.id)}, "invoiceDate": "2024-10-10", "lineItems": [CONSULTING]}
    with pytest.raises(OperationNotAllowedError) as error:
        client.invoices.update(invoice.id, body)
    assert error.value.status_code == 400 and error.value.code == "operation-not-allowed"
    assert error.value.bokio_error_id
    with pytest.raises(OperationNotAllowedError):
        client.invoices.add_line_item(invoice.id, DISCOUNT)
    with pytest.raises(OperationNotAllowedError):
        client.invoices.delete(invoice.id)
    with pytest.raises(OperationNotAllowedError):
        client.invoices.publish(invoice.id)

    draft = client.invoices.create({**body, "lineItems": [CONSULTING, DISCOUNT]})
    updated = client.invoices.update(draft.id, {**body, "lineItems": [{**CONSULTING, "quantity": 10}]})
    assert (updated.total_amount, updated.due_date.isoformat()) == (D("3625.00"), "2024-11-09")
    client.invoices.delete(draft.id)
    with pytest.raises(NotFoundError):
        client.invoices.get(draft.id)


def test_partial_credit_note(client: Bokio) -> None:
    invoice = client.invoices.record(seed_story(client).id)
    note = client.credit_notes.get(client.invoices.credit(invoice.id).id)
    assert (note.status.value, note.total_amount, note.invoice_ref.invoice_number) == ("draft", D("64625.00"), "1001")
    assert [ref.id for ref in client.invoices.get(invoice.id).credit_note_refs] == [note.id]

    hours = note.line_items[0].to_dict()
    with pytest.raises(ValidationError) as error:
        client.credit_notes.update(note.id, {**note.to_dict(), "lineItems": [{**hours, "quantity": 181}]})
    assert [e.field for e in error.value.errors] == ["#/lineItems/0/quantity"]
    note = client.credit_notes.update(note.id, {**note.to_dict(), "lineItems": [{**hours, "quantity": 3}]})
    assert (note.total_amount, note.total_tax) == (D("1087.50"), D("217.50"))

    note = client.credit_notes.record(client.credit_notes.publish(note.id).id)
    assert note.invoice_number == "1002"
    assert rows(client, note.journal_entry_ref.id) == [
        (1510, D("0.00"), D("1087.50")),
        (3001, D("870.00"), D("0.00")),
        (2611, D("217.50"), D("0.00")),
    ]
    assert client.credit_notes.download(note.id).startswith(b"%PDF")
    assert client.invoices.get(invoice.id).status.value == "published"
    with pytest.raises(OperationNotAllowedError):
        client.credit_notes.update(note.id, note.to_dict())


# Journal entries ------------------------------------------------------------------------------


def test_journal_entry_rules_answer_with_pointers(recorder: Recorder) -> None:
    http = recorder.http()

    def row(account: int, debit: Any = 0, credit: Any = 0) -> dict[str, Any]:
        return {"account": account, "debit": debit, "credit": credit}

    entry = {"title": "Kontant försäljning", "date": "2026-03-01"}
    error = call(http, "POST", "/journal-entries", 400, {**entry, "items": [row(1930, 100), row(3001, 0, D("99.99"))]})
    assert (error["code"], fields(error)) == ("validation-error", ["#/items"])
    assert uuid.UUID(error["bokioErrorId"])
    error = call(http, "POST", "/journal-entries", 400, {**entry, "items": [row(1930, 100, 100), row(9999, 0, 100)]})
    assert fields(error) == ["#/items/0", "#/items/1/account"]
    error = call(http, "POST", "/journal-entries", 400, {**entry, "items": [row(1930, -1), row(3001, 0, -1)]})
    assert fields(error) == ["#/items/0/debit", "#/items/1/credit"]
    error = call(http, "POST", "/journal-entries", 400, {"date": "2026-03-01", "items": [row(1930, 1), row(3001)]})
    assert fields(error) == ["#/title", "#/items/1"]
    error = call(http, "POST", "/journal-entries", 400, {**entry, "items": [row(1930, 1)]})
    assert fields(error) == ["#/items"]
    created = call(http, "POST", "/journal-entries", 200, {**entry, "items": [row(1930, 125), row(3001, 0, 125)]})
    assert created["journalEntryNumber"] == "V1" and created["items"][0]["debit"] == D("125.00")


def test_reversal_happens_once_and_only_for_api_entries(client: Bokio) -> None:
    entry = client.journal_entries.create(
        {
            "title": "Hyra mars",
            "date": "2026-03-01",
            "items": [{"account": 5010, "debit": D("8000")}, {"account": 1930, "credit": D("8000")}],
        }
    )
    reversal = client.journal_entries.reverse(entry.id)
    assert reversal.reversing_journal_entry_id == entry.id
    assert client.journal_entries.get(entry.id).reversed_by_journal_entry_id == reversal.id
    assert [(r.account, r.debit, r.credit) for r in reversal.items] == [
        (5010, D("0.00"), D("8000.00")),
        (1930, D("8000.00"), D("0.00")),
    ]
    for entry_id in (entry.id, reversal.id, client.invoices.record(seed_story(client).id).journal_entry_ref.id):
        with pytest.raises(OperationNotAllowedError):
            client.journal_entries.reverse(entry_id)
    reversed_ones = client.journal_entries.list(query=Q.reversingJournalEntryId == entry.id)
    assert [e.id for e in reversed_ones] == [reversal.id]
    assert client.chart_of_accounts.get(5010).account_balance == D("0.00")


def test_sie_export(client: Bokio) -> None:
    client.invoices.record(seed_story(client).id)
    year = next(y for y in client.fiscal_years.list() if y.start_date.year == 2024)
    text = client.sie.download(year.id).decode("cp437")
    lines = text.split("\r\n")
    assert lines[:4] == ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", '#PROGRAM "Bokio sandbox" "1.0"']
    assert '#FNAMN "Aurora Works AB"' in lines and "#RAR 0 20240101 20241231" in lines
    assert '#KONTO 2611 "Utgående moms på försäljning inom Sverige, 25 %"' in lines
    assert "#UB 0 1510 64625.00" in lines and "#RES 0 3730 500.00" in lines and "#RES 0 3001 -52200.00" in lines
    start = lines.index('#VER "V" "1" 20241010 "Faktura 1001 John Doe"')
    assert lines[start + 1 : start + 7] == [
        "{",
        "#TRANS 1510 {} 64625.00",
        "#TRANS 3001 {} -52200.00",
        "#TRANS 3730 {} 500.00",
        "#TRANS 2611 {} -12925.00",
        "}",
    ]


# Lists ----------------------------------------------------------------------------------------


def test_paging_and_query_filters(recorder: Recorder, client: Bokio) -> None:
    http = recorder.http()
    for price in (50, 100, 150, 200, 250, 300, 350):
        item = {
            **CONSULTING,
            "description": f"Widget {price}",
            "unitPrice": price,
            "taxRate": 12 if price > 300 else 25,
        }
        call(http, "POST", "/items", 200, {k: v for k, v in item.items() if k != "quantity"})
    page = call(http, "GET", "/items", params={"page": 3, "pageSize": 3})
    assert (page["totalItems"], page["totalPages"], page["currentPage"], len(page["items"])) == (7, 3, 3, 1)
    assert len(list(client.items.list(page_size=2))) == 7

    def descriptions(query: str) -> list[str]:
        return [i["description"] for i in call(http, "GET", "/items", params={"query": query})["items"]]

    assert descriptions("unitPrice>=100&&unitPrice<200") == ["Widget 100", "Widget 150"]
    assert descriptions("unitPrice<100||taxRate==12&&unitPrice!=300") == ["Widget 50", "Widget 350"]
    assert descriptions("description~et 2") == ["Widget 200", "Widget 250"]
    assert descriptions("description==Widget 300") == ["Widget 300"]
    for query in ("color==red", "description>Widget", "unitPrice>cheap", "unitPrice"):
        assert fields(call(http, "GET", "/items", 400, params={"query": query})) == ["#/query"]
    assert fields(call(http, "GET", "/items", 400, params={"pageSize": 101})) == ["#/pageSize"]

    customer = call(http, "POST", "/customers", 200, CUSTOMER)
    for external_id in ("CRM-1", "CRM-2"):
        body = {
            "customerRef": {"id": customer["id"]},
            "invoiceDate": "2026-01-15",
            "lineItems": [CONSULTING],
            "metadata": {"externalId": external_id},
        }
        call(http, "POST", "/invoices", 200, body)
    found = call(http, "GET", "/invoices", params={"query": "metadata.externalId==CRM-2"})["items"]
    assert [i["metadata"]["externalId"] for i in found] == ["CRM-2"]
    query = f"customerRef=={customer['id']}&&dueDate==2026-02-14&&totalAmount>65000"
    assert call(http, "GET", "/invoices", params={"query": query})["totalItems"] == 2
    revenue = call(http, "GET", "/chart-of-accounts", params={"query": "account>=3000&&account<3100"})
    assert [a["account"] for a in revenue][:2] == [3001, 3002]


# Authentication, scopes, limits -----------------------------------------------------------------


def test_authentication_scopes_and_not_found(sb: Sandbox, recorder: Recorder) -> None:
    assert call(recorder.http(""), "GET", "/items", 401)["code"] == "unauthorized"
    assert call(recorder.http("not-a-token"), "GET", "/items", 401)["code"] == "unauthorized"
    reader = recorder.http(sb.add_token(scopes=["items:read"]))
    assert call(reader, "GET", "/items")["totalItems"] == 0
    assert (
        call(reader, "POST", "/items", 403, {"itemType": "descriptionOnlyItem", "description": "x"})["code"]
        == "forbidden"
    )
    with pytest.raises(ValueError):
        sb.add_token(scopes=["items:fly"])

    http = recorder.http()
    other = f"{sb.base_url}/companies/{uuid.uuid4()}/items"
    assert call(http, "GET", other, 404)["code"] == "not-found"
    assert call(http, "GET", f"/invoices/{uuid.uuid4()}", 404)["code"] == "not-found"
    assert call(http, "GET", "/no-such-thing", 404)["code"] == "not-found"
    assert call(http, "PATCH", "/items", 405)["code"] == "method-not-allowed"
    assert fields(call(http, "POST", "/items", 400, content=b"{not json")) == ["#"]

    scoped = Bokio(
        token=sb.add_token(scopes=["invoices:read"]),
        company_id=sb.company_id,
        base_url=sb.base_url,
        http_client=httpx.Client(transport=sb.transport()),
    )
    with pytest.raises(PermissionDeniedError) as denied:
        scoped.items.create({"itemType": "descriptionOnlyItem", "description": "x"})
    assert denied.value.required_scope == "items:write"
    with pytest.raises(AuthenticationError):
        Bokio(token="wrong", company_id=sb.company_id, base_url=sb.base_url, http_client=scoped._http).items.get(
            uuid.uuid4()
        )


def test_rate_limit_and_monthly_quota() -> None:
    limited = Sandbox(rate_limit=2)
    http = Recorder(limited).http()
    call(http, "GET", "/items")
    call(http, "GET", "/items")
    response = http.get("/items")
    assert response.status_code == 429 and 1 <= int(response.headers["Bokio-RateLimit-RetryAfter"]) <= 60
    assert (response.headers["Bokio-RateLimit-Limit"], response.headers["Bokio-RateLimit-Remaining"]) == ("2", "0")

    quota = Sandbox(monthly_quota=2)
    with quota.client(max_retries=0) as client:
        client.company_information.get()
        client.company_information.get()
        with pytest.raises(LimitExceededError) as error:
            client.company_information.get()
    assert error.value.status_code == 429 and error.value.code == "limit-exceeded"

    with Sandbox(rate_limit=1, rate_window=1).client(max_retries=0) as client:
        client.company_information.get()
        with pytest.raises(RateLimitError) as limit:
            client.company_information.get()
    assert (limit.value.retry_after, limit.value.limit, limit.value.remaining) == (1, 1, 0)


# Files ----------------------------------------------------------------------------------------


def test_uploads_and_attachments_round_trip_bytes(sb: Sandbox, client: Bokio) -> None:
    upload = client.uploads.create(PDF, file_name="kvitto.pdf", description="Kvitto")
    assert (upload.content_type, upload.description) == ("application/pdf", "Kvitto")
    assert client.uploads.download(upload.id) == PDF
    assert [u.id for u in client.uploads.list(query=Q.description == "Kvitto")] == [upload.id]
    with pytest.raises(ValidationError) as error:
        client.uploads.create(b"plain text", file_name="notes.txt", content_type="text/plain")
    assert [e.field for e in error.value.errors] == ["#/file"]

    customer = client.customers.create(CUSTOMER)
    draft = client.invoices.create(
        {"customerRef": {"id": str(customer.id)}, "invoiceDate": "2026-05-01", "lineItems": [CONSULTING]}
    )
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1))
    attachment = client.invoices.attachments.create(draft.id, png, file_name="bild.png")
    assert client.invoices.attachments.download(draft.id, attachment.id) == png
    assert client.invoices.get(draft.id).attachment_refs[0].name == "bild.png"
    with pytest.raises(LimitExceededError):
        client.invoices.attachments.create(draft.id, b"%PDF" + bytes(4 * 1024 * 1024), file_name="big.pdf")

    with sb.serve() as base_url, Bokio(token=sb.token, company_id=sb.company_id, base_url=base_url) as remote:
        assert remote.uploads.download(upload.id) == PDF
        again = remote.uploads.create(PDF, file_name="igen.pdf")
        assert client.uploads.download(again.id) == PDF


# The whole API against its schemas ------------------------------------------------------------


def _routes() -> list[tuple[re.Pattern[str], str, str]]:
    return [
        (re.compile("^/v1" + re.sub(r"\{\w+\}", "[^/]+", facts["path"]) + "$"), facts["method"], facts["path"])
        for facts in sorted(OPERATIONS.values(), key=lambda facts: facts["path"].count("{"))
    ]


def _operation(request: httpx.Request) -> tuple[str, str]:
    for pattern, method, path in _routes():
        if method == request.method and pattern.match(request.url.path):
            return method, path
    raise AssertionError(f"no operation for {request.method} {request.url.path}")


def scripted_run(sb: Sandbox, recorder: Recorder) -> None:
    """Every operation of the Company and General APIs at least once, successfully."""
    client = recorder.client()
    http = recorder.http()
    invoice = client.invoices.record(seed_story(client).id)
    inv = f"/invoices/{invoice.id}"
    payment = call(
        http,
        "POST",
        f"{inv}/payments",
        200,
        {"date": "2024-11-01", "sumBaseCurrency": 100, "bookkeepingAccountNumber": 1930},
    )
    call(http, "GET", f"{inv}/payments", params={"query": "sumBaseCurrency>=100"})
    call(http, "GET", f"{inv}/payments/{payment['id']}")
    call(http, "POST", f"{inv}/payments/{payment['id']}/record")
    call(http, "DELETE", f"{inv}/payments/{payment['id']}", 204)
    fee = {
        "type": "paymentServiceFee",
        "invoiceSettlementDetails": {"date": "2024-11-01", "sumBaseCurrency": 20, "vatScheme": "eu"},
    }
    settlement = call(http, "POST", f"{inv}/settlements", 200, fee)
    call(http, "GET", f"{inv}/settlements", params={"query": "date==2024-11-01"})
    call(http, "GET", f"{inv}/settlements/{settlement['id']}")
    call(http, "POST", f"{inv}/settlements/{settlement['id']}/record")
    call(http, "DELETE", f"{inv}/settlements/{settlement['id']}", 204)
    call(http, "GET", "/invoices", params={"query": "status==published"})
    assert call(http, "GET", f"{inv}/download").content.startswith(b"%PDF")
    note = call(http, "POST", f"{inv}/credit")
    call(http, "GET", "/credit-notes", params={"query": "status==draft"})
    call(http, "PUT", f"/credit-notes/{note['id']}", 200, note)
    call(http, "DELETE", f"/credit-notes/{note['id']}", 204)
    note = call(http, "POST", f"{inv}/credit")
    call(http, "POST", f"/credit-notes/{note['id']}/publish")
    call(http, "POST", f"/credit-notes/{note['id']}/record")
    call(http, "GET", f"/credit-notes/{note['id']}")
    call(http, "GET", f"/credit-notes/{note['id']}/download")
    assert call(http, "GET", inv)["status"] == "credited"

    customer = call(
        http, "POST", "/customers", 200, {**CUSTOMER, "contactsDetails": [{"name": "Jane", "isDefault": True}]}
    )
    call(http, "GET", "/customers", params={"query": "name==John Doe"})
    call(http, "PUT", f"/customers/{customer['id']}", 200, {**customer, "name": "John Doe AB"})
    call(http, "GET", f"/customers/{customer['id']}")
    draft = {
        "customerRef": {"id": customer["id"]},
        "contactDetailRef": {"id": customer["contactsDetails"][0]["id"]},
        "invoiceDate": "2026-02-01",
        "deliveryAddress": CUSTOMER["address"],
        "lineItems": [CONSULTING, {"itemType": "descriptionOnlyItem", "description": "Tack!"}],
    }
    draft = call(http, "POST", "/invoices", 200, draft)
    item = call(
        http,
        "POST",
        "/items",
        200,
        {**{k: v for k, v in CONSULTING.items() if k != "quantity"}, "productType": "services"},
    )
    call(http, "GET", "/items", params={"query": "productType==services"})
    call(http, "GET", f"/items/{item['id']}")
    call(http, "PUT", f"/items/{item['id']}", 200, {**item, "unitPrice": D("310.50")})
    line = call(
        http,
        "POST",
        f"/invoices/{draft['id']}/line-items",
        200,
        {
            "itemType": "salesItem",
            "itemRef": {"id": item["id"]},
            **{k: CONSULTING[k] for k in ("description", "productType", "quantity", "unitPrice", "taxRate")},
        },
    )
    assert line["unitPrice"] == D("310.50") and line["itemRef"]["id"] == item["id"]
    call(http, "PUT", f"/invoices/{draft['id']}", 200, call(http, "GET", f"/invoices/{draft['id']}"))
    attachment = call(
        http, "POST", f"/invoices/{draft['id']}/attachments", 200, files={"file": ("a.pdf", PDF, "application/pdf")}
    )
    call(http, "GET", f"/invoices/{draft['id']}/attachments", params={"query": "fileName==a.pdf"})
    call(http, "GET", f"/invoices/{draft['id']}/attachments/{attachment['id']}")
    call(http, "GET", f"/invoices/{draft['id']}/attachments/{attachment['id']}/download")
    call(http, "DELETE", f"/invoices/{draft['id']}/attachments/{attachment['id']}", 204)
    call(http, "DELETE", f"/invoices/{draft['id']}", 204)
    call(http, "DELETE", f"/items/{item['id']}", 204)
    call(http, "DELETE", f"/customers/{customer['id']}", 204)

    group = call(http, "POST", "/tag-groups", 200, {"name": "Projekt", "alias": "PRJ", "dimensionNumber": 6})
    call(http, "GET", "/tag-groups", params={"query": "dimensionNumber==6"})
    call(http, "PUT", f"/tag-groups/{group['id']}", 200, {"name": "Projekten", "alias": "PR"})
    tag = call(http, "POST", f"/tag-groups/{group['id']}/tags", 200, {"name": "Vasastan"})
    call(http, "PUT", f"/tag-groups/{group['id']}/tags/{tag['id']}", 200, {"name": "Odenplan"})
    call(http, "GET", f"/tag-groups/{group['id']}")
    entry = {
        "title": "Kontorsmaterial",
        "date": "2026-03-02",
        "items": [
            {"account": 6110, "debit": D("400.00")},
            {"account": 2641, "debit": 100},
            {"account": 1930, "credit": 500},
        ],
        "tags": [{"tagId": tag["id"], "weight": D("0.5")}],
    }
    entry = call(http, "POST", "/journal-entries", 200, entry)
    row_tags = {"tags": [], "items": [{"id": entry["items"][0]["id"], "tags": [{"tagId": tag["id"], "weight": 1}]}]}
    call(http, "PUT", f"/journal-entries/{entry['id']}/tags", 200, row_tags)
    assert call(http, "DELETE", f"/tag-groups/{group['id']}/tags/{tag['id']}", 400)["code"] == "operation-not-allowed"
    call(http, "GET", "/journal-entries", params={"tagId": tag["id"], "query": "date>=2026-01-01"})
    call(http, "PUT", f"/journal-entries/{entry['id']}/tags", 200, {"tags": [], "items": []})
    call(http, "DELETE", f"/tag-groups/{group['id']}/tags/{tag['id']}", 204)
    call(http, "DELETE", f"/tag-groups/{group['id']}", 204)
    comment = call(http, "POST", f"/journal-entries/{entry['id']}/comments", 200, {"content": "Kvitto saknas"})
    call(http, "GET", f"/journal-entries/{entry['id']}/comments")
    call(http, "GET", f"/journal-entries/{entry['id']}/comments/{comment['id']}")
    call(http, "PUT", f"/journal-entries/{entry['id']}/comments/{comment['id']}", 200, {"content": "Kvitto finns"})
    call(http, "DELETE", f"/journal-entries/{entry['id']}/comments/{comment['id']}", 204)
    call(http, "GET", f"/journal-entries/{entry['id']}")
    call(http, "POST", f"/journal-entries/{entry['id']}/reverse")

    upload = call(http, "POST", "/uploads", 200, files={"file": ("f.pdf", PDF)}, data={"journalEntryId": entry["id"]})
    call(http, "GET", f"/uploads/{upload['id']}")
    call(http, "GET", "/uploads", params={"query": f"journalEntryId=={entry['id']}"})
    call(http, "GET", f"/uploads/{upload['id']}/download")
    scan = call(http, "POST", "/uploads", 200, files={"file": ("scan.png", b"\x89PNG\r\n\x1a\n")})
    extra = call(http, "POST", "/uploads", 200, files={"file": ("scan2.jpg", b"\xff\xd8\xff\xe0")})
    supplier = {
        "name": "Kontorsgrossisten AB",
        "orgNumber": "556812-3470",
        "address": {"line1": "Lagervägen 2", "city": "Borås", "postalCode": "504 62"},
        "paymentDetails": {"type": "bankgiro", "bankgiroNumber": "5432-1098"},
    }
    supplier = call(http, "POST", "/suppliers", 200, supplier)
    call(http, "GET", "/suppliers", params={"query": "name~grossisten"})
    call(http, "GET", f"/suppliers/{supplier['id']}")
    call(http, "PUT", f"/suppliers/{supplier['id']}", 200, {"name": "Kontorsgrossisten i Borås AB", "currency": "EUR"})
    bill = {
        "supplierRef": {"id": supplier["id"]},
        "invoiceDate": "2026-03-01",
        "dueDate": "2026-03-31",
        "totalAmount": D("1250.00"),
    }
    bill = call(
        http, "POST", "/supplier-invoices", 200, {**bill, "invoiceNumber": "F-881", "uploadRef": {"id": scan["id"]}}
    )
    assert call(http, "DELETE", f"/suppliers/{supplier['id']}", 400)["code"] == "operation-not-allowed"
    call(http, "GET", "/supplier-invoices", params={"query": f"supplierRef.id=={supplier['id']}"})
    call(http, "PUT", f"/supplier-invoices/{bill['id']}", 200, {**bill, "totalAmount": 1300})
    call(http, "POST", f"/supplier-invoices/{bill['id']}/uploads", 200, {"id": extra["id"]})
    assert len(call(http, "GET", f"/supplier-invoices/{bill['id']}")["uploadRefs"]) == 2
    call(http, "DELETE", f"/supplier-invoices/{bill['id']}", 204)
    call(http, "DELETE", f"/suppliers/{supplier['id']}", 204)

    to_bankgiro = {
        "kind": "bankgiro",
        "recipientName": "Kontorsgrossisten AB",
        "bankgiroNumber": "5432-1098",
        "ocr": "1234",
    }
    paid = call(
        http,
        "POST",
        "/bank-payments",
        200,
        {"amount": D("1250.00"), "paymentDate": "2026-03-30", "recipientRef": to_bankgiro},
    )
    transfer = {"kind": "transfer", "recipientName": "Anna", "clearingNumber": "8327", "accountNumber": "123456789"}
    call(
        http,
        "POST",
        "/bank-payments/bulk",
        200,
        {"payments": [{"amount": 10, "paymentDate": "2026-03-30", "recipientRef": transfer}]},
    )
    call(http, "GET", "/bank-payments", params={"query": "status==readyToSign"})
    call(http, "GET", f"/bank-payments/{paid['id']}")

    call(http, "GET", "/company-information")
    call(http, "GET", "/chart-of-accounts")
    call(http, "GET", "/chart-of-accounts/1930")
    year = call(http, "GET", "/fiscal-years", params={"query": "status==open"})["items"][0]
    call(http, "GET", f"/fiscal-years/{year['id']}")
    assert call(http, "GET", f"/sie/{year['id']}/download").content.startswith(b"#FLAGGA 0")

    general = recorder.http(company=False)
    basic = {"Authorization": "Basic " + base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()}
    query = {
        "response_type": "code",
        "client_id": sb.client_id,
        "redirect_uri": "https://app.example/cb",
        "state": "xyz",
    }
    code = parse_qs(urlsplit(call(general, "GET", "/authorize", 302, params=query).headers["Location"]).query)["code"][
        0
    ]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://app.example/cb"}
    tokens = call(general, "POST", "/token", 200, data=form, headers=basic)
    app_token = call(general, "POST", "/token", 200, data={"grant_type": "client_credentials"}, headers=basic)[
        "access_token"
    ]
    connections = recorder.http(app_token, company=False)
    call(connections, "GET", "/connections", params={"tenantId": sb.company_id})
    call(connections, "GET", f"/connections/{tokens['connection_id']}")
    call(connections, "DELETE", f"/connections/{tokens['connection_id']}", 204)
    agency_run(sb, recorder, basic)


def agency_run(sb: Sandbox, recorder: Recorder, basic: dict[str, str]) -> None:
    """Every Agency API operation once, successfully, through raw HTTP."""
    general = recorder.http("", company=False)
    scope = " ".join(sorted(AGENCY_SCOPES))
    form = {"grant_type": "client_credentials", "scope": scope}
    token = call(general, "POST", "/token", 200, data=form, headers=basic)["access_token"]
    http = recorder.http(token, company=False)
    found = call(http, "GET", "/agency-information", params={"query": "organizationNumber==5590171236"})
    agency_id = found["items"][0]["id"]
    assert call(http, "POST", "/agency-connections", 201, {"agencyId": agency_id})["status"] == "active"
    assert call(http, "POST", "/agency-connections", 200, {"agencyId": agency_id})["scopes"] == sorted(AGENCY_SCOPES)
    call(http, "GET", "/agency-connections", params={"query": f"agencyId=={agency_id}"})
    call(http, "GET", f"/agency-connections/{agency_id}")
    base = f"/agencies/{agency_id}"
    call(http, "GET", f"{base}/agency-information")
    owner = call(http, "GET", f"{base}/users")["items"][0]
    call(http, "GET", f"{base}/users/{owner['id']}")
    staff_id = sb.add_agency_user("staff@byra.example")
    call(http, "DELETE", f"{base}/users/{staff_id}", 204)
    call(http, "POST", f"{base}/invitations", 200, {"email": "new@byra.example"})
    call(http, "GET", f"{base}/invitations")
    new_company = {
        "name": "Klient Ett AB",
        "ownerEmail": owner["email"],
        "organizationNumber": "559311-4407",
        "companyType": "limitedCompany",
        "accountingMethod": "cash",
        "vatSetting": "monthly",
    }
    company = call(http, "POST", f"{base}/companies", 200, new_company)
    client_base = f"{base}/companies/{company['id']}"
    call(http, "GET", f"{base}/companies", params={"query": "name==Klient Ett AB"})
    call(http, "GET", client_base)
    call(http, "GET", f"{client_base}/navigation", params={"userId": owner["id"], "todoType": "receipt.unrecorded"})
    call(http, "POST", f"{client_base}/invitations", 200, {"email": "kassa@klient.example"})
    call(http, "GET", f"{client_base}/invitations")
    call(http, "GET", f"{client_base}/users")
    call(http, "GET", f"{client_base}/users/{owner['id']}")
    call(http, "GET", f"{client_base}/users/{owner['id']}/todos", headers={"Accept-Language": "en"})
    colleague = sb.add_agency_user("colleague@klient.example", company_id=company["id"])
    call(http, "DELETE", f"{client_base}/users/{colleague}", 204)
    call(http, "DELETE", f"/agency-connections/{agency_id}", 204)


def test_every_operation_answers_as_the_spec_says(sb: Sandbox, recorder: Recorder) -> None:
    scripted_run(sb, recorder)
    documents = {"company": load("company"), "general": load("general"), "agency": load("agency")}
    exercised = set()
    for request, response in recorder.exchanges:
        method, path = _operation(request)
        if not response.is_success and response.status_code != 302:
            continue
        exercised.add((method, path))
        api = "company" if path.startswith("/companies/") else "agency" if path.startswith("/agenc") else "general"
        document = documents[api]
        declared = document["paths"][path][method.lower()]["responses"][str(response.status_code)]
        if response.status_code in (204, 302):
            assert not response.content
            continue
        content_type = response.headers["content-type"].split(";")[0]
        schema = declared["content"][content_type]["schema"]
        if content_type != "application/json":
            continue
        validator = OAS30Validator(
            {**schema, "components": document["components"]}, format_checker=OAS30Validator.FORMAT_CHECKER
        )
        problems = [
            f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(money.loads(response.content))
        ]
        assert not problems, f"{method} {path}: {problems}"
    assert exercised == {(facts["method"], facts["path"]) for facts in OPERATIONS.values()}


# OAuth and connections ------------------------------------------------------------------------


def test_oauth_grants(sb: Sandbox, recorder: Recorder) -> None:
    general = recorder.http("", company=False)
    basic = {"Authorization": "Basic " + base64.b64encode(f"{sb.client_id}:{sb.client_secret}".encode()).decode()}
    query = {
        "response_type": "code",
        "client_id": sb.client_id,
        "redirect_uri": "https://app.example/cb?x=1",
        "scope": "invoices:read",
        "state": "s-1",
    }
    location = urlsplit(call(general, "GET", "/authorize", 302, params=query).headers["Location"])
    returned = parse_qs(location.query)
    assert returned["state"] == ["s-1"] and returned["x"] == ["1"]
    form = {
        "grant_type": "authorization_code",
        "code": returned["code"][0],
        "redirect_uri": "https://app.example/cb?x=1",
    }
    assert call(general, "POST", "/token", 401, data=form)["error"] == "invalid_client"
    tokens = call(general, "POST", "/token", 200, data=form, headers=basic)
    assert (tokens["tenant_id"], tokens["tenant_type"], tokens["token_type"]) == (sb.company_id, "company", "bearer")
    assert call(general, "POST", "/token", 400, data=form, headers=basic)["error"] == "invalid_grant"

    company = recorder.http(tokens["access_token"])
    call(company, "GET", "/invoices")
    assert call(company, "GET", "/items", 403)["code"] == "forbidden"
    refreshed = call(
        general,
        "POST",
        "/token",
        200,
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        headers=basic,
    )
    reused = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    assert call(general, "POST", "/token", 400, data=reused, headers=basic)["error"] == "invalid_grant"
    assert (
        call(general, "POST", "/token", 400, data={"grant_type": "password"}, headers=basic)["error"]
        == "unsupported_grant_type"
    )

    app = call(general, "POST", "/token", 200, data={"grant_type": "client_credentials"}, headers=basic)
    assert "refresh_token" not in app and app["tenant_type"] == "general"
    connections = recorder.http(app["access_token"], company=False)
    assert call(recorder.http(app["access_token"]), "GET", "/invoices", 401)["code"] == "unauthorized"
    assert call(connections, "GET", "/connections")["items"][0]["tenantId"] == sb.company_id
    call(connections, "DELETE", f"/connections/{tokens['connection_id']}", 204)
    call(recorder.http(refreshed["access_token"]), "GET", "/invoices", 401)
    assert (
        call(general, "GET", "/authorize", 400, params={**query, "client_id": str(uuid.uuid4())})["error"]
        == "invalid_client"
    )


# Ways to run it -------------------------------------------------------------------------------


def test_unimplemented_operations_fall_back_to_the_generic_store(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    for operation_id in (
        "createSupplier",
        "getSupplier",
        "updateSupplier",
        "listSuppliers",
        "deleteSupplier",
        "publishInvoice",
    ):
        monkeypatch.delitem(routes.HANDLERS, operation_id)
    http = recorder.http()
    supplier = call(http, "POST", "/suppliers", 200, {"name": "Generisk AB"})
    assert call(http, "GET", f"/suppliers/{supplier['id']}") == supplier
    call(http, "PUT", f"/suppliers/{supplier['id']}", 200, {"name": "Generisk Handel AB"})
    assert call(http, "GET", "/suppliers", params={"query": "name~Handel"})["items"][0]["name"] == "Generisk Handel AB"
    call(http, "DELETE", f"/suppliers/{supplier['id']}", 204)
    call(http, "GET", f"/suppliers/{supplier['id']}", 404)
    customer = call(http, "POST", "/customers", 200, CUSTOMER)
    draft = call(
        http,
        "POST",
        "/invoices",
        200,
        {"customerRef": {"id": customer["id"]}, "invoiceDate": "2026-01-01", "lineItems": [CONSULTING]},
    )
    assert call(http, "POST", f"/invoices/{draft['id']}/publish")["id"] == draft["id"]
    call(http, "POST", f"/invoices/{uuid.uuid4()}/publish", 404)


def test_async_transport(sb: Sandbox) -> None:
    async def run() -> Any:
        http = httpx.AsyncClient(transport=sb.async_transport())
        async with AsyncBokio(
            token=sb.token, company_id=sb.company_id, base_url=sb.base_url, http_client=http
        ) as client:
            await client.customers.create(CUSTOMER)
            return [customer.name async for customer in client.customers.list()]

    assert asyncio.run(run()) == ["John Doe"]


def test_command_line_server() -> None:
    command = [sys.executable, "-m", "bokio.testing.sandbox", "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(3))
            assert settings["BOKIO_BASE_URL"].startswith("http://127.0.0.1:")
            with Bokio(
                token=settings["BOKIO_TOKEN"],
                company_id=settings["BOKIO_COMPANY_ID"],
                base_url=settings["BOKIO_BASE_URL"],
            ) as client:
                assert client.company_information.get().name == "Aurora Works AB"
        finally:
            process.terminate()
            process.wait(timeout=5)
    assert json.dumps(settings)
