from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_recipient_kind import TransferRecipientKind
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="TransferRecipient")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "recipientName",
        "clearingNumber",
        "accountNumber",
        "recipientReference",
    )
)


@_attrs_define(repr=False)
class TransferRecipient(Model):
    """Payment straight to a Swedish bank account, given by clearing and account number."""

    kind: TransferRecipientKind
    recipient_name: str
    """ Name of the account holder. """
    clearing_number: str
    """ The bank's clearing number, e.g. `8327`. """
    account_number: str
    """ Account number, without the clearing number. """
    recipient_reference: str | Unset = UNSET
    """ Reference for the recipient, e.g. the number of the invoice being paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        recipient_name = self.recipient_name

        clearing_number = self.clearing_number

        account_number = self.account_number

        recipient_reference = self.recipient_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "recipientName": recipient_name,
                "clearingNumber": clearing_number,
                "accountNumber": account_number,
            }
        )
        if recipient_reference is not UNSET:
            field_dict["recipientReference"] = recipient_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TransferRecipient must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        kind = TransferRecipientKind(d["kind"])

        recipient_name = d["recipientName"]
        if type(recipient_name) is not str:
            raise TypeError(f"recipientName must be a string, not {type(recipient_name).__name__}")

        clearing_number = d["clearingNumber"]
        if type(clearing_number) is not str:
            raise TypeError(f"clearingNumber must be a string, not {type(clearing_number).__name__}")

        account_number = d["accountNumber"]
        if type(account_number) is not str:
            raise TypeError(f"accountNumber must be a string, not {type(account_number).__name__}")

        recipient_reference = d.get("recipientReference", UNSET)
        if recipient_reference is not UNSET and type(recipient_reference) is not str:
            raise TypeError(f"recipientReference must be a string, not {type(recipient_reference).__name__}")

        transfer_recipient = cls(
            kind,
            recipient_name,
            clearing_number,
            account_number,
            recipient_reference,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            transfer_recipient.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return transfer_recipient

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
