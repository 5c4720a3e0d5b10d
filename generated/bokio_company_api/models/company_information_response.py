from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="CompanyInformationResponse")


@_attrs_define(repr=False)
class CompanyInformationResponse(Model):
    """Envelope around the company's information."""

    company_information: CompanyInformation
    """ The company's registered details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_information = self.company_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyInformation": company_information,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CompanyInformationResponse must be a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        company_information = CompanyInformation.from_dict(d.pop("companyInformation"))

        company_information_response = cls(
            company_information=company_information,
        )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            company_information_response.additional_properties = d
        return company_information_response

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
from ..models.company_information import CompanyInformation
