"""Properties (hypothesis) of the query builder, the money codec and the client-side validators.

Each expectation is computed independently of the code under test: the query is parsed back with a
small parser of Bokio's grammar, money is compared with ``format(d, "f")`` and exact fractions,
and journal entries are judged by a re-statement of Bokio's rules.

The edge cases these properties found (a value starting with ``=`` or ending with ``&``/``|``,
datetimes at the edge of the range, non-finite amounts, imbalances beyond 28 digits) are pinned by
their own tests below. One known limitation stays ``xfail(strict=True)``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import re
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bokio import Q, QueryError, ValidationError
from bokio.money import decimal_problem, dumps, loads, to_decimal
from bokio.query import Condition, Expression, Field, compile_query
from bokio.validation import check_request

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- the query builder ------------------------------------------------------------------------

FIELDS = {
    "status": "enum",
    "totalAmount": "number",
    "count": "integer",
    "invoiceDate": "date",
    "modifiedDateTime": "datetime",
    "name": "string",
    "customerId": "uuid",
    "hasBBA": "boolean",
    "metadata.*": "string",
}
OPERATORS = ["==", "!=", ">", "<", ">=", "<=", "~"]
UTC = dt.UTC


class Status(Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    WEIRD = "a||b"


# Operator characters and joiners, over-represented so that unsafe values are tried often.
_TRICKY = st.text(alphabet="ab1 =<>!~&|.-_\n", max_size=8)
_OFFSETS = st.builds(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)), st.integers(min_value=-23 * 60, max_value=23 * 60)
)
VALUES: st.SearchStrategy[Any] = st.one_of(
    _TRICKY,
    st.text(max_size=8),
    st.integers(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    # The whole range: at the edges, conversion to UTC overflows and must be refused with QueryError.
    st.datetimes(timezones=st.none() | st.just(UTC) | _OFFSETS),
    st.uuids(),
    st.floats(),
    st.sampled_from(Status),
    st.none(),
)
FIELD_NAMES = st.one_of(
    st.sampled_from([f for f in FIELDS if f != "metadata.*"]),
    st.from_regex(r"metadata\.[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True),
    st.builds(lambda key: f"metadata.{key}", st.text(alphabet="ab_1.=&| ", max_size=4)),
    st.just("totalAmout"),  # a typo
)
_COMPARE = {
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
    ">=": operator.ge,
    "<=": operator.le,
    "~": Field.contains,
}


def _leaves(tree: Any) -> list[tuple[str, str, Any]]:
    if tree[0] in ("and", "or"):
        return _leaves(tree[1]) + _leaves(tree[2])
    return [tree]


def build(tree: Any) -> Condition | Expression:
    """The expression written with the public builder: ``Q[...] == value``, ``&``, ``|``."""
    if tree[0] == "and":
        return build(tree[1]) & build(tree[2])
    if tree[0] == "or":
        return build(tree[1]) | build(tree[2])
    field, op, value = tree
    result: Condition = _COMPARE[op](Q[field], value)
    return result


def expected_dnf(tree: Any) -> list[list[tuple[str, str, str]]]:
    """The OR of ANDs the tree means, expanded independently of bokio.query."""
    if tree[0] == "or":
        return expected_dnf(tree[1]) + expected_dnf(tree[2])
    if tree[0] == "and":
        return [left + right for left in expected_dnf(tree[1]) for right in expected_dnf(tree[2])]
    field, op, value = tree
    return [[(field, op, wire_text(value))]]


def wire_text(value: Any) -> str:
    """How the filter language writes a value (Bokio's filtering guide), restated for the test."""
    if isinstance(value, Enum):
        value = value.value
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_CONDITION = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(==|!=|>=|<=|>|<|~)(.*)", re.DOTALL)


def parse(query: str) -> list[list[tuple[str, str, str]]]:
    """Bokio's grammar, no parentheses: split on ``||``, then ``&&``, then the (longest) operator."""
    result = []
    for conjunction in query.split("||"):
        conditions = []
        for text in conjunction.split("&&"):
            match = _CONDITION.fullmatch(text)
            assert match is not None, f"{text!r} in {query!r} is not a condition"
            conditions.append((match[1], match[2], match[3]))
        result.append(conditions)
    return result


# Values that are plainly safe for each field type, with the operators that type admits.
_SAFE_TEXT = st.from_regex(r"[A-Za-z0-9_.\-]([A-Za-z0-9_.\- ]{0,10}[A-Za-z0-9_.\-])?", fullmatch=True)
_SAFE = {
    "status": (["==", "!="], st.sampled_from(["draft", "published"]) | st.sampled_from([Status.DRAFT])),
    "totalAmount": (
        ["==", "!=", ">", "<", ">=", "<="],
        st.integers() | st.decimals(allow_nan=False, allow_infinity=False),
    ),
    "count": (["==", "!=", ">", "<", ">=", "<="], st.integers()),
    "invoiceDate": (["==", "!=", ">", "<", ">=", "<="], st.dates()),
    "modifiedDateTime": (
        ["==", "!=", ">", "<", ">=", "<="],
        st.datetimes(min_value=dt.datetime(2, 1, 1), max_value=dt.datetime(9998, 12, 31), timezones=_OFFSETS),
    ),
    "name": (["==", "!=", "~"], _SAFE_TEXT),
    "customerId": (["==", "!="], st.uuids()),
    "hasBBA": (["==", "!="], st.booleans()),
    "metadata.externalId": (["==", "!=", "~"], _SAFE_TEXT),
}


@st.composite
def safe_leaves(draw: st.DrawFn) -> tuple[str, str, Any]:
    field = draw(st.sampled_from(sorted(_SAFE)))
    operators, values = _SAFE[field]
    return field, draw(st.sampled_from(operators)), draw(values)


# Leaves: well-typed and safe, well-typed but with operator characters, or anything at all.
LEAVES = st.one_of(
    safe_leaves(),
    st.tuples(st.sampled_from(["name", "metadata.externalId", "status"]), st.sampled_from(["==", "!=", "~"]), _TRICKY),
    st.tuples(st.sampled_from(["totalAmount", "invoiceDate"]), st.sampled_from([">", "<", ">=", "<="]), _TRICKY),
    st.tuples(FIELD_NAMES, st.sampled_from(OPERATORS), VALUES),
)
# A tree of conditions joined by & and |: ("and" | "or", left, right) or a leaf (field, op, value).
TREES = st.recursive(
    LEAVES, lambda children: st.tuples(st.sampled_from(["and", "or"]), children, children), max_leaves=5
)


@SETTINGS
@given(TREES)
def test_query_round_trips_or_is_refused(tree: Any) -> None:
    try:
        compiled = compile_query(build(tree), FIELDS, "invoices.list")
    except QueryError:
        event("refused")
        return  # refused before sending: fine (whether refusals are justified is the next property)
    event("compiled")
    assert parse(compiled) == expected_dnf(tree)


@SETTINGS
@given(st.recursive(safe_leaves(), lambda c: st.tuples(st.sampled_from(["and", "or"]), c, c), max_leaves=5))
def test_safe_values_of_the_right_type_are_never_refused(tree: Any) -> None:
    assert parse(compile_query(build(tree), FIELDS)) == expected_dnf(tree)


@pytest.mark.parametrize(("field", "op"), [("totalAmount", ">"), ("invoiceDate", "<")])
def test_value_starting_with_equals_does_not_change_the_operator(field: str, op: str) -> None:
    tree = (field, op, "=1000")
    try:
        compiled = compile_query(build(tree), FIELDS)
    except QueryError:
        return
    assert parse(compiled) == expected_dnf(tree), compiled


@pytest.mark.parametrize("joiner", ["and", "or"])
def test_value_ending_with_a_joiner_character_does_not_change_the_split(joiner: str) -> None:
    tree = (joiner, ("name", "==", "a&" if joiner == "and" else "a|"), ("status", "==", "paid"))
    try:
        compiled = compile_query(build(tree), FIELDS)
    except QueryError:
        return
    assert parse(compiled) == expected_dnf(tree), compiled


@pytest.mark.parametrize(
    "when",
    [
        dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5))),
        dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ],
)
def test_datetime_at_the_edges_is_refused_with_query_error(when: dt.datetime) -> None:
    with pytest.raises(QueryError):
        compile_query(Q.modifiedDateTime > when, FIELDS)


# --- money --------------------------------------------------------------------------------------

# Finite Decimals with any exponent; those Bokio can hold (below 1E+29, none below 1E-28, at most
# 60 digits: money.AMOUNTS) round-trip, the others are refused both ways.
ANY_DECIMALS = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
    st.integers(0, 1),
    st.lists(st.integers(0, 9), min_size=1, max_size=40),
    st.integers(-4000, 4000),
) | st.decimals(allow_nan=False, allow_infinity=False)
DECIMALS = st.builds(
    lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
    st.integers(0, 1),
    st.lists(st.integers(0, 9), min_size=1, max_size=29),
    st.integers(-28, 0),
) | st.decimals(min_value=-(10**28), max_value=10**28, places=6, allow_nan=False, allow_infinity=False)


@SETTINGS
@given(ANY_DECIMALS)
def test_amounts_out_of_range_are_neither_sent_nor_read(amount: Decimal) -> None:
    if decimal_problem(amount) is None:
        assert loads(dumps(amount)) == amount
        return
    event("out of range")
    with pytest.raises(ValueError):
        dumps(amount)
    text = str(amount)  # an exponent form: what a hostile server could send
    with pytest.raises(ValueError):
        loads(text if ("E" in text or "." in text) else text + ".0")


@SETTINGS
@given(DECIMALS)
def test_money_round_trips_digit_for_digit(amount: Decimal) -> None:
    wire = dumps(amount)
    assert wire == format(amount, "f").encode()  # never a float-rounded or exponent form
    assert dumps({"sumBaseCurrency": [amount]}) == b'{"sumBaseCurrency":[' + wire + b"]}"
    back = loads(wire)
    assert back == amount
    if amount.as_tuple().exponent < 0:  # type: ignore[operator]
        assert isinstance(back, Decimal) and back.as_tuple() == amount.as_tuple()  # same digits, same scale
    else:
        assert type(back) is int
    assert Fraction(back) == Fraction(amount)


@SETTINGS
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_are_always_refused(value: float) -> None:
    for body in (value, {"amount": value}, [Decimal("1.00"), value], {"a": {"b": [value]}}):
        with pytest.raises(TypeError, match="float"):
            dumps(body)
    with pytest.raises(TypeError):
        to_decimal(value)


@pytest.mark.xfail(
    strict=True,
    raises=ValueError,
    reason="limitation: bokio.money.loads parses JSON integers with int(), which CPython refuses beyond 4300 "
    "digits, so dumps(Decimal('1E+5000')) cannot be read back by loads",
)
def test_money_round_trips_huge_integral_amounts() -> None:
    assert loads(dumps(Decimal("1E+5000"))) == Decimal("1E+5000")


# --- validators ---------------------------------------------------------------------------------

POSITIVE: st.SearchStrategy[Any] = st.one_of(
    st.integers(min_value=1, max_value=10**9),
    st.decimals(min_value=Decimal("0.01"), max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
)
AMOUNTS: st.SearchStrategy[Any] = st.one_of(
    POSITIVE,
    st.integers(min_value=-3, max_value=3),
    st.sampled_from([0, Decimal("0.00"), Decimal("-0"), Decimal("-0.01")]),
)
ODD_AMOUNTS: st.SearchStrategy[Any] = st.sampled_from([None, True, False, "100", 1.5, 0.0])


@st.composite
def journal_rows(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 30)) == 0:
        return draw(st.sampled_from([None, {}, "rows", ({"debit": 1},)]))
    rows: list[Any] = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 12))
        if kind == 0:  # not a row at all
            rows.append(draw(st.sampled_from([None, "row", 5])))
            continue
        row: dict[str, Any] = {"account": draw(st.sampled_from([1930, 3001, 2611]))}
        side = draw(st.sampled_from(["both", "neither"]) if kind == 1 else st.sampled_from(["debit", "credit"]))
        amount = draw(ODD_AMOUNTS if kind == 2 else AMOUNTS if kind == 3 else POSITIVE)
        if side in ("debit", "both"):
            row["debit"] = amount
        if side in ("credit", "both"):
            row["credit"] = draw(AMOUNTS) if side == "both" else amount
        if side in ("debit", "credit") and draw(st.booleans()):
            row["credit" if side == "debit" else "debit"] = 0  # the other side written out as zero
        rows.append(row)
    if draw(st.integers(0, 3)) > 0:  # balance what there is with one more row, so both outcomes are common
        numbers = [r for r in rows if isinstance(r, dict) and all(_is_number(r.get(k, 0)) for k in ("debit", "credit"))]
        gap = sum(Fraction(r.get("debit", 0)) - Fraction(r.get("credit", 0)) for r in numbers)
        amount = Decimal(gap.numerator) / Decimal(gap.denominator)
        if gap > 0:
            rows.append({"account": 2611, "debit": 0, "credit": amount})
        elif gap < 0:
            rows.append({"account": 1930, "debit": -amount})
        rows = draw(st.permutations(rows))
    return rows


def _is_number(value: Any) -> bool:
    return type(value) in (int, Decimal)


def journal_entry_is_valid(rows: Any) -> bool:
    """Bokio's rules, restated: ≥ 2 rows, each exactly one positive side and no negative, balanced."""
    if not isinstance(rows, list) or len(rows) < 2:
        return False
    balance = Fraction(0)
    for row in rows:
        if not isinstance(row, dict):
            return False
        debit, credit = row.get("debit", 0), row.get("credit", 0)
        if not (_is_number(debit) and _is_number(credit)):
            return False
        if debit < 0 or credit < 0 or (debit > 0) == (credit > 0):
            return False
        balance += Fraction(debit) - Fraction(credit)
    return balance == 0


@SETTINGS
@given(journal_rows())
def test_journal_entry_accepted_iff_valid(rows: Any) -> None:
    body = {"title": "Kontantförsäljning", "date": "2025-03-14", "items": rows}
    try:
        check_request("createJournalEntry", body, method="POST", url="u")
        accepted = True
    except ValidationError as error:
        accepted = False
        assert error.errors and all(re.fullmatch(r"#/items(/\d+(/debit|/credit)?)?", e.field) for e in error.errors)
    event("accepted" if accepted else "refused")
    assert accepted == journal_entry_is_valid(rows)


def test_imbalance_beyond_28_digits_is_caught() -> None:
    rows = [
        {"debit": Decimal("1E+28"), "credit": 0},
        {"debit": 1, "credit": 0},
        {"debit": 0, "credit": Decimal("1E+28")},
    ]
    assert not journal_entry_is_valid(rows)
    with pytest.raises(ValidationError):
        check_request("createJournalEntry", {"items": rows}, method="POST", url="u")
    assert [decimal_problem(Decimal(row["debit"])) for row in rows] == [None, None, None], "all in range"


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("createJournalEntry", {"items": [{"debit": Decimal("NaN"), "credit": 0}, {"debit": 0, "credit": 1}]}),
        ("createInvoice", {"lineItems": [{"itemType": "salesItem", "taxRate": Decimal("sNaN")}]}),
    ],
)
def test_non_finite_amounts_are_a_validation_error(operation: str, body: Any) -> None:
    with pytest.raises(ValidationError):
        check_request(operation, body, method="POST", url="u")


TAX_RATES: st.SearchStrategy[Any] = st.one_of(
    st.integers(min_value=-30, max_value=30),
    st.sampled_from([0, 6, 12, 25, Decimal("25.00"), Decimal("6.0"), Decimal("0E+3"), Decimal("-0"), Decimal("12.5")]),
    st.decimals(min_value=-30, max_value=30, allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal("NaN"), Decimal("Infinity")]),
    st.floats(),
    st.booleans(),
    st.sampled_from(["25", None]),
)


@SETTINGS
@given(TAX_RATES, st.sampled_from(["createInvoice", "updateInvoice", "addInvoiceLineItem", "createItem"]))
def test_tax_rate_accepted_iff_one_of_the_swedish_rates(rate: Any, operation: str) -> None:
    line = {"itemType": "salesItem", "description": "x", "productType": "services", "unitPrice": 100, "taxRate": rate}
    line.update({"unitType": "piece"} if operation == "createItem" else {"quantity": 1})
    body = {"invoiceDate": "2025-03-14", "lineItems": [line]} if operation.endswith("Invoice") else line
    expected = _is_number(rate) and rate.is_finite() if isinstance(rate, Decimal) else _is_number(rate)
    expected = expected and Fraction(rate) in {Fraction(0), Fraction(6), Fraction(12), Fraction(25)}
    try:
        check_request(operation, body, method="POST", url="u")
        accepted = True
    except ValidationError as error:
        accepted = False
        assert [e.field for e in error.errors] == ["#/lineItems/0/taxRate" if "lineItems" in body else "#/taxRate"]
    event("accepted" if accepted else "refused")
    assert accepted == expected


@SETTINGS
@given(TAX_RATES)
def test_description_only_lines_have_no_tax_rate(rate: Any) -> None:
    body = {"invoiceDate": "2025-03-14", "lineItems": [{"itemType": "descriptionOnlyItem", "description": "x"}]}
    check_request("createInvoice", body, method="POST", url="u")
    body["lineItems"][0]["taxRate"] = rate
    with pytest.raises(ValidationError) as caught:
        check_request("createInvoice", body, method="POST", url="u")
    assert [e.field for e in caught.value.errors] == ["#/lineItems/0/taxRate"]
    assert "not a field" in caught.value.errors[0].message


# --- SIE parser -----------------------------------------------------------------------------------

# tests/test_sie.py already feeds the parser random lines and random bytes. Here: a valid file with
# a few characters replaced, inserted or deleted, which reaches deeper parser states (inside a
# voucher block, half-quoted fields, broken object lists) than random text does.
VALID_SIE = "\n".join(
    [
        "#FLAGGA 0",
        '#PROGRAM "Bokio" 1.0',
        "#FORMAT PC8",
        "#GEN 20250314",
        "#SIETYP 4",
        '#FNAMN "Kafé Lärkan AB"',
        "#ORGNR 556677-8899",
        "#RAR 0 20250101 20251231",
        '#KONTO 1930 "Företagskonto"',
        '#KONTO 3001 "Försäljning 25%"',
        '#DIM 1 "Kostnadsställe"',
        '#OBJEKT 1 "100" "Kafé"',
        "#IB 0 1930 10000.00",
        '#PSALDO 0 202503 3001 {1 "100"} -1000.00',
        '#VER A 1 20250314 "Kontantförsäljning" 20250314',
        "{",
        "#TRANS 1930 {} 1250.00",
        '#TRANS 3001 {1 "100"} -1000.00',
        "#TRANS 2611 {} -250.00",
        "}",
        "",
    ]
)
_SIE_CHARS = st.sampled_from([*'"{}\\ \t#\n\r-.0123456789AZåé€\x00', "#VER", "#TRANS", "{}", '""'])


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(VALID_SIE)), st.integers(0, 2), _SIE_CHARS), min_size=1, max_size=4))
def test_sie_parser_raises_only_sie_error_on_mutated_files(edits: list[tuple[int, int, str]]) -> None:
    from bokio import sie

    text = VALID_SIE
    for position, kind, chars in edits:  # 0: replace one character, 1: insert, 2: delete
        if kind == 0:
            text = text[:position] + chars + text[position + 1 :]
        elif kind == 1:
            text = text[:position] + chars + text[position:]
        else:
            text = text[:position] + text[position + 1 :]
    for data in (text, text.encode("cp437", "replace"), text.encode("utf-8")):
        try:
            parsed = sie.parse(data)
        except sie.SieError as error:
            event("SieError")
            assert error.line is None or 1 <= error.line <= text.count("\n") + text.count("\r") + 1
            continue
        event("parsed")
        with contextlib.suppress(sie.SieError):
            sie.check_balanced(parsed)


def test_sie_parser_reads_the_unmutated_file() -> None:
    from bokio import sie

    parsed = sie.parse(VALID_SIE)
    assert parsed.accounts[1930].name == "Företagskonto" and len(parsed.vouchers) == 1
    sie.check_balanced(parsed)
