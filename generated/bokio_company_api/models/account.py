from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import Model

T = TypeVar("T", bound="Account")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account",
        "name",
        "accountType",
    )
)


@_attrs_define(repr=False)
class Account(Model):
    """One account of the company's chart of accounts."""

    account: int
    """ The account number, four digits in BAS (e.g. `1930` business bank account, `3041` sales of services). """
    name: str
    """ The account's name, in Swedish for BAS accounts. """
    account_type: AccountType
    """ `basePlanAccount` for an account of the BAS standard chart, `customAccount` for one the company added
    itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        name = self.name

        account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "name": name,
                "accountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Account must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        account = d["account"]
        if type(account) is not int:
            raise TypeError(f"account must be an integer, not {type(account).__name__}")

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        account_type = AccountType(d["accountType"])

        account = cls(
            account,
            name,
            account_type,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            account.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return account

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
