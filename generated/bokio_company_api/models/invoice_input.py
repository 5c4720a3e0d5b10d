from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.invoice_type import InvoiceType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceInput")


@_attrs_define(repr=False)
class InvoiceInput(Model):
    """A customer invoice. The same shape is sent when creating or updating a draft and returned
    by every invoice operation; fields Bokio computes (totals, status, numbers, references)
    are ignored in requests.

    """

    invoice_date: datetime.date
    """ Date of issue; also the date the invoice is bookkept on. """
    line_items: list[DescriptionOnlyInvoiceLineInput | SalesInvoiceLineInput]
    """ The invoice lines, in order. """
    type_: InvoiceType | Unset = UNSET
    """ `invoice` (pay later) or `cashInvoice` (paid on the spot). Invoices created through the API
    are always `invoice`, the default.
     """
    customer_ref: InvoiceCustomerRefInput | Unset = UNSET
    """ The customer invoiced. Send its `id`; the name comes back filled in. """
    contact_detail_ref: InvoiceContactDetailRefInput | None | Unset = UNSET
    """ Which of the customer's contact persons the invoice is addressed to. """
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
    due_date: datetime.date | Unset = UNSET
    """ Last day to pay. Optional; defaults from the customer's payment terms, else the company's, else 30 days
    after `invoiceDate`. """
    published_date_time: datetime.datetime | None | Unset = UNSET
    """ When the invoice was published; null on drafts. """
    delivery_address: Address | Unset = UNSET
    """ A postal address. """
    tax_reduction: InvoiceTaxReductionInput | None | Unset = UNSET
    """ ROT or RUT deduction claimed on the invoice; null when none. """
    metadata: Metadata | Unset = UNSET
    """ Up to 10 key/value pairs of the integration's own data (e.g. `externalId`). Keys are at most
    25 characters, values are strings. Bokio stores them but never shows or interprets them;
    lists can be filtered with `metadata.<key>==value`.
     """

    def to_dict(self) -> dict[str, Any]:
        invoice_date = self.invoice_date.isoformat()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, SalesInvoiceLineInput):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_ref, Unset):
            customer_ref = self.customer_ref.to_dict()

        contact_detail_ref: dict[str, Any] | None | Unset
        if isinstance(self.contact_detail_ref, Unset):
            contact_detail_ref = UNSET
        elif isinstance(self.contact_detail_ref, InvoiceContactDetailRefInput):
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

        currency = self.currency

        currency_rate = self.currency_rate

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

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        tax_reduction: dict[str, Any] | None | Unset
        if isinstance(self.tax_reduction, Unset):
            tax_reduction = UNSET
        elif isinstance(self.tax_reduction, InvoiceTaxReductionInput):
            tax_reduction = self.tax_reduction.to_dict()
        else:
            tax_reduction = self.tax_reduction

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "invoiceDate": invoice_date,
                "lineItems": line_items,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_ref is not UNSET:
            field_dict["customerRef"] = customer_ref
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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if currency_rate is not UNSET:
            field_dict["currencyRate"] = currency_rate
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if published_date_time is not UNSET:
            field_dict["publishedDateTime"] = published_date_time
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if tax_reduction is not UNSET:
            field_dict["taxReduction"] = tax_reduction
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InvoiceInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        invoice_date = datetime.date.fromisoformat(d["invoiceDate"])

        _line_items = d["lineItems"]
        if type(_line_items) is not list:
            raise TypeError(f"lineItems must be an array, not {type(_line_items).__name__}")
        line_items = []
        for line_items_item_data in _line_items:
            line_items_item: DescriptionOnlyInvoiceLineInput | SalesInvoiceLineInput
            try:
                if not isinstance(line_items_item_data, dict):
                    raise TypeError()
                componentsschemas_invoice_line_item_input_type_0 = SalesInvoiceLineInput.from_dict(line_items_item_data)

                line_items_item = componentsschemas_invoice_line_item_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(line_items_item_data, dict):
                    raise TypeError()
                componentsschemas_invoice_line_item_input_type_1 = DescriptionOnlyInvoiceLineInput.from_dict(
                    line_items_item_data
                )

                line_items_item = componentsschemas_invoice_line_item_input_type_1

            line_items.append(line_items_item)

        _type_ = d.get("type", UNSET)
        type_: InvoiceType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = InvoiceType(_type_)

        _customer_ref = d.get("customerRef", UNSET)
        customer_ref: InvoiceCustomerRefInput | Unset
        if _customer_ref is UNSET:
            customer_ref = UNSET
        else:
            customer_ref = InvoiceCustomerRefInput.from_dict(_customer_ref)

        _contact_detail_ref = d.get("contactDetailRef", UNSET)
        contact_detail_ref: InvoiceContactDetailRefInput | None | Unset
        if _contact_detail_ref is None:
            contact_detail_ref = None
        elif _contact_detail_ref is UNSET:
            contact_detail_ref = UNSET
        else:
            if not isinstance(_contact_detail_ref, dict):
                raise TypeError()
            contact_detail_ref_type_1 = InvoiceContactDetailRefInput.from_dict(_contact_detail_ref)

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

        currency = d.get("currency", UNSET)
        if currency is not UNSET and type(currency) is not str:
            raise TypeError(f"currency must be a string, not {type(currency).__name__}")

        currency_rate = d.get("currencyRate", UNSET)
        if currency_rate is UNSET:
            pass
        elif type(currency_rate) is Decimal:
            if not currency_rate.is_finite():
                raise ValueError(f"currencyRate must be a finite number, not {currency_rate}")
        elif type(currency_rate) is int:
            currency_rate = Decimal(currency_rate)
        else:
            raise TypeError(f"currencyRate must be a number, not {type(currency_rate).__name__}")

        _due_date = d.get("dueDate", UNSET)
        due_date: datetime.date | Unset
        if _due_date is UNSET:
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

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

        _delivery_address = d.get("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if _delivery_address is UNSET:
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _tax_reduction = d.get("taxReduction", UNSET)
        tax_reduction: InvoiceTaxReductionInput | None | Unset
        if _tax_reduction is None:
            tax_reduction = None
        elif _tax_reduction is UNSET:
            tax_reduction = UNSET
        else:
            if not isinstance(_tax_reduction, dict):
                raise TypeError()
            tax_reduction_type_1 = InvoiceTaxReductionInput.from_dict(_tax_reduction)

            tax_reduction = tax_reduction_type_1

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        invoice_input = cls(
            invoice_date,
            line_items,
            type_,
            customer_ref,
            contact_detail_ref,
            order_number_reference,
            project_reference,
            buyer_reference,
            contract_reference,
            currency,
            currency_rate,
            due_date,
            published_date_time,
            delivery_address,
            tax_reduction,
            metadata,
        )

        return invoice_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.address import Address
from ..models.description_only_invoice_line_input import DescriptionOnlyInvoiceLineInput
from ..models.invoice_contact_detail_ref_input import InvoiceContactDetailRefInput
from ..models.invoice_customer_ref_input import InvoiceCustomerRefInput
from ..models.invoice_tax_reduction_input import InvoiceTaxReductionInput
from ..models.metadata import Metadata
from ..models.sales_invoice_line_input import SalesInvoiceLineInput
