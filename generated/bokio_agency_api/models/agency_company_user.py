from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_status import UserStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AgencyCompanyUser")


@_attrs_define
class AgencyCompanyUser(LazyModel):
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
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email: None | str = d.pop("email")

        status = UserStatus(d.pop("status"))

        name: None | str | Unset = d.pop("name", UNSET)

        if _into is None:
            agency_company_user = cls(
                id=id,
                email=email,
                status=status,
                name=name,
            )
        else:
            agency_company_user = _into
            agency_company_user.__init__(
                id=id,
                email=email,
                status=status,
                name=name,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            agency_company_user.additional_properties = d
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
