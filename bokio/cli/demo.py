"""``bokio demo``: the invoice story of Bokio's guide, told through the resumable workflows.

Aurora Works invoices John Doe for 180 hours of consultancy at 290 SEK plus 25% VAT with a
500 SEK discount (account 3730), publishes and bookkeeps it, writes off a 15.50 SEK bank fee and
registers the 64,609.50 SEK payment on account 1940. Always against a fresh local sandbox.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from uuid import UUID

import click
from bokio_company_api.params import CustomerParams, InvoiceParams, SalesInvoiceLineParams

from bokio import Bokio
from bokio.errors import BokioError
from bokio.testing import Sandbox
from bokio.workflows import issue_invoice, register_payment, settle_invoice

__all__ = ["run_demo"]

CUSTOMER: CustomerParams = {
    "type": "company",
    "name": "John Doe",
    "vatNumber": "SE1234567890",
    "orgNumber": "123456-7890",
    "paymentTerms": "30",
    "address": {"line1": "Älvsborgsvägen 10", "city": "Göteborg", "postalCode": "123 45", "country": "SE"},
}
INVOICE: InvoiceParams = {
    "type": "invoice",
    "currency": "SEK",
    "currencyRate": 1,
    "invoiceDate": "2024-10-10",
    "dueDate": "2024-11-09",
    "lineItems": [
        {
            "itemType": "salesItem",
            "productType": "services",
            "unitType": "hour",
            "quantity": 180,
            "description": "Consultancy services",
            "unitPrice": 290,
            "taxRate": 25,
        }
    ],
}
DISCOUNT: SalesInvoiceLineParams = {
    "itemType": "salesItem",
    "productType": "services",
    "unitType": "piece",
    "quantity": 1,
    "description": "New customer discount",
    "unitPrice": -500,
    "taxRate": 25,
    "bookkeepingAccountNumber": 3730,
}


def _amount(value: Any) -> str:
    return f"{Decimal(value or 0):,.2f}"


def _journal_entry(client: Bokio, reference: Any, heading: str) -> None:
    entry = client.journal_entries.get(str(reference.id))
    click.echo(f"   {heading}: journal entry {entry.journal_entry_number}")
    for row in entry.items:
        debit, credit = Decimal(row.debit or 0), Decimal(row.credit or 0)
        side = f"debit {_amount(debit)}" if debit else f"credit {_amount(credit)}"
        click.echo(f"     {row.account}  {side}")


def _id(model: Any) -> UUID:
    identifier = model.id
    if not isinstance(identifier, UUID):
        raise BokioError(f"{type(model).__name__} came back without an id")
    return identifier


def run_demo() -> None:
    sandbox = Sandbox()
    with sandbox.serve() as base_url, Bokio(sandbox.token, sandbox.company_id, base_url=base_url) as client:
        click.echo(f"Local Bokio sandbox at {base_url}\n")
        click.echo("1. Issue the invoice: customer, draft, 500 SEK discount, publish, bookkeep")
        issued = issue_invoice(client, "demo-invoice-1", CUSTOMER, INVOICE, discount=DISCOUNT)
        invoice = issued.invoice
        invoice_id = _id(invoice)
        click.echo(
            f"   invoice {invoice.invoice_number} to {issued.customer.name}: "
            f"{_amount(invoice.total_amount)} SEK incl. {_amount(invoice.total_tax)} VAT"
        )
        _journal_entry(client, invoice.journal_entry_ref, "invoice")
        click.echo("2. Write off a 15.50 SEK bank fee")
        settled = settle_invoice(
            client, invoice_id, kind="bankFee", date=dt.date(2024, 10, 15), amount=Decimal("15.50")
        )
        _journal_entry(client, settled.settlement.journal_entry_ref, "bank fee")
        click.echo("3. Register the 64,609.50 SEK payment on account 1940")
        paid = register_payment(client, invoice_id, date=dt.date(2024, 11, 1), amount=Decimal("64609.50"), account=1940)
        _journal_entry(client, paid.payment.journal_entry_ref, "payment")
        invoice = client.invoices.get(invoice_id)
        click.echo(f"\nInvoice {invoice.invoice_number}: status {invoice.status}")
        again = issue_invoice(client, "demo-invoice-1", CUSTOMER, INVOICE, discount=DISCOUNT)
        click.echo(
            f"Running step 1 again creates nothing: {len(again.performed)} steps performed, "
            f"{len(again.already_done)} found done."
        )
