"""The bookkeeping rules: chart of accounts, invoice totals and the journal entries documents make.

Postings are ``{account: amount}`` with debit positive and credit negative (as in SIE); they
always sum to zero. Amounts are Decimal, rounded to öre with ROUND_HALF_UP wherever the
sandbox computes one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from .errors import Problem
from .state import Record, State

__all__ = [
    "CHART",
    "PAYMENT_ACCOUNTS",
    "RECEIVABLES",
    "TAX_RATES",
    "balances",
    "book",
    "book_postings",
    "cents",
    "entry_problems",
    "fiscal_year_for",
    "open_fiscal_year",
    "receipt_postings",
    "revenue_account",
    "sale_postings",
    "settlement_postings",
    "totals",
]

CHART: dict[int, str] = {
    1510: "Kundfordringar",
    1630: "Avräkning för skatter och avgifter (skattekonto)",
    1910: "Kassa",
    1920: "PlusGiro",
    1930: "Företagskonto/checkkonto/affärskonto",
    1940: "Övriga bankkonton",
    2081: "Aktiekapital",
    2099: "Årets resultat",
    2440: "Leverantörsskulder",
    2611: "Utgående moms på försäljning inom Sverige, 25 %",
    2614: "Utgående moms omvänd skattskyldighet, 25 %",
    2621: "Utgående moms på försäljning inom Sverige, 12 %",
    2631: "Utgående moms på försäljning inom Sverige, 6 %",
    2641: "Debiterad ingående moms",
    2645: "Beräknad ingående moms på förvärv från utlandet",
    2650: "Redovisningskonto för moms",
    2710: "Personalskatt",
    2731: "Avräkning lagstadgade sociala avgifter",
    3001: "Försäljning inom Sverige, 25 % moms",
    3002: "Försäljning inom Sverige, 12 % moms",
    3003: "Försäljning inom Sverige, 6 % moms",
    3004: "Försäljning inom Sverige, momsfri",
    3041: "Försäljning tjänster inom Sverige, 25 % moms",
    3042: "Försäljning tjänster inom Sverige, 12 % moms",
    3043: "Försäljning tjänster inom Sverige, 6 % moms",
    3044: "Försäljning tjänster inom Sverige, momsfri",
    3730: "Lämnade rabatter",
    3740: "Öres- och kronutjämning",
    4010: "Inköp material och varor",
    4531: "Import tjänster land utanför EU, 25 % moms",
    4535: "Inköp av tjänster från annat EU-land, 25 %",
    5010: "Lokalhyra",
    5410: "Förbrukningsinventarier",
    5460: "Förbrukningsmaterial",
    6110: "Kontorsmateriel",
    6212: "Mobiltelefon",
    6351: "Konstaterade förluster på kundfordringar",
    6540: "IT-tjänster",
    6570: "Bankkostnader",
    6991: "Övriga externa kostnader, avdragsgilla",
    7210: "Löner till tjänstemän",
    7510: "Arbetsgivaravgifter",
    8310: "Ränteintäkter från omsättningstillgångar",
    8410: "Räntekostnader för långfristiga skulder",
    8999: "Årets resultat",
}
RECEIVABLES = 1510
PAYMENT_ACCOUNTS = frozenset({1910, 1920, 1930, 1940})
TAX_RATES = frozenset(Decimal(rate) for rate in (0, 6, 12, 25))
_OUTPUT_VAT = {Decimal(25): 2611, Decimal(12): 2621, Decimal(6): 2631}
_REVENUE = {
    ("goods", Decimal(25)): 3001,
    ("goods", Decimal(12)): 3002,
    ("goods", Decimal(6)): 3003,
    ("goods", Decimal(0)): 3004,
    ("services", Decimal(25)): 3041,
    ("services", Decimal(12)): 3042,
    ("services", Decimal(6)): 3043,
    ("services", Decimal(0)): 3044,
}
_SETTLEMENT_ACCOUNTS = {"bankFee": 6570, "currency": 3740, "badDebt": 6351}
_SERVICE_FEE_ACCOUNTS = {"domestic": 6570, "eu": 4535, "nonEu": 4531, "vatExempt": 6991}
_REVERSE_CHARGE_RATE = Decimal(25)


def cents(amount: Decimal | int) -> Decimal:
    value = Decimal(amount)
    # A digit for every place down to the öre: the default context's 28 digits fall short of large
    # amounts (and of products of them), where quantize would raise InvalidOperation.
    context = Context(prec=max(28, value.adjusted() + 3))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP, context=context)


def revenue_account(product_type: str, tax_rate: Decimal) -> int:
    """The account Bokio picks for a sales line without ``bookkeepingAccountNumber``."""
    return _REVENUE[(product_type, Decimal(tax_rate))]


def _sales(lines: Iterable[Record]) -> list[Record]:
    return [line for line in lines if line.get("itemType") == "salesItem"]


def _net_by_rate(lines: Iterable[Record]) -> dict[Decimal, Decimal]:
    by_rate: dict[Decimal, Decimal] = {}
    for line in _sales(lines):
        rate = Decimal(line["taxRate"])
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + cents(Decimal(line["quantity"]) * Decimal(line["unitPrice"]))
    return by_rate


def _vat(net: Decimal, rate: Decimal) -> Decimal:
    return cents(net * rate / 100)


def totals(lines: Iterable[Record]) -> tuple[Decimal, Decimal]:
    """``(totalAmount, totalTax)``: line amounts (quantity × unit price) plus VAT computed per rate."""
    by_rate = _net_by_rate(lines)
    tax = sum((_vat(net, rate) for rate, net in by_rate.items()), Decimal(0))
    return cents(sum(by_rate.values(), Decimal(0)) + tax), cents(tax)


def sale_postings(lines: Iterable[Record], currency_rate: Decimal | int = 1) -> dict[int, Decimal]:
    """An invoice's bookkeeping in SEK: debit 1510, credit revenue per line and output VAT per rate."""
    lines = list(lines)
    postings: dict[int, Decimal] = {RECEIVABLES: Decimal(0)}
    for line in _sales(lines):
        account = line.get("bookkeepingAccountNumber") or revenue_account(line["productType"], line["taxRate"])
        amount = cents(Decimal(line["quantity"]) * Decimal(line["unitPrice"]) * currency_rate)
        postings[account] = postings.get(account, Decimal(0)) - amount
    for rate, net in _net_by_rate(lines).items():
        if rate in _OUTPUT_VAT:
            account = _OUTPUT_VAT[rate]
            postings[account] = postings.get(account, Decimal(0)) - cents(_vat(net, rate) * currency_rate)
    postings[RECEIVABLES] = -sum(postings.values(), Decimal(0))
    return postings


def receipt_postings(account: int, amount: Decimal) -> dict[int, Decimal]:
    """Money (or a loss) that clears accounts receivable: debit ``account``, credit 1510."""
    return {account: cents(amount), RECEIVABLES: -cents(amount)}


def settlement_postings(kind: str, details: Mapping[str, Any]) -> dict[int, Decimal] | None:
    """The bookkeeping of a settlement, or None for a balance adjustment, which books nothing."""
    amount = Decimal(details["sumBaseCurrency"])
    if kind == "paymentServiceFee":
        scheme = details["vatScheme"]
        postings = receipt_postings(_SERVICE_FEE_ACCOUNTS[scheme], amount)
        if scheme in ("eu", "nonEu"):  # reverse charge: input VAT 2645 against output VAT 2614
            vat = _vat(amount, _REVERSE_CHARGE_RATE)
            postings.update({2645: vat, 2614: -vat})
        return postings
    if kind in _SETTLEMENT_ACCOUNTS:
        return receipt_postings(_SETTLEMENT_ACCOUNTS[kind], amount)
    return None


def open_fiscal_year(state: State, year: int) -> Record:
    return state.insert(
        "fiscal-years",
        {
            "startDate": f"{year:04d}-01-01",
            "endDate": f"{year:04d}-12-31",
            "accountingMethod": "accrual",
            "status": "open",
        },
    )


def fiscal_year_for(state: State, date: str) -> Record:
    """The fiscal year ``date`` falls in. Bokio wants years created in its app; the sandbox opens
    the calendar year itself, so scripted stories with past dates can be bookkept."""
    for year in state.table("fiscal-years").values():
        if year["startDate"] <= date <= year["endDate"]:
            return year
    return open_fiscal_year(state, int(date[:4]))


def book(
    state: State,
    *,
    title: str,
    date: str,
    rows: Iterable[Mapping[str, Any]],
    source: str,
    tags: list[Record] | None = None,
) -> Record:
    """Add a journal entry; ``source`` records what made it (only ``api`` entries can be reversed)."""
    fiscal_year_for(state, date)
    items = [
        {
            "id": state.next_number("journal-row"),
            "debit": cents(row.get("debit", 0)),
            "credit": cents(row.get("credit", 0)),
            "account": row["account"],
            "tags": row.get("tags", []),
        }
        for row in rows
    ]
    entry = state.insert(
        "journal-entries",
        {
            "title": title,
            "journalEntryNumber": f"V{state.next_number('journal-entry')}",
            "date": date,
            "items": items,
            "tags": tags or [],
            "reversingJournalEntryId": None,
            "reversedByJournalEntryId": None,
        },
    )
    state.entry_sources[entry["id"]] = source
    return entry


def book_postings(state: State, *, title: str, date: str, postings: Mapping[int, Decimal], source: str) -> Record:
    rows = [
        {"account": account, "debit": max(amount, Decimal(0)), "credit": max(-amount, Decimal(0))}
        for account, amount in postings.items()
        if amount
    ]
    return book(state, title=title, date=date, rows=rows, source=source)


def _has_cents_only(amount: Decimal | int) -> bool:
    return Decimal(amount) == cents(amount)


def entry_problems(body: Mapping[str, Any]) -> list[Problem]:
    """What makes a manual journal entry unbookable (after the schema check passed)."""
    problems: list[Problem] = []
    if not str(body.get("title", "")).strip():
        problems.append(("#/title", "The title field is required"))
    if "date" not in body:
        problems.append(("#/date", "The date field is required"))
    debits = credits = Decimal(0)
    for index, row in enumerate(body["items"]):
        debit, credit = row.get("debit", 0), row.get("credit", 0)
        if (debit > 0) == (credit > 0):
            problems.append((f"#/items/{index}", "A row either debits or credits its account, not both or neither"))
        for name, amount in (("debit", debit), ("credit", credit)):
            if not _has_cents_only(amount):
                problems.append((f"#/items/{index}/{name}", "Amounts have at most two decimals"))
        account = row.get("account")
        if account is None:
            problems.append((f"#/items/{index}/account", "The account field is required"))
        elif account not in CHART:
            problems.append((f"#/items/{index}/account", f"Account {account} is not in the chart of accounts"))
        debits += debit
        credits += credit
    if debits != credits and not problems:
        problems.append(("#/items", f"The entry does not balance: debit {debits} and credit {credits}"))
    return problems


def balances(entries: Iterable[Record], *, start: str = "", end: str = "9999-12-31") -> dict[int, Decimal]:
    """Debit minus credit per account over the entries dated from ``start`` to ``end``."""
    sums: dict[int, Decimal] = {}
    for entry in entries:
        if start <= entry["date"] <= end:
            for row in entry["items"]:
                sums[row["account"]] = sums.get(row["account"], Decimal(0)) + row["debit"] - row["credit"]
    return sums
