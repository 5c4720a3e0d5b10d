"""What our generator templates (openapi/templates/) make the generated models do when reading JSON.

Amounts become Decimal without passing through float, dates and date-times parse from ISO 8601
(offsets and ``Z`` included), nullable and oneOf fields keep the generator's rules, unknown keys
are kept, and the caller's dict is never changed.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import json
import textwrap
import typing
from decimal import Decimal
from importlib import import_module
from typing import Any
from uuid import UUID

import attrs
import pytest
from bokio_company_api.models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from bokio_company_api.models.invoice import Invoice
from bokio_company_api.models.journal_entry import JournalEntry
from bokio_company_api.models.journal_entry_line import JournalEntryLine
from bokio_company_api.models.sales_invoice_line import SalesInvoiceLine
from bokio_company_api.models.sales_item import SalesItem
from bokio_company_api.types import UNSET
from bokio_spec import load

from bokio import money

ENTRY_ID = "2b8e5d31-9f04-4c6a-b7e2-0d5a3c9f1e84"
LINE_ID = 40000001
SALES_ITEM = {
    "id": "0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e",
    "description": "Consultancy",
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "hour",
    "unitPrice": 290,
    "taxRate": 25,
}


def _example(path: str) -> dict[str, Any]:
    example: dict[str, Any] = load("company")["paths"][path]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    return example


def _line(**fields: Any) -> dict[str, Any]:
    return {"id": LINE_ID, "account": 1930, "debit": 0, "credit": 0, **fields}


def _entry(**fields: Any) -> dict[str, Any]:
    return {"id": ENTRY_ID, "journalEntryNumber": "V12", "title": "Rent", "date": "2025-03-17", "items": [], **fields}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (800, Decimal("800")),  # what the façade's decoder gives for 800
        (Decimal("64609.50"), Decimal("64609.50")),  # ... and for 64609.50
        (10**30 + 1, Decimal(10**30 + 1)),
    ],
)
def test_amounts_become_exact_decimals(value: object, expected: Decimal) -> None:
    line = JournalEntryLine.from_dict(_line(debit=value))
    assert isinstance(line.debit, Decimal) and str(line.debit) == str(expected)
    assert isinstance(line.credit, Decimal) and line.credit == 0


def test_a_decimal_is_kept_as_it_is() -> None:
    amount = Decimal("1.10")
    assert JournalEntryLine.from_dict(_line(debit=amount)).debit is amount


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (True, TypeError),
        ("64609.50", TypeError),  # a JSON string is not a JSON number
        ("abc", TypeError),
        (0.1, TypeError),  # a float has already been rounded
        (float("nan"), TypeError),  # what json.loads makes of NaN
        (Decimal("NaN"), ValueError),
        (Decimal("-Infinity"), ValueError),
        (None, TypeError),
    ],
)
def test_what_is_not_a_finite_number_is_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="debit must be a"):
        JournalEntryLine.from_dict(_line(debit=value))


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", 5), ("title", None), ("journalEntryNumber", ["V12"]), ("items", "abc"), ("items", {"a": 1})],
)
def test_a_value_of_the_wrong_json_type_is_refused(field: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"{field} must be"):
        JournalEntry.from_dict(_entry(**{field: value}))


def test_integers_and_booleans_are_not_each_other() -> None:
    with pytest.raises(TypeError, match="account must be an integer, not bool"):
        JournalEntryLine.from_dict(_line(account=True))
    with pytest.raises(TypeError, match="account must be an integer, not Decimal"):
        JournalEntryLine.from_dict(_line(account=Decimal("1930.5")))


def test_a_field_bokio_always_sends_is_required_and_typed_plainly() -> None:
    with pytest.raises(KeyError, match="id"):
        JournalEntry.from_dict({key: value for key, value in _entry().items() if key != "id"})
    entry = JournalEntry.from_dict(_entry())
    assert typing.get_type_hints(JournalEntry)["id"] is UUID and entry.id == UUID(ENTRY_ID)
    assert typing.get_type_hints(Invoice)["total_amount"] is Decimal


def test_amounts_through_the_facade_decoder_never_touch_float() -> None:
    item = SalesItem.from_dict(
        money.loads(
            b'{"id":"0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e","description":"A","itemType":"salesItem",'
            b'"productType":"goods","unitType":"piece","unitPrice":0.10000000000000000001,"taxRate":25}'
        )
    )
    assert str(item.unit_price) == "0.10000000000000000001"
    assert item.to_dict()["unitPrice"] is item.unit_price


def test_repr_shows_what_is_set() -> None:
    entry = JournalEntry.from_dict(_entry())
    text = repr(entry)
    assert text.startswith("JournalEntry(") and "Unset object" not in text and "UNSET" not in text
    assert f"id=UUID('{ENTRY_ID}')" in text and "reversing_journal_entry_id" not in text
    assert repr(UNSET) == "UNSET"


def test_a_fetched_model_becomes_its_request_shape_without_read_only_fields() -> None:
    from bokio_company_api.models.invoice_input import InvoiceInput

    fetched = Invoice.from_dict(_invoice())
    request = InvoiceInput.from_dict(fetched.to_dict()).to_dict()
    assert not {"id", "totalAmount", "status", "invoiceNumber", "paidAmount"} & set(request)
    assert request["customerRef"] == {"id": fetched.to_dict()["customerRef"]["id"]}
    assert request["lineItems"] == [
        {key: value for key, value in line.items()} for line in fetched.to_dict()["lineItems"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-01T14:05:10Z", dt.datetime(2024, 10, 1, 14, 5, 10, tzinfo=dt.UTC)),
        ("2024-10-01T16:05:10+02:00", dt.datetime(2024, 10, 1, 14, 5, 10, tzinfo=dt.UTC)),
        ("2024-10-01T14:05:10.123456-05:30", dt.datetime(2024, 10, 1, 19, 35, 10, 123456, tzinfo=dt.UTC)),
        ("2024-10-01T14:05:10.5Z", dt.datetime(2024, 10, 1, 14, 5, 10, 500000, tzinfo=dt.UTC)),
    ],
)
def test_date_times_with_offsets_parse(text: str, expected: dt.datetime) -> None:
    invoice = Invoice.from_dict({**_invoice(), "publishedDateTime": text})
    assert isinstance(invoice.published_date_time, dt.datetime)
    assert invoice.published_date_time == expected
    assert invoice.published_date_time.utcoffset() is not None  # stays aware


def test_dates_parse_and_a_bad_date_fails() -> None:
    assert JournalEntry.from_dict(_entry(date="2025-03-17")).date == dt.date(2025, 3, 17)
    with pytest.raises(ValueError):
        JournalEntry.from_dict(_entry(date="17/03/2025"))


def test_nullable_fields_keep_null_apart_from_absent_and_refuse_the_rest() -> None:
    entry = JournalEntry.from_dict(_entry(reversingJournalEntryId=None))
    assert entry.reversing_journal_entry_id is None  # null stays None
    assert entry.reversed_by_journal_entry_id is UNSET  # absent stays UNSET
    entry = JournalEntry.from_dict(_entry(reversingJournalEntryId=ENTRY_ID))
    assert entry.reversing_journal_entry_id == UUID(ENTRY_ID)
    with pytest.raises(ValueError):
        JournalEntry.from_dict(_entry(reversingJournalEntryId="not-a-uuid"))
    with pytest.raises(TypeError):
        JournalEntry.from_dict(_entry(reversingJournalEntryId=5))


def test_one_of_picks_the_variant_that_reads() -> None:
    invoice = Invoice.from_dict(_invoice())
    assert [type(line) for line in invoice.line_items] == [SalesInvoiceLine, SalesInvoiceLine]
    line = {"id": LINE_ID, "itemType": "descriptionOnlyItem", "description": "Project Älvsborg"}
    invoice = Invoice.from_dict({**_invoice(), "lineItems": [line]})
    assert [type(line) for line in invoice.line_items] == [DescriptionOnlyInvoiceLine]


def test_unknown_keys_are_kept_and_the_callers_dict_is_not_changed() -> None:
    source = {**SALES_ITEM, "newField": {"nested": [1]}}
    before = json.dumps(source, sort_keys=True)
    item = SalesItem.from_dict(source)
    assert item.additional_properties == {"newField": {"nested": [1]}}
    assert item.to_dict()["newField"] == {"nested": [1]}
    assert json.dumps(source, sort_keys=True) == before
    plain = SalesItem.from_dict(SALES_ITEM)
    assert plain.additional_properties == {}
    plain["later"] = 1  # each model has its own dict
    assert SalesItem.from_dict(SALES_ITEM).additional_properties == {}


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/companies/{companyId}/invoices/{invoiceId}", Invoice),
        ("/companies/{companyId}/journal-entries/{journalEntryId}", JournalEntry),
    ],
)
def test_spec_examples_read_and_write_back(path: str, model: Any) -> None:
    example = money.loads(json.dumps(_example(path)))
    first = model.from_dict(example)
    written = money.loads(money.dumps(first.to_dict()))
    assert written.keys() == example.keys()
    assert model.from_dict(written) == first  # ("…Z" is written back as "…+00:00", the same instant)


@pytest.mark.parametrize("package", ["bokio_company_api", "bokio_general_api"])
def test_every_models_annotations_resolve(package: str) -> None:
    """Nested models are imported at module level (after the class), not only for type checkers."""
    models = import_module(f"{package}.models")
    for name in models.__all__:
        cls = getattr(models, name)
        if hasattr(cls, "from_dict"):
            typing.get_type_hints(cls)


@pytest.mark.parametrize("package", ["bokio_company_api", "bokio_general_api", "bokio_agency_api"])
def test_from_dict_hands_each_field_to_its_own_attribute(package: str) -> None:
    """from_dict builds the model with positional arguments (the cheaper call): each argument is
    the variable of the attribute at that position, so that no two fields can trade places."""
    models = import_module(f"{package}.models")
    checked = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not attrs.has(cls):
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))
        (call,) = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
        ]
        assert not call.keywords, name
        arguments = [argument.id for argument in call.args if isinstance(argument, ast.Name)]
        assert arguments == [field.name for field in attrs.fields(cls) if field.init], name
        checked += 1
    assert checked >= 5


def _invoice() -> dict[str, Any]:
    return money.loads(json.dumps(_example("/companies/{companyId}/invoices/{invoiceId}")))  # type: ignore[no-any-return]
