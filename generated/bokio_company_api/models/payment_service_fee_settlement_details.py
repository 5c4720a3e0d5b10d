from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_service_fee_vat_scheme import PaymentServiceFeeVatScheme
from ..types import Model

T = TypeVar("T", bound="PaymentServiceFeeSettlementDetails")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "date",
        "sumBaseCurrency",
        "vatScheme",
    )
)


@_attrs_define(repr=False)
class PaymentServiceFeeSettlementDetails(Model):
    """Details of a `paymentServiceFee` settlement."""

    date: datetime.date
    """ The day the settlement applies to, usually the payment's date. """
    sum_base_currency: Decimal
    """ The fee in the base currency (SEK); must be greater than zero. """
    vat_scheme: PaymentServiceFeeVatScheme
    """ How VAT on a payment service fee is bookkept: `domestic`: a Swedish expense without
    reverse charge; `eu`: reverse charge from an EU provider (output VAT on 2645, input VAT on
    2614); `nonEu`: reverse charge from a provider outside the EU (same VAT accounts as `eu`,
    a different expense account); `vatExempt`: no VAT, booked as a general administrative
    expense.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        sum_base_currency = self.sum_base_currency

        vat_scheme = self.vat_scheme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "sumBaseCurrency": sum_base_currency,
                "vatScheme": vat_scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PaymentServiceFeeSettlementDetails must be a JSON object, not {type(src_dict).__name__}")
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

        vat_scheme = PaymentServiceFeeVatScheme(d["vatScheme"])

        payment_service_fee_settlement_details = cls(
            date,
            sum_base_currency,
            vat_scheme,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            payment_service_fee_settlement_details.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return payment_service_fee_settlement_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
