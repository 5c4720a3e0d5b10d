from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.description_only_item_input_item_type import DescriptionOnlyItemInputItemType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="DescriptionOnlyItemInput")


@_attrs_define(repr=False)
class DescriptionOnlyItemInput(Model):
    """A text-only line (no price), e.g. a heading or a note on the invoice."""

    description: str
    item_type: DescriptionOnlyItemInputItemType
    id: None | Unset | UUID = UNSET
    """ Assigned by Bokio; leave out when creating. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        item_type = self.item_type.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "description": description,
                "itemType": item_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DescriptionOnlyItemInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = DescriptionOnlyItemInputItemType(d["itemType"])

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

        description_only_item_input = cls(
            description,
            item_type,
            id,
        )

        return description_only_item_input
