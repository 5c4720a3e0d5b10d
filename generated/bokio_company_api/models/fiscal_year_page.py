from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="FiscalYearPage")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "totalItems",
        "totalPages",
        "currentPage",
        "items",
    )
)


@_attrs_define(repr=False)
class FiscalYearPage(Model):
    total_items: int
    """ Number of items across all pages. """
    total_pages: int
    """ Number of pages at the requested page size. """
    current_page: int
    """ The page this response holds, counting from 1. """
    items: list[FiscalYear] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_pages = self.total_pages

        current_page = self.current_page

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
                "totalPages": total_pages,
                "currentPage": current_page,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FiscalYearPage must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        total_items = d["totalItems"]
        if type(total_items) is not int:
            raise TypeError(f"totalItems must be an integer, not {type(total_items).__name__}")

        total_pages = d["totalPages"]
        if type(total_pages) is not int:
            raise TypeError(f"totalPages must be an integer, not {type(total_pages).__name__}")

        current_page = d["currentPage"]
        if type(current_page) is not int:
            raise TypeError(f"currentPage must be an integer, not {type(current_page).__name__}")

        _items = d.get("items", UNSET)
        items: list[FiscalYear] | Unset = UNSET
        if _items is not UNSET:
            if type(_items) is not list:
                raise TypeError(f"items must be an array, not {type(_items).__name__}")
            items = [FiscalYear.from_dict(items_item_data) for items_item_data in _items]

        fiscal_year_page = cls(
            total_items,
            total_pages,
            current_page,
            items,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            fiscal_year_page.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return fiscal_year_page

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
from ..models.fiscal_year import FiscalYear
