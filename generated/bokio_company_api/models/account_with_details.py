from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AccountWithDetails")


@_attrs_define
class AccountWithDetails(LazyModel):
    """An account together with its balance."""

    account: int | Unset = UNSET
    """ The account number, four digits in BAS (e.g. `1930` business bank account, `3041` sales of services). """
    name: str | Unset = UNSET
    """ The account's name, in Swedish for BAS accounts. """
    account_type: AccountType | Unset = UNSET
    """ `basePlanAccount` for an account of the BAS standard chart, `customAccount` for one the company added
    itself. """
    account_balance: Decimal | None | Unset = UNSET
    """ The account's current balance in SEK, or null when Bokio reports none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        name = self.name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        account_balance: Decimal | None | Unset
        if isinstance(self.account_balance, Unset):
            account_balance = UNSET
        else:
            account_balance = self.account_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if account_balance is not UNSET:
            field_dict["accountBalance"] = account_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        name = d.pop("name", UNSET)

        _account_type = d.pop("accountType", UNSET)
        account_type: AccountType | Unset
        if _account_type is UNSET:
            account_type = UNSET
        else:
            account_type = AccountType(_account_type)

        _account_balance = d.pop("accountBalance", UNSET)
        account_balance: Decimal | None | Unset
        if _account_balance is None:
            account_balance = None
        elif _account_balance is UNSET:
            account_balance = UNSET
        else:
            try:
                if not (isinstance(_account_balance, (int, float, Decimal)) and not isinstance(_account_balance, bool)):
                    raise TypeError()
                _account_balance_type_0 = _account_balance
                account_balance_type_0: Decimal
                if type(_account_balance_type_0) is Decimal:
                    account_balance_type_0 = _account_balance_type_0
                elif type(_account_balance_type_0) is int:
                    account_balance_type_0 = Decimal(_account_balance_type_0)
                else:
                    account_balance_type_0 = Decimal(str(_account_balance_type_0))

                account_balance = account_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                account_balance = _account_balance

        if _into is None:
            account_with_details = cls(
                account=account,
                name=name,
                account_type=account_type,
                account_balance=account_balance,
            )
        else:
            account_with_details = _into
            account_with_details.__init__(
                account=account,
                name=name,
                account_type=account_type,
                account_balance=account_balance,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            account_with_details.additional_properties = d
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
