from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="InvoiceTaxReductionPerson")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "personalNumber",
        "deductionAmount",
    )
)


@_attrs_define(repr=False)
class InvoiceTaxReductionPerson(Model):
    """A person claiming part of the deduction."""

    personal_number: str
    """ Personnummer as `YYYYMMDD-XXXX`; the last four digits come back masked as `XXXX` when another integration
    created the invoice. """
    deduction_amount: Decimal
    """ This person's deduction; zero or more. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        personal_number = self.personal_number

        deduction_amount = self.deduction_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personalNumber": personal_number,
                "deductionAmount": deduction_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceTaxReductionPerson must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        personal_number = d["personalNumber"]
        if type(personal_number) is not str:
            raise TypeError(f"personalNumber must be a string, not {type(personal_number).__name__}")

        deduction_amount = d["deductionAmount"]
        if type(deduction_amount) is Decimal:
            if not deduction_amount.is_finite():
                raise ValueError(f"deductionAmount must be a finite number, not {deduction_amount}")
        elif type(deduction_amount) is int:
            deduction_amount = Decimal(deduction_amount)
        else:
            raise TypeError(f"deductionAmount must be a number, not {type(deduction_amount).__name__}")

        invoice_tax_reduction_person = cls(
            personal_number,
            deduction_amount,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_tax_reduction_person.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_tax_reduction_person

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
