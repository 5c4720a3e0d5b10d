from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="JournalEntry")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "journalEntryNumber",
        "date",
        "items",
        "tags",
        "reversingJournalEntryId",
        "reversedByJournalEntryId",
    )
)


@_attrs_define(repr=False)
class JournalEntry(Model):
    """A balanced journal entry (verifikation): at least two rows whose debits add up to their
    credits. Fields marked read-only are set by Bokio and ignored when creating.

    """

    id: UUID
    """ Assigned by Bokio. """
    title: str
    """ What the entry records, e.g. the document it is based on. Required when creating. """
    journal_entry_number: str
    """ The entry's number in the company's series, e.g. `V57`; assigned by Bokio. """
    date: datetime.date
    """ The accounting date; must fall in an open fiscal year. """
    items: list[JournalEntryLine]
    """ The rows; total debit must equal total credit. """
    tags: list[JournalEntryTag] | Unset = UNSET
    """ Entry-level tags. An entry carries tags either here or on its rows, not both; within
    one tag group the weights add up to at most 1.
     """
    reversing_journal_entry_id: None | Unset | UUID = UNSET
    """ Set on a reversing entry; the id of the entry it reverses. """
    reversed_by_journal_entry_id: None | Unset | UUID = UNSET
    """ Set once the entry has been reversed; the id of the reversing entry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        journal_entry_number = self.journal_entry_number

        date = self.date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        reversing_journal_entry_id: None | str | Unset
        if isinstance(self.reversing_journal_entry_id, Unset):
            reversing_journal_entry_id = UNSET
        elif isinstance(self.reversing_journal_entry_id, UUID):
            reversing_journal_entry_id = str(self.reversing_journal_entry_id)
        else:
            reversing_journal_entry_id = self.reversing_journal_entry_id

        reversed_by_journal_entry_id: None | str | Unset
        if isinstance(self.reversed_by_journal_entry_id, Unset):
            reversed_by_journal_entry_id = UNSET
        elif isinstance(self.reversed_by_journal_entry_id, UUID):
            reversed_by_journal_entry_id = str(self.reversed_by_journal_entry_id)
        else:
            reversed_by_journal_entry_id = self.reversed_by_journal_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "journalEntryNumber": journal_entry_number,
                "date": date,
                "items": items,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reversing_journal_entry_id is not UNSET:
            field_dict["reversingJournalEntryId"] = reversing_journal_entry_id
        if reversed_by_journal_entry_id is not UNSET:
            field_dict["reversedByJournalEntryId"] = reversed_by_journal_entry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntry must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        title = d["title"]
        if type(title) is not str:
            raise TypeError(f"title must be a string, not {type(title).__name__}")

        journal_entry_number = d["journalEntryNumber"]
        if type(journal_entry_number) is not str:
            raise TypeError(f"journalEntryNumber must be a string, not {type(journal_entry_number).__name__}")

        date = datetime.date.fromisoformat(d["date"])

        _items = d["items"]
        if type(_items) is not list:
            raise TypeError(f"items must be an array, not {type(_items).__name__}")
        items = [JournalEntryLine.from_dict(items_item_data) for items_item_data in _items]

        _tags = d.get("tags", UNSET)
        tags: list[JournalEntryTag] | Unset = UNSET
        if _tags is not UNSET:
            if type(_tags) is not list:
                raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
            tags = [JournalEntryTag.from_dict(tags_item_data) for tags_item_data in _tags]

        _reversing_journal_entry_id = d.get("reversingJournalEntryId", UNSET)
        reversing_journal_entry_id: None | Unset | UUID
        if _reversing_journal_entry_id is None:
            reversing_journal_entry_id = None
        elif _reversing_journal_entry_id is UNSET:
            reversing_journal_entry_id = UNSET
        else:
            if not isinstance(_reversing_journal_entry_id, str):
                raise TypeError()
            reversing_journal_entry_id_type_0 = UUID(_reversing_journal_entry_id)

            reversing_journal_entry_id = reversing_journal_entry_id_type_0

        _reversed_by_journal_entry_id = d.get("reversedByJournalEntryId", UNSET)
        reversed_by_journal_entry_id: None | Unset | UUID
        if _reversed_by_journal_entry_id is None:
            reversed_by_journal_entry_id = None
        elif _reversed_by_journal_entry_id is UNSET:
            reversed_by_journal_entry_id = UNSET
        else:
            if not isinstance(_reversed_by_journal_entry_id, str):
                raise TypeError()
            reversed_by_journal_entry_id_type_0 = UUID(_reversed_by_journal_entry_id)

            reversed_by_journal_entry_id = reversed_by_journal_entry_id_type_0

        journal_entry = cls(
            id,
            title,
            journal_entry_number,
            date,
            items,
            tags,
            reversing_journal_entry_id,
            reversed_by_journal_entry_id,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return journal_entry

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
from ..models.journal_entry_line import JournalEntryLine
from ..models.journal_entry_tag import JournalEntryTag
