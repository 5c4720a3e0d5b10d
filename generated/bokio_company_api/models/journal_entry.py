from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JournalEntry")


@_attrs_define
class JournalEntry(LazyModel):
    """A balanced journal entry (verifikation): at least two rows whose debits add up to their
    credits. Fields marked read-only are set by Bokio and ignored when creating.

    """

    items: list[JournalEntryLine]
    """ The rows; total debit must equal total credit. """
    id: UUID | Unset = UNSET
    """ Assigned by Bokio. """
    title: str | Unset = UNSET
    """ What the entry records, e.g. the document it is based on. Required when creating. """
    journal_entry_number: str | Unset = UNSET
    """ The entry's number in the company's series, e.g. `V57`; assigned by Bokio. """
    date: datetime.date | Unset = UNSET
    """ The accounting date; must fall in an open fiscal year. """
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
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        title = self.title

        journal_entry_number = self.journal_entry_number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

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
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if journal_entry_number is not UNSET:
            field_dict["journalEntryNumber"] = journal_entry_number
        if date is not UNSET:
            field_dict["date"] = date
        if tags is not UNSET:
            field_dict["tags"] = tags
        if reversing_journal_entry_id is not UNSET:
            field_dict["reversingJournalEntryId"] = reversing_journal_entry_id
        if reversed_by_journal_entry_id is not UNSET:
            field_dict["reversedByJournalEntryId"] = reversed_by_journal_entry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = JournalEntryLine.from_dict(items_item_data)

            items.append(items_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        title = d.pop("title", UNSET)

        journal_entry_number = d.pop("journalEntryNumber", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if _date is UNSET:
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _tags = d.pop("tags", UNSET)
        tags: list[JournalEntryTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = JournalEntryTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _reversing_journal_entry_id = d.pop("reversingJournalEntryId", UNSET)
        reversing_journal_entry_id: None | Unset | UUID
        if _reversing_journal_entry_id is None:
            reversing_journal_entry_id = None
        elif _reversing_journal_entry_id is UNSET:
            reversing_journal_entry_id = UNSET
        else:
            try:
                if not isinstance(_reversing_journal_entry_id, str):
                    raise TypeError()
                reversing_journal_entry_id_type_0 = UUID(_reversing_journal_entry_id)

                reversing_journal_entry_id = reversing_journal_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reversing_journal_entry_id = _reversing_journal_entry_id

        _reversed_by_journal_entry_id = d.pop("reversedByJournalEntryId", UNSET)
        reversed_by_journal_entry_id: None | Unset | UUID
        if _reversed_by_journal_entry_id is None:
            reversed_by_journal_entry_id = None
        elif _reversed_by_journal_entry_id is UNSET:
            reversed_by_journal_entry_id = UNSET
        else:
            try:
                if not isinstance(_reversed_by_journal_entry_id, str):
                    raise TypeError()
                reversed_by_journal_entry_id_type_0 = UUID(_reversed_by_journal_entry_id)

                reversed_by_journal_entry_id = reversed_by_journal_entry_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                reversed_by_journal_entry_id = _reversed_by_journal_entry_id

        if _into is None:
            journal_entry = cls(
                items=items,
                id=id,
                title=title,
                journal_entry_number=journal_entry_number,
                date=date,
                tags=tags,
                reversing_journal_entry_id=reversing_journal_entry_id,
                reversed_by_journal_entry_id=reversed_by_journal_entry_id,
            )
        else:
            journal_entry = _into
            journal_entry.__init__(
                items=items,
                id=id,
                title=title,
                journal_entry_number=journal_entry_number,
                date=date,
                tags=tags,
                reversing_journal_entry_id=reversing_journal_entry_id,
                reversed_by_journal_entry_id=reversed_by_journal_entry_id,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            journal_entry.additional_properties = d
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
