"""The invoice workflow of Bokio's "Getting started with the Invoice API" guide, through the SDK.

Aurora Works invoices John Doe for 180 hours of consultancy at 290 SEK plus 25% VAT, gives a
500 SEK discount booked on 3730, publishes and bookkeeps the invoice, writes off a 15.50 SEK bank
fee, then registers and bookkeeps the payment of 64,609.50 SEK received on account 1940.

    python examples/invoice_workflow.py        # against the built-in sandbox on loopback (make demo)

It writes only to that local sandbox, whatever BOKIO_* variables are set. To run it against a
real server, name the server with ``--write-to``; the token and company come from BOKIO_TOKEN
and BOKIO_COMPANY_ID (or ``--company-id``), and the run says which server and company it will
write to before it starts. Only ever use a Bokio *test* company: the run creates a customer, an
invoice, a payment and journal entries.

    python examples/invoice_workflow.py --write-to https://api.bokio.se/v1 --company-id <id>
    make demo DEMO_ARGS="--write-to https://api.bokio.se/v1"
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Generator
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from bokio_company_api.types import Unset

from bokio import Bokio, Q
from bokio.testing import Sandbox


def money(amount: Decimal | int | None) -> str:
    return f"{Decimal(amount or 0):,.2f}"


class Reference(Protocol):
    """A reference to another object, such as an invoice's ``journal_entry_ref``."""

    @property
    def id(self) -> UUID: ...


def show_journal_entry(client: Bokio, reference: Reference | Unset | None, heading: str) -> None:
    if not reference:  # None, or Unset: not bookkept
        print(f"\n  {heading}: no journal entry")
        return
    entry = client.journal_entries.get(reference.id)
    print(f"\n  {heading}: journal entry {entry.journal_entry_number} {entry.title!r} ({entry.date})")
    print(f"    {'account':>7}  {'name':<34} {'debit':>12} {'credit':>12}")
    names = {account.account: account.name for account in client.chart_of_accounts.list()}
    total_debit = total_credit = Decimal(0)
    for row in entry.items:
        debit, credit = Decimal(row.debit or 0), Decimal(row.credit or 0)
        total_debit += debit
        total_credit += credit
        name = str(names.get(row.account, ""))[:34]
        debit_text, credit_text = (money(debit) if debit else ""), (money(credit) if credit else "")
        print(f"    {row.account:>7}  {name:<34} {debit_text:>12} {credit_text:>12}")
    print(f"    {'':>7}  {'total':<34} {money(total_debit):>12} {money(total_credit):>12}")


def run(client: Bokio) -> None:
    print("1. Find or create the customer John Doe")
    customer = client.customers.list(query=Q.name == "John Doe").first()
    if customer is None:
        customer = client.customers.create(
            {
                "type": "company",
                "name": "John Doe",
                "vatNumber": "SE1234567890",
                "orgNumber": "123456-7890",
                "paymentTerms": "30",
                "address": {"line1": "Älvsborgsvägen 10", "city": "Göteborg", "postalCode": "123 45", "country": "SE"},
            }
        )
    print(f"   customer {customer.name} ({customer.id})")

    print("2. Create the invoice: 180 h consultancy at 290 SEK, 25% VAT")
    invoice = client.invoices.create(
        {
            "type": "invoice",
            "customerRef": {"id": str(customer.id)},
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
    )
    print(f"   draft {invoice.id}: total {money(invoice.total_amount)} incl. VAT {money(invoice.total_tax)}")

    print("3. Add a 500 SEK discount line on account 3730")
    client.invoices.add_line_item(
        invoice.id,
        {
            "itemType": "salesItem",
            "productType": "services",
            "unitType": "piece",
            "quantity": 1,
            "description": "New customer discount",
            "unitPrice": -500,
            "taxRate": 25,
            "bookkeepingAccountNumber": 3730,
        },
    )

    print("4. Publish the invoice")
    invoice = client.invoices.publish(invoice.id)
    print(f"   invoice number {invoice.invoice_number}, status {invoice.status}")

    print("5. Bookkeep the invoice")
    invoice = client.invoices.record(invoice.id)
    show_journal_entry(client, invoice.journal_entry_ref, "invoice")

    print("\n6. Write off a 15.50 SEK bank fee (settlement) and bookkeep it")
    settlement = client.invoices.settlements.create(
        invoice.id,
        {"type": "bankFee", "invoiceSettlementDetails": {"date": "2024-10-15", "sumBaseCurrency": Decimal("15.50")}},
    )
    settlement = client.invoices.settlements.record(invoice.id, settlement.id)
    show_journal_entry(client, settlement.journal_entry_ref, "bank fee")

    print("\n7. Register the payment of 64,609.50 SEK on account 1940 and bookkeep it")
    payment = client.invoices.payments.create(
        invoice.id, {"date": "2024-11-01", "sumBaseCurrency": Decimal("64609.50"), "bookkeepingAccountNumber": 1940}
    )
    payment = client.invoices.payments.record(invoice.id, payment.id)
    show_journal_entry(client, payment.journal_entry_ref, "payment")

    invoice = client.invoices.get(invoice.id)
    paid = sum((Decimal(p.sum_base_currency) for p in client.invoices.payments.list(invoice.id)), Decimal(0))
    settled = sum(
        (
            s.invoice_settlement_details.sum_base_currency
            for s in client.invoices.settlements.list(invoice.id)
            if s.invoice_settlement_details
        ),
        Decimal(0),
    )
    outstanding = Decimal(invoice.total_amount) - paid - settled
    print(
        f"\nInvoice {invoice.invoice_number}: total {money(invoice.total_amount)} SEK "
        f"including {money(invoice.total_tax)} VAT; paid {money(paid)}, settled {money(settled)}, "
        f"outstanding {money(outstanding)}; status {invoice.status}"
    )


@contextlib.contextmanager
def client_for_run(write_to: str | None, company_id: str | None) -> Generator[Bokio]:
    if write_to is None:
        sandbox = Sandbox()
        with sandbox.serve() as base_url, Bokio(sandbox.token, sandbox.company_id, base_url=base_url) as client:
            print(f"Local Bokio sandbox at {base_url} (no credentials needed)\n")
            yield client
        return
    with Bokio(company_id=company_id, base_url=write_to) as client:
        company = client.company_information.get()
        print(
            f"WRITING to {client.base_url}: company {company.name!r} ({company.organization_number}, "
            f"id {client.company_id}). This run creates a customer, an invoice, a payment and journal entries.\n"
        )
        yield client


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--write-to", metavar="BASE_URL", help="run against this server (a Bokio test company), not the local sandbox"
    )
    parser.add_argument("--company-id", help="the company to write to (default: BOKIO_COMPANY_ID); needs --write-to")
    args = parser.parse_args(argv)
    if args.company_id and not args.write_to:
        parser.error("--company-id needs --write-to: without it the demo writes only to the local sandbox")
    with client_for_run(args.write_to, args.company_id) as client:
        run(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
