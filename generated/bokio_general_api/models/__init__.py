"""Data models of the API.

Each model is imported on first access (PEP 562), so importing one model, or this package, does
not import all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_field_error import ApiFieldError
    from .authorization_response_type import AuthorizationResponseType
    from .authorization_tenant_type import AuthorizationTenantType
    from .connection import Connection
    from .connection_page import ConnectionPage
    from .connection_type import ConnectionType
    from .grant_type import GrantType
    from .o_auth_error import OAuthError
    from .page_info import PageInfo
    from .tenant_type import TenantType
    from .token import Token
    from .token_request import TokenRequest

_MODULE_OF = {
    "ApiError": ".api_error",
    "ApiFieldError": ".api_field_error",
    "AuthorizationResponseType": ".authorization_response_type",
    "AuthorizationTenantType": ".authorization_tenant_type",
    "Connection": ".connection",
    "ConnectionPage": ".connection_page",
    "ConnectionType": ".connection_type",
    "GrantType": ".grant_type",
    "OAuthError": ".o_auth_error",
    "PageInfo": ".page_info",
    "TenantType": ".tenant_type",
    "Token": ".token",
    "TokenRequest": ".token_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ApiError",
    "ApiFieldError",
    "AuthorizationResponseType",
    "AuthorizationTenantType",
    "Connection",
    "ConnectionPage",
    "ConnectionType",
    "GrantType",
    "OAuthError",
    "PageInfo",
    "TenantType",
    "Token",
    "TokenRequest",
)
