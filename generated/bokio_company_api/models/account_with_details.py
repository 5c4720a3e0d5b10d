from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="AccountWithDetails")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "account",
        "name",
        "accountType",
        "accountBalance",
    )
)


@_attrs_define(repr=False)
class AccountWithDetails(Model):
    """An account together with its balance."""

    account: int
    """ The account number, four digits in BAS (e.g. `1930` business bank account, `3041` sales of services). """
    name: str
    """ The account's name, in Swedish for BAS accounts. """
    account_type: AccountType
    """ `basePlanAccount` for an account of the BAS standard chart, `customAccount` for one the company added
    itself. """
    account_balance: Decimal | None | Unset = UNSET
    """ The account's current balance in SEK, or null when Bokio reports none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        name = self.name

        account_type = self.account_type.value

        account_balance: Decimal | None | Unset
        if isinstance(self.account_balance, Unset):
            account_balance = UNSET
        else:
            account_balance = self.account_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "name": name,
                "accountType": account_type,
            }
        )
        if account_balance is not UNSET:
            field_dict["accountBalance"] = account_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AccountWithDetails must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        account = d["account"]
        if type(account) is not int:
            raise TypeError(f"account must be an integer, not {type(account).__name__}")

        name = d["name"]
        if type(name) is not str:
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        account_type = AccountType(d["accountType"])

        _account_balance = d.get("accountBalance", UNSET)
        account_balance: Decimal | None | Unset
        if _account_balance is None:
            account_balance = None
        elif _account_balance is UNSET:
            account_balance = UNSET
        else:
            if not (type(_account_balance) is Decimal or type(_account_balance) is int):
                raise TypeError()
            account_balance_type_0 = _account_balance
            if type(account_balance_type_0) is Decimal:
                if not account_balance_type_0.is_finite():
                    raise ValueError(f"accountBalance_type_0 must be a finite number, not {account_balance_type_0}")
            elif type(account_balance_type_0) is int:
                account_balance_type_0 = Decimal(account_balance_type_0)
            else:
                raise TypeError(f"accountBalance_type_0 must be a number, not {type(account_balance_type_0).__name__}")

            account_balance = account_balance_type_0

        account_with_details = cls(
            account,
            name,
            account_type,
            account_balance,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            account_with_details.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return account_with_details

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
