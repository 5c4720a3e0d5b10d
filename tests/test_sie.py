"""bokio.sie: parsing, writing and checking SIE 4 files as Bokio exports them."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import pickle
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bokio import AsyncBokio, Bokio, BokioError
from bokio.sie import (
    Account,
    Address,
    Balance,
    Dimension,
    FiscalYear,
    ObjectBalance,
    PeriodBalance,
    Program,
    Record,
    SieError,
    SieFile,
    SieObject,
    Transaction,
    Voucher,
    check_balanced,
    dump,
    dumps,
    load,
    parse,
    unbalanced_vouchers,
)
from tests.conftest import COMPANY_ID, TOKEN

# A Bokio-like export with everything at once: CRLF line ends, tabs, trailing whitespace, a
# comment, unknown labels (top level and inside a voucher), object lists, quoted strings with
# spaces, escaped quotes and backslashes, negative amounts, quantities and signatures.
EXPORT = "\r\n".join(
    [
        "#FLAGGA 0",
        "#FORMAT PC8",
        "#SIETYP 4",
        '#PROGRAM "Bokio" "1.0"',
        '#GEN 20250110 "Bokio export"',
        '#FNAMN "Åkes Bär & Café AB"',
        "#ORGNR 556677-8899",
        '#ADRESS "Åsa Öberg" "Storgatan 1" "111 22 Stockholm" "08-123 456"',
        "#RAR 0 20240101 20241231",
        "#RAR -1 20230101 20231231",
        '#PROSA "Exporterad från Bokio"',
        "#KPTYP BAS2014",
        "#VALUTA SEK",
        "this line is a comment and is ignored",
        '#KONTO 1930 "Företagskonto/checkkonto/affärskonto"   ',
        '#KONTO 2611 "Utgående moms på försäljning inom Sverige, 25 %"',
        '#KONTO 3001 "Försäljning inom Sverige, 25 % moms"',
        '#KONTO 5010 "Lokalhyra"',
        "#KTYP 1930 T",
        "#KTYP 3001 I",
        "#SRU 1930 7281",
        '#DIM 1 "Kostnadsställe"',
        '#DIM 6 "Projekt"',
        '#OBJEKT 1 "100" "Försäljning"',
        '#OBJEKT 6 "P 1" "Projekt \\"Ödla\\""',
        "#IB 0 1930 10000.00",
        "#IB -1 1930 2500.50",
        "#UB 0 1930 11250.00",
        "#UB 0 2611 -250.00",
        '#OIB 0 1930 {1 "100"} 500.00',
        '#OUB 0 1930 {1 "100" 6 "P 1"} 750.00 3',
        "#RES 0 3001 -1000.00",
        "#RES 0 5010 0.00",
        "#PSALDO 0 202401 3001 {} -1000.00",
        '#PSALDO 0 202401 5010 {6 "P 1"} 0.00 2.5',
        '#VER "V" "1" 20240115 "Försäljning \\"Kaffe & kaka\\"" 20240116 "Åsa Öberg"',
        "{",
        '\t#TRANS 1930 {1 "100"} 1250.00',
        '\t#TRANS 3001 {1 "100" 6 "P 1"} -1000.00 20240115 "Intäkt med mellanslag" 2 "Åsa"',
        "\t#TRANS 2611 {} -250.00   ",
        '\t#UNDERSKRIFT "kept inside the voucher"',
        "}",
        '#VER "V" "2" 20240120 "Hyra C:\\\\hyror"',
        "{",
        "#TRANS 5010 {} 4000.00",
        "#TRANS 1930 {} -4000.00",
        '#BTRANS 1930 {} -400.00 "" "" "" "Åsa"',
        '#RTRANS 1930 {} -4000.00 "" "" "" "Åsa"',
        "}",
        '#KSUMMA "1234"',
        "",
    ]
).encode("cp437")

FISCAL_YEAR_ID = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"


@pytest.fixture
def export() -> SieFile:
    return parse(EXPORT)


def test_export_is_pc8_bytes() -> None:
    assert b'#FNAMN "\x8fkes B\x84r & Caf\x82 AB"\r\n' in EXPORT  # Å, ä and é in CP437
    assert "åäöÅÄÖ".encode("cp437") == b"\x86\x84\x94\x8f\x8e\x99"
    assert b"\r\n" in EXPORT


def test_identification(export: SieFile) -> None:
    assert export.flagga == 0 and export.format == "PC8" and export.sietyp == 4
    assert export.program == Program("Bokio", "1.0")
    assert export.generated == dt.date(2025, 1, 10) and export.generated_by == "Bokio export"
    assert export.company_name == "Åkes Bär & Café AB"
    assert export.org_number == "556677-8899"
    assert export.address == Address("Åsa Öberg", "Storgatan 1", "111 22 Stockholm", "08-123 456")
    assert export.fiscal_years == {
        0: FiscalYear(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        -1: (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    }
    assert export.chart_type == "BAS2014" and export.currency == "SEK"


def test_chart_dimensions_and_objects(export: SieFile) -> None:
    assert export.accounts[1930] == Account(1930, "Företagskonto/checkkonto/affärskonto", "T", "7281")
    assert export.accounts[3001] == Account(3001, "Försäljning inom Sverige, 25 % moms", "I")
    assert export.accounts[5010].name == "Lokalhyra" and export.accounts[5010].type is None
    assert list(export.accounts) == [1930, 2611, 3001, 5010]
    assert export.dimensions == {1: Dimension(1, "Kostnadsställe"), 6: Dimension(6, "Projekt")}
    assert export.objects[6, "P 1"] == SieObject(6, "P 1", 'Projekt "Ödla"')


def test_balances(export: SieFile) -> None:
    assert export.opening_balances == [Balance(0, 1930, Decimal("10000.00")), Balance(-1, 1930, Decimal("2500.50"))]
    assert export.closing_balances[1] == Balance(0, 2611, Decimal("-250.00"))
    assert export.results == [Balance(0, 3001, Decimal("-1000")), Balance(0, 5010, Decimal(0))]
    assert export.object_opening_balances == [ObjectBalance(0, 1930, ((1, "100"),), Decimal("500.00"))]
    assert export.object_closing_balances == [
        ObjectBalance(0, 1930, ((1, "100"), (6, "P 1")), Decimal("750.00"), Decimal(3))
    ]
    assert export.period_balances == [
        PeriodBalance(0, "202401", 3001, (), Decimal("-1000.00")),
        PeriodBalance(0, "202401", 5010, ((6, "P 1"),), Decimal("0.00"), Decimal("2.5")),
    ]
    assert all(isinstance(b.amount, Decimal) for b in export.opening_balances + export.results)


def test_vouchers(export: SieFile) -> None:
    first, second = export.vouchers
    assert (first.series, first.number, first.date) == ("V", "1", dt.date(2024, 1, 15))
    assert first.text == 'Försäljning "Kaffe & kaka"'
    assert first.registration_date == dt.date(2024, 1, 16) and first.sign == "Åsa Öberg"
    assert first.line == 36
    assert first.transactions == (
        Transaction(1930, Decimal("1250.00"), ((1, "100"),)),
        Transaction(
            3001,
            Decimal("-1000.00"),
            ((1, "100"), (6, "P 1")),
            date=dt.date(2024, 1, 15),
            text="Intäkt med mellanslag",
            quantity=Decimal(2),
            sign="Åsa",
        ),
        Transaction(2611, Decimal("-250.00")),
    )
    assert first.extra == (Record("UNDERSKRIFT", ("kept inside the voucher",)),)
    assert second.text == "Hyra C:\\hyror" and second.registration_date is None and second.sign is None
    assert [t.kind for t in second.transactions] == ["TRANS", "TRANS", "BTRANS", "RTRANS"]
    assert second.transactions[2] == Transaction(1930, Decimal("-400.00"), sign="Åsa", kind="BTRANS")


def test_unknown_labels_are_kept_in_order(export: SieFile) -> None:
    assert export.extra == [Record("PROSA", ("Exporterad från Bokio",)), Record("KSUMMA", ("1234",))]


def test_str_is_taken_as_is_and_line_ends_do_not_matter() -> None:
    text = EXPORT.decode("cp437")
    assert parse(text) == parse(EXPORT)
    assert parse(text.replace("\r\n", "\n")) == parse(EXPORT)
    assert parse(text.replace("\r\n", "\r")) == parse(EXPORT)  # old Mac line ends
    assert parse("\ufeff" + text) == parse(EXPORT)
    assert parse(b"\xef\xbb\xbf" + text.encode("utf-8")) == parse(EXPORT)  # UTF-8 with a byte order mark


def test_voucher_without_block_and_empty_file() -> None:
    sie = parse('#VER A 7 20240101\n#KONTO 1930 "Bank"\n#VER "" "" 20240102 ""\n')
    assert [(v.series, v.number, v.text, v.transactions) for v in sie.vouchers] == [
        ("A", "7", "", ()),
        ("", "", "", ()),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "it is empty"),
        ("\n\n  \t\r\n", "it is empty"),
        (b"<!DOCTYPE html>\r\n<html><body>Sign in</body></html>", r"not a #record \(an HTML page\?\)"),
        ('\n{"code": "not-found"}\n#FLAGGA 0\n', "the first line is not a #record"),
    ],
)
def test_what_is_not_sie_is_refused_not_read_as_an_empty_file(data: str | bytes, message: str) -> None:
    with pytest.raises(SieError, match=message) as raised:
        parse(data)
    assert isinstance(raised.value, BokioError)


def test_blank_lines_and_comments_between_ver_and_block() -> None:
    sie = parse("#VER A 1 20240101\n\n// comment\n{\n#TRANS 1930 {} 1\n#TRANS 3001 {} -1\n}\n")
    assert len(sie.vouchers[0].transactions) == 2


def test_object_list_spacing_and_unquoted_fields() -> None:
    sie = parse("#VER A 1 20240101\n{\n#TRANS 1930 {1 100 6 P1}1.5\n#TRANS\t3001\t{ }\t-1.5\n}\n")
    assert sie.vouchers[0].transactions[0] == Transaction(1930, Decimal("1.5"), ((1, "100"), (6, "P1")))
    assert sie.vouchers[0].transactions[1].objects == ()


# -- round trip --------------------------------------------------------------------------------


@pytest.mark.parametrize("line_ending", ["\r\n", "\n"])
def test_round_trip(export: SieFile, line_ending: str) -> None:
    data = dumps(export, line_ending=line_ending)  # type: ignore[arg-type]
    assert parse(data) == export
    assert dumps(parse(data), line_ending=line_ending) == data  # type: ignore[arg-type]
    text = data.decode("cp437")
    assert text.endswith(line_ending) and text.count("\n") == text.count(line_ending)
    assert text.splitlines()[:3] == ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4"]


def test_dumps_writes_pc8_and_quotes_what_needs_it(export: SieFile) -> None:
    data = dumps(export)
    assert b'#FNAMN "\x8fkes B\x84r & Caf\x82 AB"' in data
    text = data.decode("cp437")
    assert '#VER "V" "1" 20240115 "Försäljning \\"Kaffe & kaka\\"" 20240116 "Åsa Öberg"' in text
    assert '#VER "V" "2" 20240120 "Hyra C:\\\\hyror"' in text
    assert '#TRANS 1930 {1 "100"} 1250.00' in text
    assert '#BTRANS 1930 {} -400.00 "" "" "" "Åsa"' in text
    assert "#ORGNR 556677-8899\r\n" in text and "#KTYP 3001 I\r\n" in text
    assert '#PROSA "Exporterad från Bokio"\r\n' in text and '#UNDERSKRIFT "kept inside the voucher"' in text


def test_dumps_of_a_built_file() -> None:
    sie = SieFile(
        sietyp=4,
        company_name="Ny AB",
        accounts={1930: Account(1930, "Bank"), 3001: Account(3001, type="I")},
        vouchers=[
            Voucher(
                "A",
                "1",
                dt.date(2024, 3, 1),
                "Sale",
                transactions=(
                    Transaction(1930, Decimal("100"), date=dt.date(2024, 3, 2)),
                    Transaction(3001, Decimal("-100"), quantity=Decimal("1.5")),
                ),
            )
        ],
        extra=[Record("UNKNOWN", ("", "a b", ("1", "x y"), ()))],
    )
    text = dumps(sie, line_ending="\n").decode("cp437")
    assert text == (
        '#FORMAT PC8\n#SIETYP 4\n#FNAMN "Ny AB"\n#UNKNOWN "" "a b" {1 "x y"} {}\n#KONTO 1930 "Bank"\n'
        '#KTYP 3001 I\n#VER "A" "1" 20240301 "Sale"\n{\n   #TRANS 1930 {} 100 20240302\n'
        '   #TRANS 3001 {} -100 "" "" 1.5\n}\n'
    )
    assert parse(text) == sie


def test_dumps_refuses_what_pc8_cannot_hold() -> None:
    with pytest.raises(SieError, match="PC8") as caught:
        dumps(SieFile(sietyp=4, company_name="Euro € AB"))
    assert caught.value.line == 3
    with pytest.raises(SieError, match="line break"):
        dumps(SieFile(company_name="two\nlines"))
    with pytest.raises(SieError, match="finite"):
        dumps(SieFile(results=[Balance(0, 3001, Decimal("NaN"))]))
    with pytest.raises(ValueError, match="line_ending"):
        dumps(SieFile(), line_ending="\r")  # type: ignore[arg-type]


def test_load_and_dump(tmp_path: Path, export: SieFile) -> None:
    path = tmp_path / "export.se"
    path.write_bytes(EXPORT)
    assert load(path) == export
    dump(export, tmp_path / "copy.se")
    assert load(str(tmp_path / "copy.se")) == export
    with open(tmp_path / "lf.se", "wb") as file:
        dump(export, file, line_ending="\n")
    assert b"\r" not in (tmp_path / "lf.se").read_bytes()


# -- balance -----------------------------------------------------------------------------------


def test_balanced_vouchers(export: SieFile) -> None:
    assert all(voucher.is_balanced for voucher in export.vouchers)  # #BTRANS/#RTRANS do not count
    assert unbalanced_vouchers(export) == []
    check_balanced(export)


def test_unbalanced_voucher_is_reported_at_its_line() -> None:
    text = (
        "#VER A 1 20240101\n{\n#TRANS 1930 {} 0.1\n#TRANS 1930 {} 0.2\n#TRANS 3001 {} -0.3\n}\n"
        '#VER B 9 20240102 "Off"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3001 {} -99.99\n}\n'
    )
    sie = parse(text)
    assert sie.vouchers[0].is_balanced and sie.vouchers[0].balance == 0  # exact: no float rounding
    assert not sie.vouchers[1].is_balanced and sie.vouchers[1].balance == Decimal("0.01")
    assert unbalanced_vouchers(sie) == [sie.vouchers[1]]
    with pytest.raises(SieError, match=r"^line 7: 1 unbalanced voucher: B9 2024-01-02 is off by 0.01$") as caught:
        check_balanced(sie)
    assert caught.value.line == 7


def test_balance_is_exact_beyond_the_decimal_context() -> None:
    big, minus_big = Decimal("1" + "0" * 40 + ".01"), Decimal("-1" + "0" * 40 + ".01")  # 43 digits > 28
    voucher = Voucher("A", "1", dt.date(2024, 1, 1), transactions=(Transaction(1, big), Transaction(2, minus_big)))
    assert voucher.is_balanced
    almost = Decimal("-1" + "0" * 40 + ".02")
    off = dataclasses.replace(voucher, transactions=(Transaction(1, big), Transaction(2, almost)))
    assert off.balance == Decimal("-0.01")
    assert not Voucher("A", "1", dt.date(2024, 1, 1), transactions=(Transaction(1, big),)).is_balanced


# -- errors ------------------------------------------------------------------------------------

ERRORS = [
    ('#FLAGGA 0\n#FNAMN "Open quote\n', 2, "unterminated quoted string"),
    ('#FNAMN "ends in an escape\\"\n', 1, "unterminated quoted string"),
    ("#FLAGGA 0\n\n#TRANS 1930 {} 1.00\n", 3, "#TRANS: outside a #VER block"),
    ("#RTRANS 1930 {} 1.00\n", 1, "#RTRANS: outside a #VER block"),
    ("#VER A 1 20240101\n#TRANS 1930 {} 1.00\n", 2, "#TRANS: outside a #VER block"),
    ("#VER A 1 20240101\n{\n#TRANS 1930 {} 1.00\n", 2, "'{' is never closed"),
    ("#VER A 1 20240101\n{\n{\n", 3, "'{' inside a #VER block"),
    ("#FLAGGA 0\n}\n", 2, "'}' without '{'"),
    ("#KONTO 1930 Bank\n{\n", 2, "'{' without a #VER"),
    ("#VER A 1 20240101\n{ #TRANS 1930 {} 1\n}\n", 2, "unexpected text after '{'"),
    ("#VER A 1 20240101\n{\n} trailing\n", 3, "unexpected text after '}'"),
    ('#VER A 1 20240101\n{\n#TRANS 1930 {1 "x" 1.00\n}\n', 3, "'{' without '}'"),
    ("#VER A 1 20240101\n{\n#TRANS 1930 {1 {2}} 1.00\n}\n", 3, "'{' inside an object list"),
    ("#KONTO 1930 } x\n", 1, "'}' without '{'"),
    ("#GEN 20241301\n", 1, "#GEN: bad date '20241301' (expected YYYYMMDD)"),
    ("#RAR 0 2024-01-01 20241231\n", 1, "#RAR: bad start date '2024-01-01'"),
    ("#VER A 1 20240230\n", 1, "#VER: bad voucher date '20240230'"),
    ("#VER A 1 20240101 x 2024\n", 1, "#VER: bad registration date '2024'"),
    ("#VER A 1 20240101\n{\n#TRANS 1930 {} 1,50\n}\n", 3, "#TRANS: bad amount '1,50'"),
    ("#IB 0 1930 1e5\n", 1, "#IB: bad amount '1e5'"),
    ("#UB 0 1930 NaN\n", 1, "#UB: bad amount 'NaN'"),
    ("#RES 0 3001 100 many\n", 1, "#RES: bad quantity 'many'"),
    ("#SIETYP 5\n", 1, "#SIETYP: unknown SIE type '5'"),
    ("#SIETYP 4E\n", 1, "#SIETYP: unknown SIE type '4E'"),
    ("#FORMAT UTF8\n", 1, "#FORMAT: unsupported format 'UTF8'"),
    ("#FLAGGA 2\n", 1, "#FLAGGA: bad flag '2'"),
    ("#KONTO 19x0 Bank\n", 1, "#KONTO: bad account number '19x0'"),
    ("#KONTO 1930\n", 1, "#KONTO: missing account name"),
    ("#KONTO {1 2} Bank\n", 1, "#KONTO: expected account number, got an object list"),
    ("#RAR x 20240101 20241231\n", 1, "#RAR: bad fiscal year index 'x'"),
    ("#OIB 0 1930 500.00\n", 1, "#OIB: expected an object list in braces, got '500.00'"),
    ("#OUB 0 1930\n", 1, "#OUB: missing object list"),
    ("#OIB 0 1930 {1} 5\n", 1, "#OIB: object list must hold pairs"),
    ('#OIB 0 1930 {x "1"} 5\n', 1, "#OIB: bad dimension number 'x'"),
    ("#PSALDO 0 202413 3001 {} 1\n", 1, "#PSALDO: bad period '202413' (expected YYYYMM)"),
    ("#VER A 1 20240101\n{\n#KONTO 1930 Bank\n}\n", 3, "#KONTO: not allowed inside a #VER block"),
    ("#\n", 1, "missing label after '#'"),
    ('#"quoted" label\n', 1, "missing label after '#'"),
]


@pytest.mark.parametrize(("text", "line", "message"), ERRORS, ids=[e[2] for e in ERRORS])
def test_malformed_input_raises_sie_error_with_line(text: str, line: int, message: str) -> None:
    for data in (text, text.replace("\n", "\r\n").encode("cp437")):
        with pytest.raises(SieError) as caught:
            parse(data)
        assert caught.value.line == line
        assert str(caught.value).startswith(f"line {line}: ")
        assert message in caught.value.message


def test_invalid_utf8_after_bom() -> None:
    with pytest.raises(SieError, match="UTF-8") as caught:
        parse(b"\xef\xbb\xbf#FLAGGA 0\r\n#FNAMN \xff\r\n")
    assert caught.value.line == 2


def test_sie_error_is_a_bokio_error_and_a_value_error() -> None:
    error = SieError("bad thing", 4)
    assert isinstance(error, BokioError) and isinstance(error, ValueError)
    assert str(error) == "line 4: bad thing" and str(SieError("no line")) == "no line"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.line, str(copy)) == ("bad thing", 4, "line 4: bad thing")


def test_parse_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        parse(42)  # type: ignore[arg-type]


# -- properties --------------------------------------------------------------------------------

LABELS = [
    "FLAGGA", "FORMAT", "SIETYP", "PROGRAM", "GEN", "FNAMN", "ORGNR", "ADRESS", "RAR", "KPTYP", "VALUTA",
    "KONTO", "KTYP", "SRU", "DIM", "OBJEKT", "IB", "UB", "OIB", "OUB", "RES", "PSALDO", "PBUDGET", "VER",
    "TRANS", "RTRANS", "BTRANS", "PROSA", "KSUMMA", "X",
]  # fmt: skip
TOKENS = st.one_of(
    st.sampled_from(["0", "1", "4", "-1", "1930", "PC8", "20240101", "202401", "100.00", "-5.5", "{}", "{", "}"]),
    st.sampled_from(['{1 "100"}', '"quoted text"', '"esc \\" \\\\"', '"', "\\", "\t", "åäö", "1e5", "99999999"]),
    st.text(max_size=8),
)
LINES = st.one_of(
    st.builds(lambda label, fields: " ".join(["#" + label, *fields]), st.sampled_from(LABELS), st.lists(TOKENS)),
    st.sampled_from(["{", "}", "", "  \t", "#", "#VER A 1 20240101", "#TRANS 1930 {} 1"]),
    st.text(max_size=30),
)
CP437 = bytes(range(256)).decode("cp437")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))
def test_parse_raises_only_sie_error(lines: list[str], line_ending: str) -> None:
    text = line_ending.join(lines)
    for data in (text, text.encode("utf-8", "surrogatepass")):
        try:
            sie = parse(data)
        except SieError as error:
            assert error.line is not None and error.line >= 1
            continue
        try:
            written = dumps(sie)
        except SieError:  # text that PC8 cannot hold, such as "€"
            assert not all(char in CP437 for char in str(data))
            continue
        assert parse(written) == sie


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_parse_of_random_bytes_raises_only_sie_error(data: bytes) -> None:
    try:
        sie = parse(data)
    except SieError:
        return
    assert parse(dumps(sie)) == sie


text = st.text(alphabet=CP437.replace("\n", ""), max_size=10)
optional_text = st.none() | st.text(alphabet=CP437.replace("\n", ""), min_size=1, max_size=10)
amounts = st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12)
optional_amounts = st.none() | amounts
objects = st.lists(st.tuples(st.integers(0, 20), text), max_size=3).map(tuple)
accounts = st.integers(1000, 9999)
periods = st.builds(lambda d: f"{d.year:04d}{d.month:02d}", st.dates())
transactions = st.builds(
    Transaction,
    account=accounts,
    amount=amounts,
    objects=objects,
    date=st.none() | st.dates(),
    text=optional_text,
    quantity=optional_amounts,
    sign=optional_text,
    kind=st.sampled_from(["TRANS", "RTRANS", "BTRANS"]),
)
fields = st.lists(text | st.lists(text, max_size=3).map(tuple), max_size=4).map(tuple)
records = st.builds(
    Record, label=st.from_regex(r"[A-Z]{1,8}", fullmatch=True).filter(lambda s: s not in LABELS), fields=fields
)
vouchers = st.builds(
    Voucher,
    series=text,
    number=text,
    date=st.dates(),
    text=text,
    registration_date=st.none() | st.dates(),
    sign=optional_text,
    transactions=st.lists(transactions, max_size=4).map(tuple),
    extra=st.lists(records, max_size=2).map(tuple),
)


def _keyed(items: list[Account]) -> dict[int, Account]:
    return {item.number: item for item in items}


generation = st.none() | st.tuples(st.dates(), optional_text)  # #GEN: generated_by needs a date
sie_files = st.builds(
    lambda gen, **fields: SieFile(generated=gen and gen[0], generated_by=gen and gen[1], **fields),
    generation,
    flagga=st.none() | st.sampled_from([0, 1]),
    sietyp=st.none() | st.integers(1, 4),
    program=st.none() | st.builds(Program, text, optional_text),
    company_name=st.none() | text,
    org_number=st.none() | text,
    address=st.none() | st.builds(Address, text, text, text, text),
    fiscal_years=st.dictionaries(st.integers(-3, 0), st.builds(FiscalYear, st.dates(), st.dates()), max_size=2),
    chart_type=st.none() | text,
    currency=st.none() | text,
    accounts=st.lists(
        st.builds(Account, accounts, st.none() | text, st.none() | text, st.none() | text).filter(
            lambda a: (a.name, a.type, a.sru) != (None, None, None)  # nothing to write
        ),
        max_size=4,
    ).map(_keyed),
    dimensions=st.lists(st.builds(Dimension, st.integers(0, 20), text), max_size=2).map(
        lambda items: {item.number: item for item in items}
    ),
    objects=st.lists(st.builds(SieObject, st.integers(0, 20), text, text), max_size=2).map(
        lambda items: {(item.dimension, item.code): item for item in items}
    ),
    opening_balances=st.lists(st.builds(Balance, st.integers(-2, 0), accounts, amounts, optional_amounts), max_size=2),
    closing_balances=st.lists(st.builds(Balance, st.integers(-2, 0), accounts, amounts, optional_amounts), max_size=2),
    object_opening_balances=st.lists(
        st.builds(ObjectBalance, st.integers(-2, 0), accounts, objects, amounts, optional_amounts), max_size=2
    ),
    results=st.lists(st.builds(Balance, st.integers(-2, 0), accounts, amounts), max_size=2),
    period_balances=st.lists(
        st.builds(PeriodBalance, st.integers(-2, 0), periods, accounts, objects, amounts, optional_amounts), max_size=2
    ),
    vouchers=st.lists(vouchers, max_size=3),
    extra=st.lists(records, max_size=3),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sie_files, st.sampled_from(["\r\n", "\n"]))
def test_any_sie_file_survives_dumps_and_parse(sie: SieFile, line_ending: str) -> None:
    assert parse(dumps(sie, line_ending=line_ending)) == sie  # type: ignore[arg-type]


# -- client.sie.get ----------------------------------------------------------------------------


def test_client_sie_get_downloads_and_parses() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=EXPORT)

    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.sie.get(FISCAL_YEAR_ID) == parse(EXPORT)
    assert client.sie.download(FISCAL_YEAR_ID) == EXPORT  # unchanged
    assert [r.url.path for r in sent] == [f"/v1/companies/{COMPANY_ID}/sie/{FISCAL_YEAR_ID}/download"] * 2


def test_async_client_sie_get_downloads_and_parses() -> None:
    async def run() -> SieFile:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=EXPORT))
        client = AsyncBokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.AsyncClient(transport=transport))
        return await client.sie.get(FISCAL_YEAR_ID)

    assert asyncio.run(run()) == parse(EXPORT)


def test_client_sie_get_raises_sie_error_for_a_broken_file() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"#FLAGGA 0\r\n#SIETYP 9\r\n"))
    client = Bokio(token=TOKEN, company_id=COMPANY_ID, http_client=httpx.Client(transport=transport))
    with pytest.raises(SieError, match="line 2"):
        client.sie.get(FISCAL_YEAR_ID)


def test_sandbox_export_parses_and_balances() -> None:
    sandbox_module = pytest.importorskip("bokio.testing")
    sandbox = sandbox_module.Sandbox(company_name='Åkes "Bär" AB')
    client = sandbox.client()
    fiscal_year = next(iter(client.fiscal_years.list()))
    day = fiscal_year.start_date.isoformat()
    postings = [(1930, 3001, "1250.00"), (6110, 1930, "99.50"), (1930, 2081, "25000"), (5010, 1930, "0.01")]
    for number, (debit, credit, amount) in enumerate(postings):
        client.journal_entries.create(
            {
                "title": f"Verifikat {number} åäö",
                "date": day,
                "items": [
                    {"account": debit, "debit": Decimal(amount), "credit": 0},
                    {"account": credit, "debit": 0, "credit": Decimal(amount)},
                ],
            }
        )
    sie = client.sie.get(fiscal_year.id)
    assert sie.company_name == 'Åkes "Bär" AB' and sie.sietyp == 4
    assert sie.fiscal_years[0] == (fiscal_year.start_date, fiscal_year.end_date)
    assert [v.text for v in sie.vouchers] == [f"Verifikat {n} åäö" for n in range(len(postings))]
    check_balanced(sie)
    assert sum(len(v.transactions) for v in sie.vouchers) == 2 * len(postings)
    closing = {b.account: b.amount for b in sie.closing_balances if b.year == 0}
    assert closing[1930] == Decimal("1250.00") - Decimal("99.50") + Decimal("25000") - Decimal("0.01")
    assert parse(dumps(sie)) == sie
