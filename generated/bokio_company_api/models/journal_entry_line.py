from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="JournalEntryLine")


@_attrs_define
class JournalEntryLine(LazyModel):
    """One row of a journal entry: an amount on one account, either as debit or as credit (the
    other side 0). Amounts are in SEK and never negative.

    """

    id: int | Unset = UNSET
    """ Row id assigned by Bokio; used to tag individual rows. """
    debit: Decimal | Unset = UNSET
    """ Amount debited; 0 when the row is a credit. """
    credit: Decimal | Unset = UNSET
    """ Amount credited; 0 when the row is a debit. """
    account: int | Unset = UNSET
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if account is not UNSET:
            field_dict["account"] = account
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _debit = d.pop("debit", UNSET)
        debit: Decimal | Unset
        if _debit is UNSET:
            debit = UNSET
        elif type(_debit) is Decimal:
            debit = _debit
        elif type(_debit) is int:
            debit = Decimal(_debit)
        else:
            debit = Decimal(str(_debit))

        _credit = d.pop("credit", UNSET)
        credit: Decimal | Unset
        if _credit is UNSET:
            credit = UNSET
        elif type(_credit) is Decimal:
            credit = _credit
        elif type(_credit) is int:
            credit = Decimal(_credit)
        else:
            credit = Decimal(str(_credit))

        account = d.pop("account", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[JournalEntryTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = JournalEntryTag.from_dict(tags_item_data)

                tags.append(tags_item)

        if _into is None:
            journal_entry_line = cls(
                id=id,
                debit=debit,
                credit=credit,
                account=account,
                tags=tags,
            )
        else:
            journal_entry_line = _into
            journal_entry_line.__init__(
                id=id,
                debit=debit,
                credit=credit,
                account=account,
                tags=tags,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            journal_entry_line.additional_properties = d
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
