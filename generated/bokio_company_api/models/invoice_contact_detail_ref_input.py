from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceContactDetailRefInput")


@_attrs_define(repr=False)
class InvoiceContactDetailRefInput(Model):
    """A contact person of the customer. Send its `id`; email and phone come back filled in."""

    id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceContactDetailRefInput must be a JSON object, not {type(src_dict).__name__}")
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

        invoice_contact_detail_ref_input = cls(
            id,
        )

        return invoice_contact_detail_ref_input
