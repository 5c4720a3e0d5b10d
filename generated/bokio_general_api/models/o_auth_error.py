from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="OAuthError")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "error",
        "error_description",
    )
)


@_attrs_define(repr=False)
class OAuthError(Model):
    """The error body of the OAuth endpoints (RFC 6749), not the Company API's error body."""

    error: str | Unset = UNSET
    """ The error code, e.g. `invalid_request`, `invalid_client`, `invalid_grant`, `unsupported_grant_type`. """
    error_description: str | Unset = UNSET
    """ Human-readable explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OAuthError must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        error = d.get("error", UNSET)
        if error is not UNSET and type(error) is not str:
            raise TypeError(f"error must be a string, not {type(error).__name__}")

        error_description = d.get("error_description", UNSET)
        if error_description is not UNSET and type(error_description) is not str:
            raise TypeError(f"error_description must be a string, not {type(error_description).__name__}")

        o_auth_error = cls(
            error,
            error_description,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            o_auth_error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return o_auth_error

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
