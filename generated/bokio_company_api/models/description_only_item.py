from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_only_item_item_type import DescriptionOnlyItemItemType
from ..types import Model

T = TypeVar("T", bound="DescriptionOnlyItem")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "description",
        "itemType",
    )
)


@_attrs_define(repr=False)
class DescriptionOnlyItem(Model):
    """A text-only line (no price), e.g. a heading or a note on the invoice."""

    id: None | UUID
    """ Assigned by Bokio; leave out when creating. """
    description: str
    item_type: DescriptionOnlyItemItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description = self.description

        item_type = self.item_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "itemType": item_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DescriptionOnlyItem must be a JSON object, not {type(src_dict).__name__}")
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

        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = DescriptionOnlyItemItemType(d["itemType"])

        description_only_item = cls(
            id,
            description,
            item_type,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            description_only_item.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return description_only_item

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
