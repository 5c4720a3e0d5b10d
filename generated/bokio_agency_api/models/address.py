from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address(LazyModel):
    """A postal address."""

    line1: str | Unset = UNSET
    line2: None | str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country code, e.g. `SE`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        city = self.city

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line1 is not UNSET:
            field_dict["line1"] = line1
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        line1 = d.pop("line1", UNSET)

        line2: None | str | Unset = d.pop("line2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country = d.pop("country", UNSET)

        if _into is None:
            address = cls(
                line1=line1,
                line2=line2,
                city=city,
                postal_code=postal_code,
                country=country,
            )
        else:
            address = _into
            address.__init__(
                line1=line1,
                line2=line2,
                city=city,
                postal_code=postal_code,
                country=country,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            address.additional_properties = d
        return address

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
