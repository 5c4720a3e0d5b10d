from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..models.sales_item_item_type import SalesItemItemType
from ..models.unit_type import UnitType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SalesItem")


@_attrs_define
class SalesItem(LazyModel):
    """Goods or a service sold at a unit price."""

    description: str
    item_type: SalesItemItemType
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        description = d.pop("description")

        item_type = SalesItemItemType(d.pop("itemType"))

        product_type = ProductType(d.pop("productType"))

        unit_type = UnitType(d.pop("unitType"))

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

        _id = d.pop("id", UNSET)
        id: None | Unset | UUID
        if _id is None:
            id = None
        elif _id is UNSET:
            id = UNSET
        else:
            try:
                if not isinstance(_id, str):
                    raise TypeError()
                id_type_0 = UUID(_id)

                id = id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                id = _id

        bookkeeping_account_number: int | None | Unset = d.pop("bookkeepingAccountNumber", UNSET)

        if _into is None:
            sales_item = cls(
                description=description,
                item_type=item_type,
                product_type=product_type,
                unit_type=unit_type,
                unit_price=unit_price,
                tax_rate=tax_rate,
                id=id,
                bookkeeping_account_number=bookkeeping_account_number,
            )
        else:
            sales_item = _into
            sales_item.__init__(
                description=description,
                item_type=item_type,
                product_type=product_type,
                unit_type=unit_type,
                unit_price=unit_price,
                tax_rate=tax_rate,
                id=id,
                bookkeeping_account_number=bookkeeping_account_number,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            sales_item.additional_properties = d
        return sales_item

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
