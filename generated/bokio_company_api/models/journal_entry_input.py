from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="JournalEntryInput")


@_attrs_define(repr=False)
class JournalEntryInput(Model):
    """A balanced journal entry (verifikation): at least two rows whose debits add up to their
    credits. Fields marked read-only are set by Bokio and ignored when creating.

    """

    items: list[JournalEntryLineInput]
    """ The rows; total debit must equal total credit. """
    title: str | Unset = UNSET
    """ What the entry records, e.g. the document it is based on. Required when creating. """
    date: datetime.date | Unset = UNSET
    """ The accounting date; must fall in an open fiscal year. """
    tags: list[JournalEntryTagInput] | Unset = UNSET
    """ Entry-level tags. An entry carries tags either here or on its rows, not both; within
    one tag group the weights add up to at most 1.
     """

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        title = self.title

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "items": items,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if date is not UNSET:
            field_dict["date"] = date
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _items = d["items"]
        if type(_items) is not list:
            raise TypeError(f"items must be an array, not {type(_items).__name__}")
        items = [JournalEntryLineInput.from_dict(items_item_data) for items_item_data in _items]

        title = d.get("title", UNSET)
        if title is not UNSET and type(title) is not str:
            raise TypeError(f"title must be a string, not {type(title).__name__}")

        _date = d.get("date", UNSET)
        date: datetime.date | Unset
        if _date is UNSET:
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _tags = d.get("tags", UNSET)
        tags: list[JournalEntryTagInput] | Unset = UNSET
        if _tags is not UNSET:
            if type(_tags) is not list:
                raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
            tags = [JournalEntryTagInput.from_dict(tags_item_data) for tags_item_data in _tags]

        journal_entry_input = cls(
            items,
            title,
            date,
            tags,
        )

        return journal_entry_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.journal_entry_line_input import JournalEntryLineInput
from ..models.journal_entry_tag_input import JournalEntryTagInput
