from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="CreditNoteInvoiceRefInput")


@_attrs_define(repr=False)
class CreditNoteInvoiceRefInput(Model):
    """The invoice a credit note credits."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CreditNoteInvoiceRefInput must be a JSON object, not {type(src_dict).__name__}")
        credit_note_invoice_ref_input = cls()

        return credit_note_invoice_ref_input
