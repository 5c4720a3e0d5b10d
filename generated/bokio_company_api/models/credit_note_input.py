from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CreditNoteInput")


@_attrs_define(repr=False)
class CreditNoteInput(Model):
    """A credit note cancelling all or part of an invoice. Amounts are positive and state how
    much is credited. Created by `invoices.credit`; the same shape is sent when updating a
    draft, where fields Bokio computes are ignored.

    """

    id: UUID
    """ Assigned by Bokio; send it back unchanged when updating. """
    credit_date: datetime.date
    """ Date of the credit note; also its bookkeeping date. """
    due_date: datetime.date
    line_items: list[DescriptionOnlyInvoiceLineInput | SalesInvoiceLineInput]
    """ The credited lines; lower quantities or drop lines for a partial credit. """
    currency: str = "SEK"
    """ ISO 4217 currency code, as on the invoice. """
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
    delivery_address: Address | Unset = UNSET
    """ A postal address. """
    metadata: Metadata | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        currency = self.currency

        credit_date = self.credit_date.isoformat()

        due_date = self.due_date.isoformat()

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, SalesInvoiceLineInput):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

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

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "creditDate": credit_date,
                "dueDate": due_date,
                "lineItems": line_items,
            }
        )
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
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CreditNoteInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        currency = d["currency"]
        if type(currency) is not str:
            raise TypeError(f"currency must be a string, not {type(currency).__name__}")

        credit_date = datetime.date.fromisoformat(d["creditDate"])

        due_date = datetime.date.fromisoformat(d["dueDate"])

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

        _delivery_address = d.get("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if _delivery_address is UNSET:
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | None | Unset
        if _metadata is None:
            metadata = None
        elif _metadata is UNSET:
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata_type_1 = Metadata.from_dict(_metadata)

            metadata = metadata_type_1

        credit_note_input = cls(
            id,
            credit_date,
            due_date,
            line_items,
            currency,
            order_number_reference,
            project_reference,
            buyer_reference,
            contract_reference,
            currency_rate,
            delivery_address,
            metadata,
        )

        return credit_note_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.address import Address
from ..models.description_only_invoice_line_input import DescriptionOnlyInvoiceLineInput
from ..models.metadata import Metadata
from ..models.sales_invoice_line_input import SalesInvoiceLineInput
