from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="InvoiceJournalEntryRefInput")


@_attrs_define(repr=False)
class InvoiceJournalEntryRefInput(Model):
    """The journal entry that bookkept an invoice or credit note."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceJournalEntryRefInput must be a JSON object, not {type(src_dict).__name__}")
        invoice_journal_entry_ref_input = cls()

        return invoice_journal_entry_ref_input
