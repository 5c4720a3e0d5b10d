from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Model, Unset

T = TypeVar("T", bound="UploadCreate")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "file",
        "description",
        "journalEntryId",
    )
)


@_attrs_define(repr=False)
class UploadCreate(Model):
    """The form fields of a file upload."""

    file: File
    """ The file (PDF, JPEG or PNG), one per request. """
    description: str | Unset = UNSET
    """ Text shown for the upload in Bokio; the file name when left out. """
    journal_entry_id: UUID | Unset = UNSET
    """ Journal entry to attach the file to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        description = self.description

        journal_entry_id: str | Unset = UNSET
        if not isinstance(self.journal_entry_id, Unset):
            journal_entry_id = str(self.journal_entry_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if journal_entry_id is not UNSET:
            field_dict["journalEntryId"] = journal_entry_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.journal_entry_id, Unset):
            files.append(("journalEntryId", (None, str(self.journal_entry_id), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UploadCreate must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        file = File(payload=BytesIO(d["file"]))

        description = d.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        _journal_entry_id = d.get("journalEntryId", UNSET)
        journal_entry_id: UUID | Unset
        if _journal_entry_id is UNSET:
            journal_entry_id = UNSET
        else:
            journal_entry_id = UUID(_journal_entry_id)

        upload_create = cls(
            file,
            description,
            journal_entry_id,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            upload_create.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return upload_create

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
