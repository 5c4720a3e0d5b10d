from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..models.invoice_type import InvoiceType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice(LazyModel):
    """A customer invoice. The same shape is sent when creating or updating a draft and returned
    by every invoice operation; fields Bokio computes (totals, status, numbers, references)
    are ignored in requests.

    """

    invoice_date: datetime.date
    """ Date of issue; also the date the invoice is bookkept on. """
    line_items: list[DescriptionOnlyInvoiceLine | SalesInvoiceLine]
    """ The invoice lines, in order. """
    id: UUID | Unset = UNSET
    """ Assigned by Bokio. """
    type_: InvoiceType | Unset = UNSET
    """ `invoice` (pay later) or `cashInvoice` (paid on the spot). Invoices created through the API
    are always `invoice`, the default.
     """
    customer_ref: InvoiceCustomerRef | Unset = UNSET
    """ The customer invoiced. Send its `id`; the name comes back filled in. """
    contact_detail_ref: InvoiceContactDetailRef | None | Unset = UNSET
    """ Which of the customer's contact persons the invoice is addressed to. """
    invoice_number: None | str | Unset = UNSET
    """ Assigned when the invoice is published; null on drafts. """
    payment_reference: None | str | Unset = UNSET
    """ The OCR number the customer pays with; assigned when published, null on drafts. """
    order_number_reference: None | str | Unset = UNSET
    """ The customer's order number, printed on the invoice. """
    project_reference: None | str | Unset = UNSET
    """ Project reference printed on the invoice. """
    buyer_reference: None | str | Unset = UNSET
    """ The buyer's reference (their contact or cost centre). """
    contract_reference: None | str | Unset = UNSET
    """ Contract the invoice is issued under. """
    currency: str | Unset = "SEK"
    """ ISO 4217 currency code of all amounts on the invoice. """
    currency_rate: Decimal | Unset = Decimal(1)
    """ SEK per one unit of `currency`; 1 for SEK invoices. """
    total_amount: Decimal | Unset = UNSET
    """ Total to pay including VAT, in the invoice currency. """
    total_tax: Decimal | Unset = UNSET
    """ Total VAT, in the invoice currency. """
    paid_amount: Decimal | Unset = UNSET
    """ Sum of the payments registered so far. """
    status: InvoiceStatus | Unset = UNSET
    """ Where the invoice stands: `draft` until published; then `published`, `overdue`, `paid`,
    `underPaid` or `overPaid` as payments arrive; `credited` once a credit note cancels it.
    Bokio also lists a `credit` value, which it does not explain further.
     """
    due_date: datetime.date | Unset = UNSET
    """ Last day to pay. Optional; defaults from the customer's payment terms, else the company's, else 30 days
    after `invoiceDate`. """
    published_date_time: datetime.datetime | None | Unset = UNSET
    """ When the invoice was published; null on drafts. """
    billing_address: InvoiceBillingAddress | Unset = UNSET
    """ A billing address; `countrySubdivision` is needed for some countries. """
    delivery_address: Address | Unset = UNSET
    """ A postal address. """
    tax_reduction: InvoiceTaxReduction | None | Unset = UNSET
    """ ROT or RUT deduction claimed on the invoice; null when none. """
    attachment_refs: list[InvoiceAttachmentRef] | Unset = UNSET
    """ Files attached to the invoice (see the invoice attachments operations). """
    journal_entry_ref: InvoiceJournalEntryRef | None | Unset = UNSET
    """ The journal entry created when the invoice was recorded; null until then. """
    credit_note_refs: list[InvoiceCreditNoteRef] | None | Unset = UNSET
    """ Credit notes issued against this invoice. """
    metadata: Metadata | Unset = UNSET
    """ Up to 10 key/value pairs of the integration's own data (e.g. `externalId`). Keys are at most
    25 characters, values are strings. Bokio stores them but never shows or interprets them;
    lists can be filtered with `metadata.<key>==value`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_date = self.invoice_date.isoformat()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, SalesInvoiceLine):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        payment_reference: None | str | Unset
        if isinstance(self.payment_reference, Unset):
            payment_reference = UNSET
        else:
            payment_reference = self.payment_reference

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

        currency = self.currency

        currency_rate = self.currency_rate

        total_amount = self.total_amount

        total_tax = self.total_tax

        paid_amount = self.paid_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

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

        tax_reduction: dict[str, Any] | None | Unset
        if isinstance(self.tax_reduction, Unset):
            tax_reduction = UNSET
        elif isinstance(self.tax_reduction, InvoiceTaxReduction):
            tax_reduction = self.tax_reduction.to_dict()
        else:
            tax_reduction = self.tax_reduction

        attachment_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachment_refs, Unset):
            attachment_refs = []
            for attachment_refs_item_data in self.attachment_refs:
                attachment_refs_item = attachment_refs_item_data.to_dict()
                attachment_refs.append(attachment_refs_item)

        journal_entry_ref: dict[str, Any] | None | Unset
        if isinstance(self.journal_entry_ref, Unset):
            journal_entry_ref = UNSET
        elif isinstance(self.journal_entry_ref, InvoiceJournalEntryRef):
            journal_entry_ref = self.journal_entry_ref.to_dict()
        else:
            journal_entry_ref = self.journal_entry_ref

        credit_note_refs: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_note_refs, Unset):
            credit_note_refs = UNSET
        elif isinstance(self.credit_note_refs, list):
            credit_note_refs = []
            for credit_note_refs_type_0_item_data in self.credit_note_refs:
                credit_note_refs_type_0_item = credit_note_refs_type_0_item_data.to_dict()
                credit_note_refs.append(credit_note_refs_type_0_item)

        else:
            credit_note_refs = self.credit_note_refs

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceDate": invoice_date,
                "lineItems": line_items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
        if contact_detail_ref is not UNSET:
            field_dict["contactDetailRef"] = contact_detail_ref
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if order_number_reference is not UNSET:
            field_dict["orderNumberReference"] = order_number_reference
        if project_reference is not UNSET:
            field_dict["projectReference"] = project_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if currency is not UNSET:
            field_dict["currency"] = currency
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
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if published_date_time is not UNSET:
            field_dict["publishedDateTime"] = published_date_time
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if tax_reduction is not UNSET:
            field_dict["taxReduction"] = tax_reduction
        if attachment_refs is not UNSET:
            field_dict["attachmentRefs"] = attachment_refs
        if journal_entry_ref is not UNSET:
            field_dict["journalEntryRef"] = journal_entry_ref
        if credit_note_refs is not UNSET:
            field_dict["creditNoteRefs"] = credit_note_refs
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        invoice_date = datetime.date.fromisoformat(d.pop("invoiceDate"))

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

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _type_ = d.pop("type", UNSET)
        type_: InvoiceType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

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

        payment_reference: None | str | Unset = d.pop("paymentReference", UNSET)

        order_number_reference: None | str | Unset = d.pop("orderNumberReference", UNSET)

        project_reference: None | str | Unset = d.pop("projectReference", UNSET)

        buyer_reference: None | str | Unset = d.pop("buyerReference", UNSET)

        contract_reference: None | str | Unset = d.pop("contractReference", UNSET)

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
        status: InvoiceStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if _due_date is UNSET:
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

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

        _tax_reduction = d.pop("taxReduction", UNSET)
        tax_reduction: InvoiceTaxReduction | None | Unset
        if _tax_reduction is None:
            tax_reduction = None
        elif _tax_reduction is UNSET:
            tax_reduction = UNSET
        else:
            try:
                if not isinstance(_tax_reduction, dict):
                    raise TypeError()
                tax_reduction_type_1 = InvoiceTaxReduction.from_dict(_tax_reduction)

                tax_reduction = tax_reduction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tax_reduction = _tax_reduction

        _attachment_refs = d.pop("attachmentRefs", UNSET)
        attachment_refs: list[InvoiceAttachmentRef] | Unset = UNSET
        if _attachment_refs is not UNSET:
            attachment_refs = []
            for attachment_refs_item_data in _attachment_refs:
                attachment_refs_item = InvoiceAttachmentRef.from_dict(attachment_refs_item_data)

                attachment_refs.append(attachment_refs_item)

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

        _credit_note_refs = d.pop("creditNoteRefs", UNSET)
        credit_note_refs: list[InvoiceCreditNoteRef] | None | Unset
        if _credit_note_refs is None:
            credit_note_refs = None
        elif _credit_note_refs is UNSET:
            credit_note_refs = UNSET
        else:
            try:
                if not isinstance(_credit_note_refs, list):
                    raise TypeError()
                credit_note_refs_type_0 = []
                _credit_note_refs_type_0 = _credit_note_refs
                for credit_note_refs_type_0_item_data in _credit_note_refs_type_0:
                    credit_note_refs_type_0_item = InvoiceCreditNoteRef.from_dict(credit_note_refs_type_0_item_data)

                    credit_note_refs_type_0.append(credit_note_refs_type_0_item)

                credit_note_refs = credit_note_refs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                credit_note_refs = _credit_note_refs

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        if _into is None:
            invoice = cls(
                invoice_date=invoice_date,
                line_items=line_items,
                id=id,
                type_=type_,
                customer_ref=customer_ref,
                contact_detail_ref=contact_detail_ref,
                invoice_number=invoice_number,
                payment_reference=payment_reference,
                order_number_reference=order_number_reference,
                project_reference=project_reference,
                buyer_reference=buyer_reference,
                contract_reference=contract_reference,
                currency=currency,
                currency_rate=currency_rate,
                total_amount=total_amount,
                total_tax=total_tax,
                paid_amount=paid_amount,
                status=status,
                due_date=due_date,
                published_date_time=published_date_time,
                billing_address=billing_address,
                delivery_address=delivery_address,
                tax_reduction=tax_reduction,
                attachment_refs=attachment_refs,
                journal_entry_ref=journal_entry_ref,
                credit_note_refs=credit_note_refs,
                metadata=metadata,
            )
        else:
            invoice = _into
            invoice.__init__(
                invoice_date=invoice_date,
                line_items=line_items,
                id=id,
                type_=type_,
                customer_ref=customer_ref,
                contact_detail_ref=contact_detail_ref,
                invoice_number=invoice_number,
                payment_reference=payment_reference,
                order_number_reference=order_number_reference,
                project_reference=project_reference,
                buyer_reference=buyer_reference,
                contract_reference=contract_reference,
                currency=currency,
                currency_rate=currency_rate,
                total_amount=total_amount,
                total_tax=total_tax,
                paid_amount=paid_amount,
                status=status,
                due_date=due_date,
                published_date_time=published_date_time,
                billing_address=billing_address,
                delivery_address=delivery_address,
                tax_reduction=tax_reduction,
                attachment_refs=attachment_refs,
                journal_entry_ref=journal_entry_ref,
                credit_note_refs=credit_note_refs,
                metadata=metadata,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            invoice.additional_properties = d
        return invoice

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
from ..models.description_only_invoice_line import DescriptionOnlyInvoiceLine
from ..models.invoice_attachment_ref import InvoiceAttachmentRef
from ..models.invoice_billing_address import InvoiceBillingAddress
from ..models.invoice_contact_detail_ref import InvoiceContactDetailRef
from ..models.invoice_credit_note_ref import InvoiceCreditNoteRef
from ..models.invoice_customer_ref import InvoiceCustomerRef
from ..models.invoice_journal_entry_ref import InvoiceJournalEntryRef
from ..models.invoice_tax_reduction import InvoiceTaxReduction
from ..models.metadata import Metadata
from ..models.sales_invoice_line import SalesInvoiceLine
