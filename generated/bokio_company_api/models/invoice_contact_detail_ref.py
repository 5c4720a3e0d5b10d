from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceContactDetailRef")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "email",
        "phone",
    )
)


@_attrs_define(repr=False)
class InvoiceContactDetailRef(Model):
    """A contact person of the customer. Send its `id`; email and phone come back filled in."""

    id: None | UUID
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceContactDetailRef must be a JSON object, not {type(src_dict).__name__}")
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

        _email = d.get("email", UNSET)
        email: None | str | Unset
        if _email is None:
            email = None
        elif _email is UNSET:
            email = UNSET
        else:
            if not isinstance(_email, str):
                raise TypeError()
            email_type_0 = _email
            if type(email_type_0) is not str:
                raise TypeError(f"email_type_0 must be a string, not {type(email_type_0).__name__}")

            email = email_type_0

        _phone = d.get("phone", UNSET)
        phone: None | str | Unset
        if _phone is None:
            phone = None
        elif _phone is UNSET:
            phone = UNSET
        else:
            if not isinstance(_phone, str):
                raise TypeError()
            phone_type_0 = _phone
            if type(phone_type_0) is not str:
                raise TypeError(f"phone_type_0 must be a string, not {type(phone_type_0).__name__}")

            phone = phone_type_0

        invoice_contact_detail_ref = cls(
            id,
            email,
            phone,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_contact_detail_ref.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_contact_detail_ref

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
