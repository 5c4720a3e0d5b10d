from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.product_type import ProductType
from ..models.sales_invoice_line_input_item_type import SalesInvoiceLineInputItemType
from ..models.unit_type import UnitType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="SalesInvoiceLineInput")


@_attrs_define(repr=False)
class SalesInvoiceLineInput(Model):
    """A priced line: quantity × unit price, excluding VAT. A discount is such a line with a
    negative `unitPrice`, typically booked to 3730 via `bookkeepingAccountNumber`.

    """

    description: str
    item_type: SalesInvoiceLineInputItemType
    product_type: ProductType
    """ Whether a line sells goods or services (decides the default revenue account). """
    unit_price: Decimal
    """ Price of one unit excluding VAT, in the invoice currency; negative for a discount. """
    tax_rate: Decimal
    """ VAT rate in percent; one of 0, 6, 12 or 25. """
    quantity: Decimal = Decimal(1)
    id: int | None | Unset = UNSET
    """ Line id assigned by Bokio. Leave out for a new line; keep it when updating an existing one. """
    item_ref: InvoiceLineItemRefInput | None | Unset = UNSET
    """ A catalogue sales item to copy. Only `itemType` and `quantity` are then needed; the item's values replace
    the other fields. """
    unit_type: UnitType | Unset = UnitType.UNSPECIFIED
    """ The unit a quantity is counted in. """
    bookkeeping_account_number: int | None | Unset = UNSET
    """ Revenue account to book this line to instead of the one Bokio would choose from product
    type, VAT rate, customer and company settings (e.g. 3730 for discounts). An account
    Bokio would pick automatically cannot be given here.
     """
    tax_reduction: InvoiceLineTaxReduction | None | Unset = UNSET
    """ ROT/RUT job type of a service line on an invoice with a tax reduction. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        item_type = self.item_type.value

        product_type = self.product_type.value

        quantity = self.quantity

        unit_price = self.unit_price

        tax_rate = self.tax_rate

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        item_ref: dict[str, Any] | None | Unset
        if isinstance(self.item_ref, Unset):
            item_ref = UNSET
        elif isinstance(self.item_ref, InvoiceLineItemRefInput):
            item_ref = self.item_ref.to_dict()
        else:
            item_ref = self.item_ref

        unit_type: str | Unset = UNSET
        if not isinstance(self.unit_type, Unset):
            unit_type = self.unit_type.value

        bookkeeping_account_number: int | None | Unset
        if isinstance(self.bookkeeping_account_number, Unset):
            bookkeeping_account_number = UNSET
        else:
            bookkeeping_account_number = self.bookkeeping_account_number

        tax_reduction: dict[str, Any] | None | Unset
        if isinstance(self.tax_reduction, Unset):
            tax_reduction = UNSET
        elif isinstance(self.tax_reduction, InvoiceLineTaxReduction):
            tax_reduction = self.tax_reduction.to_dict()
        else:
            tax_reduction = self.tax_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "description": description,
                "itemType": item_type,
                "productType": product_type,
                "quantity": quantity,
                "unitPrice": unit_price,
                "taxRate": tax_rate,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if item_ref is not UNSET:
            field_dict["itemRef"] = item_ref
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if bookkeeping_account_number is not UNSET:
            field_dict["bookkeepingAccountNumber"] = bookkeeping_account_number
        if tax_reduction is not UNSET:
            field_dict["taxReduction"] = tax_reduction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SalesInvoiceLineInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = SalesInvoiceLineInputItemType(d["itemType"])

        product_type = ProductType(d["productType"])

        quantity = d["quantity"]
        if type(quantity) is Decimal:
            if not quantity.is_finite():
                raise ValueError(f"quantity must be a finite number, not {quantity}")
        elif type(quantity) is int:
            quantity = Decimal(quantity)
        else:
            raise TypeError(f"quantity must be a number, not {type(quantity).__name__}")

        unit_price = d["unitPrice"]
        if type(unit_price) is Decimal:
            if not unit_price.is_finite():
                raise ValueError(f"unitPrice must be a finite number, not {unit_price}")
        elif type(unit_price) is int:
            unit_price = Decimal(unit_price)
        else:
            raise TypeError(f"unitPrice must be a number, not {type(unit_price).__name__}")

        tax_rate = d["taxRate"]
        if type(tax_rate) is Decimal:
            if not tax_rate.is_finite():
                raise ValueError(f"taxRate must be a finite number, not {tax_rate}")
        elif type(tax_rate) is int:
            tax_rate = Decimal(tax_rate)
        else:
            raise TypeError(f"taxRate must be a number, not {type(tax_rate).__name__}")

        _id = d.get("id", UNSET)
        id: int | None | Unset
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
        else:
            if not (type(_id) is int):
                raise TypeError()
            id_type_0 = _id
            if type(id_type_0) is not int:
                raise TypeError(f"id_type_0 must be an integer, not {type(id_type_0).__name__}")

            id = id_type_0

        _item_ref = d.get("itemRef", UNSET)
        item_ref: InvoiceLineItemRefInput | None | Unset
        if _item_ref is None:
            item_ref = None
        elif _item_ref is UNSET:
            item_ref = UNSET
        else:
            if not isinstance(_item_ref, dict):
                raise TypeError()
            item_ref_type_1 = InvoiceLineItemRefInput.from_dict(_item_ref)

            item_ref = item_ref_type_1

        _unit_type = d.get("unitType", UNSET)
        unit_type: UnitType | Unset
        if _unit_type is UNSET:
            unit_type = UNSET
        else:
            unit_type = UnitType(_unit_type)

        _bookkeeping_account_number = d.get("bookkeepingAccountNumber", UNSET)
        bookkeeping_account_number: int | None | Unset
        if _bookkeeping_account_number is None:
            bookkeeping_account_number = None
        elif _bookkeeping_account_number is UNSET:
            bookkeeping_account_number = UNSET
        else:
            if not (type(_bookkeeping_account_number) is int):
                raise TypeError()
            bookkeeping_account_number_type_0 = _bookkeeping_account_number
            if type(bookkeeping_account_number_type_0) is not int:
                raise TypeError(
                    f"bookkeepingAccountNumber_type_0 must be an integer, not {type(bookkeeping_account_number_type_0).__name__}"
                )

            bookkeeping_account_number = bookkeeping_account_number_type_0

        _tax_reduction = d.get("taxReduction", UNSET)
        tax_reduction: InvoiceLineTaxReduction | None | Unset
        if _tax_reduction is None:
            tax_reduction = None
        elif _tax_reduction is UNSET:
            tax_reduction = UNSET
        else:
            if not isinstance(_tax_reduction, dict):
                raise TypeError()
            tax_reduction_type_1 = InvoiceLineTaxReduction.from_dict(_tax_reduction)

            tax_reduction = tax_reduction_type_1

        sales_invoice_line_input = cls(
            description,
            item_type,
            product_type,
            unit_price,
            tax_rate,
            quantity,
            id,
            item_ref,
            unit_type,
            bookkeeping_account_number,
            tax_reduction,
        )

        return sales_invoice_line_input


# Imported here, after the class, so that models which refer to each other import cleanly.
from ..models.invoice_line_item_ref_input import InvoiceLineItemRefInput
from ..models.invoice_line_tax_reduction import InvoiceLineTaxReduction
