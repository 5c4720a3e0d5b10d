from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.description_only_invoice_line_input_item_type import DescriptionOnlyInvoiceLineInputItemType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="DescriptionOnlyInvoiceLineInput")


@_attrs_define(repr=False)
class DescriptionOnlyInvoiceLineInput(Model):
    """A text-only line without amounts, e.g. a heading or a note."""

    description: str
    item_type: DescriptionOnlyInvoiceLineInputItemType
    id: int | None | Unset = UNSET
    """ Line id assigned by Bokio. Leave out for a new line; keep it when updating an existing one. """
    item_ref: InvoiceLineItemRefInput | None | Unset = UNSET
    """ A catalogue description-only item to copy. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        item_type = self.item_type.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        item_ref: dict[str, Any] | None | Unset
        if isinstance(self.item_ref, Unset):
            item_ref = UNSET
        elif isinstance(self.item_ref, InvoiceLineItemRefInput):
            item_ref = self.item_ref.to_dict()
        else:
            item_ref = self.item_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "description": description,
                "itemType": item_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if item_ref is not UNSET:
            field_dict["itemRef"] = item_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DescriptionOnlyInvoiceLineInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = DescriptionOnlyInvoiceLineInputItemType(d["itemType"])

        _id = d.get("id", UNSET)
        id: int | None | Unset
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
        else:
            if not (type(_id) is int):
                raise TypeError()
            id_type_0 = _id
            if type(id_type_0) is not int:
                raise TypeError(f"id_type_0 must be an integer, not {type(id_type_0).__name__}")

            id = id_type_0

        _item_ref = d.get("itemRef", UNSET)
        item_ref: InvoiceLineItemRefInput | None | Unset
        if _item_ref is None:
            item_ref = None
        elif _item_ref is UNSET:
            item_ref = UNSET
        else:
            if not isinstance(_item_ref, dict):
                raise TypeError()
            item_ref_type_1 = InvoiceLineItemRefInput.from_dict(_item_ref)

            item_ref = item_ref_type_1

        description_only_invoice_line_input = cls(
            description,
            item_type,
            id,
            item_ref,
        )

        return description_only_invoice_line_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.invoice_line_item_ref_input import InvoiceLineItemRefInput
