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
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="SalesItem")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "description",
        "itemType",
        "productType",
        "unitType",
        "unitPrice",
        "taxRate",
        "bookkeepingAccountNumber",
    )
)


@_attrs_define(repr=False)
class SalesItem(Model):
    """Goods or a service sold at a unit price."""

    id: None | UUID
    """ Assigned by Bokio; leave out when creating. """
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
    bookkeeping_account_number: int | None | Unset = UNSET
    """ Revenue account for this item. When empty, Bokio picks one from the product type, VAT rate, customer and
    company settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        if isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description = self.description

        item_type = self.item_type.value

        product_type = self.product_type.value

        unit_type = self.unit_type.value

        unit_price = self.unit_price

        tax_rate = self.tax_rate

        bookkeeping_account_number: int | None | Unset
        if isinstance(self.bookkeeping_account_number, Unset):
            bookkeeping_account_number = UNSET
        else:
            bookkeeping_account_number = self.bookkeeping_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "itemType": item_type,
                "productType": product_type,
                "unitType": unit_type,
                "unitPrice": unit_price,
                "taxRate": tax_rate,
            }
        )
        if bookkeeping_account_number is not UNSET:
            field_dict["bookkeepingAccountNumber"] = bookkeeping_account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SalesItem must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _id = d["id"]
        id: None | UUID
        if _id is None:
            id = None
        else:
            if not isinstance(_id, str):
                raise TypeError()
            id_type_0 = UUID(_id)

            id = id_type_0

        description = d["description"]
        if type(description) is not str:
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        item_type = SalesItemItemType(d["itemType"])

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

        sales_item = cls(
            id,
            description,
            item_type,
            product_type,
            unit_type,
            unit_price,
            tax_rate,
            bookkeeping_account_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            sales_item.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
