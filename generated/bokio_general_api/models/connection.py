from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection(LazyModel):
    """A company's authorization of the integration."""

    id: UUID | Unset = UNSET
    """ Id of the connection; the `connection_id` of the tokens issued through it. """
    tenant_id: UUID | Unset = UNSET
    """ The connected company's id (the `companyId` of the Company API), or the agency's (`agencyId`). """
    tenant_name: str | Unset = UNSET
    """ The connected company's or agency's name. """
    type_: ConnectionType | Unset = UNSET
    """ What kind of tenant is connected, a `company` or an `agency`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        tenant_name = self.tenant_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if tenant_name is not UNSET:
            field_dict["tenantName"] = tenant_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, _into: Self | None = None) -> Self:
        """The model ``src_dict`` describes; ``_into``, a lazy instance (see LazyModel), is initialised instead of a new one."""
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = UUID(_id)

        _tenant_id = d.pop("tenantId", UNSET)
        tenant_id: UUID | Unset
        if _tenant_id is UNSET:
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        tenant_name = d.pop("tenantName", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ConnectionType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = ConnectionType(_type_)

        if _into is None:
            connection = cls(
                id=id,
                tenant_id=tenant_id,
                tenant_name=tenant_name,
                type_=type_,
            )
        else:
            connection = _into
            connection.__init__(
                id=id,
                tenant_id=tenant_id,
                tenant_name=tenant_name,
                type_=type_,
            )

        if d:  # else the empty dict attrs made stays: unlike d, the GC does not track it
            connection.additional_properties = d
        return connection

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
