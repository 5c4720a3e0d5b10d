from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="StandardSettlementDetails")


@_attrs_define(repr=False)
class StandardSettlementDetails(Model):
    """Details of a `currency`, `bankFee`, `badDebt` or `balanceAdjustment` settlement."""

    date: datetime.date
    """ The day the settlement applies to, usually the payment's date. """
    sum_base_currency: Decimal
    """ Amount in the base currency (SEK). Positive lowers the invoice's outstanding amount,
    negative raises it (e.g. a currency gain).
     """

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        sum_base_currency = self.sum_base_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "date": date,
                "sumBaseCurrency": sum_base_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StandardSettlementDetails must be a JSON object, not {type(src_dict).__name__}")
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

        standard_settlement_details = cls(
            date,
            sum_base_currency,
        )

        return standard_settlement_details
