from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JournalEntryComment")


@_attrs_define
class JournalEntryComment(LazyModel):
    """A plain-text note on a journal entry."""

    id: UUID | Unset = UNSET
    """ Assigned by Bokio. """
    content: str | Unset = UNSET
    """ The comment text. """
    author_name: str | Unset = UNSET
    """ Who wrote it; for comments added through the API, the integration's name. """
    created_datetime: datetime.datetime | Unset = UNSET
    """ When the comment was written (UTC). """
    updated_datetime: datetime.datetime | Unset = UNSET
    """ When the comment was last changed (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        content = self.content

        author_name = self.author_name

        created_datetime: str | Unset = UNSET
        if not isinstance(self.created_datetime, Unset):
            created_datetime = self.created_datetime.isoformat()

        updated_datetime: str | Unset = UNSET
        if not isinstance(self.updated_datetime, Unset):
            updated_datetime = self.updated_datetime.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if created_datetime is not UNSET:
            field_dict["createdDatetime"] = created_datetime
        if updated_datetime is not UNSET:
            field_dict["updatedDatetime"] = updated_datetime

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

        content = d.pop("content", UNSET)

        author_name = d.pop("authorName", UNSET)

        _created_datetime = d.pop("createdDatetime", UNSET)
        created_datetime: datetime.datetime | Unset
        if _created_datetime is UNSET:
            created_datetime = UNSET
        else:
            created_datetime = datetime.datetime.fromisoformat(_created_datetime)

        _updated_datetime = d.pop("updatedDatetime", UNSET)
        updated_datetime: datetime.datetime | Unset
        if _updated_datetime is UNSET:
            updated_datetime = UNSET
        else:
            updated_datetime = datetime.datetime.fromisoformat(_updated_datetime)

        if _into is None:
            journal_entry_comment = cls(
                id=id,
                content=content,
                author_name=author_name,
                created_datetime=created_datetime,
                updated_datetime=updated_datetime,
            )
        else:
            journal_entry_comment = _into
            journal_entry_comment.__init__(
                id=id,
                content=content,
                author_name=author_name,
                created_datetime=created_datetime,
                updated_datetime=updated_datetime,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            journal_entry_comment.additional_properties = d
        return journal_entry_comment

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
