from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.sales_invoice_line_item_type import SalesInvoiceLineItemType
from ..models.unit_type import UnitType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SalesInvoiceLine")


@_attrs_define
class SalesInvoiceLine(LazyModel):
    """A priced line: quantity × unit price, excluding VAT. A discount is such a line with a
    negative `unitPrice`, typically booked to 3730 via `bookkeepingAccountNumber`.

    """

    description: str
    item_type: SalesInvoiceLineItemType
    product_type: ProductType
    """ Whether a line sells goods or services (decides the default revenue account). """
    unit_price: Decimal
    """ Price of one unit excluding VAT, in the invoice currency; negative for a discount. """
    tax_rate: Decimal
    """ VAT rate in percent; one of 0, 6, 12 or 25. """
    quantity: Decimal = Decimal(1)
    id: int | None | Unset = UNSET
    """ Line id assigned by Bokio. Leave out for a new line; keep it when updating an existing one. """
    item_ref: InvoiceLineItemRef | None | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        elif isinstance(self.item_ref, InvoiceLineItemRef):
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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        description = d.pop("description")

        item_type = SalesInvoiceLineItemType(d.pop("itemType"))

        product_type = ProductType(d.pop("productType"))

        _quantity = d.pop("quantity")
        quantity: Decimal
        if type(_quantity) is Decimal:
            quantity = _quantity
        elif type(_quantity) is int:
            quantity = Decimal(_quantity)
        else:
            quantity = Decimal(str(_quantity))

        _unit_price = d.pop("unitPrice")
        unit_price: Decimal
        if type(_unit_price) is Decimal:
            unit_price = _unit_price
        elif type(_unit_price) is int:
            unit_price = Decimal(_unit_price)
        else:
            unit_price = Decimal(str(_unit_price))

        _tax_rate = d.pop("taxRate")
        tax_rate: Decimal
        if type(_tax_rate) is Decimal:
            tax_rate = _tax_rate
        elif type(_tax_rate) is int:
            tax_rate = Decimal(_tax_rate)
        else:
            tax_rate = Decimal(str(_tax_rate))

        id: int | None | Unset = d.pop("id", UNSET)

        _item_ref = d.pop("itemRef", UNSET)
        item_ref: InvoiceLineItemRef | None | Unset
        if _item_ref is None:
            item_ref = None
        elif _item_ref is UNSET:
            item_ref = UNSET
        else:
            try:
                if not isinstance(_item_ref, dict):
                    raise TypeError()
                item_ref_type_1 = InvoiceLineItemRef.from_dict(_item_ref)

                item_ref = item_ref_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                item_ref = _item_ref

        _unit_type = d.pop("unitType", UNSET)
        unit_type: UnitType | Unset
        if _unit_type is UNSET:
            unit_type = UNSET
        else:
            unit_type = UnitType(_unit_type)

        bookkeeping_account_number: int | None | Unset = d.pop("bookkeepingAccountNumber", UNSET)

        _tax_reduction = d.pop("taxReduction", UNSET)
        tax_reduction: InvoiceLineTaxReduction | None | Unset
        if _tax_reduction is None:
            tax_reduction = None
        elif _tax_reduction is UNSET:
            tax_reduction = UNSET
        else:
            try:
                if not isinstance(_tax_reduction, dict):
                    raise TypeError()
                tax_reduction_type_1 = InvoiceLineTaxReduction.from_dict(_tax_reduction)

                tax_reduction = tax_reduction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                tax_reduction = _tax_reduction

        if _into is None:
            sales_invoice_line = cls(
                description=description,
                item_type=item_type,
                product_type=product_type,
                quantity=quantity,
                unit_price=unit_price,
                tax_rate=tax_rate,
                id=id,
                item_ref=item_ref,
                unit_type=unit_type,
                bookkeeping_account_number=bookkeeping_account_number,
                tax_reduction=tax_reduction,
            )
        else:
            sales_invoice_line = _into
            sales_invoice_line.__init__(
                description=description,
                item_type=item_type,
                product_type=product_type,
                quantity=quantity,
                unit_price=unit_price,
                tax_rate=tax_rate,
                id=id,
                item_ref=item_ref,
                unit_type=unit_type,
                bookkeeping_account_number=bookkeeping_account_number,
                tax_reduction=tax_reduction,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            sales_invoice_line.additional_properties = d
        return sales_invoice_line

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
from ..models.invoice_line_item_ref import InvoiceLineItemRef
from ..models.invoice_line_tax_reduction import InvoiceLineTaxReduction
