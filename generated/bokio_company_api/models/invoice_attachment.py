from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="InvoiceAttachment")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "invoiceId",
        "fileName",
    )
)


@_attrs_define(repr=False)
class InvoiceAttachment(Model):
    """A file attached to an invoice. All fields are set by Bokio."""

    id: UUID
    invoice_id: UUID
    """ The invoice the file is attached to. """
    file_name: str
    """ Name of the uploaded file, e.g. `tidrapport-mars-2025.pdf`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        invoice_id = str(self.invoice_id)

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invoiceId": invoice_id,
                "fileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceAttachment must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        invoice_id = UUID(d["invoiceId"])

        file_name = d["fileName"]
        if type(file_name) is not str:
            raise TypeError(f"fileName must be a string, not {type(file_name).__name__}")

        invoice_attachment = cls(
            id,
            invoice_id,
            file_name,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice_attachment.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return invoice_attachment

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
