from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CustomerContactInput")


@_attrs_define(repr=False)
class CustomerContactInput(Model):
    """A contact person at a customer."""

    id: None | Unset | UUID = UNSET
    """ Assigned by Bokio; leave out for a new contact, send it to keep an existing one. """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    """ Whether this contact is pre-selected when invoicing the customer. """

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        email = self.email

        phone = self.phone

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
            raise TypeError(f"CustomerContactInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _id = d.get("id", UNSET)
        id: None | Unset | UUID
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
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

        customer_contact_input = cls(
            id,
            name,
            email,
            phone,
            is_default,
        )

        return customer_contact_input
