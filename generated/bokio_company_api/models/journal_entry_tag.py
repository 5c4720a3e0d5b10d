from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="JournalEntryTag")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tagId",
        "tagGroupId",
        "tagName",
        "tagGroupName",
        "weight",
    )
)


@_attrs_define(repr=False)
class JournalEntryTag(Model):
    """A tag put on a journal entry or one of its rows, with the share of the amount it gets in
    tag reports. Only `tagId` and `weight` are sent; the names are filled in by Bokio.

    """

    tag_id: UUID
    """ Id of the tag (a value within a tag group). """
    tag_group_id: UUID
    """ Id of the tag group the tag belongs to. """
    tag_name: str
    """ Name of the tag. """
    tag_group_name: str
    """ Name of the tag group. """
    weight: Decimal = Decimal(1)
    """ Share of the amount allocated to this tag, above 0 and at most 1 (e.g. 0.5 splits it in half). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = str(self.tag_id)

        tag_group_id = str(self.tag_group_id)

        tag_name = self.tag_name

        tag_group_name = self.tag_group_name

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagId": tag_id,
                "tagGroupId": tag_group_id,
                "tagName": tag_name,
                "tagGroupName": tag_group_name,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryTag must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        tag_id = UUID(d["tagId"])

        tag_group_id = UUID(d["tagGroupId"])

        tag_name = d["tagName"]
        if type(tag_name) is not str:
            raise TypeError(f"tagName must be a string, not {type(tag_name).__name__}")

        tag_group_name = d["tagGroupName"]
        if type(tag_group_name) is not str:
            raise TypeError(f"tagGroupName must be a string, not {type(tag_group_name).__name__}")

        weight = d["weight"]
        if type(weight) is Decimal:
            if not weight.is_finite():
                raise ValueError(f"weight must be a finite number, not {weight}")
        elif type(weight) is int:
            weight = Decimal(weight)
        else:
            raise TypeError(f"weight must be a number, not {type(weight).__name__}")

        journal_entry_tag = cls(
            tag_id,
            tag_group_id,
            tag_name,
            tag_group_name,
            weight,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry_tag.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return journal_entry_tag

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
