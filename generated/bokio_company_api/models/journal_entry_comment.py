from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="JournalEntryComment")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "content",
        "authorName",
        "createdDatetime",
        "updatedDatetime",
    )
)


@_attrs_define(repr=False)
class JournalEntryComment(Model):
    """A plain-text note on a journal entry."""

    id: UUID
    """ Assigned by Bokio. """
    content: str
    """ The comment text. """
    author_name: str
    """ Who wrote it; for comments added through the API, the integration's name. """
    created_datetime: datetime.datetime
    """ When the comment was written (UTC). """
    updated_datetime: datetime.datetime
    """ When the comment was last changed (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        content = self.content

        author_name = self.author_name

        created_datetime = self.created_datetime.isoformat()

        updated_datetime = self.updated_datetime.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "authorName": author_name,
                "createdDatetime": created_datetime,
                "updatedDatetime": updated_datetime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryComment must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        content = d["content"]
        if type(content) is not str:
            raise TypeError(f"content must be a string, not {type(content).__name__}")

        author_name = d["authorName"]
        if type(author_name) is not str:
            raise TypeError(f"authorName must be a string, not {type(author_name).__name__}")

        created_datetime = datetime.datetime.fromisoformat(d["createdDatetime"])

        updated_datetime = datetime.datetime.fromisoformat(d["updatedDatetime"])

        journal_entry_comment = cls(
            id,
            content,
            author_name,
            created_datetime,
            updated_datetime,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry_comment.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
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
