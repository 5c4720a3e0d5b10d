from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="JournalEntryLineTags")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "tags",
    )
)


@_attrs_define(repr=False)
class JournalEntryLineTags(Model):
    """The tags for one row of a journal entry."""

    id: int
    """ Id of the row (`items[].id` of the journal entry). """
    tags: list[JournalEntryTagInput]
    """ The row's tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryLineTags must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int:
            raise TypeError(f"id must be an integer, not {type(id).__name__}")

        _tags = d["tags"]
        if type(_tags) is not list:
            raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
        tags = [JournalEntryTagInput.from_dict(tags_item_data) for tags_item_data in _tags]

        journal_entry_line_tags = cls(
            id,
            tags,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry_line_tags.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return journal_entry_line_tags

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
from ..models.journal_entry_tag_input import JournalEntryTagInput
