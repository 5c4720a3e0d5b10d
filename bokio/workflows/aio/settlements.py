"""Settle part of an invoice (bank fee, currency difference, payment service fee) and bookkeep it, resumably.

Like payments, settlements have no metadata or reference field in the spec, so a settlement is
recognised by what it is: the same invoice, type, date, amount and (for a payment service fee)
VAT scheme.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bokio_company_api.models.invoice_settlement import InvoiceSettlement
from bokio_company_api.models.invoice_settlement_create import InvoiceSettlementCreate
from bokio_company_api.models.invoice_settlement_create_type import InvoiceSettlementCreateType
from bokio_company_api.models.payment_service_fee_settlement_details import PaymentServiceFeeSettlementDetails
from bokio_company_api.models.payment_service_fee_vat_scheme import PaymentServiceFeeVatScheme
from bokio_company_api.models.standard_settlement_details import StandardSettlementDetails

from bokio.client import AsyncBokio
from bokio.query import Q
from bokio.resources.base import ID
from bokio.workflows._common import (
    Progress,
    SettledInvoice,
    Step,
    differences,
    require_decimal,
)

from ._bookkeeping import create_and_record

__all__ = ["settle_invoice"]


async def settle_invoice(
    client: AsyncBokio,
    invoice_id: ID,
    *,
    kind: InvoiceSettlementCreateType | str,
    date: dt.date,
    amount: Decimal,
    vat_scheme: PaymentServiceFeeVatScheme | str | None = None,
) -> SettledInvoice:
    """Create a settlement of ``kind`` on the invoice, then bookkeep it.

    ``kind`` is one the API can create: ``bankFee`` (booked to 6570), ``currency`` (3740;
    a negative ``amount`` is a currency gain) or ``paymentServiceFee`` (needs ``vat_scheme``).
    Bad debt and balance adjustments are made in Bokio itself, not through the API.

    Idempotency rule: a settlement on this invoice with the same type, date, amount and VAT
    scheme *is* this settlement (looked up with ``Q.date`` and ``Q.sumBaseCurrency``, the
    filterable fields, and checked field by field); it is not created again, only bookkept if it
    is not yet. Two identical settlements on one invoice cannot both be made through this helper;
    finding several raises :class:`WorkflowConflictError`.
    """
    kind, details = _settlement_details(kind, date, require_decimal(amount, "amount"), vat_scheme)
    progress = Progress()
    settlement = await create_and_record(
        client.invoices.settlements,
        invoice_id,
        InvoiceSettlementCreate(type_=kind, invoice_settlement_details=details),
        query=(Q.date == date) & (Q.sumBaseCurrency == amount),
        is_same=lambda settlement: _is_same(settlement, kind, details),
        what=f"{kind} settlements of {amount} on {date}",
        steps=(Step.CREATE_SETTLEMENT, Step.RECORD_SETTLEMENT),
        progress=progress,
    )
    return SettledInvoice(settlement=settlement, **progress.outcome())


def _is_same(
    settlement: InvoiceSettlement,
    kind: InvoiceSettlementCreateType,
    details: PaymentServiceFeeSettlementDetails | StandardSettlementDetails,
) -> bool:
    stored = settlement.to_dict()
    return stored.get("type") == kind and not differences(details.to_dict(), stored.get("invoiceSettlementDetails"))


def _settlement_details(
    kind: InvoiceSettlementCreateType | str, date: dt.date, amount: Decimal, vat_scheme: str | None
) -> tuple[InvoiceSettlementCreateType, PaymentServiceFeeSettlementDetails | StandardSettlementDetails]:
    """The settlement's type and details; a payment service fee, and only it, has a VAT scheme."""
    creatable = [str(member) for member in InvoiceSettlementCreateType]
    if kind not in creatable:
        raise ValueError(f"the API can create settlements of kind {', '.join(creatable)}; not {kind!r}")
    kind = InvoiceSettlementCreateType(kind)
    if kind == InvoiceSettlementCreateType.PAYMENTSERVICEFEE:
        if vat_scheme is None:
            raise ValueError("a paymentServiceFee settlement needs a vat_scheme")
        scheme = PaymentServiceFeeVatScheme(vat_scheme)
        return kind, PaymentServiceFeeSettlementDetails(date=date, sum_base_currency=amount, vat_scheme=scheme)
    if vat_scheme is not None:
        raise ValueError(f"only a paymentServiceFee settlement has a vat_scheme, not {kind}")
    return kind, StandardSettlementDetails(date=date, sum_base_currency=amount)
