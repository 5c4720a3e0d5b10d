from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account(LazyModel):
    """One account of the company's chart of accounts."""

    account: int | Unset = UNSET
    """ The account number, four digits in BAS (e.g. `1930` business bank account, `3041` sales of services). """
    name: str | Unset = UNSET
    """ The account's name, in Swedish for BAS accounts. """
    account_type: AccountType | Unset = UNSET
    """ `basePlanAccount` for an account of the BAS standard chart, `customAccount` for one the company added
    itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        name = self.name

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

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

        if _into is None:
            account = cls(
                account=account,
                name=name,
                account_type=account_type,
            )
        else:
            account = _into
            account.__init__(
                account=account,
                name=name,
                account_type=account_type,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            account.additional_properties = d
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
