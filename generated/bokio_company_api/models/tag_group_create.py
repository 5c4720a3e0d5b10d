from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="TagGroupCreate")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "alias",
        "dimensionNumber",
    )
)


@_attrs_define(repr=False)
class TagGroupCreate(Model):
    """A new tag group."""

    name: str
    """ Name of the group, e.g. `Projekt`. """
    alias: str
    """ Short code for quick tagging; at most 3 characters, unique within the company. """
    dimension_number: int | None | Unset = UNSET
    """ Dimension number in SIE exports and imports, unique within the company and set only
    at creation. SIE reserves 1 cost centre (kostnadsställe), 2 cost unit
    (kostnadsbärare), 6 project, 7 employee, 8 customer, 9 supplier and 10 invoice; 20
    and above are free to use.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        alias = self.alias

        dimension_number: int | None | Unset
        if isinstance(self.dimension_number, Unset):
            dimension_number = UNSET
        else:
            dimension_number = self.dimension_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "alias": alias,
            }
        )
        if dimension_number is not UNSET:
            field_dict["dimensionNumber"] = dimension_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagGroupCreate must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        alias = d["alias"]
        if type(alias) is not str:
            raise TypeError(f"alias must be a string, not {type(alias).__name__}")

        _dimension_number = d.get("dimensionNumber", UNSET)
        dimension_number: int | None | Unset
        if _dimension_number is None:
            dimension_number = None
        elif _dimension_number is UNSET:
            dimension_number = UNSET
        else:
            if not (type(_dimension_number) is int):
                raise TypeError()
            dimension_number_type_0 = _dimension_number
            if type(dimension_number_type_0) is not int:
                raise TypeError(
                    f"dimensionNumber_type_0 must be an integer, not {type(dimension_number_type_0).__name__}"
                )

            dimension_number = dimension_number_type_0

        tag_group_create = cls(
            name,
            alias,
            dimension_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            tag_group_create.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return tag_group_create

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
