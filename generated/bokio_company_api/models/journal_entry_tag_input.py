from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="JournalEntryTagInput")


@_attrs_define(repr=False)
class JournalEntryTagInput(Model):
    """A tag put on a journal entry or one of its rows, with the share of the amount it gets in
    tag reports. Only `tagId` and `weight` are sent; the names are filled in by Bokio.

    """

    tag_id: UUID
    """ Id of the tag (a value within a tag group). """
    weight: Decimal = Decimal(1)
    """ Share of the amount allocated to this tag, above 0 and at most 1 (e.g. 0.5 splits it in half). """

    def to_dict(self) -> dict[str, Any]:
        tag_id = str(self.tag_id)

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "tagId": tag_id,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryTagInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        tag_id = UUID(d["tagId"])

        weight = d["weight"]
        if type(weight) is Decimal:
            if not weight.is_finite():
                raise ValueError(f"weight must be a finite number, not {weight}")
        elif type(weight) is int:
            weight = Decimal(weight)
        else:
            raise TypeError(f"weight must be a number, not {type(weight).__name__}")

        journal_entry_tag_input = cls(
            tag_id,
            weight,
        )

        return journal_entry_tag_input
