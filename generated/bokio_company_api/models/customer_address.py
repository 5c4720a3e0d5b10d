from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress(LazyModel):
    """A customer's billing address. Addresses in Great Britain also need `countrySubdivision`."""

    line1: str
    city: str
    postal_code: str
    country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `SE`. """
    line2: None | str | Unset = UNSET
    country_subdivision: None | str | Unset = UNSET
    """ ISO 3166-2 subdivision code; currently required for `GB` (`ENG`, `SCT`, `WLS` or `NIR`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        city = self.city

        postal_code = self.postal_code

        country = self.country

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        country_subdivision: None | str | Unset
        if isinstance(self.country_subdivision, Unset):
            country_subdivision = UNSET
        else:
            country_subdivision = self.country_subdivision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line1": line1,
                "city": city,
                "postalCode": postal_code,
                "country": country,
            }
        )
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if country_subdivision is not UNSET:
            field_dict["countrySubdivision"] = country_subdivision

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        line1 = d.pop("line1")

        city = d.pop("city")

        postal_code = d.pop("postalCode")

        country = d.pop("country")

        line2: None | str | Unset = d.pop("line2", UNSET)

        country_subdivision: None | str | Unset = d.pop("countrySubdivision", UNSET)

        if _into is None:
            customer_address = cls(
                line1=line1,
                city=city,
                postal_code=postal_code,
                country=country,
                line2=line2,
                country_subdivision=country_subdivision,
            )
        else:
            customer_address = _into
            customer_address.__init__(
                line1=line1,
                city=city,
                postal_code=postal_code,
                country=country,
                line2=line2,
                country_subdivision=country_subdivision,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            customer_address.additional_properties = d
        return customer_address

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
