from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.international_payment_details_type import InternationalPaymentDetailsType
from ..types import Model

T = TypeVar("T", bound="InternationalPaymentDetails")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "type",
        "iban",
        "bic",
    )
)


@_attrs_define(repr=False)
class InternationalPaymentDetails(Model):
    """Pay the supplier abroad, to an IBAN with the bank's BIC."""

    type_: InternationalPaymentDetailsType
    iban: str
    """ The account's IBAN. """
    bic: str
    """ The bank's BIC (SWIFT code). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        iban = self.iban

        bic = self.bic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "iban": iban,
                "bic": bic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InternationalPaymentDetails must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        type_ = InternationalPaymentDetailsType(d["type"])

        iban = d["iban"]
        if type(iban) is not str:
            raise TypeError(f"iban must be a string, not {type(iban).__name__}")

        bic = d["bic"]
        if type(bic) is not str:
            raise TypeError(f"bic must be a string, not {type(bic).__name__}")

        international_payment_details = cls(
            type_,
            iban,
            bic,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            international_payment_details.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return international_payment_details

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
