from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_payment_details_type import TransferPaymentDetailsType
from ..types import LazyModel

T = TypeVar("T", bound="TransferPaymentDetails")


@_attrs_define
class TransferPaymentDetails(LazyModel):
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        type_ = TransferPaymentDetailsType(d.pop("type"))

        clearing_number = d.pop("clearingNumber")

        account_number = d.pop("accountNumber")

        if _into is None:
            transfer_payment_details = cls(
                type_=type_,
                clearing_number=clearing_number,
                account_number=account_number,
            )
        else:
            transfer_payment_details = _into
            transfer_payment_details.__init__(
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
