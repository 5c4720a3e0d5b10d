"""The tools the MCP server offers: reads of the company's books, and (when allowed) the guide's writes.

Every tool is a plain function of a :class:`bokio.Bokio` and its arguments, returning JSON-ready
data: amounts are exact decimal strings (``"64609.50"``), lists are bounded pages with a ``next``
cursor. Arguments are checked against the tool's input schema (from our OpenAPI document) before
anything is sent. Writes are made so that a retried call does not create twice: they find what
an earlier call already did (the resumable :mod:`bokio.workflows` where they exist) first.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from bokio import Bokio, Q
from bokio.errors import BokioError, FieldError, ValidationError
from bokio.query import QueryLike

if TYPE_CHECKING:
    from bokio_company_api.params import InvoiceParams

from .schemas import DECIMAL_PATTERN, body_schema, exact, filter_help, operation, parameter_schema

__all__ = ["READ_TOOLS", "WRITE_TOOLS", "Tool", "call", "plain"]

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    input_schema: dict[str, Any]
    run: Callable[[Bokio, dict[str, Any]], Any]
    writes: bool = False


def plain(value: Any) -> Any:
    """JSON-ready data with amounts as exact decimal strings (never floats)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        value = to_dict()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, float):
        raise TypeError("a float reached the tool output; amounts must stay Decimal")
    return value


def _target(client: Bokio, facade_method: str) -> Any:
    target: Any = client
    for part in facade_method.split("."):
        target = getattr(target, part)
    return target


# -- cursors --------------------------------------------------------------------------------------


def _encode_cursor(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, listing: str) -> dict[str, Any]:
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        state = None
    if (
        not isinstance(state, dict)
        or not isinstance(state.get("at"), int)
        or isinstance(state.get("at"), bool)
        or state["at"] < 0
        or not isinstance(state.get("size"), int)
        or not 1 <= state["size"] <= MAX_PAGE_SIZE
        or not isinstance(state.get("query"), (str, type(None)))
        or state.get("of") != listing
    ):
        raise _invalid("cursor", "not a cursor this server gave out; search again without one")
    return state


def _invalid(field: str, message: str) -> ValidationError:
    return ValidationError(f"invalid argument {field!r}", code="validation-error", errors=[FieldError(field, message)])


def _paging(arguments: Mapping[str, Any], start: int, listing: str) -> tuple[str | None, int, int]:
    """The query, page size and position (page number or offset) a search of ``listing`` continues from.

    A cursor names the listing it belongs to, so one tool's cursor cannot steer another tool.
    """
    cursor = arguments.get("cursor")
    if cursor:
        state = _decode_cursor(cursor, listing)
        return state["query"], state["size"], state["at"]
    return arguments.get("query") or None, arguments.get("page_size") or DEFAULT_PAGE_SIZE, start


def _search_schema(facts: Mapping[str, Any]) -> dict[str, Any]:
    maximum = min(MAX_PAGE_SIZE, (facts["pagination"] or {}).get("maxPageSize") or MAX_PAGE_SIZE)
    return {
        "type": "object",
        "properties": {
            "query": {"type": "string", "maxLength": 1000, "description": filter_help(facts)},
            "page_size": {"type": "integer", "minimum": 1, "maximum": maximum, "default": DEFAULT_PAGE_SIZE},
            "cursor": {"type": "string", "maxLength": 2000, "description": "The `next` of an earlier result."},
        },
        "additionalProperties": False,
    }


def _checked(query: str | None, facade_method: str) -> QueryLike | None:
    """The query through the SDK's filter rules (unknown fields and mistyped values refused, with a hint)."""
    from bokio.cli.query import parse_query

    return parse_query(query, operation(facade_method)["filter_fields"] or {}) if query else None


def _paged_search(facade_method: str) -> Callable[[Bokio, dict[str, Any]], Any]:
    """A search over a paged list: one page of Bokio's per call, ``next`` for the following one."""

    def run(client: Bokio, arguments: dict[str, Any]) -> Any:
        query, size, page_number = _paging(arguments, 1, facade_method)
        pager = _target(client, facade_method)(query=_checked(query, facade_method), page_size=size)
        page = pager.page(max(page_number, 1))
        following = page.current_page + 1 if page.has_next else None
        return {
            "items": plain(page.items),
            "page": page.current_page,
            "totalPages": page.total_pages,
            "totalItems": page.total_items,
            "next": _encode_cursor({"of": facade_method, "at": following, "size": size, "query": query})
            if following
            else None,
        }

    return run


def _window(items: list[Any], size: int, offset: int, query: str | None, listing: str) -> dict[str, Any]:
    """One bounded slice of a list Bokio sends whole, with a ``next`` cursor."""
    following = offset + size
    state = {"of": listing, "at": following, "size": size, "query": query}
    return {
        "items": plain(items[offset:following]),
        "totalItems": len(items),
        "next": _encode_cursor(state) if following < len(items) else None,
    }


def _search_accounts(client: Bokio, arguments: dict[str, Any]) -> Any:
    query, size, offset = _paging(arguments, 0, "chart_of_accounts.list")
    accounts = client.chart_of_accounts.list(query=_checked(query, "chart_of_accounts.list"))
    return _window(list(accounts), size, offset, query, "chart_of_accounts.list")


def _sie_summary(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Opening balance, closing balance and result per account for the fiscal year, from its SIE export."""
    listing = f"sie.get/{arguments['fiscal_year_id']}"
    _, size, offset = _paging(arguments, 0, listing)
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
    summary = _window([rows[account] for account in sorted(rows)], size, offset, None, listing)
    summary["fiscalYear"] = {"start": year.start.isoformat(), "end": year.end.isoformat()} if year else None
    summary["vouchers"] = len(export.vouchers)
    return summary


def _get(facade_method: str, argument: str) -> Callable[[Bokio, dict[str, Any]], Any]:
    def run(client: Bokio, arguments: dict[str, Any]) -> Any:
        return plain(_target(client, facade_method)(arguments[argument]))

    return run


def _id_schema(facade_method: str, name: str) -> dict[str, Any]:
    facts = operation(facade_method)
    spec_name = "".join(part.title() if index else part for index, part in enumerate(name.split("_")))
    return {
        "type": "object",
        "properties": {name: parameter_schema(facts, spec_name)},
        "required": [name],
        "additionalProperties": False,
    }


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
                _search_schema(facts),
                _paged_search(f"{resource}.list"),
            )
        )
        tools.append(
            Tool(
                f"get_{singular}",
                f"One {singular.replace('_', ' ')} by id, in full.",
                _id_schema(f"{resource}.get", id_name),
                _get(f"{resource}.get", id_name),
            )
        )
    tools += [
        Tool(
            "search_chart_of_accounts",
            "The chart of accounts (BAS account numbers and names), bounded pages with `next`.",
            _search_schema(operation("chart_of_accounts.list")),
            _search_accounts,
        ),
        Tool(
            "get_account",
            "One account of the chart of accounts, with its details.",
            _id_schema("chart_of_accounts.get", "account"),
            _get("chart_of_accounts.get", "account"),
        ),
        Tool(
            "sie_summary",
            "Balances per account for a fiscal year (opening, closing and result, from its SIE export); "
            "amounts are decimal strings, debit positive.",
            {
                "type": "object",
                "properties": {
                    **_id_schema("sie.download", "fiscal_year_id")["properties"],
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


# -- writes ---------------------------------------------------------------------------------------


def _draft_invoice(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Find the invoice carrying ``external_id`` in its metadata, or create the draft with it."""
    key = arguments["external_id"]
    body = dict(arguments["invoice"])
    metadata = dict(body.get("metadata") or {})
    if metadata.get("externalId", key) != key:
        raise _invalid("invoice.metadata.externalId", "must be left out or equal external_id")
    existing = client.invoices.list(query=Q.metadata.externalId == key).first()
    if existing is not None:
        return {"invoice": plain(existing), "created": False}
    body["metadata"] = {**metadata, "externalId": key}
    # The arguments passed the tool's input schema (the spec's), amounts made Decimal by schemas.exact.
    return {"invoice": plain(client.invoices.create(cast("InvoiceParams", body))), "created": True}


def _same(wanted: Any, actual: Any) -> bool:
    if isinstance(wanted, Mapping):
        return isinstance(actual, Mapping) and all(_same(item, actual.get(key)) for key, item in wanted.items())
    if isinstance(wanted, (Decimal, int)) and not isinstance(wanted, bool):
        return isinstance(actual, (Decimal, int)) and not isinstance(actual, bool) and Decimal(actual) == wanted
    return bool(wanted == actual)


def _add_line(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Add the line unless the draft already has an equal one (a retried call), or ``repeat`` is set."""
    invoice_id, line = arguments["invoice_id"], arguments["line"]
    if not arguments.get("repeat"):
        for existing in client.invoices.get(invoice_id).line_items or []:
            if _same(line, existing.to_dict()):
                return {"line": plain(existing), "added": False}
    return {"line": plain(client.invoices.add_line_item(invoice_id, line)), "added": True}


def _publish(client: Bokio, arguments: dict[str, Any]) -> Any:
    invoice = client.invoices.get(arguments["invoice_id"])
    if str(invoice.status) != "draft":
        return {"invoice": plain(invoice), "published": False}
    return {"invoice": plain(client.invoices.publish(arguments["invoice_id"])), "published": True}


def _record(client: Bokio, arguments: dict[str, Any]) -> Any:
    invoice = client.invoices.get(arguments["invoice_id"])
    if invoice.to_dict().get("journalEntryRef"):
        return {"invoice": plain(invoice), "recorded": False}
    return {"invoice": plain(client.invoices.record(arguments["invoice_id"])), "recorded": True}


def _issue_invoice(client: Bokio, arguments: dict[str, Any]) -> Any:
    """The guide's whole flow through the resumable :func:`bokio.workflows.issue_invoice`."""
    from bokio.workflows import issue_invoice

    result = issue_invoice(
        client,
        arguments["external_id"],
        arguments["customer"],
        arguments["invoice"],
        discount=arguments.get("discount"),
    )
    return {
        "invoice": plain(result.invoice),
        "customer": plain(result.customer),
        "performed": [str(step) for step in result.performed],
        "alreadyDone": [str(step) for step in result.already_done],
    }


def _register_payment(client: Bokio, arguments: dict[str, Any]) -> Any:
    from bokio.workflows import register_payment

    result = register_payment(
        client,
        arguments["invoice_id"],
        date=dt.date.fromisoformat(arguments["date"]),
        amount=Decimal(arguments["amount"]),
        account=arguments.get("account", 1930),
    )
    return {
        "payment": plain(result.payment),
        "performed": [str(step) for step in result.performed],
        "alreadyDone": [str(step) for step in result.already_done],
    }


def _journal_entry(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Create the entry unless one with the same date, title and rows exists (a retried call)."""
    body = arguments["journal_entry"]
    query = (Q.date == dt.date.fromisoformat(body["date"])) & (Q.title == body["title"])
    for existing in client.journal_entries.list(query=query):
        if _same_rows(body.get("items") or [], existing.to_dict()):
            return {"journalEntry": plain(existing), "created": False}
    return {"journalEntry": plain(client.journal_entries.create(body)), "created": True}


def _same_rows(wanted: list[Any], existing: Mapping[str, Any]) -> bool:
    rows = existing.get("items") or []
    return len(rows) == len(wanted) and all(_same(w, r) for w, r in zip(wanted, rows, strict=True))


def _invoice_id_property() -> dict[str, Any]:
    schema: dict[str, Any] = _id_schema("invoices.get", "invoice_id")["properties"]["invoice_id"]
    return schema


def _write_tools() -> list[Tool]:
    invoice_id = _invoice_id_property()
    simple = {"type": "object", "properties": {"invoice_id": invoice_id}, "required": ["invoice_id"]}
    return [
        Tool(
            "create_draft_invoice",
            "Create a draft invoice (not numbered, not sent, not bookkept). `external_id` is your key for it: "
            "a call with a key already used returns that invoice instead of creating another.",
            {
                "type": "object",
                "properties": {
                    "external_id": {"type": "string", "minLength": 1, "maxLength": 100},
                    "invoice": body_schema(operation("invoices.create")),
                },
                "required": ["external_id", "invoice"],
                "additionalProperties": False,
            },
            _draft_invoice,
            writes=True,
        ),
        Tool(
            "add_invoice_line",
            "Add a line to a draft invoice (a discount is a sales line with a negative unitPrice). An equal "
            "line already on the draft is not added again unless `repeat` is true.",
            {
                "type": "object",
                "properties": {
                    "invoice_id": invoice_id,
                    "line": body_schema(operation("invoices.add_line_item")),
                    "repeat": {"type": "boolean", "default": False},
                },
                "required": ["invoice_id", "line"],
                "additionalProperties": False,
            },
            _add_line,
            writes=True,
        ),
        Tool(
            "publish_invoice",
            "Publish a draft invoice: Bokio numbers it. An invoice already published is returned as it is.",
            {**simple, "additionalProperties": False},
            _publish,
            writes=True,
        ),
        Tool(
            "record_invoice",
            "Bookkeep a published invoice (1510 debit, revenue and VAT credits); once only.",
            {**simple, "additionalProperties": False},
            _record,
            writes=True,
        ),
        Tool(
            "issue_invoice",
            "The whole invoice flow in one call: find or create the customer, create the draft (without "
            "customerRef), add the optional discount line, publish and bookkeep. Resumable: a call with an "
            "`external_id` already used continues where that one stopped and never creates twice.",
            {
                "type": "object",
                "properties": {
                    "external_id": {"type": "string", "minLength": 1, "maxLength": 100},
                    "customer": body_schema(operation("customers.create")),
                    "invoice": body_schema(operation("invoices.create")),
                    "discount": body_schema(operation("invoices.add_line_item")),
                },
                "required": ["external_id", "customer", "invoice"],
                "additionalProperties": False,
            },
            _issue_invoice,
            writes=True,
        ),
        Tool(
            "register_payment",
            "Register and bookkeep money received for an invoice. The same payment (date, amount, account) "
            "is never registered twice.",
            {
                "type": "object",
                "properties": {
                    "invoice_id": invoice_id,
                    "date": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                    "amount": {"type": "string", "pattern": DECIMAL_PATTERN, "description": 'SEK, e.g. "64609.50"'},
                    "account": {"type": "integer", "minimum": 1000, "maximum": 9999, "default": 1930},
                },
                "required": ["invoice_id", "date", "amount"],
                "additionalProperties": False,
            },
            _register_payment,
            writes=True,
        ),
        Tool(
            "create_journal_entry",
            "Create a balanced journal entry (debits equal credits). One with the same date, title and rows "
            "is returned instead of creating another.",
            {
                "type": "object",
                "properties": {"journal_entry": body_schema(operation("journal_entries.create"))},
                "required": ["journal_entry"],
                "additionalProperties": False,
            },
            _journal_entry,
            writes=True,
        ),
    ]


READ_TOOLS = _read_tools()
WRITE_TOOLS = _write_tools()


def call(client: Bokio, tool: Tool, arguments: Mapping[str, Any]) -> Any:
    """Check ``arguments`` against the tool's schema, read amounts exactly, and run it."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(tool.input_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    problems = sorted(validator.iter_errors(dict(arguments)), key=str)
    if problems:
        raise ValidationError(
            "The arguments do not fit the tool's input schema (nothing was sent)",
            code="validation-error",
            errors=[
                FieldError("#/" + "/".join(str(part) for part in problem.absolute_path), problem.message[:300])
                for problem in problems[:20]
            ],
        )
    try:
        return tool.run(client, exact(dict(arguments), tool.input_schema))
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        if isinstance(error, BokioError):
            raise
        raise _invalid("#", f"{type(error).__name__}: {error}") from error
