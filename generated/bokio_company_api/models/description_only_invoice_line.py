from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_only_invoice_line_item_type import DescriptionOnlyInvoiceLineItemType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="DescriptionOnlyInvoiceLine")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "description",
        "itemType",
        "itemRef",
    )
)


@_attrs_define(repr=False)
class DescriptionOnlyInvoiceLine(Model):
    """A text-only line without amounts, e.g. a heading or a note."""

    id: int | None
    """ Line id assigned by Bokio. Leave out for a new line; keep it when updating an existing one. """
    description: str
    item_type: DescriptionOnlyInvoiceLineItemType
    item_ref: InvoiceLineItemRef | None | Unset = UNSET
    """ A catalogue description-only item to copy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        description = self.description

        item_type = self.item_type.value

        item_ref: dict[str, Any] | None | Unset
        if isinstance(self.item_ref, Unset):
            item_ref = UNSET
        elif isinstance(self.item_ref, InvoiceLineItemRef):
            item_ref = self.item_ref.to_dict()
        else:
            item_ref = self.item_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "itemType": item_type,
            }
        )
        if item_ref is not UNSET:
            field_dict["itemRef"] = item_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DescriptionOnlyInvoiceLine must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _id = d["id"]
        id: int | None
        if _id is None:
            id = None
        else:
            if not (type(_id) is int):
                raise TypeError()
            id_type_0 = _id
            if type(id_type_0) is not int:
                raise TypeError(f"id_type_0 must be an integer, not {type(id_type_0).__name__}")

            id = id_type_0

        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = DescriptionOnlyInvoiceLineItemType(d["itemType"])

        _item_ref = d.get("itemRef", UNSET)
        item_ref: InvoiceLineItemRef | None | Unset
        if _item_ref is None:
            item_ref = None
        elif _item_ref is UNSET:
            item_ref = UNSET
        else:
            if not isinstance(_item_ref, dict):
                raise TypeError()
            item_ref_type_1 = InvoiceLineItemRef.from_dict(_item_ref)

            item_ref = item_ref_type_1

        description_only_invoice_line = cls(
            id,
            description,
            item_type,
            item_ref,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            description_only_invoice_line.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return description_only_invoice_line

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
from ..models.invoice_line_item_ref import InvoiceLineItemRef
