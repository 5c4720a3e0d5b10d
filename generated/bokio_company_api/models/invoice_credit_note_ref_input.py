from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="InvoiceCreditNoteRefInput")


@_attrs_define(repr=False)
class InvoiceCreditNoteRefInput(Model):
    """A credit note issued against an invoice."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceCreditNoteRefInput must be a JSON object, not {type(src_dict).__name__}")
        invoice_credit_note_ref_input = cls()

        return invoice_credit_note_ref_input
