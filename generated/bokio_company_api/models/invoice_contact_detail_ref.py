from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="InvoiceContactDetailRef")


@_attrs_define
class InvoiceContactDetailRef(LazyModel):
    """A contact person of the customer. Send its `id`; email and phone come back filled in."""

    id: None | Unset | UUID = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: None | Unset | UUID
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
        else:
            try:
                if not isinstance(_id, str):
                    raise TypeError()
                id_type_0 = UUID(_id)

                id = id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                id = _id

        email: None | str | Unset = d.pop("email", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        if _into is None:
            invoice_contact_detail_ref = cls(
                id=id,
                email=email,
                phone=phone,
            )
        else:
            invoice_contact_detail_ref = _into
            invoice_contact_detail_ref.__init__(
                id=id,
                email=email,
                phone=phone,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice_contact_detail_ref.additional_properties = d
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
