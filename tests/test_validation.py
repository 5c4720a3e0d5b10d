"""Client-side checks of Bokio's documented rules, raised before anything is sent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bokio import ValidationError
from bokio.validation import check_request


def fields(operation: str, body: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        check_request(operation, body, method="POST", url="u")
    assert caught.value.code == "validation-error" and caught.value.status_code is None
    return [e.field for e in caught.value.errors]


def test_invoice_tax_rates_and_metadata() -> None:
    body = {
        "lineItems": [
            {"itemType": "salesItem", "taxRate": 25},
            {"itemType": "salesItem", "taxRate": Decimal("20")},
            {"itemType": "descriptionOnlyItem"},
        ],
        "metadata": {"externalId": "EXT-1", "k" * 26: "x", "n": 5},
    }
    assert fields("createInvoice", body) == ["#/lineItems/1/taxRate", "#/metadata/" + "k" * 26, "#/metadata/n"]


def test_metadata_key_count() -> None:
    assert fields("updateInvoice", {"metadata": {f"k{i}": "v" for i in range(11)}}) == ["#/metadata"]


def test_valid_invoice_passes() -> None:
    body = {"lineItems": [{"itemType": "salesItem", "taxRate": r} for r in (0, 6, 12, 25)], "metadata": {"a": "b"}}
    check_request("createInvoice", body, method="POST", url="u")


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
            ["#/items/0", "#/items/1"],
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
    check_request("createJournalEntry", {"items": rows}, method="POST", url="u")
