from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="JournalEntryLine")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "debit",
        "credit",
        "account",
        "tags",
    )
)


@_attrs_define(repr=False)
class JournalEntryLine(Model):
    """One row of a journal entry: an amount on one account, either as debit or as credit (the
    other side 0). Amounts are in SEK and never negative.

    """

    id: int
    """ Row id assigned by Bokio; used to tag individual rows. """
    debit: Decimal
    """ Amount debited; 0 when the row is a credit. """
    credit: Decimal
    """ Amount credited; 0 when the row is a debit. """
    account: int
    """ Account number from the company's chart of accounts (BAS), e.g. 1930 for the business bank account. """
    tags: list[JournalEntryTag] | Unset = UNSET
    """ Row-level tags. Only allowed when the entry itself has no tags; within one tag group
    the weights on a row add up to at most 1.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        debit = self.debit

        credit = self.credit

        account = self.account

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "debit": debit,
                "credit": credit,
                "account": account,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryLine must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int:
            raise TypeError(f"id must be an integer, not {type(id).__name__}")

        debit = d["debit"]
        if type(debit) is Decimal:
            if not debit.is_finite():
                raise ValueError(f"debit must be a finite number, not {debit}")
        elif type(debit) is int:
            debit = Decimal(debit)
        else:
            raise TypeError(f"debit must be a number, not {type(debit).__name__}")

        credit = d["credit"]
        if type(credit) is Decimal:
            if not credit.is_finite():
                raise ValueError(f"credit must be a finite number, not {credit}")
        elif type(credit) is int:
            credit = Decimal(credit)
        else:
            raise TypeError(f"credit must be a number, not {type(credit).__name__}")

        account = d["account"]
        if type(account) is not int:
            raise TypeError(f"account must be an integer, not {type(account).__name__}")

        _tags = d.get("tags", UNSET)
        tags: list[JournalEntryTag] | Unset = UNSET
        if _tags is not UNSET:
            if type(_tags) is not list:
                raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
            tags = [JournalEntryTag.from_dict(tags_item_data) for tags_item_data in _tags]

        journal_entry_line = cls(
            id,
            debit,
            credit,
            account,
            tags,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            journal_entry_line.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return journal_entry_line

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
from ..models.journal_entry_tag import JournalEntryTag
