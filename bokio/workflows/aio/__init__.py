"""Bokio's invoice workflows as single calls that can be run again after a crash at any step.

Each helper finds what an earlier run already did (through ``metadata.externalId`` where the
API has it, and through the objects' own fields where it has not), performs only the steps
still missing, and never creates anything twice. Results say which steps were performed and
which were found done.

``bokio.workflows`` takes a :class:`bokio.Bokio`; ``bokio.workflows.aio`` has the same functions,
awaitable, taking a :class:`bokio.AsyncBokio`. The asyncio modules are the source; the sync ones
are generated from them by ``scripts/unasync.py``.

>>> issued = issue_invoice(client, "CRM-4711", customer, invoice, discount=discount_line)
>>> register_payment(client, issued.invoice.id, date=dt.date(2024, 11, 1), amount=Decimal("64609.50"))
"""

from bokio.workflows._common import (
    CreditedInvoice,
    IssuedInvoice,
    Outcome,
    RegisteredPayment,
    SettledInvoice,
    Step,
    WorkflowConflictError,
)

from .crediting import credit_invoice
from .invoicing import issue_invoice
from .payments import register_payment
from .settlements import settle_invoice

__all__ = [
    "CreditedInvoice",
    "IssuedInvoice",
    "Outcome",
    "RegisteredPayment",
    "SettledInvoice",
    "Step",
    "WorkflowConflictError",
    "credit_invoice",
    "issue_invoice",
    "register_payment",
    "settle_invoice",
]
