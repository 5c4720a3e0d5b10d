from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CustomerContact")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "email",
        "phone",
        "isDefault",
    )
)


@_attrs_define(repr=False)
class CustomerContact(Model):
    """A contact person at a customer."""

    id: None | UUID
    """ Assigned by Bokio; leave out for a new contact, send it to keep an existing one. """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    """ Whether this contact is pre-selected when invoicing the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        email = self.email

        phone = self.phone

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CustomerContact must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _id = d["id"]
        id: None | UUID
        if _id is None:
            id = None
        else:
            if not isinstance(_id, str):
                raise TypeError()
            id_type_0 = UUID(_id)

            id = id_type_0

        name = d.get("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        email = d.get("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email must be a string, not {type(email).__name__}")

        phone = d.get("phone", UNSET)
        if phone is not UNSET and type(phone) is not str:
            raise TypeError(f"phone must be a string, not {type(phone).__name__}")

        is_default = d.get("isDefault", UNSET)
        if is_default is not UNSET and type(is_default) is not bool:
            raise TypeError(f"isDefault must be a boolean, not {type(is_default).__name__}")

        customer_contact = cls(
            id,
            name,
            email,
            phone,
            is_default,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            customer_contact.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return customer_contact

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
