from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="TokenRequest")
# The JSON keys this model reads; any other key of an object is kept in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "grant_type",
        "code",
        "redirect_uri",
        "refresh_token",
        "scope",
    )
)


@_attrs_define(repr=False)
class TokenRequest(Model):
    """Form fields of a token request. Which are needed depends on `grant_type`:
    `authorization_code` needs `code` and `redirect_uri`; `refresh_token` needs
    `refresh_token`; `client_credentials` needs nothing else and may carry `scope`.

    """

    grant_type: GrantType
    """ The OAuth 2.0 grant the token request uses. """
    code: str | Unset = UNSET
    """ The code `/authorize` sent to the redirect URI (grant `authorization_code`). """
    redirect_uri: str | Unset = UNSET
    """ The same redirect URI that was given to `/authorize` (grant `authorization_code`). """
    refresh_token: str | Unset = UNSET
    """ A refresh token from an earlier token response (grant `refresh_token`). """
    scope: str | Unset = UNSET
    """ Agency API scopes separated by spaces (grant `client_credentials` only). Leave it out
    for a General API token.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model the JSON object ``src_dict`` describes; raises if it does not fit (see the module)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TokenRequest must be a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        grant_type = GrantType(d["grant_type"])

        code = d.get("code", UNSET)
        if code is not UNSET and type(code) is not str:
            raise TypeError(f"code must be a string, not {type(code).__name__}")

        redirect_uri = d.get("redirect_uri", UNSET)
        if redirect_uri is not UNSET and type(redirect_uri) is not str:
            raise TypeError(f"redirect_uri must be a string, not {type(redirect_uri).__name__}")

        refresh_token = d.get("refresh_token", UNSET)
        if refresh_token is not UNSET and type(refresh_token) is not str:
            raise TypeError(f"refresh_token must be a string, not {type(refresh_token).__name__}")

        scope = d.get("scope", UNSET)
        if scope is not UNSET and type(scope) is not str:
            raise TypeError(f"scope must be a string, not {type(scope).__name__}")

        token_request = cls(
            grant_type,
            code,
            redirect_uri,
            refresh_token,
            scope,
        )

        if not _KNOWN_KEYS.issuperset(d):  # else the empty dict attrs made stays, untracked by the GC
            token_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return token_request

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
