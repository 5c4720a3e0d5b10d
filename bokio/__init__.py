"""Python SDK for the Bokio API.

>>> from bokio import Bokio, Q
>>> client = Bokio(token="…", company_id="…")
>>> for invoice in client.invoices.list(query=Q.status == "published"):
...     print(invoice.invoice_number)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__
from .client import AsyncBokio, Bokio
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BokioError,
    FieldError,
    InvalidTokenError,
    LimitExceededError,
    MalformedResponseError,
    NotFoundError,
    OperationNotAllowedError,
    PermissionDeniedError,
    QueryError,
    RateLimitError,
    ReadOnlyError,
    ResponseTooLargeError,
    ServerError,
    ValidationError,
)
from .pacing import Pacing
from .pagination import AsyncPager, Page, Pager
from .query import Q
from .ratelimit import Usage

if TYPE_CHECKING:
    from .agency import AsyncBokioAgency, BokioAgency
    from .aiohttp_transport import DefaultAioHttpClient
    from .general import AsyncBokioGeneral, BokioGeneral
    from .oauth import (
        AccessDeniedError,
        InvalidClientError,
        InvalidGrantError,
        LoginTimeoutError,
        OAuthApp,
        OAuthError,
        OAuthStateError,
        OAuthTokenAuth,
        Scope,
        TokenSet,
    )
    from .token_store import FileTokenStore, MemoryTokenStore, TokenStore, TokenStoreError


# Public-integration (OAuth) names are imported on first access, keeping `import bokio` cheap.
_LAZY = {
    "DefaultAioHttpClient": ".aiohttp_transport",
    "AccessDeniedError": ".oauth",
    "AsyncBokioAgency": ".agency",
    "AsyncBokioGeneral": ".general",
    "BokioAgency": ".agency",
    "BokioGeneral": ".general",
    "FileTokenStore": ".token_store",
    "InvalidClientError": ".oauth",
    "InvalidGrantError": ".oauth",
    "LoginTimeoutError": ".oauth",
    "MemoryTokenStore": ".token_store",
    "OAuthApp": ".oauth",
    "OAuthError": ".oauth",
    "OAuthStateError": ".oauth",
    "OAuthTokenAuth": ".oauth",
    "Scope": ".oauth",
    "TokenSet": ".oauth",
    "TokenStore": ".token_store",
    "TokenStoreError": ".token_store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessDeniedError",
    "AsyncBokio",
    "AsyncBokioAgency",
    "AsyncBokioGeneral",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Bokio",
    "BokioAgency",
    "BokioError",
    "BokioGeneral",
    "DefaultAioHttpClient",
    "FieldError",
    "FileTokenStore",
    "InvalidClientError",
    "InvalidGrantError",
    "InvalidTokenError",
    "LimitExceededError",
    "LoginTimeoutError",
    "MalformedResponseError",
    "MemoryTokenStore",
    "NotFoundError",
    "OAuthApp",
    "OAuthError",
    "OAuthStateError",
    "OAuthTokenAuth",
    "OperationNotAllowedError",
    "Pacing",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "Q",
    "QueryError",
    "RateLimitError",
    "ReadOnlyError",
    "ResponseTooLargeError",
    "Scope",
    "ServerError",
    "TokenSet",
    "TokenStore",
    "TokenStoreError",
    "Usage",
    "ValidationError",
]
