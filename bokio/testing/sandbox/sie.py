"""SIE type 4 export of one fiscal year: the file accountants import, encoded in PC8 (CP437)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .ledger import CHART, balances
from .state import Record, State

__all__ = ["export"]

_FIRST_RESULT_ACCOUNT = 3000  # 1xxx-2xxx are balance accounts (#IB/#UB), 3xxx-8xxx result accounts (#RES)


def _quote(text: str) -> str:
    cleaned = " ".join(text.split())
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _day(iso: str) -> str:
    return iso.replace("-", "")


def export(state: State, fiscal_year: Record) -> bytes:
    """The fiscal year's chart, opening and closing balances, results and vouchers."""
    start, end = fiscal_year["startDate"], fiscal_year["endDate"]
    entries = sorted(
        state.table("journal-entries").values(), key=lambda e: (e["date"], int(e["journalEntryNumber"][1:]))
    )
    day_before = (dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat()
    opening = balances(entries, end=day_before)
    movement = balances(entries, start=start, end=end)
    used = sorted({row["account"] for e in entries if e["date"] <= end for row in e["items"]})
    company = state.company
    lines = [
        "#FLAGGA 0",
        "#FORMAT PC8",
        "#SIETYP 4",
        '#PROGRAM "Bokio sandbox" "1.0"',
        f"#GEN {dt.date.today():%Y%m%d}",
        f"#FNAMN {_quote(company['name'])}",
        f"#ORGNR {company['organizationNumber']}",
        f"#RAR 0 {_day(start)} {_day(end)}",
        "#KPTYP BAS2014",
        "#VALUTA SEK",
    ]
    lines += [f"#KONTO {account} {_quote(CHART.get(account, str(account)))}" for account in used]
    zero = Decimal(0)
    for account in used:
        if account < _FIRST_RESULT_ACCOUNT:
            ib = opening.get(account, zero)
            lines.append(f"#IB 0 {account} {ib:.2f}")
            lines.append(f"#UB 0 {account} {ib + movement.get(account, zero):.2f}")
    lines += [
        f"#RES 0 {account} {movement[account]:.2f}"
        for account in used
        if account >= _FIRST_RESULT_ACCOUNT and account in movement
    ]
    for entry in entries:
        if start <= entry["date"] <= end:
            number = entry["journalEntryNumber"]
            lines.append(
                f"#VER {_quote(number[0])} {_quote(number[1:])} {_day(entry['date'])} {_quote(entry['title'])}"
            )
            lines.append("{")
            lines += [f"#TRANS {row['account']} {{}} {row['debit'] - row['credit']:.2f}" for row in entry["items"]]
            lines.append("}")
    return ("\r\n".join(lines) + "\r\n").encode("cp437", errors="replace")
