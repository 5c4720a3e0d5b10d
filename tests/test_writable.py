"""Fields Bokio computes (``readOnly`` in the spec) never leave the client (:mod:`bokio.writable`)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from bokio_spec import OPERATIONS, load, resolve
from openapi_schema_validator import OAS30WriteValidator

from bokio import Bokio, money
from bokio.writable import writable_body
from tests.conftest import Stub

UPDATE_INVOICE = "updateInvoice"


def _request_schema(facts: dict[str, Any]) -> dict[str, Any] | None:
    body = resolve("company", load("company")["paths"][facts["path"]][facts["method"].lower()].get("requestBody"))
    if body is None:
        return None
    schema: dict[str, Any] | None = body["content"].get("application/json", {}).get("schema")
    return schema


def _answer_schema(facts: dict[str, Any]) -> dict[str, Any]:
    operation = load("company")["paths"][facts["path"]][facts["method"].lower()]
    schema: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


# Every operation whose request and 200 answer are the same kind of object (the request shape of
# a schema is its `…Input` twin): what get() returns can be sent back. The answer's example, made
# writable, must pass the request schema as a write.
ROUND_TRIPS = sorted(
    (module, facts)
    for module, facts in OPERATIONS.items()
    if module.startswith("bokio_company_api.")
    and facts["method"] in ("POST", "PUT")
    and (schema := _request_schema(facts)) is not None
    and "$ref" in schema
    and "$ref" in _answer_schema(facts)
    and schema["$ref"] in (_answer_schema(facts)["$ref"], _answer_schema(facts)["$ref"] + "Input")
)


def _problems(facts: dict[str, Any], body: Any) -> list[str]:
    document = load("company")
    validator = OAS30WriteValidator({**(_request_schema(facts) or {}), "components": document["components"]})
    return [error.message for error in validator.iter_errors(body)]


def _answer_example(facts: dict[str, Any]) -> Any:
    operation = load("company")["paths"][facts["path"]][facts["method"].lower()]
    return money.loads(json.dumps(operation["responses"]["200"]["content"]["application/json"]["example"]))


@pytest.mark.parametrize(("module", "facts"), ROUND_TRIPS, ids=[facts["operation_id"] for _, facts in ROUND_TRIPS])
def test_an_answer_sent_back_is_a_valid_write(module: str, facts: dict[str, Any]) -> None:
    assert _problems(facts, writable_body(facts["operation_id"], _answer_example(facts))) == []


def test_round_trips_cover_the_updates_and_would_fail_without_stripping() -> None:
    ids = {facts["operation_id"] for _, facts in ROUND_TRIPS}
    assert {"updateInvoice", "updateCustomer", "updateItem", "updateCreditNote", "updateSupplier"} <= ids
    refused = [facts["operation_id"] for _, facts in ROUND_TRIPS if _problems(facts, _answer_example(facts))]
    assert {"updateInvoice", "updateCustomer", "updateCreditNote"} <= set(refused)


def test_read_only_fields_go_and_everything_else_stays_exactly() -> None:
    invoice = {
        "id": "c4ab9593-9c30-4505-82cd-5a366d02ab95",
        "status": "draft",
        "totalAmount": Decimal("64625.00"),
        "customerRef": {"id": "c8468e92-9c26-4678-8ba4-d027a9159731", "name": "John Doe"},
        "lineItems": [
            {
                "id": 40000001,
                "itemType": "salesItem",
                "unitPrice": Decimal("290.50"),
                "itemRef": {"id": "x", "description": "d"},
            },
            {"id": 40000002, "itemType": "descriptionOnlyItem", "description": "Tack!"},
        ],
        "metadata": {"externalId": "order-1"},
    }
    before = copy.deepcopy(invoice)
    assert writable_body(UPDATE_INVOICE, invoice) == {
        "customerRef": {"id": "c8468e92-9c26-4678-8ba4-d027a9159731"},
        "lineItems": [
            {"id": 40000001, "itemType": "salesItem", "unitPrice": Decimal("290.50"), "itemRef": {"id": "x"}},
            {"id": 40000002, "itemType": "descriptionOnlyItem", "description": "Tack!"},
        ],
        "metadata": {"externalId": "order-1"},
    }
    assert invoice == before, "the caller's object is not changed"
    assert writable_body("publishInvoice", invoice) is invoice


def test_update_with_a_fetched_model_sends_only_writable_fields(client: Bokio, stub: Stub) -> None:
    invoice = {
        "id": "c4ab9593-9c30-4505-82cd-5a366d02ab95",
        "type": "invoice",
        "status": "draft",
        "invoiceNumber": None,
        "totalAmount": 100,
        "customerRef": {"id": "c8468e92-9c26-4678-8ba4-d027a9159731", "name": "John Doe"},
        "lineItems": [],
        "invoiceDate": "2026-01-10",
        "dueDate": "2026-02-09",
        "currency": "SEK",
        "currencyRate": 1,
        "paymentReference": None,
        "totalTax": 20,
        "paidAmount": 0,
    }
    stub.json(200, invoice).json(200, invoice)
    fetched = client.invoices.get(invoice["id"])
    client.invoices.update(fetched.id, fetched)
    sent = money.loads(stub.requests[1].content)
    assert stub.requests[1].method == "PUT"
    assert not {"id", "status", "invoiceNumber", "totalAmount"} & set(sent)
    assert sent["customerRef"] == {"id": "c8468e92-9c26-4678-8ba4-d027a9159731"}
