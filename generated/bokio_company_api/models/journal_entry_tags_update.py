from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="JournalEntryTagsUpdate")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tags",
        "items",
    )
)


@_attrs_define(repr=False)
class JournalEntryTagsUpdate(Model):
    """The complete new set of tags of a journal entry: fill either `tags` (entry level) or
    `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    """

    tags: list[JournalEntryTagInput] | Unset = UNSET
    """ Entry-level tags; must be empty when `items` carries tags. """
    items: list[JournalEntryLineTags] | Unset = UNSET
    """ Row-level tags, one element per row to tag; must carry no tags when `tags` is not empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryTagsUpdate must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _tags = d.get("tags", UNSET)
        tags: list[JournalEntryTagInput] | Unset = UNSET
        if _tags is not UNSET:
            if type(_tags) is not list:
                raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
            tags = [JournalEntryTagInput.from_dict(tags_item_data) for tags_item_data in _tags]

        _items = d.get("items", UNSET)
        items: list[JournalEntryLineTags] | Unset = UNSET
        if _items is not UNSET:
            if type(_items) is not list:
                raise TypeError(f"items must be an array, not {type(_items).__name__}")
            items = [JournalEntryLineTags.from_dict(items_item_data) for items_item_data in _items]

        journal_entry_tags_update = cls(
            tags,
            items,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry_tags_update.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return journal_entry_tags_update

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
from ..models.journal_entry_line_tags import JournalEntryLineTags
from ..models.journal_entry_tag_input import JournalEntryTagInput
