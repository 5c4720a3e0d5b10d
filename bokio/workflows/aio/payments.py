"""Register money received for an invoice and bookkeep it, resumably.

Bokio's payments have no metadata or reference field (the spec's ``InvoicePayment`` holds only
date, amount and account), so a payment cannot carry the caller's key. It is recognised by what
it is: the same invoice, date, amount and payment account.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bokio_company_api.models.invoice_payment_input import InvoicePaymentInput

from bokio.client import AsyncBokio
from bokio.query import Q
from bokio.resources.base import ID
from bokio.workflows._common import (
    Progress,
    RegisteredPayment,
    Step,
    require_decimal,
)

from ._bookkeeping import create_and_record

__all__ = ["register_payment"]


async def register_payment(
    client: AsyncBokio, invoice_id: ID, *, date: dt.date, amount: Decimal, account: int = 1930
) -> RegisteredPayment:
    """Register ``amount`` SEK received on ``date`` into ``account`` (1930, 1940, …), then bookkeep it.

    Idempotency rule: a payment on this invoice with the same date, amount and account *is* this
    payment (looked up with ``Q.date`` and ``Q.sumBaseCurrency``, the filterable fields of the
    invoice's payment list, and checked field by field). When it exists it is not created again,
    only bookkept if it is not yet. The consequence: two genuinely separate payments of the same
    amount on the same day into the same account cannot both be registered through this helper;
    register the second with ``client.invoices.payments`` directly. Several such payments already
    on the invoice raise :class:`WorkflowConflictError`, since it is unclear which one is meant.
    """
    amount = require_decimal(amount, "amount")
    progress = Progress()
    payment = await create_and_record(
        client.invoices.payments,
        invoice_id,
        InvoicePaymentInput(date=date, sum_base_currency=amount, bookkeeping_account_number=account),
        query=(Q.date == date) & (Q.sumBaseCurrency == amount),
        is_same=lambda payment: (
            (payment.date, payment.sum_base_currency, payment.bookkeeping_account_number) == (date, amount, account)
        ),
        what=f"payments of {amount} on {date} to account {account}",
        steps=(Step.CREATE_PAYMENT, Step.RECORD_PAYMENT),
        progress=progress,
    )
    return RegisteredPayment(payment=payment, **progress.outcome())
