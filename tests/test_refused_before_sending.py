"""Bad input through the public façade ends in a ``BokioError`` (or a documented call-site
error) and nothing is sent; broken answers end in ``MalformedResponseError``.

Every client here sends through a transport that records each request: a refused call must
leave it empty. Covers the cases of issue 12 (checks of request bodies, one exception hierarchy).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bokio_company_api.models.customer_input import CustomerInput
from bokio_company_api.models.product_type import ProductType
from bokio_company_api.models.sales_invoice_line_input import SalesInvoiceLineInput
from bokio_company_api.models.sales_invoice_line_input_item_type import SalesInvoiceLineInputItemType
from bokio_spec import load
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bokio
from bokio import (
    APIConnectionError,
    AsyncBokio,
    Bokio,
    BokioError,
    BokioGeneral,
    MalformedResponseError,
    NotFoundError,
    Q,
    QueryError,
    ValidationError,
    money,
)
from bokio.oauth import OAuthError
from tests.conftest import COMPANY_ID, TOKEN, Stub
from tests.test_validation import INVOICE, SALES_LINE, _oracle_problems

INVOICE_ID = "c4ab9593-9c30-4505-82cd-5a366d02ab95"
CUSTOMER = {"name": "Fjällbacka Snickeri AB", "type": "company"}
ADDRESS = {"line1": "Storgatan 1", "city": "Fjällbacka", "postalCode": "457 40", "country": "SE"}


def recording_client(stub: Stub) -> Bokio:
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(stub)))
    client._sleep = lambda seconds: None
    return client


def refused(call: Callable[[Bokio], Any], error: type[BaseException] = ValidationError) -> BaseException:
    """The error ``call`` raises on a client whose transport must see no request at all."""
    stub = Stub()
    with pytest.raises(error) as caught:
        call(recording_client(stub))
    assert stub.requests == [], "nothing may be sent"
    return caught.value


def pointers(error: BaseException) -> list[str]:
    assert isinstance(error, ValidationError) and error.status_code is None
    return [e.field for e in error.errors]


# --- request bodies (issue 12, item 3) ---------------------------------------------------------


def test_a_customer_without_name() -> None:
    assert pointers(refused(lambda c: c.customers.create({"type": "company"}))) == ["#/name"]


def test_an_address_that_is_a_string() -> None:
    error = refused(lambda c: c.customers.create({**CUSTOMER, "address": "Storgatan 1"}))
    assert pointers(error) == ["#/address"]


def test_a_unit_price_that_is_not_a_number() -> None:
    item = {"itemType": "salesItem", "description": "x", "productType": "services", "unitType": "hour", "taxRate": 25}
    assert pointers(refused(lambda c: c.items.create({**item, "unitPrice": "abc"}))) == ["#/unitPrice"]


def test_a_float_unit_price_in_a_dict_is_never_sent() -> None:
    body = {**INVOICE, "lineItems": [{**SALES_LINE, "unitPrice": 0.1 + 0.2}]}
    error = refused(lambda c: c.invoices.create(body))
    assert pointers(error) == ["#/lineItems/0/unitPrice"]
    assert "float" in str(error)
    line = {**SALES_LINE, "quantity": 1.5}
    assert pointers(refused(lambda c: c.invoices.add_line_item(INVOICE_ID, line))) == ["#/quantity"]


def test_a_float_in_a_model_is_never_sent() -> None:
    line = SalesInvoiceLineInput(
        description="x",
        item_type=SalesInvoiceLineInputItemType.SALESITEM,
        product_type=ProductType.SERVICES,
        unit_price=0.1 + 0.2,  # type: ignore[arg-type]  # what mypy refuses, the check refuses too
        tax_rate=Decimal(25),
    )
    assert pointers(refused(lambda c: c.invoices.add_line_item(INVOICE_ID, line))) == ["#/unitPrice"]


def test_a_model_holding_a_wrong_type_is_refused() -> None:
    customer = CustomerInput(name="x", type_="company")  # type: ignore[arg-type]  # a str, not CustomerType
    error = refused(lambda c: c.customers.create(customer))
    assert isinstance(error, ValidationError) and "AttributeError" in str(error)


def test_misspelt_keys_with_a_did_you_mean() -> None:
    body = {key: value for key, value in INVOICE.items() if key != "lineItems"} | {"lineItemz": [], "dueDat": "x"}
    error = refused(lambda c: c.invoices.create(body))
    assert [(e.field, e.message) for e in error.errors] == [  # type: ignore[attr-defined]
        ("#/lineItems", "is required"),
        ("#/lineItemz", "is not a field of this object; did you mean 'lineItems'?"),
        ("#/dueDat", "is not a field of this object; did you mean 'dueDate'?"),
    ]


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("1e999999")])
def test_non_finite_and_huge_amounts(amount: Decimal) -> None:
    payment = {"date": "2025-03-14", "sumBaseCurrency": amount, "bookkeepingAccountNumber": 1930}
    assert pointers(refused(lambda c: c.invoices.payments.create(INVOICE_ID, payment))) == ["#/sumBaseCurrency"]


def test_unknown_enum_values_and_line_kinds() -> None:
    assert pointers(refused(lambda c: c.customers.create({**CUSTOMER, "type": "compny"}))) == ["#/type"]
    line = {**SALES_LINE, "itemType": "sales"}
    assert pointers(refused(lambda c: c.invoices.add_line_item(INVOICE_ID, line))) == ["#/itemType"]
    assert pointers(refused(lambda c: c.invoices.create({**INVOICE, "lineItems": [{"description": "x"}]}))) == [
        "#/lineItems/0/itemType"
    ]


def test_nested_objects_of_bulk_payments() -> None:
    payment = {
        "amount": 0.5,
        "paymentDate": "2025-03-14",
        "recipientRef": {"kind": "bankgiro", "recipientName": "AB", "bankgiroNumber": "5432-1098"},
    }
    assert pointers(refused(lambda c: c.bank_payments.create_bulk([payment]))) == ["#/payments/0/amount"]


def test_journal_entry_rules_still_hold() -> None:
    rows = [{"account": 1930, "debit": 100}, {"account": 3001, "credit": 90}]
    assert pointers(refused(lambda c: c.journal_entries.create({"title": "t", "items": rows}))) == ["#/items"]


def test_the_async_client_refuses_the_same() -> None:
    stub = Stub()

    async def run() -> None:
        async with AsyncBokio(
            token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=httpx.MockTransport(stub))
        ) as client:
            with pytest.raises(ValidationError):
                await client.customers.create({"type": "company"})
            with pytest.raises(ValidationError):
                await client.invoices.create({**INVOICE, "lineItems": [{**SALES_LINE, "unitPrice": 0.3}]})

    asyncio.run(run())
    assert stub.requests == []


def test_a_valid_dict_is_sent_exactly_as_written() -> None:
    stub = Stub().add(httpx.Response(200, content=money.dumps(INVOICE_ANSWER)))
    recording_client(stub).invoices.create(INVOICE)
    (request,) = stub.requests
    assert money.loads(request.content)["lineItems"][0]["unitPrice"] == Decimal("290.00")
    assert b'"unitPrice":290.00' in request.content


# --- filters (item 7) ----------------------------------------------------------------------------


def test_filter_values_are_checked_against_the_spec() -> None:
    error = refused(lambda c: c.invoices.list(query=Q.status == "publishd").first(), QueryError)
    assert "did you mean 'published'" in str(error)
    refused(lambda c: c.invoices.list(query=Q.totalAmount > "1000").first(), QueryError)
    refused(lambda c: c.invoices.list(query=Q.invoiceDate >= "2025-02-30").first(), QueryError)
    refused(lambda c: c.items.list(query=Q.unitType == "hours").first(), QueryError)
    assert isinstance(error, BokioError) and isinstance(error, ValueError)


# --- one exception hierarchy (item 6) ------------------------------------------------------------


def test_an_oversized_query_or_id_is_a_bokio_error() -> None:
    refused(lambda c: c.invoices.list(query="customerRef==" + "x" * 70_000).first(), BokioError)
    refused(lambda c: c.invoices.get("a" * 70_000), BokioError)


def answering(*replies: httpx.Response) -> tuple[Bokio, Stub]:
    stub = Stub()
    for reply in replies:
        stub.add(reply)
    return recording_client(stub), stub


def _answer(operation_id: str) -> Any:
    """The spec's example answer of ``operation_id`` (what the strict response models accept)."""
    for item in load("company")["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return money.loads(json.dumps(operation["responses"]["200"]["content"]["application/json"]["example"]))
    raise KeyError(operation_id)


INVOICE_ANSWER = {**_answer("getInvoice"), "totalAmount": 1}
ANSWER_TEXT = money.dumps(INVOICE_ANSWER).decode()


@pytest.mark.parametrize(
    "content",
    [
        ANSWER_TEXT.replace('"totalAmount":1', '"totalAmount":NaN'),
        ANSWER_TEXT.replace('"totalAmount":1', '"totalAmount":Infinity'),
        ANSWER_TEXT.replace('"totalAmount":1', '"totalAmount":-Infinity'),
        ANSWER_TEXT.replace('"totalAmount":1', '"totalAmount":1e999999'),
        ANSWER_TEXT.replace('"totalAmount":1', '"totalAmount":1e-999999'),
        '{"id":' + "[" * 100_000 + "]" * 100_000 + "}",
        "not json",
    ],
    ids=["NaN", "Infinity", "-Infinity", "huge", "tiny", "deep", "text"],
)
def test_a_broken_answer_is_a_malformed_response(content: str) -> None:
    client, stub = answering(httpx.Response(200, content=content.encode(), headers={"X-Request-Id": "r-1"}))
    with pytest.raises(MalformedResponseError) as caught:
        client.invoices.get(INVOICE_ID)
    error = caught.value
    assert (error.status_code, error.headers and error.headers["x-request-id"]) == (200, "r-1")
    assert len(stub.requests) == 1, "a broken answer is not retried"


def test_a_malformed_response_is_not_a_connection_error() -> None:
    assert not issubclass(MalformedResponseError, APIConnectionError)
    client, _ = answering(httpx.Response(200, content=b'{"id": 5}'))
    with pytest.raises(MalformedResponseError) as caught:
        try:
            client.invoices.get(INVOICE_ID)
        except APIConnectionError:  # what retry-on-connection-error code catches
            pytest.fail("a malformed answer was taken for a connection error")
    assert caught.value.body == {"id": 5}


def test_api_errors_carry_status_headers_and_body() -> None:
    body = {"code": "not-found", "message": "gone", "bokioErrorId": "e-1"}
    client, _ = answering(httpx.Response(404, json=body, headers={"X-Request-Id": "r-2"}))
    with pytest.raises(NotFoundError) as caught:
        client.invoices.get(INVOICE_ID)
    error = caught.value
    assert (error.status_code, error.body, error.headers["x-request-id"]) == (404, body, "r-2")  # type: ignore[index]


@pytest.mark.parametrize("expires_in", ["NaN", "Infinity", "1e999", -1, "soon"])
def test_a_token_answer_with_a_broken_lifetime_is_an_oauth_error(expires_in: Any) -> None:
    stub = Stub().json(200, {"access_token": "at", "token_type": "bearer", "expires_in": expires_in})
    general = BokioGeneral("client-id", "client-secret", http_client=httpx.Client(transport=httpx.MockTransport(stub)))
    with pytest.raises(OAuthError, match="expires_in"):
        general.connections.get("8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c")
    assert [request.url.path for request in stub.requests] == ["/v1/token"], "the API call is not sent"


def test_the_error_classes_form_one_tree() -> None:
    for name in bokio.__all__:
        value = getattr(bokio, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, BokioError), name


# --- hostile bodies ------------------------------------------------------------------------------

JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.decimals()
    | st.text(max_size=20)
    | st.sampled_from(["", "..", "2025-02-30", "salesItem", "company", "8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> Any:
    """``body`` with a few values replaced, keys dropped or keys added, anywhere in it."""
    body = json.loads(money.dumps(body), parse_float=Decimal)
    for _ in range(draw(st.integers(1, 3))):
        node = body
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            child = draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
            if not isinstance(node[child], (dict, list)):
                break
            node = node[child]
        if isinstance(node, dict):
            action = draw(st.sampled_from(["replace", "drop", "add"]))
            if action == "add" or not node:
                node[draw(st.text(max_size=12))] = draw(JSONISH)
            elif action == "drop":
                del node[draw(st.sampled_from(sorted(node)))]
            else:
                node[draw(st.sampled_from(sorted(node)))] = draw(JSONISH)
        elif isinstance(node, list) and node:
            node[draw(st.integers(0, len(node) - 1))] = draw(JSONISH)
    return body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.tuples(st.just("createInvoice"), mutated(INVOICE)),
        st.tuples(st.just("createCustomer"), mutated({**CUSTOMER, "address": ADDRESS, "language": "sv"})),
        st.tuples(st.just("addInvoiceLineItem"), mutated(SALES_LINE)),
    )
)
def test_hostile_bodies_are_refused_or_sent_valid(case: tuple[str, Any]) -> None:
    """Whatever the body, the façade raises a BokioError and sends nothing, or sends a body that
    the spec (read by openapi-schema-validator) accepts and that holds no float."""
    operation, body = case
    answer = _answer(operation)
    stub = Stub().add(httpx.Response(200, content=money.dumps(answer)))
    client = recording_client(stub)
    calls = {
        "createInvoice": lambda: client.invoices.create(body),
        "createCustomer": lambda: client.customers.create(body),
        "addInvoiceLineItem": lambda: client.invoices.add_line_item(INVOICE_ID, body),
    }
    try:
        calls[operation]()
    except ValidationError:
        assert stub.requests == []
        return
    (request,) = stub.requests
    assert _oracle_problems(operation, money.loads(request.content)) == []


# --- workflows: the caller's dicts are checked before anything is looked up or created ------------


def test_a_workflow_refuses_a_bad_customer_or_a_float_before_sending() -> None:
    from bokio.workflows import issue_invoice

    draft = {key: value for key, value in INVOICE.items() if key not in ("customerRef", "metadata")}
    error = refused(lambda c: issue_invoice(c, "CRM-9", {"type": "company"}, draft))
    assert pointers(error) == ["#/name"]
    floated = {**draft, "lineItems": [{**SALES_LINE, "unitPrice": 0.1 + 0.2}]}
    assert pointers(refused(lambda c: issue_invoice(c, "CRM-9", CUSTOMER, floated))) == ["#/lineItems/0/unitPrice"]
    discount = {**SALES_LINE, "unitPrice": -0.5}
    error = refused(lambda c: issue_invoice(c, "CRM-9", CUSTOMER, draft, discount=discount))
    assert pointers(error) == ["#/unitPrice"]
