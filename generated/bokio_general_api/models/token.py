from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_type import TenantType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Token")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "tenant_id",
        "tenant_type",
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "connection_id",
    )
)


@_attrs_define(repr=False)
class Token(Model):
    """An issued access token. Send it as `Authorization: Bearer <access_token>`. Tokens from the
    client credentials grant have tenant type `general` and no tenant, connection or refresh
    token.

    """

    tenant_id: UUID | Unset = UNSET
    """ The company the token gives access to (for tenant type `company`); not set for `general`. """
    tenant_type: TenantType | Unset = UNSET
    """ What a token gives access to; `general` for the General API, `company` for one company through the Company
    API. """
    access_token: str | Unset = UNSET
    """ The bearer token. """
    token_type: str | Unset = UNSET
    """ Always `bearer`. """
    expires_in: int | Unset = UNSET
    """ Seconds until the access token expires. """
    refresh_token: str | Unset = UNSET
    """ For the `authorization_code` and `refresh_token` grants only; use it at `/token` to get a new access token
    to the same company. """
    connection_id: UUID | Unset = UNSET
    """ The connection (see `/connections`) the token belongs to; not set for tenant type `general`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        tenant_type: str | Unset = UNSET
        if not isinstance(self.tenant_type, Unset):
            tenant_type = self.tenant_type.value

        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        connection_id: str | Unset = UNSET
        if not isinstance(self.connection_id, Unset):
            connection_id = str(self.connection_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if tenant_type is not UNSET:
            field_dict["tenant_type"] = tenant_type
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Token must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _tenant_id = d.get("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if _tenant_id is UNSET:
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _tenant_type = d.get("tenant_type", UNSET)
        tenant_type: TenantType | Unset
        if _tenant_type is UNSET:
            tenant_type = UNSET
        else:
            tenant_type = TenantType(_tenant_type)

        access_token = d.get("access_token", UNSET)
        if access_token is not UNSET and type(access_token) is not str:
            raise TypeError(f"access_token must be a string, not {type(access_token).__name__}")

        token_type = d.get("token_type", UNSET)
        if token_type is not UNSET and type(token_type) is not str:
            raise TypeError(f"token_type must be a string, not {type(token_type).__name__}")

        expires_in = d.get("expires_in", UNSET)
        if expires_in is not UNSET and type(expires_in) is not int:
            raise TypeError(f"expires_in must be an integer, not {type(expires_in).__name__}")

        refresh_token = d.get("refresh_token", UNSET)
        if refresh_token is not UNSET and type(refresh_token) is not str:
            raise TypeError(f"refresh_token must be a string, not {type(refresh_token).__name__}")

        _connection_id = d.get("connection_id", UNSET)
        connection_id: UUID | Unset
        if _connection_id is UNSET:
            connection_id = UNSET
        else:
            connection_id = UUID(_connection_id)

        token = cls(
            tenant_id,
            tenant_type,
            access_token,
            token_type,
            expires_in,
            refresh_token,
            connection_id,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            token.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return token

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
