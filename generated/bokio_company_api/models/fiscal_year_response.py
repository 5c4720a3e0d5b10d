from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="FiscalYearResponse")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(("fiscalYear",))


@_attrs_define(repr=False)
class FiscalYearResponse(Model):
    """Envelope around one fiscal year."""

    fiscal_year: FiscalYear
    """ One accounting year of the company. Usually a calendar year, but it may be broken
    (e.g. July to June) and the first or a changed year may be shorter or longer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fiscal_year = self.fiscal_year.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fiscalYear": fiscal_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FiscalYearResponse must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        fiscal_year = FiscalYear.from_dict(d["fiscalYear"])

        fiscal_year_response = cls(
            fiscal_year,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            fiscal_year_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return fiscal_year_response

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
