"""The read tools: searches and gets over the company's books, and a fiscal year's balances from SIE."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bokio import Bokio
from bokio.operation_facts import client_method

from .definition import Tool, plain
from .paging import MAX_PAGE_SIZE, checked, paged_search, paging, search_schema, window
from .schemas import id_schema, operation


def _search_accounts(client: Bokio, arguments: dict[str, Any]) -> Any:
    query, size, offset = paging(arguments, 0, "chart_of_accounts.list")
    accounts = client.chart_of_accounts.list(query=checked(query, "chart_of_accounts.list"))
    return window(list(accounts), size, offset, query, "chart_of_accounts.list")


def _sie_summary(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Opening balance, closing balance and result per account for the fiscal year, from its SIE export."""
    listing = f"sie.get/{arguments['fiscal_year_id']}"
    _, size, offset = paging(arguments, 0, listing)
    export = client.sie.get(arguments["fiscal_year_id"])
    rows: dict[int, dict[str, Any]] = {}

    def row(account: int) -> dict[str, Any]:
        if account not in rows:
            known = export.accounts.get(account)
            rows[account] = {"account": account, "name": known.name if known else None}
        return rows[account]

    for label, balances in (
        ("openingBalance", export.opening_balances),
        ("closingBalance", export.closing_balances),
        ("result", export.results),
    ):
        for balance in balances:
            if balance.year == 0:
                row(balance.account)[label] = balance.amount
    year = export.fiscal_years.get(0)
    summary = window([rows[account] for account in sorted(rows)], size, offset, None, listing)
    summary["fiscalYear"] = {"start": year.start.isoformat(), "end": year.end.isoformat()} if year else None
    summary["vouchers"] = len(export.vouchers)
    return summary


def _get(facade_method: str, argument: str) -> Callable[[Bokio, dict[str, Any]], Any]:
    def run(client: Bokio, arguments: dict[str, Any]) -> Any:
        return plain(client_method(client, facade_method)(arguments[argument]))

    return run


_READS: list[tuple[str, str, str, str]] = [
    # (plural, singular, façade resource, id parameter)
    ("customers", "customer", "customers", "customer_id"),
    ("suppliers", "supplier", "suppliers", "supplier_id"),
    ("items", "item", "items", "item_id"),
    ("invoices", "invoice", "invoices", "invoice_id"),
    ("credit_notes", "credit_note", "credit_notes", "credit_note_id"),
    ("supplier_invoices", "supplier_invoice", "supplier_invoices", "supplier_invoice_id"),
    ("journal_entries", "journal_entry", "journal_entries", "journal_entry_id"),
    ("fiscal_years", "fiscal_year", "fiscal_years", "fiscal_year_id"),
]


def _read_tools() -> list[Tool]:
    tools = [
        Tool(
            "get_company_information",
            "The company's name, organisation number, type, address and contact details.",
            {"type": "object", "properties": {}, "additionalProperties": False},
            lambda client, _: plain(client.company_information.get()),
        )
    ]
    for plural, singular, resource, id_name in _READS:
        words = plural.replace("_", " ")
        facts = operation(f"{resource}.list")
        tools.append(
            Tool(
                f"search_{plural}",
                f"Search the company's {words}: one page of results, `next` continues. Amounts are decimal strings.",
                search_schema(facts),
                paged_search(f"{resource}.list"),
            )
        )
        tools.append(
            Tool(
                f"get_{singular}",
                f"One {singular.replace('_', ' ')} by id, in full.",
                id_schema(f"{resource}.get", id_name),
                _get(f"{resource}.get", id_name),
            )
        )
    tools += [
        Tool(
            "search_chart_of_accounts",
            "The chart of accounts (BAS account numbers and names), bounded pages with `next`.",
            search_schema(operation("chart_of_accounts.list")),
            _search_accounts,
        ),
        Tool(
            "get_account",
            "One account of the chart of accounts, with its details.",
            id_schema("chart_of_accounts.get", "account"),
            _get("chart_of_accounts.get", "account"),
        ),
        Tool(
            "sie_summary",
            "Balances per account for a fiscal year (opening, closing and result, from its SIE export); "
            "amounts are decimal strings, debit positive.",
            {
                "type": "object",
                "properties": {
                    **id_schema("sie.download", "fiscal_year_id")["properties"],
                    "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                    "cursor": {"type": "string", "maxLength": 2000},
                },
                "required": ["fiscal_year_id"],
                "additionalProperties": False,
            },
            _sie_summary,
        ),
    ]
    return tools


READ_TOOLS = _read_tools()
