from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.description_only_item_item_type import DescriptionOnlyItemItemType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="DescriptionOnlyItem")


@_attrs_define
class DescriptionOnlyItem(LazyModel):
    """A text-only line (no price), e.g. a heading or a note on the invoice."""

    description: str
    item_type: DescriptionOnlyItemItemType
    id: None | Unset | UUID = UNSET
    """ Assigned by Bokio; leave out when creating. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        description = d.pop("description")

        item_type = DescriptionOnlyItemItemType(d.pop("itemType"))

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

        if _into is None:
            description_only_item = cls(
                description=description,
                item_type=item_type,
                id=id,
            )
        else:
            description_only_item = _into
            description_only_item.__init__(
                description=description,
                item_type=item_type,
                id=id,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            description_only_item.additional_properties = d
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
