"""What our generator templates (openapi/templates/) make the generated models do when reading JSON.

Amounts become Decimal without passing through float, dates and date-times parse from ISO 8601
(offsets and ``Z`` included), nullable and oneOf fields keep the generator's rules, unknown keys
are kept, and the caller's dict is never changed.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import typing
from decimal import Decimal, InvalidOperation
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
SALES_ITEM = {
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


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (800, Decimal("800")),  # what the façade's decoder gives for 800
        (Decimal("64609.50"), Decimal("64609.50")),  # ... and for 64609.50
        ("64609.50", Decimal("64609.50")),
        (0.1, Decimal("0.1")),  # a float's shortest repr, not 0.1000000000000000055511151231257827…
        (10**30 + 1, Decimal(10**30 + 1)),
    ],
)
def test_amounts_become_exact_decimals(value: object, expected: Decimal) -> None:
    line = JournalEntryLine.from_dict({"debit": value, "credit": 0, "account": 1930})
    assert isinstance(line.debit, Decimal) and str(line.debit) == str(expected)
    assert isinstance(line.credit, Decimal) and line.credit == 0


def test_a_decimal_is_kept_as_it_is() -> None:
    amount = Decimal("1.10")
    assert JournalEntryLine.from_dict({"debit": amount}).debit is amount


@pytest.mark.parametrize("value", [True, "12,50", "abc"])
def test_what_is_not_a_number_is_refused(value: object) -> None:
    with pytest.raises(InvalidOperation):
        JournalEntryLine.from_dict({"debit": value})


def test_amounts_through_the_facade_decoder_never_touch_float() -> None:
    item = SalesItem.from_dict(
        money.loads(
            b'{"description":"A","itemType":"salesItem","productType":"goods",'
            b'"unitType":"piece","unitPrice":0.10000000000000000001,"taxRate":25}'
        )
    )
    assert str(item.unit_price) == "0.10000000000000000001"
    assert item.to_dict()["unitPrice"] is item.unit_price


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
    assert JournalEntry.from_dict({"items": [], "date": "2025-03-17"}).date == dt.date(2025, 3, 17)
    with pytest.raises(ValueError):
        JournalEntry.from_dict({"items": [], "date": "17/03/2025"})


def test_nullable_fields_keep_the_generators_rules() -> None:
    entry = JournalEntry.from_dict({"items": [], "reversingJournalEntryId": None})
    assert entry.reversing_journal_entry_id is None  # null stays None
    assert entry.reversed_by_journal_entry_id is UNSET  # absent stays UNSET
    entry = JournalEntry.from_dict({"items": [], "reversingJournalEntryId": ENTRY_ID})
    assert entry.reversing_journal_entry_id == UUID(ENTRY_ID)
    entry = JournalEntry.from_dict({"items": [], "reversingJournalEntryId": "not-a-uuid"})
    assert entry.reversing_journal_entry_id == "not-a-uuid"  # a value no variant reads is kept as it came


def test_one_of_picks_the_variant_that_reads() -> None:
    invoice = Invoice.from_dict(_invoice())
    assert [type(line) for line in invoice.line_items] == [SalesInvoiceLine, SalesInvoiceLine]
    line = {"itemType": "descriptionOnlyItem", "description": "Project Älvsborg"}
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


def _invoice() -> dict[str, Any]:
    return money.loads(json.dumps(_example("/companies/{companyId}/invoices/{invoiceId}")))  # type: ignore[no-any-return]
