"""Exact amounts in and out: no float anywhere between the wire and the models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from uuid import UUID

import pytest

from bokio.money import dumps, loads, to_decimal


def test_loads_reads_fractions_as_decimal() -> None:
    data = loads(b'{"sumBaseCurrency": 64609.50, "n": 3, "tiny": 0.1}')
    assert data["sumBaseCurrency"] == Decimal("64609.50") and str(data["sumBaseCurrency"]) == "64609.50"
    assert data["tiny"] == Decimal("0.1") and isinstance(data["n"], int)


def test_dumps_writes_decimals_digit_for_digit() -> None:
    body = {"a": Decimal("64609.50"), "b": Decimal("1E+2"), "c": [Decimal("-0.01"), 3, None, True], "d": "Å"}
    assert dumps(body) == b'{"a":64609.50,"b":100,"c":[-0.01,3,null,true],"d":"\\u00c5"}'


def test_dumps_round_trips_through_loads() -> None:
    body = {"amount": Decimal("12925.00"), "when": dt.date(2024, 11, 1), "id": UUID(int=7)}
    assert loads(dumps(body)) == {"amount": Decimal("12925.00"), "when": "2024-11-01", "id": str(UUID(int=7))}


@pytest.mark.parametrize("bad", [0.1, float("nan")])
def test_dumps_refuses_float(bad: float) -> None:
    with pytest.raises(TypeError, match="float"):
        dumps({"amount": bad})


def test_dumps_refuses_non_finite_decimal() -> None:
    with pytest.raises(ValueError):
        dumps({"amount": Decimal("Infinity")})


def test_to_decimal() -> None:
    assert to_decimal("64609.50") == Decimal("64609.50") and to_decimal(5) == Decimal(5)
    with pytest.raises(TypeError):
        to_decimal(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_decimal("12,50")


def test_generated_models_hold_decimals() -> None:
    from bokio_company_api.models.sales_item import SalesItem

    item = SalesItem.from_dict(
        loads(
            b'{"id":"0b6c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e","description":"x","itemType":"salesItem",'
            b'"productType":"goods","unitType":"piece",'
            b'"unitPrice":290,"taxRate":25}'
        )
    )
    assert item.unit_price == Decimal(290) and isinstance(item.unit_price, Decimal)
    assert dumps(item.to_dict()).count(b'"unitPrice":290') == 1
