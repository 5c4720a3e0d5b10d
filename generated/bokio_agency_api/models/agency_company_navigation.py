from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="AgencyCompanyNavigation")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(("url",))


@_attrs_define(repr=False)
class AgencyCompanyNavigation(Model):
    """A deep link into Bokio's web app."""

    url: str
    """ Open it in the agency user's browser. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AgencyCompanyNavigation must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        url = d["url"]
        if type(url) is not str:
            raise TypeError(f"url must be a string, not {type(url).__name__}")

        agency_company_navigation = cls(
            url,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            agency_company_navigation.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return agency_company_navigation

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
