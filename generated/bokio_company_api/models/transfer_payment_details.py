from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_payment_details_type import TransferPaymentDetailsType
from ..types import Model

T = TypeVar("T", bound="TransferPaymentDetails")


@_attrs_define(repr=False)
class TransferPaymentDetails(Model):
    """Pay the supplier by transfer to a Swedish bank account."""

    type_: TransferPaymentDetailsType
    clearing_number: str
    """ The bank's clearing number (4 or 5 digits). """
    account_number: str
    """ The account number at that bank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        clearing_number = self.clearing_number

        account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "clearingNumber": clearing_number,
                "accountNumber": account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"TransferPaymentDetails must be a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = TransferPaymentDetailsType(d.pop("type"))

        clearing_number = d.pop("clearingNumber")
        if type(clearing_number) is not str:
            raise TypeError(f"clearingNumber must be a string, not {type(clearing_number).__name__}")

        account_number = d.pop("accountNumber")
        if type(account_number) is not str:
            raise TypeError(f"accountNumber must be a string, not {type(account_number).__name__}")

        transfer_payment_details = cls(
            type_=type_,
            clearing_number=clearing_number,
            account_number=account_number,
        )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            transfer_payment_details.additional_properties = d
        return transfer_payment_details

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
