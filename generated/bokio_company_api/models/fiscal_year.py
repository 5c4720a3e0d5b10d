from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_method import AccountingMethod
from ..models.fiscal_year_status import FiscalYearStatus
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="FiscalYear")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "startDate",
        "endDate",
        "accountingMethod",
        "status",
    )
)


@_attrs_define(repr=False)
class FiscalYear(Model):
    """One accounting year of the company. Usually a calendar year, but it may be broken
    (e.g. July to June) and the first or a changed year may be shorter or longer.

    """

    id: UUID
    start_date: datetime.date
    """ First day of the fiscal year. """
    end_date: datetime.date
    """ Last day of the fiscal year (inclusive). """
    accounting_method: AccountingMethod
    """ How the fiscal year is bookkept: `accrual` (faktureringsmetoden: invoices are bookkept
    when issued or received, payments when they happen) or `cash` (kontantmetoden: invoices
    are bookkept only when paid, with unpaid ones bookkept at year end).
     """
    status: FiscalYearStatus | Unset = UNSET
    """ `open` while the year can still be bookkept; `closed` once it has been closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        accounting_method = self.accounting_method.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "startDate": start_date,
                "endDate": end_date,
                "accountingMethod": accounting_method,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FiscalYear must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        start_date = datetime.date.fromisoformat(d["startDate"])

        end_date = datetime.date.fromisoformat(d["endDate"])

        accounting_method = AccountingMethod(d["accountingMethod"])

        _status = d.get("status", UNSET)
        status: FiscalYearStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = FiscalYearStatus(_status)

        fiscal_year = cls(
            id,
            start_date,
            end_date,
            accounting_method,
            status,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            fiscal_year.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return fiscal_year

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
