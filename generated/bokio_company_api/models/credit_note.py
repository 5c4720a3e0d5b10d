from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_status import CreditNoteStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreditNote")


@_attrs_define
class CreditNote(LazyModel):
    """A credit note cancelling all or part of an invoice. Amounts are positive and state how
    much is credited. Created by `invoices.credit`; the same shape is sent when updating a
    draft, where fields Bokio computes are ignored.

    """

    id: UUID
    """ Assigned by Bokio; send it back unchanged when updating. """
    credit_date: datetime.date
    """ Date of the credit note; also its bookkeeping date. """
    due_date: datetime.date
    line_items: list[DescriptionOnlyInvoiceLine | SalesInvoiceLine]
    """ The credited lines; lower quantities or drop lines for a partial credit. """
    currency: str = "SEK"
    """ ISO 4217 currency code, as on the invoice. """
    invoice_ref: CreditNoteInvoiceRef | Unset = UNSET
    """ The invoice a credit note credits. """
    customer_ref: InvoiceCustomerRef | Unset = UNSET
    """ The customer invoiced. Send its `id`; the name comes back filled in. """
    contact_detail_ref: InvoiceContactDetailRef | None | Unset = UNSET
    """ The contact person, as on the invoice. """
    invoice_number: None | str | Unset = UNSET
    """ The credit note's own number, assigned when published; null on drafts. """
    order_number_reference: None | str | Unset = UNSET
    """ The customer's order number. """
    project_reference: None | str | Unset = UNSET
    """ Project reference printed on the credit note. """
    buyer_reference: None | str | Unset = UNSET
    """ The buyer's reference. """
    contract_reference: None | str | Unset = UNSET
    """ Contract reference. """
    currency_rate: Decimal | Unset = Decimal(1)
    """ SEK per one unit of `currency`. """
    total_amount: Decimal | Unset = UNSET
    """ Amount credited including VAT. """
    total_tax: Decimal | Unset = UNSET
    """ VAT credited. """
    paid_amount: Decimal | Unset = UNSET
    """ Amount refunded or settled so far. """
    status: CreditNoteStatus | Unset = UNSET
    """ `draft` until published, then `published`. """
    published_date_time: datetime.datetime | None | Unset = UNSET
    """ When the credit note was published; null on drafts. """
    billing_address: InvoiceBillingAddress | Unset = UNSET
    """ A billing address; `countrySubdivision` is needed for some countries. """
    delivery_address: Address | Unset = UNSET
    """ A postal address. """
    attachment_refs: list[InvoiceAttachmentRef] | None | Unset = UNSET
    """ Files attached to the credit note. """
    journal_entry_ref: InvoiceJournalEntryRef | None | Unset = UNSET
    """ The journal entry created when the credit note was recorded; null until then. """
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        currency = self.currency

        credit_date = self.credit_date.isoformat()

        due_date = self.due_date.isoformat()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, SalesInvoiceLine):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

        invoice_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_ref, Unset):
            invoice_ref = self.invoice_ref.to_dict()

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        contact_detail_ref: dict[str, Any] | None | Unset
        if isinstance(self.contact_detail_ref, Unset):
            contact_detail_ref = UNSET
        elif isinstance(self.contact_detail_ref, InvoiceContactDetailRef):
            contact_detail_ref = self.contact_detail_ref.to_dict()
        else:
            contact_detail_ref = self.contact_detail_ref

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        order_number_reference: None | str | Unset
        if isinstance(self.order_number_reference, Unset):
            order_number_reference = UNSET
        else:
            order_number_reference = self.order_number_reference

        project_reference: None | str | Unset
        if isinstance(self.project_reference, Unset):
            project_reference = UNSET
        else:
            project_reference = self.project_reference

        buyer_reference: None | str | Unset
        if isinstance(self.buyer_reference, Unset):
            buyer_reference = UNSET
        else:
            buyer_reference = self.buyer_reference

        contract_reference: None | str | Unset
        if isinstance(self.contract_reference, Unset):
            contract_reference = UNSET
        else:
            contract_reference = self.contract_reference

        currency_rate = self.currency_rate

        total_amount = self.total_amount

        total_tax = self.total_tax

        paid_amount = self.paid_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        published_date_time: None | str | Unset
        if isinstance(self.published_date_time, Unset):
            published_date_time = UNSET
        elif isinstance(self.published_date_time, datetime.datetime):
            published_date_time = self.published_date_time.isoformat()
        else:
            published_date_time = self.published_date_time

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        attachment_refs: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachment_refs, Unset):
            attachment_refs = UNSET
        elif isinstance(self.attachment_refs, list):
            attachment_refs = []
            for attachment_refs_type_0_item_data in self.attachment_refs:
                attachment_refs_type_0_item = attachment_refs_type_0_item_data.to_dict()
                attachment_refs.append(attachment_refs_type_0_item)

        else:
            attachment_refs = self.attachment_refs

        journal_entry_ref: dict[str, Any] | None | Unset
        if isinstance(self.journal_entry_ref, Unset):
            journal_entry_ref = UNSET
        elif isinstance(self.journal_entry_ref, InvoiceJournalEntryRef):
            journal_entry_ref = self.journal_entry_ref.to_dict()
        else:
            journal_entry_ref = self.journal_entry_ref

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "creditDate": credit_date,
                "dueDate": due_date,
                "lineItems": line_items,
            }
        )
        if invoice_ref is not UNSET:
            field_dict["invoiceRef"] = invoice_ref
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if contact_detail_ref is not UNSET:
            field_dict["contactDetailRef"] = contact_detail_ref
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if order_number_reference is not UNSET:
            field_dict["orderNumberReference"] = order_number_reference
        if project_reference is not UNSET:
            field_dict["projectReference"] = project_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if currency_rate is not UNSET:
            field_dict["currencyRate"] = currency_rate
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if status is not UNSET:
            field_dict["status"] = status
        if published_date_time is not UNSET:
            field_dict["publishedDateTime"] = published_date_time
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if attachment_refs is not UNSET:
            field_dict["attachmentRefs"] = attachment_refs
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        currency = d.pop("currency")

        credit_date = datetime.date.fromisoformat(d.pop("creditDate"))

        due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item: DescriptionOnlyInvoiceLine | SalesInvoiceLine
            try:
                if not isinstance(line_items_item_data, dict):
                    raise TypeError()
                componentsschemas_invoice_line_item_type_0 = SalesInvoiceLine.from_dict(line_items_item_data)

                line_items_item = componentsschemas_invoice_line_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(line_items_item_data, dict):
                    raise TypeError()
                componentsschemas_invoice_line_item_type_1 = DescriptionOnlyInvoiceLine.from_dict(line_items_item_data)

                line_items_item = componentsschemas_invoice_line_item_type_1

            line_items.append(line_items_item)

        _invoice_ref = d.pop("invoiceRef", UNSET)
        invoice_ref: CreditNoteInvoiceRef | Unset
        if _invoice_ref is UNSET:
            invoice_ref = UNSET
        else:
            invoice_ref = CreditNoteInvoiceRef.from_dict(_invoice_ref)

        _customer_ref = d.pop("customerRef", UNSET)
        customer_ref: InvoiceCustomerRef | Unset
        if _customer_ref is UNSET:
            customer_ref = UNSET
        else:
            customer_ref = InvoiceCustomerRef.from_dict(_customer_ref)

        _contact_detail_ref = d.pop("contactDetailRef", UNSET)
        contact_detail_ref: InvoiceContactDetailRef | None | Unset
        if _contact_detail_ref is None:
            contact_detail_ref = None
        elif _contact_detail_ref is UNSET:
            contact_detail_ref = UNSET
        else:
            try:
                if not isinstance(_contact_detail_ref, dict):
                    raise TypeError()
                contact_detail_ref_type_1 = InvoiceContactDetailRef.from_dict(_contact_detail_ref)

                contact_detail_ref = contact_detail_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                contact_detail_ref = _contact_detail_ref

        invoice_number: None | str | Unset = d.pop("invoiceNumber", UNSET)

        order_number_reference: None | str | Unset = d.pop("orderNumberReference", UNSET)

        project_reference: None | str | Unset = d.pop("projectReference", UNSET)

        buyer_reference: None | str | Unset = d.pop("buyerReference", UNSET)

        contract_reference: None | str | Unset = d.pop("contractReference", UNSET)

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

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if _total_amount is UNSET:
            total_amount = UNSET
        elif type(_total_amount) is Decimal:
            total_amount = _total_amount
        elif type(_total_amount) is int:
            total_amount = Decimal(_total_amount)
        else:
            total_amount = Decimal(str(_total_amount))

        _total_tax = d.pop("totalTax", UNSET)
        total_tax: Decimal | Unset
        if _total_tax is UNSET:
            total_tax = UNSET
        elif type(_total_tax) is Decimal:
            total_tax = _total_tax
        elif type(_total_tax) is int:
            total_tax = Decimal(_total_tax)
        else:
            total_tax = Decimal(str(_total_tax))

        _paid_amount = d.pop("paidAmount", UNSET)
        paid_amount: Decimal | Unset
        if _paid_amount is UNSET:
            paid_amount = UNSET
        elif type(_paid_amount) is Decimal:
            paid_amount = _paid_amount
        elif type(_paid_amount) is int:
            paid_amount = Decimal(_paid_amount)
        else:
            paid_amount = Decimal(str(_paid_amount))

        _status = d.pop("status", UNSET)
        status: CreditNoteStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = CreditNoteStatus(_status)

        _published_date_time = d.pop("publishedDateTime", UNSET)
        published_date_time: datetime.datetime | None | Unset
        if _published_date_time is None:
            published_date_time = None
        elif _published_date_time is UNSET:
            published_date_time = UNSET
        else:
            try:
                if not isinstance(_published_date_time, str):
                    raise TypeError()
                published_date_time_type_0 = datetime.datetime.fromisoformat(_published_date_time)

                published_date_time = published_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                published_date_time = _published_date_time

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: InvoiceBillingAddress | Unset
        if _billing_address is UNSET:
            billing_address = UNSET
        else:
            billing_address = InvoiceBillingAddress.from_dict(_billing_address)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if _delivery_address is UNSET:
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _attachment_refs = d.pop("attachmentRefs", UNSET)
        attachment_refs: list[InvoiceAttachmentRef] | None | Unset
        if _attachment_refs is None:
            attachment_refs = None
        elif _attachment_refs is UNSET:
            attachment_refs = UNSET
        else:
            try:
                if not isinstance(_attachment_refs, list):
                    raise TypeError()
                attachment_refs_type_0 = []
                _attachment_refs_type_0 = _attachment_refs
                for attachment_refs_type_0_item_data in _attachment_refs_type_0:
                    attachment_refs_type_0_item = InvoiceAttachmentRef.from_dict(attachment_refs_type_0_item_data)

                    attachment_refs_type_0.append(attachment_refs_type_0_item)

                attachment_refs = attachment_refs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                attachment_refs = _attachment_refs

        _journal_entry_ref = d.pop("journalEntryRef", UNSET)
        journal_entry_ref: InvoiceJournalEntryRef | None | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            try:
                if not isinstance(_journal_entry_ref, dict):
                    raise TypeError()
                journal_entry_ref_type_1 = InvoiceJournalEntryRef.from_dict(_journal_entry_ref)

                journal_entry_ref = journal_entry_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                journal_entry_ref = _journal_entry_ref

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | None | Unset
        if _metadata is None:
            metadata = None
        elif _metadata is UNSET:
            metadata = UNSET
        else:
            try:
                if not isinstance(_metadata, dict):
                    raise TypeError()
                metadata_type_1 = Metadata.from_dict(_metadata)

                metadata = metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                metadata = _metadata

        if _into is None:
            credit_note = cls(
                id=id,
                currency=currency,
                credit_date=credit_date,
                due_date=due_date,
                line_items=line_items,
                invoice_ref=invoice_ref,
                customer_ref=customer_ref,
                contact_detail_ref=contact_detail_ref,
                invoice_number=invoice_number,
                order_number_reference=order_number_reference,
                project_reference=project_reference,
                buyer_reference=buyer_reference,
                contract_reference=contract_reference,
                currency_rate=currency_rate,
                total_amount=total_amount,
                total_tax=total_tax,
                paid_amount=paid_amount,
                status=status,
                published_date_time=published_date_time,
                billing_address=billing_address,
                delivery_address=delivery_address,
                attachment_refs=attachment_refs,
                journal_entry_ref=journal_entry_ref,
                metadata=metadata,
            )
        else:
            credit_note = _into
            credit_note.__init__(
                id=id,
                currency=currency,
                credit_date=credit_date,
                due_date=due_date,
                line_items=line_items,
                invoice_ref=invoice_ref,
                customer_ref=customer_ref,
                contact_detail_ref=contact_detail_ref,
                invoice_number=invoice_number,
                order_number_reference=order_number_reference,
                project_reference=project_reference,
                buyer_reference=buyer_reference,
                contract_reference=contract_reference,
                currency_rate=currency_rate,
                total_amount=total_amount,
                total_tax=total_tax,
                paid_amount=paid_amount,
                status=status,
                published_date_time=published_date_time,
                billing_address=billing_address,
                delivery_address=delivery_address,
                attachment_refs=attachment_refs,
                journal_entry_ref=journal_entry_ref,
                metadata=metadata,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            credit_note.additional_properties = d
        return credit_note

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
from ..models.address import Address
from ..models.credit_note_invoice_ref import CreditNoteInvoiceRef
from ..models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from ..models.invoice_attachment_ref import InvoiceAttachmentRef
from ..models.invoice_billing_address import InvoiceBillingAddress
from ..models.invoice_contact_detail_ref import InvoiceContactDetailRef
from ..models.invoice_customer_ref import InvoiceCustomerRef
from ..models.invoice_journal_entry_ref import InvoiceJournalEntryRef
from ..models.metadata import Metadata
from ..models.sales_invoice_line import SalesInvoiceLine
