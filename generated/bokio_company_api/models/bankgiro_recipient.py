from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bankgiro_recipient_kind import BankgiroRecipientKind
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="BankgiroRecipient")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "kind",
        "recipientName",
        "bankgiroNumber",
        "ocr",
        "message",
    )
)


@_attrs_define(repr=False)
class BankgiroRecipient(Model):
    """Payment to a bankgiro number. Give exactly one of `ocr` (the recipient's OCR reference)
    and `message` (free text to the recipient), never both.

    """

    kind: BankgiroRecipientKind
    recipient_name: str
    """ Name of the payee. """
    bankgiro_number: str
    """ The payee's bankgiro number, e.g. `5050-1055`. """
    ocr: str | Unset = UNSET
    """ OCR reference from the payee's invoice. Not together with `message`. """
    message: str | Unset = UNSET
    """ Message to the payee. Not together with `ocr`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        recipient_name = self.recipient_name

        bankgiro_number = self.bankgiro_number

        ocr = self.ocr

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "recipientName": recipient_name,
                "bankgiroNumber": bankgiro_number,
            }
        )
        if ocr is not UNSET:
            field_dict["ocr"] = ocr
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BankgiroRecipient must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        kind = BankgiroRecipientKind(d["kind"])

        recipient_name = d["recipientName"]
        if type(recipient_name) is not str:
            raise TypeError(f"recipientName must be a string, not {type(recipient_name).__name__}")

        bankgiro_number = d["bankgiroNumber"]
        if type(bankgiro_number) is not str:
            raise TypeError(f"bankgiroNumber must be a string, not {type(bankgiro_number).__name__}")

        ocr = d.get("ocr", UNSET)
        if ocr is not UNSET and type(ocr) is not str:
            raise TypeError(f"ocr must be a string, not {type(ocr).__name__}")

        message = d.get("message", UNSET)
        if message is not UNSET and type(message) is not str:
            raise TypeError(f"message must be a string, not {type(message).__name__}")

        bankgiro_recipient = cls(
            kind,
            recipient_name,
            bankgiro_number,
            ocr,
            message,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            bankgiro_recipient.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return bankgiro_recipient

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
