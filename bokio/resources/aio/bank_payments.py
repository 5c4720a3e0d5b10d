"""``client.bank_payments``: outgoing payments from the company's business account.

Needs the elevated scopes ``bank-payments:read-limited``/``bank-payments:write``, granted only
to public integrations approved for them. Payments are only prepared: each reaches the bank
once the account's signatory has signed it with BankID in the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bokio_company_api.api.bank_payments import (
    create_bank_payment,
    create_bank_payments,
    get_bank_payment,
    list_bank_payments,
)
from bokio_company_api.models.bank_payment import BankPayment
from bokio_company_api.models.bank_payment_input import BankPaymentInput
from bokio_company_api.params import BankPaymentParams, BulkCreateBankPaymentsRequestParams

from bokio.client import AsyncBokio, Headers, Timeout
from bokio.pagination import AsyncPager
from bokio.query import QueryLike
from bokio.resources.base import ID, Resource

__all__ = ["AsyncBankPayments"]


def _parse_payments(data: Any) -> list[BankPayment]:
    return [BankPayment.from_dict(item) for item in data]


class AsyncBankPayments(Resource[AsyncBokio]):
    """``client.bank_payments``: prepare outgoing payments and follow their status."""

    async def create(
        self,
        payment: BankPaymentInput | BankPaymentParams,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> BankPayment:
        """Prepare a payment to a bankgiro number or bank account; it waits in ``readyToSign``."""
        return await self._client._call(
            lambda: create_bank_payment.build_request(company_id=self._company_id, body=payment),
            BankPayment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def create_bulk(
        self,
        payments: Iterable[BankPaymentInput | BankPaymentParams],
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> list[BankPayment]:
        """Prepare 1 to 100 payments at once, all or none; returns the created payments in order."""
        each: list[Any] = [p.to_dict() if isinstance(p, BankPaymentInput) else p for p in payments]
        body: BulkCreateBankPaymentsRequestParams = {"payments": each}
        return await self._client._call(
            lambda: create_bank_payments.build_request(company_id=self._company_id, body=body),
            _parse_payments,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        query: QueryLike | None = None,
        page_size: int | None = None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[BankPayment]:
        """The payments this integration created, page by page; ``query`` filters (e.g. by ``status``)."""
        return self._client._paginate(
            list_bank_payments,
            lambda page, size, compiled: list_bank_payments.build_request(
                company_id=self._company_id, page=page, page_size=size, query=compiled
            ),
            BankPayment.from_dict,
            query=query,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get(
        self, bank_payment_id: ID, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> BankPayment:
        """A payment this integration created, with its current status (signed, paid, …)."""
        return await self._client._call(
            lambda: get_bank_payment.build_request(company_id=self._company_id, bank_payment_id=bank_payment_id),
            BankPayment.from_dict,
            timeout=timeout,
            extra_headers=extra_headers,
        )
