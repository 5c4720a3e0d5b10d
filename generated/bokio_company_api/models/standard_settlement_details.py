from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StandardSettlementDetails")


@_attrs_define
class StandardSettlementDetails:
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
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        sum_base_currency = Decimal(str(d.pop("sumBaseCurrency")))

        standard_settlement_details = cls(
            date=date,
            sum_base_currency=sum_base_currency,
        )

        return standard_settlement_details
