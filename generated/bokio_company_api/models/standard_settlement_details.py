from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import LazyModel

T = TypeVar("T", bound="StandardSettlementDetails")


@_attrs_define
class StandardSettlementDetails(LazyModel):
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        _sum_base_currency = d.pop("sumBaseCurrency")
        sum_base_currency: Decimal
        if type(_sum_base_currency) is Decimal:
            sum_base_currency = _sum_base_currency
        elif type(_sum_base_currency) is int:
            sum_base_currency = Decimal(_sum_base_currency)
        else:
            sum_base_currency = Decimal(str(_sum_base_currency))

        if _into is None:
            standard_settlement_details = cls(
                date=date,
                sum_base_currency=sum_base_currency,
            )
        else:
            standard_settlement_details = _into
            standard_settlement_details.__init__(
                date=date,
                sum_base_currency=sum_base_currency,
            )

        return standard_settlement_details
