from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="Metadata")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(())


@_attrs_define(repr=False)
class Metadata(Model):
    """Up to 10 key/value pairs of the integration's own data (e.g. `externalId`). Keys are at most
    25 characters, values are strings. Bokio stores them but never shows or interprets them;
    lists can be filtered with `metadata.<key>==value`.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Metadata must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        metadata = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            if prop_name in _KNOWN_KEYS:
                continue
            additional_property = prop_dict
            if type(additional_property) is not str:
                raise TypeError(f"AdditionalProperty must be a string, not {type(additional_property).__name__}")

            additional_properties[prop_name] = additional_property

        metadata.additional_properties = additional_properties
        return metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
