"""The one check of every request body (:mod:`bokio.validation`, :mod:`bokio.schema`): the request
schema from the spec's tables, then Bokio's own rules, raised before anything is sent."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from bokio_company_api.models.customer_type import CustomerType
from bokio_spec import load
from bokio_spec.checks import REQUEST_BODIES, SCHEMAS
from openapi_schema_validator import OAS30WriteValidator

from bokio import ValidationError, money
from bokio.validation import check_request

CUSTOMER_ID = "c8468e92-9c26-4678-8ba4-d027a9159731"
SALES_LINE = {
    "itemType": "salesItem",
    "description": "Consultancy",
    "productType": "services",
    "unitType": "hour",
    "quantity": 10,
    "unitPrice": Decimal("290.00"),
    "taxRate": 25,
}
INVOICE = {
    "type": "invoice",
    "customerRef": {"id": CUSTOMER_ID},
    "invoiceDate": "2025-03-14",
    "dueDate": "2025-04-13",
    "lineItems": [SALES_LINE, {"itemType": "descriptionOnlyItem", "description": "Thanks!"}],
    "metadata": {"externalId": "CRM-1"},
}


def problems(operation: str, body: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        check_request(operation, body, method="POST", url="u")
    assert caught.value.code == "validation-error" and caught.value.status_code is None
    assert "nothing was sent" in caught.value.message
    return [(e.field, e.message) for e in caught.value.errors]


def fields(operation: str, body: Any) -> list[str]:
    return [field for field, _ in problems(operation, body)]


def test_a_valid_invoice_passes_and_is_sent_as_written() -> None:
    assert check_request("createInvoice", INVOICE) == INVOICE


# --- the request schema -----------------------------------------------------------------------


def test_unknown_keys_are_refused_with_the_closest_name() -> None:
    found = problems("createInvoice", {**INVOICE, "dueDat": "2025-04-13", "lineItemz": []})
    assert found == [
        ("#/dueDat", "is not a field of this object; did you mean 'dueDate'?"),
        ("#/lineItemz", "is not a field of this object; did you mean 'lineItems'?"),
    ]


def test_unknown_keys_in_nested_objects_and_list_items() -> None:
    body = {**INVOICE, "customerRef": {"idd": CUSTOMER_ID}, "lineItems": [{**SALES_LINE, "unitprice": 1}]}
    assert fields("createInvoice", body) == ["#/customerRef/idd", "#/lineItems/0/unitprice"]


def test_missing_required_fields() -> None:
    assert problems("createCustomer", {"type": "company"}) == [("#/name", "is required")]
    line = {key: value for key, value in SALES_LINE.items() if key != "unitPrice"}
    assert fields("createInvoice", {**INVOICE, "lineItems": [line]}) == ["#/lineItems/0/unitPrice"]


def test_read_only_fields_are_known_but_never_required_or_sent() -> None:
    """Answers carry read-only fields; a request shape knows their names (``x-bokio-read-only``)."""
    assert SCHEMAS["CustomerInput"]["properties"]["id"] == {"readOnly": True}
    assert "id" not in SCHEMAS["CustomerInput"].get("required", [])
    customer = {"name": "Fjällbacka Snickeri AB", "type": "company"}
    assert check_request("createCustomer", {**customer, "id": CUSTOMER_ID, "modifiedDateTime": None}) == customer


def test_wrong_types() -> None:
    body = {"name": 5, "type": "company", "address": "Storgatan 1", "contactsDetails": {"name": "x"}}
    assert problems("createCustomer", body) == [
        ("#/name", "must be a string, not int 5"),
        ("#/address", "must be an object, not str 'Storgatan 1'"),
        ("#/contactsDetails", "must be a list, not dict {'name': 'x'}"),
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0.1 + 0.2, "is a float (0.30000000000000004); use Decimal (or int) so the amount is exact"),
        ("abc", "must be a number (int or Decimal), not str 'abc'"),
        ("290", "must be a number (int or Decimal), not str '290'"),
        (True, "must be a number (int or Decimal), not bool True"),
        (Decimal("NaN"), "must be a finite number, not NaN"),
        (Decimal("Infinity"), "must be a finite number, not Infinity"),
        (Decimal("-Infinity"), "must be a finite number, not -Infinity"),
        (Decimal("1e999999"), "is out of range (zero or between 1E-28 and 1E+29 in size, at most 60 digits)"),
        (Decimal("1e-999999"), "is out of range (zero or between 1E-28 and 1E+29 in size, at most 60 digits)"),
        (None, "must not be null"),
    ],
)
def test_amounts_must_be_exact_finite_numbers(value: Any, message: str) -> None:
    body = {**INVOICE, "lineItems": [{**SALES_LINE, "unitPrice": value}]}
    assert problems("createInvoice", body) == [("#/lineItems/0/unitPrice", message)]


def test_floats_are_refused_anywhere() -> None:
    body = {"items": [{"account": 1930, "debit": 100.0}, {"account": 3001, "credit": 100}], "title": "t"}
    assert fields("createJournalEntry", body) == ["#/items/0/debit"]
    assert fields("createInvoice", {**INVOICE, "currencyRate": 1.5}) == ["#/currencyRate"]
    # also where the schema expects an integer or a string
    assert fields(
        "createInvoicePayment", {"date": "2025-03-14", "sumBaseCurrency": 1, "bookkeepingAccountNumber": 1930.0}
    ) == ["#/bookkeepingAccountNumber"]


def test_integers_are_ints_in_their_format_range() -> None:
    payment = {"date": "2025-03-14", "sumBaseCurrency": Decimal("100.00")}
    assert fields("createInvoicePayment", {**payment, "bookkeepingAccountNumber": Decimal(1930)}) == [
        "#/bookkeepingAccountNumber"
    ]
    assert problems("createInvoicePayment", {**payment, "bookkeepingAccountNumber": 2**31}) == [
        ("#/bookkeepingAccountNumber", "is out of the range of int32")
    ]
    check_request("createInvoicePayment", {**payment, "bookkeepingAccountNumber": 1930})


def test_unknown_enum_values_with_the_closest_value() -> None:
    found = problems("createCustomer", {"name": "x", "type": "compny"})
    assert found == [("#/type", "'compny' is not one of 'company', 'private'; did you mean 'company'?")]
    check_request("createCustomer", {"name": "x", "type": CustomerType.COMPANY})  # a generated enum member


def test_discriminator_picks_the_line_shape() -> None:
    assert problems("createInvoice", {**INVOICE, "lineItems": [{"description": "x"}]}) == [
        ("#/lineItems/0/itemType", "is required (one of 'salesItem', 'descriptionOnlyItem')")
    ]
    assert problems("addInvoiceLineItem", {**SALES_LINE, "itemType": "salesitem"}) == [
        ("#/itemType", "'salesitem' is not one of 'salesItem', 'descriptionOnlyItem'; did you mean 'salesItem'?")
    ]
    # a description-only line has no price: its shape, not the sales line's, is checked
    assert fields("createInvoice", {**INVOICE, "lineItems": [{**SALES_LINE, "itemType": "descriptionOnlyItem"}]}) == [
        "#/lineItems/0/productType",
        "#/lineItems/0/unitType",
        "#/lineItems/0/quantity",
        "#/lineItems/0/unitPrice",
        "#/lineItems/0/taxRate",
    ]


def test_catalogue_items_and_payment_recipients_by_discriminator() -> None:
    check_request("createItem", {"itemType": "descriptionOnlyItem", "description": "Heading"})
    assert fields("createItem", {"itemType": "descriptionOnlyItem", "description": "x", "unitPrice": 5}) == [
        "#/unitPrice"
    ]
    payment = {"amount": Decimal("100.00"), "paymentDate": "2025-03-14"}
    to_bankgiro = {"kind": "bankgiro", "recipientName": "AB", "bankgiroNumber": "5432-1098"}
    check_request("createBankPayment", {**payment, "recipientRef": to_bankgiro})
    assert fields("createBankPayment", {**payment, "recipientRef": {**to_bankgiro, "kind": "transfer"}}) == [
        "#/recipientRef/clearingNumber",
        "#/recipientRef/accountNumber",
        "#/recipientRef/bankgiroNumber",
    ]


def test_one_of_without_discriminator_needs_exactly_one_shape() -> None:
    standard = {"date": "2025-03-14", "sumBaseCurrency": Decimal("15.50")}
    check_request("createInvoiceSettlement", {"type": "bankFee", "invoiceSettlementDetails": standard})
    fee = {**standard, "vatScheme": "eu"}
    check_request("createInvoiceSettlement", {"type": "paymentServiceFee", "invoiceSettlementDetails": fee})
    found = problems("createInvoiceSettlement", {"type": "bankFee", "invoiceSettlementDetails": {**fee, "x": 1}})
    assert found == [("#/invoiceSettlementDetails/x", "is not a field of this object")]


def test_nullable_fields_take_null_and_the_others_do_not() -> None:
    check_request("createInvoice", {**INVOICE, "orderNumberReference": None, "contactDetailRef": None})
    assert problems("createInvoice", {**INVOICE, "invoiceDate": None}) == [("#/invoiceDate", "must not be null")]
    assert fields("createInvoice", {**INVOICE, "customerRef": None}) == ["#/customerRef"]


def test_dates_uuids_and_date_times() -> None:
    check_request(
        "createInvoice", {**INVOICE, "invoiceDate": dt.date(2025, 3, 14), "customerRef": {"id": UUID(CUSTOMER_ID)}}
    )
    assert fields("createInvoice", {**INVOICE, "invoiceDate": "14/03/2025"}) == ["#/invoiceDate"]
    assert fields("createInvoice", {**INVOICE, "invoiceDate": "2025-02-30"}) == ["#/invoiceDate"]
    assert fields("createInvoice", {**INVOICE, "invoiceDate": dt.datetime(2025, 3, 14, tzinfo=dt.UTC)}) == [
        "#/invoiceDate"
    ]
    assert fields("createInvoice", {**INVOICE, "customerRef": {"id": "../../x"}}) == ["#/customerRef/id"]
    check_request("createInvoice", {**INVOICE, "publishedDateTime": "2025-03-14T10:00:00Z"})
    assert fields("createInvoice", {**INVOICE, "publishedDateTime": "2025-03-14T10:00:00"}) == ["#/publishedDateTime"]
    assert fields("createInvoice", {**INVOICE, "publishedDateTime": dt.datetime(2025, 3, 14)}) == [
        "#/publishedDateTime"
    ]


def test_bounds_lengths_patterns_and_counts() -> None:
    assert fields("createTagGroup", {"name": "Project", "alias": "PROJ"}) == ["#/alias"]
    assert fields("createJournalEntryComment", {"content": ""}) == ["#/content"]
    tag = {"tagId": CUSTOMER_ID, "weight": 0}
    assert fields("updateJournalEntryTags", {"tags": [tag]}) == ["#/tags/0/weight"]
    check_request("updateJournalEntryTags", {"tags": [{**tag, "weight": Decimal("0.5")}]})
    payments = [{"amount": 1, "paymentDate": "2025-03-14", "recipientRef": {"kind": "x"}}]
    assert fields("createBankPayments", {"payments": []}) == ["#/payments"]
    assert fields("createBankPayments", {"payments": payments}) == ["#/payments/0/recipientRef/kind"]


def test_read_only_fields_are_left_out_whatever_their_value() -> None:
    sent = check_request("createInvoice", {**INVOICE, "id": "not checked", "totalAmount": 1.5, "status": "?"})
    assert sent == INVOICE


def test_pointers_escape_slashes_and_tildes() -> None:
    assert fields("createInvoice", {**INVOICE, "metadata": {"a/b~c": 5}}) == ["#/metadata/a~1b~0c"]


def test_keys_must_be_strings_and_messages_stay_short() -> None:
    assert problems("createCustomer", {"name": "x", "type": "company", 5: "y"}) == [
        ("#", "has a key that is not a string: 5")
    ]
    (field, message), *_ = problems("createCustomer", {"name": "x" * 100_000, "type": "y" * 100_000})
    assert field == "#/type" and len(message) < 200


def test_deeply_nested_values_are_refused_not_recursed() -> None:
    deep: Any = "x"
    for _ in range(100_000):
        deep = [deep]
    assert fields("createCustomer", {"name": deep, "type": "company", "address": {"line1": deep}}) == [
        "#/name",
        "#/address/city",
        "#/address/postalCode",
        "#/address/country",
        "#/address/line1",
    ]


# --- every request schema agrees with the spec ---------------------------------------------------


APIS = ("company", "general", "agency")


def _operations() -> dict[str, tuple[str, dict[str, Any]]]:
    """Every operation with a JSON request body: operation id -> (api, operation)."""
    found = {}
    for api in APIS:
        for item in load(api)["paths"].values():
            for method in ("post", "put", "patch"):
                operation = item.get(method)
                content = (operation or {}).get("requestBody", {}).get("content", {})
                if "application/json" in content:
                    found[operation["operationId"]] = (api, operation)  # type: ignore[index]
    return found


def _oracle_problems(operation_id: str, body: Any) -> list[str]:
    """What openapi-schema-validator, reading the bundled spec itself, finds wrong with ``body``."""
    api, operation = _operations()[operation_id]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    validator = OAS30WriteValidator({**schema, "components": load(api)["components"]})
    return [error.message for error in validator.iter_errors(json.loads(money.dumps(body)))]


def _examples() -> list[tuple[str, Any]]:
    return [
        (operation_id, money.loads(json.dumps(operation["requestBody"]["content"]["application/json"]["example"])))
        for operation_id, (_, operation) in sorted(_operations().items())
    ]


@pytest.mark.parametrize(("operation", "example"), _examples(), ids=[operation for operation, _ in _examples()])
def test_every_request_example_of_the_spec_passes(operation: str, example: Any) -> None:
    assert _oracle_problems(operation, example) == []
    check_request(operation, example)


def test_every_json_request_body_has_a_table() -> None:
    assert {operation for operation, _ in _examples()} == set(REQUEST_BODIES)


# --- Bokio's rules, beyond the schema ----------------------------------------------------------


def test_invoice_tax_rates_and_metadata() -> None:
    body = {
        **INVOICE,
        "lineItems": [
            SALES_LINE,
            {**SALES_LINE, "taxRate": Decimal("20")},
            {"itemType": "descriptionOnlyItem", "description": "x"},
        ],
        "metadata": {"externalId": "EXT-1", "k" * 26: "x"},
    }
    assert fields("createInvoice", body) == ["#/lineItems/1/taxRate", "#/metadata/" + "k" * 26]


def test_metadata_values_are_strings_and_at_most_ten() -> None:
    assert fields("updateInvoice", {**INVOICE, "metadata": {"n": 5}}) == ["#/metadata/n"]
    assert fields("updateInvoice", {**INVOICE, "metadata": {f"k{i}": "v" for i in range(11)}}) == ["#/metadata"]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([{"account": 1930, "debit": 100, "credit": 0}], ["#/items"]),
        ([{"account": 1930, "debit": 100, "credit": 0}, {"account": 3001, "debit": 0, "credit": 90}], ["#/items"]),
        (
            [{"account": 1930, "debit": 100, "credit": 100}, {"account": 3001, "debit": 0, "credit": 0}],
            ["#/items/0", "#/items/1"],
        ),
        (
            [{"account": 1930, "debit": -5, "credit": 0}, {"account": 3001, "debit": 0, "credit": -5}],
            ["#/items/0/debit", "#/items/1/credit"],
        ),
    ],
)
def test_journal_entry_rules(rows: list[dict[str, int]], expected: list[str]) -> None:
    assert fields("createJournalEntry", {"title": "t", "date": "2025-01-01", "items": rows}) == expected


def test_balanced_journal_entry_passes() -> None:
    rows = [
        {"account": 1930, "debit": Decimal("200.00"), "credit": 0},
        {"account": 3011, "debit": 0, "credit": Decimal("160.00")},
        {"account": 2611, "debit": 0, "credit": Decimal("40.00")},
    ]
    check_request("createJournalEntry", {"items": rows})


def test_bokios_rules_read_tuples_as_the_schema_does() -> None:
    """A tuple is a JSON array to the schema check, so Bokio's own rules read it as one too."""
    lines = (SALES_LINE, {**SALES_LINE, "taxRate": Decimal("20")})
    assert fields("createInvoice", {**INVOICE, "lineItems": lines}) == ["#/lineItems/1/taxRate"]
    rows = ({"account": 1930, "debit": 100, "credit": 0}, {"account": 3001, "debit": 0, "credit": 100})
    check_request("createJournalEntry", {"title": "t", "date": "2025-01-01", "items": rows})
