"""``client.bank_payments``: outgoing payments from the company's business account.

Needs the elevated scopes ``bank-payments:read-limited``/``bank-payments:write``, granted only
to public integrations approved for them. Payments are only prepared: each reaches the bank
once the account's signatory has signed it with BankID in the app.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from bokio_company_api.api.bank_payments import (
    create_bank_payment,
    create_bank_payments,
    get_bank_payment,
    list_bank_payments,
)
from bokio_company_api.models.bank_payment import BankPayment
from bokio_company_api.models.bulk_create_bank_payments_request import BulkCreateBankPaymentsRequest

from bokio.pagination import Pager
from bokio.query import QueryLike
from bokio.resources._base import ID, Resource, as_model

__all__ = ["BankPayments"]


def _parse_payments(data: Any) -> list[BankPayment]:
    return [BankPayment.from_dict(item) for item in data]


class BankPayments(Resource):
    """``client.bank_payments``: prepare outgoing payments and follow their status."""

    def create(self, payment: BankPayment | Mapping[str, Any]) -> BankPayment:
        """Prepare a payment to a bankgiro number or bank account; it waits in ``readyToSign``."""
        body = as_model(payment, BankPayment.from_dict)
        return self._client._call(create_bank_payment, BankPayment.from_dict, company_id=self._company_id, body=body)

    def create_bulk(self, payments: Iterable[BankPayment | Mapping[str, Any]]) -> list[BankPayment]:
        """Prepare 1 to 100 payments at once, all or none; returns the created payments in order."""
        body = BulkCreateBankPaymentsRequest(payments=[as_model(p, BankPayment.from_dict) for p in payments])
        return self._client._call(create_bank_payments, _parse_payments, company_id=self._company_id, body=body)

    def list(self, *, query: QueryLike | None = None, page_size: int | None = None) -> Pager[BankPayment]:
        """The payments this integration created, page by page; ``query`` filters (e.g. by ``status``)."""
        return self._client._paginate(
            list_bank_payments,
            BankPayment.from_dict_lazy,
            query=query,
            page_size=page_size,
            company_id=self._company_id,
        )

    def get(self, bank_payment_id: ID) -> BankPayment:
        """A payment this integration created, with its current status (signed, paid, …)."""
        return self._client._call(
            get_bank_payment, BankPayment.from_dict, company_id=self._company_id, bank_payment_id=bank_payment_id
        )
