"""Python SDK for the Bokio API.

>>> from bokio import Bokio, Q
>>> client = Bokio(token="…", company_id="…")
>>> for invoice in client.invoices.list(query=Q.status == "published"):
...     print(invoice.invoice_number)
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_names
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
    from .token_store import AsyncTokenStore, FileTokenStore, MemoryTokenStore, TokenStore, TokenStoreError


# Public-integration (OAuth) names are imported on first access, keeping `import bokio` cheap.
__getattr__ = lazy_names(
    __name__,
    {
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
        "AsyncTokenStore": ".token_store",
        "TokenStore": ".token_store",
        "TokenStoreError": ".token_store",
    },
)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccessDeniedError",
    "AsyncBokio",
    "AsyncBokioAgency",
    "AsyncBokioGeneral",
    "AsyncPager",
    "AsyncTokenStore",
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
