from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceBillingAddress")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "line1",
        "city",
        "postalCode",
        "country",
        "line2",
        "countrySubdivision",
    )
)


@_attrs_define(repr=False)
class InvoiceBillingAddress(Model):
    """A billing address; `countrySubdivision` is needed for some countries."""

    line1: str
    city: str
    postal_code: str
    country: str
    """ ISO 3166-1 alpha-2 country code, e.g. `SE`. """
    line2: None | str | Unset = UNSET
    country_subdivision: None | str | Unset = UNSET
    """ ISO 3166-2 subdivision code; currently required for `GB` (ENG, SCT, WLS, NIR). """
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceBillingAddress must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        line1 = d["line1"]
        if type(line1) is not str:
            raise TypeError(f"line1 must be a string, not {type(line1).__name__}")

        city = d["city"]
        if type(city) is not str:
            raise TypeError(f"city must be a string, not {type(city).__name__}")

        postal_code = d["postalCode"]
        if type(postal_code) is not str:
            raise TypeError(f"postalCode must be a string, not {type(postal_code).__name__}")

        country = d["country"]
        if type(country) is not str:
            raise TypeError(f"country must be a string, not {type(country).__name__}")

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

        _country_subdivision = d.get("countrySubdivision", UNSET)
        country_subdivision: None | str | Unset
        if _country_subdivision is None:
            country_subdivision = None
        elif _country_subdivision is UNSET:
            country_subdivision = UNSET
        else:
            if not isinstance(_country_subdivision, str):
                raise TypeError()
            country_subdivision_type_0 = _country_subdivision
            if type(country_subdivision_type_0) is not str:
                raise TypeError(
                    f"countrySubdivision_type_0 must be a string, not {type(country_subdivision_type_0).__name__}"
                )

            country_subdivision = country_subdivision_type_0

        invoice_billing_address = cls(
            line1,
            city,
            postal_code,
            country,
            line2,
            country_subdivision,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_billing_address.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_billing_address

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
