from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JournalEntryTag")


@_attrs_define
class JournalEntryTag(LazyModel):
    """A tag put on a journal entry or one of its rows, with the share of the amount it gets in
    tag reports. Only `tagId` and `weight` are sent; the names are filled in by Bokio.

    """

    tag_id: UUID
    """ Id of the tag (a value within a tag group). """
    weight: Decimal = Decimal(1)
    """ Share of the amount allocated to this tag, above 0 and at most 1 (e.g. 0.5 splits it in half). """
    tag_group_id: UUID | Unset = UNSET
    """ Id of the tag group the tag belongs to. """
    tag_name: str | Unset = UNSET
    """ Name of the tag. """
    tag_group_name: str | Unset = UNSET
    """ Name of the tag group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_id = str(self.tag_id)

        weight = self.weight

        tag_group_id: str | Unset = UNSET
        if not isinstance(self.tag_group_id, Unset):
            tag_group_id = str(self.tag_group_id)

        tag_name = self.tag_name

        tag_group_name = self.tag_group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagId": tag_id,
                "weight": weight,
            }
        )
        if tag_group_id is not UNSET:
            field_dict["tagGroupId"] = tag_group_id
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if tag_group_name is not UNSET:
            field_dict["tagGroupName"] = tag_group_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        tag_id = UUID(d.pop("tagId"))

        _weight = d.pop("weight")
        weight: Decimal
        if type(_weight) is Decimal:
            weight = _weight
        elif type(_weight) is int:
            weight = Decimal(_weight)
        else:
            weight = Decimal(str(_weight))

        _tag_group_id = d.pop("tagGroupId", UNSET)
        tag_group_id: UUID | Unset
        if _tag_group_id is UNSET:
            tag_group_id = UNSET
        else:
            tag_group_id = UUID(_tag_group_id)

        tag_name = d.pop("tagName", UNSET)

        tag_group_name = d.pop("tagGroupName", UNSET)

        if _into is None:
            journal_entry_tag = cls(
                tag_id=tag_id,
                weight=weight,
                tag_group_id=tag_group_id,
                tag_name=tag_name,
                tag_group_name=tag_group_name,
            )
        else:
            journal_entry_tag = _into
            journal_entry_tag.__init__(
                tag_id=tag_id,
                weight=weight,
                tag_group_id=tag_group_id,
                tag_name=tag_name,
                tag_group_name=tag_group_name,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            journal_entry_tag.additional_properties = d
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
