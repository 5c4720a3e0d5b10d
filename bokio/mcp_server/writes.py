"""The write tools (``--allow-writes``): the invoice guide's steps and journal entries, safe to retry.

Each write first looks for what an earlier call with the same arguments already did (the
resumable :mod:`bokio.workflows` where they exist), so a retried call does not create twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from bokio import Bokio, Q
from bokio.jsonvalues import array_of, is_mapping

from .definition import Tool, invalid, plain
from .schemas import DECIMAL_PATTERN, body_schema, id_schema, operation

if TYPE_CHECKING:
    from bokio_company_api.params import InvoiceParams


def _draft_invoice(client: Bokio, arguments: dict[str, Any]) -> Any:
    """Find the invoice carrying ``external_id`` in its metadata, or create the draft with it."""
    key = arguments["external_id"]
    body = dict(arguments["invoice"])
    metadata = dict(body.get("metadata") or {})
    if metadata.get("externalId", key) != key:
        raise invalid("invoice.metadata.externalId", "must be left out or equal external_id")
    existing = client.invoices.list(query=Q.metadata.externalId == key).first()
    if existing is not None:
        return {"invoice": plain(existing), "created": False}
    body["metadata"] = {**metadata, "externalId": key}
    # The arguments passed the tool's input schema (the spec's), amounts made Decimal by schemas.exact.
    return {"invoice": plain(client.invoices.create(cast("InvoiceParams", body))), "created": True}


def _same(wanted: object, actual: object) -> bool:
    if is_mapping(wanted):
        return is_mapping(actual) and all(_same(item, actual.get(key)) for key, item in wanted.items())
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


def _same_rows(wanted: list[Any], existing: Mapping[str, object]) -> bool:
    rows = array_of(existing.get("items"))
    return len(rows) == len(wanted) and all(_same(w, r) for w, r in zip(wanted, rows, strict=True))


def _invoice_id_property() -> dict[str, Any]:
    schema: dict[str, Any] = id_schema("invoices.get", "invoice_id")["properties"]["invoice_id"]
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


WRITE_TOOLS = _write_tools()
