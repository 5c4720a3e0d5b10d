from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_type import ConnectionType
from ..types import Model

T = TypeVar("T", bound="Connection")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "tenantId",
        "tenantName",
        "type",
    )
)


@_attrs_define(repr=False)
class Connection(Model):
    """A company's authorization of the integration."""

    id: UUID
    """ Id of the connection; the `connection_id` of the tokens issued through it. """
    tenant_id: UUID
    """ The connected company's id (the `companyId` of the Company API), or the agency's (`agencyId`). """
    tenant_name: str
    """ The connected company's or agency's name. """
    type_: ConnectionType
    """ What kind of tenant is connected, a `company` or an `agency`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tenant_id = str(self.tenant_id)

        tenant_name = self.tenant_name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "tenantName": tenant_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Connection must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        tenant_id = UUID(d["tenantId"])

        tenant_name = d["tenantName"]
        if type(tenant_name) is not str:
            raise TypeError(f"tenantName must be a string, not {type(tenant_name).__name__}")

        type_ = ConnectionType(d["type"])

        connection = cls(
            id,
            tenant_id,
            tenant_name,
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            connection.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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
