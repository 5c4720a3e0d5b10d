from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="SupplierInvoice")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "supplierRef",
        "invoiceDate",
        "dueDate",
        "totalAmount",
        "remainingAmount",
        "currency",
        "currencyRate",
        "invoiceNumber",
        "journalEntryRef",
        "uploadRefs",
    )
)


@_attrs_define(repr=False)
class SupplierInvoice(Model):
    """An invoice received from a supplier, as Bokio holds it."""

    id: UUID
    supplier_ref: SupplierRef
    """ The supplier an invoice is from. """
    invoice_date: datetime.date
    due_date: datetime.date
    """ Last day to pay. """
    total_amount: Decimal
    """ The amount to pay, VAT included, in the invoice currency. """
    remaining_amount: Decimal
    """ What is still unpaid, in the invoice currency; 0 when fully paid. """
    currency: str
    """ ISO 4217 code of the invoice currency, the supplier's currency. """
    currency_rate: Decimal
    """ SEK per unit of the invoice currency; 1 for SEK invoices. """
    invoice_number: str | Unset = UNSET
    """ The supplier's own number of the invoice. """
    journal_entry_ref: None | SupplierInvoiceJournalEntryRef | Unset = UNSET
    upload_refs: list[UploadRef] | Unset = UNSET
    """ The uploads (scans, PDFs) attached to the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        supplier_ref = self.supplier_ref.to_dict()

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        total_amount = self.total_amount

        remaining_amount = self.remaining_amount

        currency = self.currency

        currency_rate = self.currency_rate

        invoice_number = self.invoice_number

        journal_entry_ref: dict[str, Any] | None | Unset
        if isinstance(self.journal_entry_ref, Unset):
            journal_entry_ref = UNSET
        elif isinstance(self.journal_entry_ref, SupplierInvoiceJournalEntryRef):
            journal_entry_ref = self.journal_entry_ref.to_dict()
        else:
            journal_entry_ref = self.journal_entry_ref

        upload_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upload_refs, Unset):
            upload_refs = []
            for upload_refs_item_data in self.upload_refs:
                upload_refs_item = upload_refs_item_data.to_dict()
                upload_refs.append(upload_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "supplierRef": supplier_ref,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "totalAmount": total_amount,
                "remainingAmount": remaining_amount,
                "currency": currency,
                "currencyRate": currency_rate,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref
        if upload_refs is not UNSET:
            field_dict["uploadRefs"] = upload_refs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SupplierInvoice must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        supplier_ref = SupplierRef.from_dict(d["supplierRef"])

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

        remaining_amount = d["remainingAmount"]
        if type(remaining_amount) is Decimal:
            if not remaining_amount.is_finite():
                raise ValueError(f"remainingAmount must be a finite number, not {remaining_amount}")
        elif type(remaining_amount) is int:
            remaining_amount = Decimal(remaining_amount)
        else:
            raise TypeError(f"remainingAmount must be a number, not {type(remaining_amount).__name__}")

        currency = d["currency"]
        if type(currency) is not str:
            raise TypeError(f"currency must be a string, not {type(currency).__name__}")

        currency_rate = d["currencyRate"]
        if type(currency_rate) is Decimal:
            if not currency_rate.is_finite():
                raise ValueError(f"currencyRate must be a finite number, not {currency_rate}")
        elif type(currency_rate) is int:
            currency_rate = Decimal(currency_rate)
        else:
            raise TypeError(f"currencyRate must be a number, not {type(currency_rate).__name__}")

        invoice_number = d.get("invoiceNumber", UNSET)
        if invoice_number is not UNSET and type(invoice_number) is not str:
            raise TypeError(f"invoiceNumber must be a string, not {type(invoice_number).__name__}")

        _journal_entry_ref = d.get("journalEntryRef", UNSET)
        journal_entry_ref: None | SupplierInvoiceJournalEntryRef | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            if not isinstance(_journal_entry_ref, dict):
                raise TypeError()
            journal_entry_ref_type_1 = SupplierInvoiceJournalEntryRef.from_dict(_journal_entry_ref)

            journal_entry_ref = journal_entry_ref_type_1

        _upload_refs = d.get("uploadRefs", UNSET)
        upload_refs: list[UploadRef] | Unset = UNSET
        if _upload_refs is not UNSET:
            if type(_upload_refs) is not list:
                raise TypeError(f"uploadRefs must be an array, not {type(_upload_refs).__name__}")
            upload_refs = [UploadRef.from_dict(upload_refs_item_data) for upload_refs_item_data in _upload_refs]

        supplier_invoice = cls(
            id,
            supplier_ref,
            invoice_date,
            due_date,
            total_amount,
            remaining_amount,
            currency,
            currency_rate,
            invoice_number,
            journal_entry_ref,
            upload_refs,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            supplier_invoice.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return supplier_invoice

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
from ..models.supplier_invoice_journal_entry_ref import SupplierInvoiceJournalEntryRef
from ..models.supplier_ref import SupplierRef
from ..models.upload_ref import UploadRef
