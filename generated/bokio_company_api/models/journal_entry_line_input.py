from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="JournalEntryLineInput")


@_attrs_define(repr=False)
class JournalEntryLineInput(Model):
    """One row of a journal entry: an amount on one account, either as debit or as credit (the
    other side 0). Amounts are in SEK and never negative.

    """

    debit: Decimal | Unset = UNSET
    """ Amount debited; 0 when the row is a credit. """
    credit: Decimal | Unset = UNSET
    """ Amount credited; 0 when the row is a debit. """
    account: int | Unset = UNSET
    """ Account number from the company's chart of accounts (BAS), e.g. 1930 for the business bank account. """
    tags: list[JournalEntryTagInput] | Unset = UNSET
    """ Row-level tags. Only allowed when the entry itself has no tags; within one tag group
    the weights on a row add up to at most 1.
     """

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JournalEntryLineInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        debit = d.get("debit", UNSET)
        if debit is UNSET:
            pass
        elif type(debit) is Decimal:
            if not debit.is_finite():
                raise ValueError(f"debit must be a finite number, not {debit}")
        elif type(debit) is int:
            debit = Decimal(debit)
        else:
            raise TypeError(f"debit must be a number, not {type(debit).__name__}")

        credit = d.get("credit", UNSET)
        if credit is UNSET:
            pass
        elif type(credit) is Decimal:
            if not credit.is_finite():
                raise ValueError(f"credit must be a finite number, not {credit}")
        elif type(credit) is int:
            credit = Decimal(credit)
        else:
            raise TypeError(f"credit must be a number, not {type(credit).__name__}")

        account = d.get("account", UNSET)
        if account is not UNSET and type(account) is not int:
            raise TypeError(f"account must be an integer, not {type(account).__name__}")

        _tags = d.get("tags", UNSET)
        tags: list[JournalEntryTagInput] | Unset = UNSET
        if _tags is not UNSET:
            if type(_tags) is not list:
                raise TypeError(f"tags must be an array, not {type(_tags).__name__}")
            tags = [JournalEntryTagInput.from_dict(tags_item_data) for tags_item_data in _tags]

        journal_entry_line_input = cls(
            debit,
            credit,
            account,
            tags,
        )

        return journal_entry_line_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.journal_entry_tag_input import JournalEntryTagInput
