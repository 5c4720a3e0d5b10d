from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="InvoicePaymentInput")


@_attrs_define(repr=False)
class InvoicePaymentInput(Model):
    """Money received against an invoice. `id`, `invoiceId` and `journalEntryRef` are set by Bokio
    and ignored when creating.

    """

    date: datetime.date
    """ The day the money reached the account. """
    sum_base_currency: Decimal
    """ Amount received, in the company's base currency (SEK). """
    bookkeeping_account_number: int
    """ The account the money was paid into, e.g. 1930 (business bank account, Bokio's default)
    or 1940 (additional bank account). Must be a chart-of-accounts account set up as a
    payment account.
     """

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        sum_base_currency = self.sum_base_currency

        bookkeeping_account_number = self.bookkeeping_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "date": date,
                "sumBaseCurrency": sum_base_currency,
                "bookkeepingAccountNumber": bookkeeping_account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoicePaymentInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        date = datetime.date.fromisoformat(d["date"])

        sum_base_currency = d["sumBaseCurrency"]
        if type(sum_base_currency) is Decimal:
            if not sum_base_currency.is_finite():
                raise ValueError(f"sumBaseCurrency must be a finite number, not {sum_base_currency}")
        elif type(sum_base_currency) is int:
            sum_base_currency = Decimal(sum_base_currency)
        else:
            raise TypeError(f"sumBaseCurrency must be a number, not {type(sum_base_currency).__name__}")

        bookkeeping_account_number = d["bookkeepingAccountNumber"]
        if type(bookkeeping_account_number) is not int:
            raise TypeError(
                f"bookkeepingAccountNumber must be an integer, not {type(bookkeeping_account_number).__name__}"
            )

        invoice_payment_input = cls(
            date,
            sum_base_currency,
            bookkeeping_account_number,
        )

        return invoice_payment_input
