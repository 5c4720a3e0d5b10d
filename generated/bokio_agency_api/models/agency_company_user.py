from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="AgencyCompanyUser")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "email",
        "status",
        "name",
    )
)


@_attrs_define(repr=False)
class AgencyCompanyUser(Model):
    """A member of one of the agency's client companies."""

    id: UUID
    email: None | str
    status: UserStatus
    """ Whether the membership is in force; only `active` exists. """
    name: None | str | Unset = UNSET
    """ Display name, when the user has set one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email: None | str
        email = self.email

        status = self.status.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AgencyCompanyUser must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        _email = d["email"]
        email: None | str
        if _email is None:
            email = None
        else:
            if not isinstance(_email, str):
                raise TypeError()
            email_type_0 = _email
            if type(email_type_0) is not str:
                raise TypeError(f"email_type_0 must be a string, not {type(email_type_0).__name__}")

            email = email_type_0

        status = UserStatus(d["status"])

        _name = d.get("name", UNSET)
        name: None | str | Unset
        if _name is None:
            name = None
        elif _name is UNSET:
            name = UNSET
        else:
            if not isinstance(_name, str):
                raise TypeError()
            name_type_0 = _name
            if type(name_type_0) is not str:
                raise TypeError(f"name_type_0 must be a string, not {type(name_type_0).__name__}")

            name = name_type_0

        agency_company_user = cls(
            id,
            email,
            status,
            name,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            agency_company_user.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return agency_company_user

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
