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
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Invoice")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "customerRef",
        "invoiceNumber",
        "paymentReference",
        "currency",
        "currencyRate",
        "totalAmount",
        "totalTax",
        "paidAmount",
        "status",
        "invoiceDate",
        "dueDate",
        "lineItems",
        "type",
        "contactDetailRef",
        "orderNumberReference",
        "projectReference",
        "buyerReference",
        "contractReference",
        "publishedDateTime",
        "billingAddress",
        "deliveryAddress",
        "taxReduction",
        "attachmentRefs",
        "journalEntryRef",
        "creditNoteRefs",
        "metadata",
    )
)


@_attrs_define(repr=False)
class Invoice(Model):
    """A customer invoice. The same shape is sent when creating or updating a draft and returned
    by every invoice operation; fields Bokio computes (totals, status, numbers, references)
    are ignored in requests.

    """

    id: UUID
    """ Assigned by Bokio. """
    customer_ref: InvoiceCustomerRef
    """ The customer invoiced. Send its `id`; the name comes back filled in. """
    invoice_number: None | str
    """ Assigned when the invoice is published; null on drafts. """
    payment_reference: None | str
    """ The OCR number the customer pays with; assigned when published, null on drafts. """
    total_amount: Decimal
    """ Total to pay including VAT, in the invoice currency. """
    total_tax: Decimal
    """ Total VAT, in the invoice currency. """
    paid_amount: Decimal
    """ Sum of the payments registered so far. """
    status: InvoiceStatus
    """ Where the invoice stands: `draft` until published; then `published`, `overdue`, `paid`,
    `underPaid` or `overPaid` as payments arrive; `credited` once a credit note cancels it.
    Bokio also lists a `credit` value, which it does not explain further.
     """
    invoice_date: datetime.date
    """ Date of issue; also the date the invoice is bookkept on. """
    due_date: datetime.date
    """ Last day to pay. Optional; defaults from the customer's payment terms, else the company's, else 30 days
    after `invoiceDate`. """
    line_items: list[DescriptionOnlyInvoiceLine | SalesInvoiceLine]
    """ The invoice lines, in order. """
    currency: str = "SEK"
    """ ISO 4217 currency code of all amounts on the invoice. """
    currency_rate: Decimal = Decimal(1)
    """ SEK per one unit of `currency`; 1 for SEK invoices. """
    type_: InvoiceType | Unset = UNSET
    """ `invoice` (pay later) or `cashInvoice` (paid on the spot). Invoices created through the API
    are always `invoice`, the default.
     """
    contact_detail_ref: InvoiceContactDetailRef | None | Unset = UNSET
    """ Which of the customer's contact persons the invoice is addressed to. """
    order_number_reference: None | str | Unset = UNSET
    """ The customer's order number, printed on the invoice. """
    project_reference: None | str | Unset = UNSET
    """ Project reference printed on the invoice. """
    buyer_reference: None | str | Unset = UNSET
    """ The buyer's reference (their contact or cost centre). """
    contract_reference: None | str | Unset = UNSET
    """ Contract the invoice is issued under. """
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
        id = str(self.id)

        customer_ref = self.customer_ref.to_dict()

        invoice_number: None | str
        invoice_number = self.invoice_number

        payment_reference: None | str
        payment_reference = self.payment_reference

        currency = self.currency

        currency_rate = self.currency_rate

        total_amount = self.total_amount

        total_tax = self.total_tax

        paid_amount = self.paid_amount

        status = self.status.value

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, SalesInvoiceLine):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        contact_detail_ref: dict[str, Any] | None | Unset
        if isinstance(self.contact_detail_ref, Unset):
            contact_detail_ref = UNSET
        elif isinstance(self.contact_detail_ref, InvoiceContactDetailRef):
            contact_detail_ref = self.contact_detail_ref.to_dict()
        else:
            contact_detail_ref = self.contact_detail_ref

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
                "id": id,
                "customerRef": customer_ref,
                "invoiceNumber": invoice_number,
                "paymentReference": payment_reference,
                "currency": currency,
                "currencyRate": currency_rate,
                "totalAmount": total_amount,
                "totalTax": total_tax,
                "paidAmount": paid_amount,
                "status": status,
                "invoiceDate": invoice_date,
                "dueDate": due_date,
                "lineItems": line_items,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contact_detail_ref is not UNSET:
            field_dict["contactDetailRef"] = contact_detail_ref
        if order_number_reference is not UNSET:
            field_dict["orderNumberReference"] = order_number_reference
        if project_reference is not UNSET:
            field_dict["projectReference"] = project_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Invoice must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        customer_ref = InvoiceCustomerRef.from_dict(d["customerRef"])

        _invoice_number = d["invoiceNumber"]
        invoice_number: None | str
        if _invoice_number is None:
            invoice_number = None
        else:
            if not isinstance(_invoice_number, str):
                raise TypeError()
            invoice_number_type_0 = _invoice_number
            if type(invoice_number_type_0) is not str:
                raise TypeError(f"invoiceNumber_type_0 must be a string, not {type(invoice_number_type_0).__name__}")

            invoice_number = invoice_number_type_0

        _payment_reference = d["paymentReference"]
        payment_reference: None | str
        if _payment_reference is None:
            payment_reference = None
        else:
            if not isinstance(_payment_reference, str):
                raise TypeError()
            payment_reference_type_0 = _payment_reference
            if type(payment_reference_type_0) is not str:
                raise TypeError(
                    f"paymentReference_type_0 must be a string, not {type(payment_reference_type_0).__name__}"
                )

            payment_reference = payment_reference_type_0

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

        total_amount = d["totalAmount"]
        if type(total_amount) is Decimal:
            if not total_amount.is_finite():
                raise ValueError(f"totalAmount must be a finite number, not {total_amount}")
        elif type(total_amount) is int:
            total_amount = Decimal(total_amount)
        else:
            raise TypeError(f"totalAmount must be a number, not {type(total_amount).__name__}")

        total_tax = d["totalTax"]
        if type(total_tax) is Decimal:
            if not total_tax.is_finite():
                raise ValueError(f"totalTax must be a finite number, not {total_tax}")
        elif type(total_tax) is int:
            total_tax = Decimal(total_tax)
        else:
            raise TypeError(f"totalTax must be a number, not {type(total_tax).__name__}")

        paid_amount = d["paidAmount"]
        if type(paid_amount) is Decimal:
            if not paid_amount.is_finite():
                raise ValueError(f"paidAmount must be a finite number, not {paid_amount}")
        elif type(paid_amount) is int:
            paid_amount = Decimal(paid_amount)
        else:
            raise TypeError(f"paidAmount must be a number, not {type(paid_amount).__name__}")

        status = InvoiceStatus(d["status"])

        invoice_date = datetime.date.fromisoformat(d["invoiceDate"])

        due_date = datetime.date.fromisoformat(d["dueDate"])

        _line_items = d["lineItems"]
        if type(_line_items) is not list:
            raise TypeError(f"lineItems must be an array, not {type(_line_items).__name__}")
        line_items = []
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

        _type_ = d.get("type", UNSET)
        type_: InvoiceType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        _contact_detail_ref = d.get("contactDetailRef", UNSET)
        contact_detail_ref: InvoiceContactDetailRef | None | Unset
        if _contact_detail_ref is None:
            contact_detail_ref = None
        elif _contact_detail_ref is UNSET:
            contact_detail_ref = UNSET
        else:
            if not isinstance(_contact_detail_ref, dict):
                raise TypeError()
            contact_detail_ref_type_1 = InvoiceContactDetailRef.from_dict(_contact_detail_ref)

            contact_detail_ref = contact_detail_ref_type_1

        _order_number_reference = d.get("orderNumberReference", UNSET)
        order_number_reference: None | str | Unset
        if _order_number_reference is None:
            order_number_reference = None
        elif _order_number_reference is UNSET:
            order_number_reference = UNSET
        else:
            if not isinstance(_order_number_reference, str):
                raise TypeError()
            order_number_reference_type_0 = _order_number_reference
            if type(order_number_reference_type_0) is not str:
                raise TypeError(
                    f"orderNumberReference_type_0 must be a string, not {type(order_number_reference_type_0).__name__}"
                )

            order_number_reference = order_number_reference_type_0

        _project_reference = d.get("projectReference", UNSET)
        project_reference: None | str | Unset
        if _project_reference is None:
            project_reference = None
        elif _project_reference is UNSET:
            project_reference = UNSET
        else:
            if not isinstance(_project_reference, str):
                raise TypeError()
            project_reference_type_0 = _project_reference
            if type(project_reference_type_0) is not str:
                raise TypeError(
                    f"projectReference_type_0 must be a string, not {type(project_reference_type_0).__name__}"
                )

            project_reference = project_reference_type_0

        _buyer_reference = d.get("buyerReference", UNSET)
        buyer_reference: None | str | Unset
        if _buyer_reference is None:
            buyer_reference = None
        elif _buyer_reference is UNSET:
            buyer_reference = UNSET
        else:
            if not isinstance(_buyer_reference, str):
                raise TypeError()
            buyer_reference_type_0 = _buyer_reference
            if type(buyer_reference_type_0) is not str:
                raise TypeError(f"buyerReference_type_0 must be a string, not {type(buyer_reference_type_0).__name__}")

            buyer_reference = buyer_reference_type_0

        _contract_reference = d.get("contractReference", UNSET)
        contract_reference: None | str | Unset
        if _contract_reference is None:
            contract_reference = None
        elif _contract_reference is UNSET:
            contract_reference = UNSET
        else:
            if not isinstance(_contract_reference, str):
                raise TypeError()
            contract_reference_type_0 = _contract_reference
            if type(contract_reference_type_0) is not str:
                raise TypeError(
                    f"contractReference_type_0 must be a string, not {type(contract_reference_type_0).__name__}"
                )

            contract_reference = contract_reference_type_0

        _published_date_time = d.get("publishedDateTime", UNSET)
        published_date_time: datetime.datetime | None | Unset
        if _published_date_time is None:
            published_date_time = None
        elif _published_date_time is UNSET:
            published_date_time = UNSET
        else:
            if not isinstance(_published_date_time, str):
                raise TypeError()
            published_date_time_type_0 = datetime.datetime.fromisoformat(_published_date_time)

            published_date_time = published_date_time_type_0

        _billing_address = d.get("billingAddress", UNSET)
        billing_address: InvoiceBillingAddress | Unset
        if _billing_address is UNSET:
            billing_address = UNSET
        else:
            billing_address = InvoiceBillingAddress.from_dict(_billing_address)

        _delivery_address = d.get("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if _delivery_address is UNSET:
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _tax_reduction = d.get("taxReduction", UNSET)
        tax_reduction: InvoiceTaxReduction | None | Unset
        if _tax_reduction is None:
            tax_reduction = None
        elif _tax_reduction is UNSET:
            tax_reduction = UNSET
        else:
            if not isinstance(_tax_reduction, dict):
                raise TypeError()
            tax_reduction_type_1 = InvoiceTaxReduction.from_dict(_tax_reduction)

            tax_reduction = tax_reduction_type_1

        _attachment_refs = d.get("attachmentRefs", UNSET)
        attachment_refs: list[InvoiceAttachmentRef] | Unset = UNSET
        if _attachment_refs is not UNSET:
            if type(_attachment_refs) is not list:
                raise TypeError(f"attachmentRefs must be an array, not {type(_attachment_refs).__name__}")
            attachment_refs = [
                InvoiceAttachmentRef.from_dict(attachment_refs_item_data)
                for attachment_refs_item_data in _attachment_refs
            ]

        _journal_entry_ref = d.get("journalEntryRef", UNSET)
        journal_entry_ref: InvoiceJournalEntryRef | None | Unset
        if _journal_entry_ref is None:
            journal_entry_ref = None
        elif _journal_entry_ref is UNSET:
            journal_entry_ref = UNSET
        else:
            if not isinstance(_journal_entry_ref, dict):
                raise TypeError()
            journal_entry_ref_type_1 = InvoiceJournalEntryRef.from_dict(_journal_entry_ref)

            journal_entry_ref = journal_entry_ref_type_1

        _credit_note_refs = d.get("creditNoteRefs", UNSET)
        credit_note_refs: list[InvoiceCreditNoteRef] | None | Unset
        if _credit_note_refs is None:
            credit_note_refs = None
        elif _credit_note_refs is UNSET:
            credit_note_refs = UNSET
        else:
            if not isinstance(_credit_note_refs, list):
                raise TypeError()
            _credit_note_refs_type_0 = _credit_note_refs
            if type(_credit_note_refs_type_0) is not list:
                raise TypeError(
                    f"creditNoteRefs_type_0 must be an array, not {type(_credit_note_refs_type_0).__name__}"
                )
            credit_note_refs_type_0 = [
                InvoiceCreditNoteRef.from_dict(credit_note_refs_type_0_item_data)
                for credit_note_refs_type_0_item_data in _credit_note_refs_type_0
            ]

            credit_note_refs = credit_note_refs_type_0

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        invoice = cls(
            id,
            customer_ref,
            invoice_number,
            payment_reference,
            total_amount,
            total_tax,
            paid_amount,
            status,
            invoice_date,
            due_date,
            line_items,
            currency,
            currency_rate,
            type_,
            contact_detail_ref,
            order_number_reference,
            project_reference,
            buyer_reference,
            contract_reference,
            published_date_time,
            billing_address,
            delivery_address,
            tax_reduction,
            attachment_refs,
            journal_entry_ref,
            credit_note_refs,
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            invoice.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
