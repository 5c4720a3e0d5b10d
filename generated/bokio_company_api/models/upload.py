from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Upload")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "description",
        "contentType",
        "journalEntryId",
    )
)


@_attrs_define(repr=False)
class Upload(Model):
    """A file uploaded to the company, without its bytes."""

    id: UUID
    description: str | Unset = UNSET
    content_type: str | Unset = UNSET
    """ Media type of the file, e.g. `application/pdf` or `image/png`. """
    journal_entry_id: None | Unset | UUID = UNSET
    """ The journal entry the file is attached to; `null` when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        description = self.description

        content_type = self.content_type

        journal_entry_id: None | str | Unset
        if isinstance(self.journal_entry_id, Unset):
            journal_entry_id = UNSET
        elif isinstance(self.journal_entry_id, UUID):
            journal_entry_id = str(self.journal_entry_id)
        else:
            journal_entry_id = self.journal_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if journal_entry_id is not UNSET:
            field_dict["journalEntryId"] = journal_entry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Upload must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        description = d.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        content_type = d.get("contentType", UNSET)
        if content_type is not UNSET and type(content_type) is not str:
            raise TypeError(f"contentType must be a string, not {type(content_type).__name__}")

        _journal_entry_id = d.get("journalEntryId", UNSET)
        journal_entry_id: None | Unset | UUID
        if _journal_entry_id is None:
            journal_entry_id = None
        elif _journal_entry_id is UNSET:
            journal_entry_id = UNSET
        else:
            if not isinstance(_journal_entry_id, str):
                raise TypeError()
            journal_entry_id_type_0 = UUID(_journal_entry_id)

            journal_entry_id = journal_entry_id_type_0

        upload = cls(
            id,
            description,
            content_type,
            journal_entry_id,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            upload.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return upload

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
