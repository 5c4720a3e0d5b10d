from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JournalEntryTagsUpdate")


@_attrs_define
class JournalEntryTagsUpdate(LazyModel):
    """The complete new set of tags of a journal entry: fill either `tags` (entry level) or
    `items` (row level) and leave the other empty. Two empty arrays remove every tag.

    """

    tags: list[JournalEntryTag] | Unset = UNSET
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _tags = d.pop("tags", UNSET)
        tags: list[JournalEntryTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = JournalEntryTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _items = d.pop("items", UNSET)
        items: list[JournalEntryLineTags] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = JournalEntryLineTags.from_dict(items_item_data)

                items.append(items_item)

        if _into is None:
            journal_entry_tags_update = cls(
                tags=tags,
                items=items,
            )
        else:
            journal_entry_tags_update = _into
            journal_entry_tags_update.__init__(
                tags=tags,
                items=items,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            journal_entry_tags_update.additional_properties = d
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
from ..models.journal_entry_tag import JournalEntryTag
