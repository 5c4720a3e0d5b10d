from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TagGroup")


@_attrs_define
class TagGroup(LazyModel):
    """A dimension for classifying journal entries, with its tags."""

    id: UUID | Unset = UNSET
    """ Assigned by Bokio. """
    name: str | Unset = UNSET
    """ Name of the group, e.g. `Projekt`. """
    alias: str | Unset = UNSET
    """ Short code (at most 3 characters, unique within the company) for quick tagging in Bokio. """
    dimension_number: int | None | Unset = UNSET
    """ Dimension number in SIE exports and imports, unique within the company and set only
    at creation. SIE reserves 1 cost centre (kostnadsställe), 2 cost unit
    (kostnadsbärare), 6 project, 7 employee, 8 customer, 9 supplier and 10 invoice; 20
    and above are free to use.
     """
    tags: list[Tag] | Unset = UNSET
    """ The group's tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        alias = self.alias

        dimension_number: int | None | Unset
        if isinstance(self.dimension_number, Unset):
            dimension_number = UNSET
        else:
            dimension_number = self.dimension_number

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if alias is not UNSET:
            field_dict["alias"] = alias
        if dimension_number is not UNSET:
            field_dict["dimensionNumber"] = dimension_number
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        alias = d.pop("alias", UNSET)

        dimension_number: int | None | Unset = d.pop("dimensionNumber", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        if _into is None:
            tag_group = cls(
                id=id,
                name=name,
                alias=alias,
                dimension_number=dimension_number,
                tags=tags,
            )
        else:
            tag_group = _into
            tag_group.__init__(
                id=id,
                name=name,
                alias=alias,
                dimension_number=dimension_number,
                tags=tags,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            tag_group.additional_properties = d
        return tag_group

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
from ..models.tag import Tag
