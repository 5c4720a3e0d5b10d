from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="InvoiceTaxReductionPerson")


@_attrs_define
class InvoiceTaxReductionPerson(LazyModel):
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        personal_number = d.pop("personalNumber")

        _deduction_amount = d.pop("deductionAmount")
        deduction_amount: Decimal
        if type(_deduction_amount) is Decimal:
            deduction_amount = _deduction_amount
        elif type(_deduction_amount) is int:
            deduction_amount = Decimal(_deduction_amount)
        else:
            deduction_amount = Decimal(str(_deduction_amount))

        if _into is None:
            invoice_tax_reduction_person = cls(
                personal_number=personal_number,
                deduction_amount=deduction_amount,
            )
        else:
            invoice_tax_reduction_person = _into
            invoice_tax_reduction_person.__init__(
                personal_number=personal_number,
                deduction_amount=deduction_amount,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice_tax_reduction_person.additional_properties = d
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
