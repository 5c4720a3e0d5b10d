from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="SupplierInvoiceUpdate")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "supplierRef",
        "invoiceDate",
        "dueDate",
        "totalAmount",
        "invoiceNumber",
    )
)


@_attrs_define(repr=False)
class SupplierInvoiceUpdate(Model):
    """The fields of a supplier invoice that an update replaces."""

    supplier_ref: EntityRef
    """ A reference to another object by its id. """
    invoice_date: datetime.date
    due_date: datetime.date
    """ Last day to pay. """
    total_amount: Decimal
    """ The amount to pay, VAT included, in the supplier's currency. """
    invoice_number: str | Unset = UNSET
    """ The supplier's own number of the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_ref = self.supplier_ref.to_dict()

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        total_amount = self.total_amount

        invoice_number = self.invoice_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplierRef": supplier_ref,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "totalAmount": total_amount,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SupplierInvoiceUpdate must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        supplier_ref = EntityRef.from_dict(d["supplierRef"])

        invoice_date = datetime.date.fromisoformat(d["invoiceDate"])

        due_date = datetime.date.fromisoformat(d["dueDate"])

        total_amount = d["totalAmount"]
        if type(total_amount) is Decimal:
            if not total_amount.is_finite():
                raise ValueError(f"totalAmount must be a finite number, not {total_amount}")
        elif type(total_amount) is int:
            total_amount = Decimal(total_amount)
        else:
            raise TypeError(f"totalAmount must be a number, not {type(total_amount).__name__}")

        invoice_number = d.get("invoiceNumber", UNSET)
        if invoice_number is not UNSET and type(invoice_number) is not str:
            raise TypeError(f"invoiceNumber must be a string, not {type(invoice_number).__name__}")

        supplier_invoice_update = cls(
            supplier_ref,
            invoice_date,
            due_date,
            total_amount,
            invoice_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            supplier_invoice_update.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return supplier_invoice_update

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
from ..models.entity_ref import EntityRef
