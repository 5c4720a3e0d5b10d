"""Python SDK for the Bokio API.

>>> from bokio import Bokio, Q
>>> client = Bokio(token="…", company_id="…")
>>> for invoice in client.invoices.list(query=Q.status == "published"):
...     print(invoice.invoice_number)
"""

from .client import AsyncBokio, Bokio
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BokioError,
    FieldError,
    LimitExceededError,
    NotFoundError,
    OperationNotAllowedError,
    PermissionDeniedError,
    QueryError,
    RateLimitError,
    ReadOnlyError,
    ServerError,
    ValidationError,
)
from .pagination import AsyncPager, Page, Pager
from .query import Q

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncBokio",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Bokio",
    "BokioError",
    "FieldError",
    "LimitExceededError",
    "NotFoundError",
    "OperationNotAllowedError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "Q",
    "QueryError",
    "RateLimitError",
    "ReadOnlyError",
    "ServerError",
    "ValidationError",
]
