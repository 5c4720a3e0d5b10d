from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="BulkCreateBankPaymentsRequest")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(("payments",))


@_attrs_define(repr=False)
class BulkCreateBankPaymentsRequest(Model):
    """The payments to create together, all or none."""

    payments: list[BankPaymentInput]
    """ Between 1 and 100 payments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payments": payments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BulkCreateBankPaymentsRequest must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _payments = d["payments"]
        if type(_payments) is not list:
            raise TypeError(f"payments must be an array, not {type(_payments).__name__}")
        payments = [BankPaymentInput.from_dict(payments_item_data) for payments_item_data in _payments]

        bulk_create_bank_payments_request = cls(
            payments,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            bulk_create_bank_payments_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return bulk_create_bank_payments_request

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


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.bank_payment_input import BankPaymentInput
