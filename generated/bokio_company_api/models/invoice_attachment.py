from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="InvoiceAttachment")


@_attrs_define
class InvoiceAttachment(LazyModel):
    """A file attached to an invoice. All fields are set by Bokio."""

    id: UUID | Unset = UNSET
    invoice_id: UUID | Unset = UNSET
    """ The invoice the file is attached to. """
    file_name: str | Unset = UNSET
    """ Name of the uploaded file, e.g. `tidrapport-mars-2025.pdf`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        invoice_id: str | Unset = UNSET
        if not isinstance(self.invoice_id, Unset):
            invoice_id = str(self.invoice_id)

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _invoice_id = d.pop("invoiceId", UNSET)
        invoice_id: UUID | Unset
        if _invoice_id is UNSET:
            invoice_id = UNSET
        else:
            invoice_id = UUID(_invoice_id)

        file_name = d.pop("fileName", UNSET)

        if _into is None:
            invoice_attachment = cls(
                id=id,
                invoice_id=invoice_id,
                file_name=file_name,
            )
        else:
            invoice_attachment = _into
            invoice_attachment.__init__(
                id=id,
                invoice_id=invoice_id,
                file_name=file_name,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice_attachment.additional_properties = d
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
