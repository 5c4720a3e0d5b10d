from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="ApiFieldError")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "field",
        "message",
    )
)


@_attrs_define(repr=False)
class ApiFieldError(Model):
    """One invalid field of a request body."""

    field: str | Unset = UNSET
    """ JSON pointer to the field, prefixed with `#`, e.g. `#/lineItems/0/taxRate`. """
    message: str | Unset = UNSET
    """ What is wrong with the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApiFieldError must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        field = d.get("field", UNSET)
        if field is not UNSET and type(field) is not str:
            raise TypeError(f"field must be a string, not {type(field).__name__}")

        message = d.get("message", UNSET)
        if message is not UNSET and type(message) is not str:
            raise TypeError(f"message must be a string, not {type(message).__name__}")

        api_field_error = cls(
            field,
            message,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            api_field_error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return api_field_error

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
