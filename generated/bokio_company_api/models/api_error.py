from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="ApiError")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "bokioErrorId",
        "errors",
    )
)


@_attrs_define(repr=False)
class ApiError(Model):
    """The body of every Company and Agency API error. Quote `bokioErrorId` when contacting Bokio support."""

    code: str | Unset = UNSET
    """ Machine-readable error code, e.g. `validation-error`, `not-found`, `operation-not-allowed`, `limit-
    exceeded`, `internal-server-error`. """
    message: str | Unset = UNSET
    """ Human-readable explanation. """
    bokio_error_id: UUID | Unset = UNSET
    """ Identifier of this occurrence in Bokio's logs. """
    errors: list[ApiFieldError] | Unset = UNSET
    """ Field-level problems of a `validation-error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        bokio_error_id: str | Unset = UNSET
        if not isinstance(self.bokio_error_id, Unset):
            bokio_error_id = str(self.bokio_error_id)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if bokio_error_id is not UNSET:
            field_dict["bokioErrorId"] = bokio_error_id
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApiError must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        code = d.get("code", UNSET)
        if code is not UNSET and type(code) is not str:
            raise TypeError(f"code must be a string, not {type(code).__name__}")

        message = d.get("message", UNSET)
        if message is not UNSET and type(message) is not str:
            raise TypeError(f"message must be a string, not {type(message).__name__}")

        _bokio_error_id = d.get("bokioErrorId", UNSET)
        bokio_error_id: UUID | Unset
        if _bokio_error_id is UNSET:
            bokio_error_id = UNSET
        else:
            bokio_error_id = UUID(_bokio_error_id)

        _errors = d.get("errors", UNSET)
        errors: list[ApiFieldError] | Unset = UNSET
        if _errors is not UNSET:
            if type(_errors) is not list:
                raise TypeError(f"errors must be an array, not {type(_errors).__name__}")
            errors = [ApiFieldError.from_dict(errors_item_data) for errors_item_data in _errors]

        api_error = cls(
            code,
            message,
            bokio_error_id,
            errors,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            api_error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return api_error

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
from ..models.api_field_error import ApiFieldError
