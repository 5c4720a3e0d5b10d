from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceCustomerRefInput")


@_attrs_define(repr=False)
class InvoiceCustomerRefInput(Model):
    """The customer invoiced. Send its `id`; the name comes back filled in."""

    id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceCustomerRefInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        invoice_customer_ref_input = cls(
            id,
        )

        return invoice_customer_ref_input
