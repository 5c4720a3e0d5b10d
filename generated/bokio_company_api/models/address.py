from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Address")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "line1",
        "line2",
        "city",
        "postalCode",
        "country",
    )
)


@_attrs_define(repr=False)
class Address(Model):
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Address must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        line1 = d.get("line1", UNSET)
        if line1 is not UNSET and type(line1) is not str:
            raise TypeError(f"line1 must be a string, not {type(line1).__name__}")

        _line2 = d.get("line2", UNSET)
        line2: None | str | Unset
        if _line2 is None:
            line2 = None
        elif _line2 is UNSET:
            line2 = UNSET
        else:
            if not isinstance(_line2, str):
                raise TypeError()
            line2_type_0 = _line2
            if type(line2_type_0) is not str:
                raise TypeError(f"line2_type_0 must be a string, not {type(line2_type_0).__name__}")

            line2 = line2_type_0

        city = d.get("city", UNSET)
        if city is not UNSET and type(city) is not str:
            raise TypeError(f"city must be a string, not {type(city).__name__}")

        postal_code = d.get("postalCode", UNSET)
        if postal_code is not UNSET and type(postal_code) is not str:
            raise TypeError(f"postalCode must be a string, not {type(postal_code).__name__}")

        country = d.get("country", UNSET)
        if country is not UNSET and type(country) is not str:
            raise TypeError(f"country must be a string, not {type(country).__name__}")

        address = cls(
            line1,
            line2,
            city,
            postal_code,
            country,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            address.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
