from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.product_type import ProductType
from ..models.sales_item_input_item_type import SalesItemInputItemType
from ..models.unit_type import UnitType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="SalesItemInput")


@_attrs_define(repr=False)
class SalesItemInput(Model):
    """Goods or a service sold at a unit price."""

    description: str
    item_type: SalesItemInputItemType
    product_type: ProductType
    """ Whether a line sells goods or services (decides the default revenue account). """
    unit_type: UnitType
    """ The unit a quantity is counted in. """
    unit_price: Decimal
    """ Price of one unit, excluding VAT, in the invoice currency. """
    tax_rate: Decimal
    """ VAT rate in percent; one of 0, 6, 12 or 25. """
    id: None | Unset | UUID = UNSET
    """ Assigned by Bokio; leave out when creating. """
    bookkeeping_account_number: int | None | Unset = UNSET
    """ Revenue account for this item. When empty, Bokio picks one from the product type, VAT rate, customer and
    company settings. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        item_type = self.item_type.value

        product_type = self.product_type.value

        unit_type = self.unit_type.value

        unit_price = self.unit_price

        tax_rate = self.tax_rate

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        bookkeeping_account_number: int | None | Unset
        if isinstance(self.bookkeeping_account_number, Unset):
            bookkeeping_account_number = UNSET
        else:
            bookkeeping_account_number = self.bookkeeping_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "description": description,
                "itemType": item_type,
                "productType": product_type,
                "unitType": unit_type,
                "unitPrice": unit_price,
                "taxRate": tax_rate,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if bookkeeping_account_number is not UNSET:
            field_dict["bookkeepingAccountNumber"] = bookkeeping_account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SalesItemInput must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = SalesItemInputItemType(d["itemType"])

        product_type = ProductType(d["productType"])

        unit_type = UnitType(d["unitType"])

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
        id: None | Unset | UUID
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
        else:
            if not isinstance(_id, str):
                raise TypeError()
            id_type_0 = UUID(_id)

            id = id_type_0

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

        sales_item_input = cls(
            description,
            item_type,
            product_type,
            unit_type,
            unit_price,
            tax_rate,
            id,
            bookkeeping_account_number,
        )

        return sales_item_input
