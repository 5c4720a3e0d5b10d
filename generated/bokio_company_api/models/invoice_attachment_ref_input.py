from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="InvoiceAttachmentRefInput")


@_attrs_define(repr=False)
class InvoiceAttachmentRefInput(Model):
    """A file attached to an invoice or credit note."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceAttachmentRefInput must be a JSON object, not {type(src_dict).__name__}")
        invoice_attachment_ref_input = cls()

        return invoice_attachment_ref_input
