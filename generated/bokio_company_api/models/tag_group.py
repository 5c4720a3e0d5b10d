from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="TagGroup")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "alias",
        "tags",
        "dimensionNumber",
    )
)


@_attrs_define(repr=False)
class TagGroup(Model):
    """A dimension for classifying journal entries, with its tags."""

    id: UUID
    """ Assigned by Bokio. """
    name: str
    """ Name of the group, e.g. `Projekt`. """
    alias: str
    """ Short code (at most 3 characters, unique within the company) for quick tagging in Bokio. """
    tags: list[Tag]
    """ The group's tags. """
    dimension_number: int | None | Unset = UNSET
    """ Dimension number in SIE exports and imports, unique within the company and set only
    at creation. SIE reserves 1 cost centre (kostnadsställe), 2 cost unit
    (kostnadsbärare), 6 project, 7 employee, 8 customer, 9 supplier and 10 invoice; 20
    and above are free to use.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        alias = self.alias

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        dimension_number: int | None | Unset
        if isinstance(self.dimension_number, Unset):
            dimension_number = UNSET
        else:
            dimension_number = self.dimension_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "alias": alias,
                "tags": tags,
            }
        )
        if dimension_number is not UNSET:
            field_dict["dimensionNumber"] = dimension_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagGroup must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        alias = d["alias"]
        if type(alias) is not str:
            raise TypeError(f"alias must be a string, not {type(alias).__name__}")

        _tags = d["tags"]
        if type(_tags) is not list:
            raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
        tags = [Tag.from_dict(tags_item_data) for tags_item_data in _tags]

        _dimension_number = d.get("dimensionNumber", UNSET)
        dimension_number: int | None | Unset
        if _dimension_number is None:
            dimension_number = None
        elif _dimension_number is UNSET:
            dimension_number = UNSET
        else:
            if not (type(_dimension_number) is int):
                raise TypeError()
            dimension_number_type_0 = _dimension_number
            if type(dimension_number_type_0) is not int:
                raise TypeError(
                    f"dimensionNumber_type_0 must be an integer, not {type(dimension_number_type_0).__name__}"
                )

            dimension_number = dimension_number_type_0

        tag_group = cls(
            id,
            name,
            alias,
            tags,
            dimension_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            tag_group.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
