"""The workflow helpers against the in-process sandbox, with a failure injected at every step.

A :class:`Faulty` transport sits between the client and the sandbox. It fails one mutating
request, either *before* it reaches the sandbox (connection refused: nothing happened) or
*after* the sandbox did the work (read timeout: the client never hears of it, the worst case
for duplicates). The helper is then run again on a healthy client; it must finish, leave the
books right, and have made exactly one of each object.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import httpx
import pytest

from bokio import APIConnectionError, AsyncBokio, Bokio
from bokio.testing import Sandbox
from bokio.workflows import (
    IssuedInvoice,
    Step,
    WorkflowConflictError,
    aio,
    credit_invoice,
    issue_invoice,
    register_payment,
    settle_invoice,
)

KEY = "CRM-4711"
CUSTOMER = {
    "type": "company",
    "name": "John Doe",
    "orgNumber": "123456-7890",
    "address": {"line1": "Älvsborgsvägen 10", "city": "Göteborg", "postalCode": "123 45", "country": "SE"},
}
INVOICE = {
    "invoiceDate": "2024-10-10",
    "dueDate": "2024-11-09",
    "lineItems": [
        {
            "itemType": "salesItem",
            "productType": "services",
            "unitType": "hour",
            "description": "Consultancy services",
            "quantity": 180,
            "unitPrice": 290,
            "taxRate": 25,
        }
    ],
}
DISCOUNT = {
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "piece",
    "description": "New customer discount",
    "quantity": 1,
    "unitPrice": -500,
    "taxRate": 25,
    "bookkeepingAccountNumber": 3730,
}
TOTAL = Decimal("64625.00")  # (180 × 290 − 500) × 1.25
PAYMENT = {"date": dt.date(2024, 11, 1), "amount": TOTAL, "account": 1940}
BANK_FEE = {"kind": "bankFee", "date": dt.date(2024, 10, 15), "amount": Decimal("15.50")}
CREDIT_KEY = "CRM-4711-K1"
UNKNOWN_INVOICE_ID = "3f6b2c1e-9a47-4d8b-b2e5-7c1d0a9e4f63"  # checks must refuse before looking it up
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _label(request: httpx.Request) -> str:
    """``POST /invoices/{id}/publish``: the operation, without the company and object ids."""
    path = re.sub(r"^.*?/companies/[^/]+", "", request.url.path)
    return f"{request.method} {_ID.sub('{id}', path)}"


class Faulty(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox's transport, recording mutating requests and failing the ``fail_at``-th one.

    ``when="after"``: the sandbox handles the request, then the client gets a read timeout.
    ``when="before"``: the request never arrives (connection refused).
    """

    def __init__(self, sandbox: Sandbox, fail_at: int | None = None, when: str = "after") -> None:
        self._sync = sandbox.transport()
        self._async = sandbox.async_transport()
        self.fail_at = fail_at
        self.when = when
        self.mutations: list[str] = []
        self.requests = 0

    def _before(self, request: httpx.Request) -> bool:
        """Count the request; True when it is the one to fail."""
        self.requests += 1
        if request.method == "GET":
            return False
        self.mutations.append(_label(request))
        failing = len(self.mutations) == self.fail_at
        if failing and self.when == "before":
            raise httpx.ConnectError("injected: connection refused", request=request)
        return failing

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        failing = self._before(request)
        response = self._sync.handle_request(request)
        if failing:
            raise httpx.ReadTimeout("injected: no answer after the server did the work", request=request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        failing = self._before(request)
        response = await self._async.handle_async_request(request)
        if failing:
            raise httpx.ReadTimeout("injected: no answer after the server did the work", request=request)
        return response


def connect(sandbox: Sandbox, transport: Faulty) -> Bokio:
    """A client without retries, so that an injected failure reaches the helper."""
    http = httpx.Client(transport=transport)
    return Bokio(sandbox.token, sandbox.company_id, base_url=sandbox.base_url, max_retries=0, http_client=http)


def connect_async(sandbox: Sandbox, transport: Faulty) -> AsyncBokio:
    http = httpx.AsyncClient(transport=transport)
    return AsyncBokio(sandbox.token, sandbox.company_id, base_url=sandbox.base_url, max_retries=0, http_client=http)


def issue(client: Bokio, key: str = KEY, **changes: Any) -> IssuedInvoice:
    invoice = {**INVOICE, **changes.pop("invoice", {})}
    return issue_invoice(client, key, changes.pop("customer", CUSTOMER), invoice, discount=DISCOUNT, **changes)


def journal_entry_count(client: Bokio) -> int:
    return client.journal_entries.list().total_items


def invoice_line_id(client: Bokio, invoice_id: Any) -> int:
    line_id = client.invoices.get(invoice_id).line_items[0].id
    assert isinstance(line_id, int)
    return line_id


# --- the four flows, as scenarios: set-up, the helper call, its steps, the final checks ---------


@dataclass(frozen=True)
class Flow:
    setup: Callable[[Bokio], Any]  # what exists before the helper runs (the invoice's id, or None)
    run: Callable[[Bokio, Any], Any]
    steps: list[tuple[Step, str]]  # each step and the one mutating request it sends
    check: Callable[[Bokio, Any, Any], None]


def _check_issued(client: Bokio, _: Any, result: IssuedInvoice) -> None:
    assert client.customers.list().total_items == 1
    invoices = list(client.invoices.list())
    assert [invoice.id for invoice in invoices] == [result.invoice.id]
    invoice = client.invoices.get(result.invoice.id)
    assert invoice.status == "published" and invoice.invoice_number
    assert invoice.journal_entry_ref
    assert [line.description for line in invoice.line_items] == ["Consultancy services", "New customer discount"]
    assert isinstance(invoice.total_amount, Decimal) and invoice.total_amount == TOTAL
    assert invoice.total_tax == Decimal("12925.00")
    assert invoice.metadata.additional_properties == {"externalId": KEY}
    assert result.customer.org_number == "123456-7890"
    assert journal_entry_count(client) == 1


def _check_paid(client: Bokio, invoice_id: Any, result: Any) -> None:
    payments = list(client.invoices.payments.list(invoice_id))
    assert [payment.id for payment in payments] == [result.payment.id]
    assert payments[0].journal_entry_ref
    assert (payments[0].date, payments[0].sum_base_currency) == (dt.date(2024, 11, 1), TOTAL)
    invoice = client.invoices.get(invoice_id)
    assert invoice.status == "paid"
    assert isinstance(invoice.paid_amount, Decimal) and invoice.paid_amount == TOTAL
    assert journal_entry_count(client) == 2


def _check_settled(client: Bokio, invoice_id: Any, result: Any) -> None:
    settlements = list(client.invoices.settlements.list(invoice_id))
    assert [settlement.id for settlement in settlements] == [result.settlement.id]
    entry = client.journal_entries.get(settlements[0].journal_entry_ref.id)
    assert {(row.account, row.debit, row.credit) for row in entry.items} == {
        (6570, Decimal("15.50"), Decimal(0)),
        (1510, Decimal(0), Decimal("15.50")),
    }
    assert client.invoices.get(invoice_id).status == "underPaid"
    assert journal_entry_count(client) == 2


def _check_credited(client: Bokio, invoice_id: Any, result: Any) -> None:
    notes = [note for note in client.credit_notes.list() if note.invoice_ref.id == invoice_id]
    assert [note.id for note in notes] == [result.credit_note.id]
    note = notes[0]
    assert note.status == "published" and note.journal_entry_ref
    assert [(line.description, line.quantity) for line in note.line_items] == [("Consultancy services", 3)]
    assert isinstance(note.total_amount, Decimal) and note.total_amount == Decimal("1087.50")  # 3 × 290 × 1.25
    assert note.metadata.additional_properties["externalId"] == CREDIT_KEY
    assert client.invoices.get(invoice_id).status == "published"  # only part is credited
    assert journal_entry_count(client) == 2


def _issued_invoice_id(client: Bokio) -> Any:
    return issue(client).invoice.id


FLOWS = {
    "issue": Flow(
        setup=lambda client: None,
        run=lambda client, _: issue(client),
        steps=[
            (Step.CREATE_CUSTOMER, "POST /customers"),
            (Step.CREATE_INVOICE, "POST /invoices"),
            (Step.ADD_DISCOUNT, "POST /invoices/{id}/line-items"),
            (Step.PUBLISH_INVOICE, "POST /invoices/{id}/publish"),
            (Step.RECORD_INVOICE, "POST /invoices/{id}/record"),
        ],
        check=_check_issued,
    ),
    "payment": Flow(
        setup=_issued_invoice_id,
        run=lambda client, invoice_id: register_payment(client, invoice_id, **PAYMENT),
        steps=[
            (Step.CREATE_PAYMENT, "POST /invoices/{id}/payments"),
            (Step.RECORD_PAYMENT, "POST /invoices/{id}/payments/{id}/record"),
        ],
        check=_check_paid,
    ),
    "settlement": Flow(
        setup=_issued_invoice_id,
        run=lambda client, invoice_id: settle_invoice(client, invoice_id, **BANK_FEE),
        steps=[
            (Step.CREATE_SETTLEMENT, "POST /invoices/{id}/settlements"),
            (Step.RECORD_SETTLEMENT, "POST /invoices/{id}/settlements/{id}/record"),
        ],
        check=_check_settled,
    ),
    "credit": Flow(
        setup=_issued_invoice_id,
        run=lambda client, invoice_id: credit_invoice(
            client, invoice_id, CREDIT_KEY, {invoice_line_id(client, invoice_id): 3}
        ),
        steps=[
            (Step.CREATE_CREDIT_NOTE, "POST /invoices/{id}/credit"),
            (Step.EDIT_CREDIT_NOTE, "PUT /credit-notes/{id}"),
            (Step.PUBLISH_CREDIT_NOTE, "POST /credit-notes/{id}/publish"),
            (Step.RECORD_CREDIT_NOTE, "POST /credit-notes/{id}/record"),
        ],
        check=_check_credited,
    ),
}
EVERY_STEP = [(name, index) for name, flow in FLOWS.items() for index in range(len(flow.steps))]


@pytest.mark.parametrize("name", FLOWS)
def test_a_clean_run_performs_every_step_once(name: str) -> None:
    sandbox, flow = Sandbox(), FLOWS[name]
    context = flow.setup(sandbox.client())
    transport = Faulty(sandbox)
    result = flow.run(connect(sandbox, transport), context)
    assert transport.mutations == [request for _, request in flow.steps]
    assert result.performed == tuple(step for step, _ in flow.steps) and result.already_done == ()
    flow.check(sandbox.client(), context, result)


@pytest.mark.parametrize("when", ["after", "before"])
@pytest.mark.parametrize(("name", "failing_step"), EVERY_STEP, ids=[f"{n}-step{i + 1}" for n, i in EVERY_STEP])
def test_a_rerun_after_a_failure_at_any_step_finishes_without_duplicates(
    name: str, failing_step: int, when: str
) -> None:
    sandbox, flow = Sandbox(), FLOWS[name]
    context = flow.setup(sandbox.client())
    crashing = Faulty(sandbox, fail_at=failing_step + 1, when=when)
    with pytest.raises(APIConnectionError):
        flow.run(connect(sandbox, crashing), context)
    assert crashing.mutations == [request for _, request in flow.steps[: failing_step + 1]]

    done = failing_step + 1 if when == "after" else failing_step  # steps the sandbox carried out
    transport = Faulty(sandbox)
    result = flow.run(connect(sandbox, transport), context)
    assert transport.mutations == [request for _, request in flow.steps[done:]]
    assert result.already_done == tuple(step for step, _ in flow.steps[:done])
    assert result.performed == tuple(step for step, _ in flow.steps[done:])
    flow.check(sandbox.client(), context, result)


@pytest.mark.parametrize("name", FLOWS)
def test_running_a_completed_flow_again_sends_no_mutating_request(name: str) -> None:
    sandbox, flow = Sandbox(), FLOWS[name]
    context = flow.setup(sandbox.client())
    first = flow.run(sandbox.client(), context)
    transport = Faulty(sandbox)
    again = flow.run(connect(sandbox, transport), context)
    assert transport.mutations == []
    assert again.performed == () and again.already_done == tuple(step for step, _ in flow.steps)
    flow.check(sandbox.client(), context, again)
    assert replace(again, performed=first.performed, already_done=()) == first  # the same objects


# --- issuing: keys, customers, conflicts ---------------------------------------------------------


def test_different_keys_make_different_invoices_for_one_customer() -> None:
    client = Sandbox().client()
    first, second = issue(client, "CRM-1"), issue(client, "CRM-2")
    assert first.invoice.id != second.invoice.id
    assert first.invoice.invoice_number != second.invoice.invoice_number
    assert first.customer.id == second.customer.id and Step.CREATE_CUSTOMER in second.already_done
    assert client.invoices.list().total_items == 2 and client.customers.list().total_items == 1
    assert issue(client, "CRM-1").invoice.id == first.invoice.id


def test_the_customer_is_found_by_org_number_whatever_its_name() -> None:
    client = Sandbox().client()
    existing = client.customers.create({**CUSTOMER, "name": "John Doe Consulting AB"})
    result = issue(client)
    assert result.customer.id == existing.id and result.performed[0] == Step.CREATE_INVOICE
    assert client.customers.list().total_items == 1


def test_a_customer_without_org_number_is_found_by_name() -> None:
    client = Sandbox().client()
    private = {"type": "private", "name": "Anna Lind"}
    client.customers.create({"type": "private", "name": "Anna Lindqvist"})
    existing = client.customers.create(private)
    assert issue(client, customer=private).customer.id == existing.id
    assert client.customers.list().total_items == 2


def test_several_customers_with_the_org_number_are_ambiguous() -> None:
    sandbox = Sandbox()
    client = sandbox.client()
    client.customers.create(CUSTOMER)
    client.customers.create({**CUSTOMER, "name": "Doe Holding"})
    transport = Faulty(sandbox)
    with pytest.raises(WorkflowConflictError, match="2 customers with orgNumber"):
        issue(connect(sandbox, transport))
    assert transport.mutations == []


CONFLICTS = {
    "other lines": {"invoice": {"lineItems": [{**INVOICE["lineItems"][0], "quantity": 200}]}},
    "other due date": {"invoice": {"dueDate": "2024-12-09"}},
    "other customer": {"customer": {**CUSTOMER, "orgNumber": "556677-8899"}},
    "extra metadata": {"invoice": {"metadata": {"externalId": KEY, "source": "webshop"}}},
}


@pytest.mark.parametrize("changes", CONFLICTS.values(), ids=CONFLICTS)
def test_other_data_under_an_existing_key_is_refused_before_any_change(changes: dict[str, Any]) -> None:
    sandbox = Sandbox()
    issue(sandbox.client())
    transport = Faulty(sandbox)
    with pytest.raises(WorkflowConflictError, match=r"differs|is not"):
        issue(connect(sandbox, transport), **changes)
    assert transport.mutations == []


def test_a_discount_asked_for_after_publishing_is_a_conflict() -> None:
    client = Sandbox().client()
    issue_invoice(client, KEY, CUSTOMER, INVOICE)
    with pytest.raises(WorkflowConflictError, match="/lineItems: 1 entries instead of 2"):
        issue(client)


def test_a_draft_without_its_discount_gets_it_and_goes_on() -> None:
    client = Sandbox().client()
    customer = client.customers.create(CUSTOMER)
    draft = client.invoices.create(
        {**INVOICE, "customerRef": {"id": str(customer.id)}, "metadata": {"externalId": KEY}}
    )
    result = issue(client)
    assert result.invoice.id == draft.id
    assert result.already_done == (Step.CREATE_CUSTOMER, Step.CREATE_INVOICE)
    assert result.invoice.total_amount == TOTAL


def test_bad_input_is_refused_before_any_request() -> None:
    sandbox = Sandbox()
    transport = Faulty(sandbox)
    client = connect(sandbox, transport)
    with pytest.raises(ValueError, match="customerRef"):
        issue(client, invoice={"customerRef": {"id": "6a1e4b90-2c3d-4f5e-8a7b-9c0d1e2f3a4b"}})
    with pytest.raises(ValueError, match="externalId"):
        issue(client, invoice={"metadata": {"externalId": "CRM-9"}})
    with pytest.raises(ValueError, match="non-empty"):
        issue(client, "")
    assert transport.requests == 0


# --- payments and settlements --------------------------------------------------------------------


def test_money_is_decimal_only() -> None:
    sandbox = Sandbox()
    transport = Faulty(sandbox)
    client = connect(sandbox, transport)
    with pytest.raises(TypeError, match="Decimal"):
        register_payment(client, UNKNOWN_INVOICE_ID, date=dt.date(2024, 11, 1), amount=64625.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Decimal"):
        settle_invoice(client, UNKNOWN_INVOICE_ID, kind="bankFee", date=dt.date(2024, 11, 1), amount=15)  # type: ignore[arg-type]
    assert transport.requests == 0


def test_a_payment_on_another_day_or_into_another_account_is_another_payment() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    quarter = TOTAL / 4
    payments = [
        register_payment(client, invoice_id, date=dt.date(2024, 11, day), amount=quarter, account=account).payment
        for day, account in [(1, 1930), (2, 1930), (1, 1940)]
    ]
    assert len({payment.id for payment in payments}) == 3
    again = register_payment(client, invoice_id, date=dt.date(2024, 11, 1), amount=quarter, account=1940)
    assert again.payment.id == payments[2].id and again.performed == ()
    assert client.invoices.payments.list(invoice_id).total_items == 3
    assert client.invoices.get(invoice_id).paid_amount == Decimal("48468.75")


def test_several_identical_payments_are_ambiguous() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    for _ in range(2):
        client.invoices.payments.create(
            invoice_id, {"date": "2024-11-01", "sumBaseCurrency": Decimal(100), "bookkeepingAccountNumber": 1930}
        )
    with pytest.raises(WorkflowConflictError, match="2 payments"):
        register_payment(client, invoice_id, date=dt.date(2024, 11, 1), amount=Decimal(100))


SETTLEMENTS = {
    "bank fee": ({"kind": "bankFee", "amount": Decimal("15.50")}, {6570: Decimal("15.50")}),
    "currency loss": ({"kind": "currency", "amount": Decimal("2.30")}, {3740: Decimal("2.30")}),
    "currency gain": ({"kind": "currency", "amount": Decimal("-4.10")}, {3740: Decimal("-4.10")}),
    "payment service fee": (
        {"kind": "paymentServiceFee", "amount": Decimal("46.25"), "vat_scheme": "eu"},
        {4535: Decimal("46.25"), 2645: Decimal("11.56"), 2614: Decimal("-11.56")},
    ),
}


@pytest.mark.parametrize(("settlement", "postings"), SETTLEMENTS.values(), ids=SETTLEMENTS)
def test_every_kind_of_settlement_is_bookkept_once(settlement: dict[str, Any], postings: dict[int, Decimal]) -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    result = settle_invoice(client, invoice_id, date=dt.date(2024, 10, 15), **settlement)
    assert settle_invoice(client, invoice_id, date=dt.date(2024, 10, 15), **settlement).performed == ()
    assert client.invoices.settlements.list(invoice_id).total_items == 1
    entry = client.journal_entries.get(result.settlement.journal_entry_ref.id)
    net = {row.account: row.debit - row.credit for row in entry.items}
    assert net == {**postings, 1510: -settlement["amount"]}


def test_settlements_of_another_kind_or_vat_scheme_are_other_settlements() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    kinds = [("bankFee", None), ("currency", None), ("paymentServiceFee", "domestic"), ("paymentServiceFee", "eu")]
    for _ in range(2):
        results = [
            settle_invoice(
                client, invoice_id, kind=kind, vat_scheme=scheme, date=dt.date(2024, 10, 15), amount=Decimal(10)
            )
            for kind, scheme in kinds
        ]
    assert all(result.performed == () for result in results)
    assert client.invoices.settlements.list(invoice_id).total_items == 4


def test_settlement_kinds_the_api_cannot_create_are_refused() -> None:
    client = Sandbox().client()
    day = dt.date(2024, 10, 15)
    with pytest.raises(ValueError, match="bankFee, currency, paymentServiceFee"):
        settle_invoice(client, UNKNOWN_INVOICE_ID, kind="badDebt", date=day, amount=Decimal(1))
    with pytest.raises(ValueError, match="vat_scheme"):
        settle_invoice(client, UNKNOWN_INVOICE_ID, kind="paymentServiceFee", date=day, amount=Decimal(1))


# --- credit notes --------------------------------------------------------------------------------


def test_credit_conflicts_are_refused_before_any_change() -> None:
    sandbox = Sandbox()
    client = sandbox.client()
    invoice_id = _issued_invoice_id(client)
    line_id = invoice_line_id(client, invoice_id)
    credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 3})
    other_invoice_id = issue(client, "CRM-4712").invoice.id
    transport = Faulty(sandbox)
    faulty = connect(sandbox, transport)
    with pytest.raises(WorkflowConflictError, match="/lineItems/0/quantity: 3 instead of 4"):
        credit_invoice(faulty, invoice_id, CREDIT_KEY, {line_id: 4})
    with pytest.raises(WorkflowConflictError, match="credits another invoice"):
        credit_invoice(faulty, other_invoice_id, CREDIT_KEY, {invoice_line_id(client, other_invoice_id): 3})
    with pytest.raises(WorkflowConflictError, match="creditDate"):
        credit_invoice(faulty, invoice_id, CREDIT_KEY, {line_id: 3}, credit_date=dt.date(2024, 1, 1))
    assert transport.mutations == []


def test_credit_input_is_checked_against_the_invoice() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    line_id = invoice_line_id(client, invoice_id)
    with pytest.raises(ValueError, match="own externalId"):
        credit_invoice(client, invoice_id, KEY, {line_id: 3})
    with pytest.raises(ValueError, match="no sales lines with ids"):
        credit_invoice(client, invoice_id, CREDIT_KEY, {line_id + 1000: 3})
    with pytest.raises(ValueError, match="at most 180"):
        credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 181})
    with pytest.raises(TypeError, match="int or Decimal"):
        credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 1.5})  # type: ignore[dict-item]
    assert client.credit_notes.list().total_items == 0


def test_two_partial_credits_with_their_own_keys_and_dates() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    consultancy, discount = (line.id for line in client.invoices.get(invoice_id).line_items)
    first = credit_invoice(client, invoice_id, "K1", {consultancy: Decimal("2.5")}, credit_date=dt.date(2024, 10, 20))
    second = credit_invoice(client, invoice_id, "K2", {consultancy: 10, discount: 1})
    assert first.credit_note.credit_date == dt.date(2024, 10, 20)
    assert first.credit_note.total_amount == Decimal("906.25")  # 2.5 × 290 × 1.25
    assert second.credit_note.total_amount == Decimal("3000.00")  # (10 × 290 − 500) × 1.25
    assert client.credit_notes.list().total_items == 2
    assert credit_invoice(client, invoice_id, "K1", {consultancy: Decimal("2.50")}).performed == ()


def test_an_unclaimed_draft_credit_note_is_adopted_and_only_one() -> None:
    client = Sandbox().client()
    invoice_id = _issued_invoice_id(client)
    line_id = invoice_line_id(client, invoice_id)
    for _ in range(2):
        client.invoices.credit(invoice_id)
    with pytest.raises(WorkflowConflictError, match="2 unclaimed draft credit notes"):
        credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 3})
    client.credit_notes.delete(client.invoices.get(invoice_id).credit_note_refs[1].id)
    result = credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 3})
    assert result.already_done == (Step.CREATE_CREDIT_NOTE,)
    assert client.credit_notes.list().total_items == 1


# --- asyncio twins -------------------------------------------------------------------------------


def test_the_async_twins_resume_after_a_failure_too() -> None:
    sandbox = Sandbox()

    async def story() -> None:
        crashing = Faulty(sandbox, fail_at=4)  # after publishing
        with pytest.raises(APIConnectionError):
            await aio.issue_invoice(connect_async(sandbox, crashing), KEY, CUSTOMER, INVOICE, discount=DISCOUNT)
        client = connect_async(sandbox, Faulty(sandbox))
        issued = await aio.issue_invoice(client, KEY, CUSTOMER, INVOICE, discount=DISCOUNT)
        assert issued.performed == (Step.RECORD_INVOICE,)
        invoice_id = issued.invoice.id
        settled = await aio.settle_invoice(client, invoice_id, **BANK_FEE)
        paid = await aio.register_payment(client, invoice_id, **{**PAYMENT, "amount": TOTAL - BANK_FEE["amount"]})
        line_id = issued.invoice.line_items[0].id
        crashing = Faulty(sandbox, fail_at=2)  # after editing the credit note
        with pytest.raises(APIConnectionError):
            await aio.credit_invoice(connect_async(sandbox, crashing), invoice_id, CREDIT_KEY, {line_id: 3})
        credited = await aio.credit_invoice(client, invoice_id, CREDIT_KEY, {line_id: 3})
        assert credited.performed == (Step.PUBLISH_CREDIT_NOTE, Step.RECORD_CREDIT_NOTE)
        assert all(result.journal_entry_ref for result in (settled.settlement, paid.payment, credited.credit_note))
        again = Faulty(sandbox)
        await aio.issue_invoice(connect_async(sandbox, again), KEY, CUSTOMER, INVOICE, discount=DISCOUNT)
        await aio.credit_invoice(connect_async(sandbox, again), invoice_id, CREDIT_KEY, {line_id: 3})
        assert again.mutations == []

    asyncio.run(story())
    client = sandbox.client()
    assert client.invoices.list().total_items == 1 and client.credit_notes.list().total_items == 1
    assert journal_entry_count(client) == 4
