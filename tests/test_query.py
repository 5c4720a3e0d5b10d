"""The filter-query builder: rendering, field checks, and refusal of unsafe values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from uuid import UUID

import pytest

from bokio import Q, QueryError
from bokio.query import compile_query

INVOICE_FIELDS = {
    "status": "enum",
    "totalAmount": "number",
    "invoiceDate": "date",
    "customerRef": "string",
    "metadata.*": "string",
}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (Q.status == "published", "status==published"),
        (Q.status != "draft", "status!=draft"),
        ((Q.status == "published") & (Q.totalAmount > 1000), "status==published&&totalAmount>1000"),
        ((Q.status == "published") | (Q.status == "paid"), "status==published||status==paid"),
        (Q.totalAmount >= Decimal("64609.50"), "totalAmount>=64609.50"),
        (Q.invoiceDate < dt.date(2025, 2, 1), "invoiceDate<2025-02-01"),
        (Q.customerRef.contains("John Doe"), "customerRef~John Doe"),
        (Q.metadata.externalId == "EXT-12345", "metadata.externalId==EXT-12345"),
        # Bokio has no parentheses: (a | b) & c is written in OR-of-ANDs form, meaning the same.
        (
            ((Q.status == "published") | (Q.status == "paid")) & (Q.totalAmount > 100),
            "status==published&&totalAmount>100||status==paid&&totalAmount>100",
        ),
    ],
)
def test_renders_expressions(expression: object, expected: str) -> None:
    assert compile_query(expression, INVOICE_FIELDS) == expected  # type: ignore[arg-type]


def test_datetime_is_written_in_utc() -> None:
    when = dt.datetime(2025, 1, 29, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (
        compile_query(Q.modifiedDateTime > when, {"modifiedDateTime": "datetime"})
        == "modifiedDateTime>2025-01-29T14:30:00Z"
    )


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(QueryError, match="time zone"):
        str(Q.modifiedDateTime > dt.datetime(2025, 1, 1))


@pytest.mark.parametrize("value", ["a&&b", "x||y", "a==b", "1>0", "a~b", "a!=b", "line\nbreak", " padded", ""])
def test_values_that_would_change_the_meaning_are_refused(value: str) -> None:
    with pytest.raises(QueryError):
        Q.customerRef == value  # noqa: B015 - the comparison itself must raise


def test_unknown_field_fails_before_sending_with_a_hint() -> None:
    with pytest.raises(QueryError, match="did you mean 'totalAmount'"):
        compile_query(Q.totalAmout > 5, INVOICE_FIELDS, "invoices.list")


def test_operator_must_fit_the_field_type() -> None:
    with pytest.raises(QueryError, match="does not apply"):
        compile_query(Q.customerRef > "A", INVOICE_FIELDS)
    with pytest.raises(QueryError, match="does not apply"):
        compile_query(Q.totalAmount.contains("1"), INVOICE_FIELDS)


def test_number_field_refuses_float_and_wrong_types() -> None:
    with pytest.raises(QueryError):
        Q.totalAmount > 10.5  # noqa: B015
    with pytest.raises(QueryError):
        compile_query(Q.totalAmount > dt.date(2025, 1, 1), INVOICE_FIELDS)


def test_metadata_keys_allowed_only_where_metadata_is_filterable() -> None:
    with pytest.raises(QueryError, match="unknown filter field"):
        compile_query(Q.metadata.externalId == "x", {"status": "enum"})


def test_raw_strings_pass_unchanged() -> None:
    assert compile_query("status==published&&totalAmount>1000", INVOICE_FIELDS) == "status==published&&totalAmount>1000"


def test_uuid_and_bool_values() -> None:
    uid = UUID("4f3d1c52-8b1e-4a53-9a1b-2f6c0e7d9a10")
    assert compile_query(Q["supplierRef.id"] == uid, {"supplierRef.id": "string"}) == f"supplierRef.id=={uid}"
    assert compile_query(Q.hasBBA == True, {"hasBBA": "boolean"}) == "hasBBA==true"  # noqa: E712


def test_query_reaches_the_wire_encoded(client, stub) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import page

    stub.json(200, page([], 1, 0, 0))
    list(client.items.list(query=(Q.unitPrice > 100) & (Q.description.contains("A&B"))))
    assert stub.requests[0].url.params["query"] == "unitPrice>100&&description~A&B"
