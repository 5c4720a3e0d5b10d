from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agency_connection_status import AgencyConnectionStatus
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="AgencyConnection")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "agencyId",
        "agencyName",
        "scopes",
        "status",
        "connectedDatetime",
        "organizationNumber",
    )
)


@_attrs_define(repr=False)
class AgencyConnection(Model):
    """The integration's connection to one agency."""

    id: UUID
    """ Id of the connection (for reference only; operations take the `agencyId`). """
    agency_id: UUID
    agency_name: str
    scopes: list[str]
    """ The Agency API scopes the connection grants. """
    status: AgencyConnectionStatus
    """ `active`, or `disconnected` once the connection has ended. """
    connected_datetime: datetime.datetime
    """ When the integration connected. """
    organization_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        agency_id = str(self.agency_id)

        agency_name = self.agency_name

        scopes = self.scopes

        status = self.status.value

        connected_datetime = self.connected_datetime.isoformat()

        organization_number: None | str | Unset
        if isinstance(self.organization_number, Unset):
            organization_number = UNSET
        else:
            organization_number = self.organization_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agencyId": agency_id,
                "agencyName": agency_name,
                "scopes": scopes,
                "status": status,
                "connectedDatetime": connected_datetime,
            }
        )
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AgencyConnection must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        id = UUID(d["id"])

        agency_id = UUID(d["agencyId"])

        agency_name = d["agencyName"]
        if type(agency_name) is not str:
            raise TypeError(f"agencyName must be a string, not {type(agency_name).__name__}")

        _scopes = d["scopes"]
        if type(_scopes) is not list:
            raise TypeError(f"scopes must be an array, not {type(_scopes).__name__}")
        scopes = []
        for scopes_item_data in _scopes:
            scopes_item = scopes_item_data
            if type(scopes_item) is not str:
                raise TypeError(f"scopes_item must be a string, not {type(scopes_item).__name__}")

            scopes.append(scopes_item)

        status = AgencyConnectionStatus(d["status"])

        connected_datetime = datetime.datetime.fromisoformat(d["connectedDatetime"])

        _organization_number = d.get("organizationNumber", UNSET)
        organization_number: None | str | Unset
        if _organization_number is None:
            organization_number = None
        elif _organization_number is UNSET:
            organization_number = UNSET
        else:
            if not isinstance(_organization_number, str):
                raise TypeError()
            organization_number_type_0 = _organization_number
            if type(organization_number_type_0) is not str:
                raise TypeError(
                    f"organizationNumber_type_0 must be a string, not {type(organization_number_type_0).__name__}"
                )

            organization_number = organization_number_type_0

        agency_connection = cls(
            id,
            agency_id,
            agency_name,
            scopes,
            status,
            connected_datetime,
            organization_number,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            agency_connection.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return agency_connection

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
