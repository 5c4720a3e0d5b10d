from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SupplierInvoice")


@_attrs_define
class SupplierInvoice(LazyModel):
    """An invoice received from a supplier, as Bokio holds it."""

    supplier_ref: SupplierRef
    """ The supplier an invoice is from. """
    invoice_date: datetime.date
    due_date: datetime.date
    """ Last day to pay. """
    total_amount: Decimal
    """ The amount to pay, VAT included, in the invoice currency. """
    id: UUID | Unset = UNSET
    invoice_number: str | Unset = UNSET
    """ The supplier's own number of the invoice. """
    remaining_amount: Decimal | Unset = UNSET
    """ What is still unpaid, in the invoice currency; 0 when fully paid. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the invoice currency, the supplier's currency. """
    currency_rate: Decimal | Unset = UNSET
    """ SEK per unit of the invoice currency; 1 for SEK invoices. """
    journal_entry_ref: None | SupplierInvoiceJournalEntryRef | Unset = UNSET
    upload_refs: list[UploadRef] | Unset = UNSET
    """ The uploads (scans, PDFs) attached to the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_ref = self.supplier_ref.to_dict()

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        total_amount = self.total_amount

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        invoice_number = self.invoice_number

        remaining_amount = self.remaining_amount

        currency = self.currency

        currency_rate = self.currency_rate

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
                "supplierRef": supplier_ref,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "totalAmount": total_amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_rate is not UNSET:
            field_dict["currencyRate"] = currency_rate
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref
        if upload_refs is not UNSET:
            field_dict["uploadRefs"] = upload_refs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        supplier_ref = SupplierRef.from_dict(d.pop("supplierRef"))

        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        _total_amount = d.pop("totalAmount")
        total_amount: Decimal
        if type(_total_amount) is Decimal:
            total_amount = _total_amount
        elif type(_total_amount) is int:
            total_amount = Decimal(_total_amount)
        else:
            total_amount = Decimal(str(_total_amount))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _remaining_amount = d.pop("remainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if _remaining_amount is UNSET:
            remaining_amount = UNSET
        elif type(_remaining_amount) is Decimal:
            remaining_amount = _remaining_amount
        elif type(_remaining_amount) is int:
            remaining_amount = Decimal(_remaining_amount)
        else:
            remaining_amount = Decimal(str(_remaining_amount))

        currency = d.pop("currency", UNSET)

        _currency_rate = d.pop("currencyRate", UNSET)
        currency_rate: Decimal | Unset
        if _currency_rate is UNSET:
            currency_rate = UNSET
        elif type(_currency_rate) is Decimal:
            currency_rate = _currency_rate
        elif type(_currency_rate) is int:
            currency_rate = Decimal(_currency_rate)
        else:
            currency_rate = Decimal(str(_currency_rate))

        _journal_entry_ref = d.pop("journalEntryRef", UNSET)
        journal_entry_ref: None | SupplierInvoiceJournalEntryRef | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            try:
                if not isinstance(_journal_entry_ref, dict):
                    raise TypeError()
                journal_entry_ref_type_1 = SupplierInvoiceJournalEntryRef.from_dict(_journal_entry_ref)

                journal_entry_ref = journal_entry_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                journal_entry_ref = _journal_entry_ref

        _upload_refs = d.pop("uploadRefs", UNSET)
        upload_refs: list[UploadRef] | Unset = UNSET
        if _upload_refs is not UNSET:
            upload_refs = []
            for upload_refs_item_data in _upload_refs:
                upload_refs_item = UploadRef.from_dict(upload_refs_item_data)

                upload_refs.append(upload_refs_item)

        if _into is None:
            supplier_invoice = cls(
                supplier_ref=supplier_ref,
                invoice_date=invoice_date,
                due_date=due_date,
                total_amount=total_amount,
                id=id,
                invoice_number=invoice_number,
                remaining_amount=remaining_amount,
                currency=currency,
                currency_rate=currency_rate,
                journal_entry_ref=journal_entry_ref,
                upload_refs=upload_refs,
            )
        else:
            supplier_invoice = _into
            supplier_invoice.__init__(
                supplier_ref=supplier_ref,
                invoice_date=invoice_date,
                due_date=due_date,
                total_amount=total_amount,
                id=id,
                invoice_number=invoice_number,
                remaining_amount=remaining_amount,
                currency=currency,
                currency_rate=currency_rate,
                journal_entry_ref=journal_entry_ref,
                upload_refs=upload_refs,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            supplier_invoice.additional_properties = d
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
