"""Every exception the SDK raises derives from :class:`BokioError`.

The only exceptions are ``TypeError`` and ``ValueError`` for programming errors at the call
site (a wrong argument type, ``max_retries=-1``, an unknown scope), listed in the README.

::

    BokioError
    ├── APIError                    an error answer (or one the SDK's checks predicted)
    │   ├── BadRequestError         400
    │   │   ├── ValidationError     ``validation-error``; also every check before sending
    │   │   ├── OperationNotAllowedError
    │   │   └── LimitExceededError
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── RateLimitError          429
    │   └── ServerError             5xx
    ├── APIConnectionError          no answer: connection, DNS, TLS, broken transfer
    │   └── APITimeoutError
    ├── MalformedResponseError      a success answer that is not what the spec describes
    ├── ReadOnlyError
    ├── QueryError                  (also a ValueError)
    └── InvalidTokenError           (also a ValueError)

API errors are chosen by HTTP status and Bokio's ``code``; each carries the status, headers and
body of the answer, the code, message, field errors and ``bokio_error_id`` (quote it to Bokio
support), plus the method and URL of the request. :class:`MalformedResponseError` is not an
:class:`APIConnectionError`: the answer arrived and retrying will not change it, so code that
retries connection errors must not catch it. Nothing here ever holds a token: requests are
described by method and URL only, never by their headers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BokioError",
    "FieldError",
    "InvalidTokenError",
    "LimitExceededError",
    "MalformedResponseError",
    "NotFoundError",
    "OperationNotAllowedError",
    "PermissionDeniedError",
    "QueryError",
    "RateLimitError",
    "ReadOnlyError",
    "ResponseTooLargeError",
    "ServerError",
    "ValidationError",
]


class BokioError(Exception):
    """Base class of every error raised by this SDK."""


class FieldError(NamedTuple):
    """One invalid field: a JSON pointer such as ``#/lineItems/0/taxRate`` and what is wrong."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class APIError(BokioError):
    """The API answered with an error status (or, for client-side checks, would have)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        inner_code: str | None = None,
        bokio_error_id: str | None = None,
        errors: Sequence[FieldError] = (),
        method: str | None = None,
        url: str | None = None,
        body: Any = None,
        headers: httpx.Headers | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.code = code
        self.inner_code = inner_code
        self.bokio_error_id = bokio_error_id
        self.errors = list(errors)
        self.method = method
        self.url = url
        self.body = body
        self.headers = headers
        super().__init__(message)

    def __str__(self) -> str:
        head = " ".join(str(part) for part in (self.status_code, self.code, self.inner_code) if part is not None)
        text = f"{head}: {self.message}" if head else self.message
        for error in self.errors:
            text += f"\n  {error}"
        where = f"{self.method} {self.url}" if self.method and self.url else None
        tail = "; ".join(
            part for part in (where, self.bokio_error_id and f"bokioErrorId {self.bokio_error_id}") if part
        )
        return f"{text} ({tail})" if tail else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, message={self.message!r})"


class BadRequestError(APIError):
    """400 with a code this SDK has no narrower class for."""


class ValidationError(BadRequestError):
    """``validation-error``: :attr:`errors` lists each invalid field.

    Also raised before sending when the SDK's own checks of Bokio's rules fail; then
    :attr:`status_code` is ``None``.
    """


class OperationNotAllowedError(BadRequestError):
    """``operation-not-allowed``: e.g. updating an invoice that is no longer a draft."""


class LimitExceededError(BadRequestError):
    """``limit-exceeded``: e.g. a file too large, or the private integration's monthly quota."""


class AuthenticationError(APIError):
    """401: the token is missing, wrong, expired or revoked."""


class PermissionDeniedError(APIError):
    """403: the token lacks the scope the operation needs (:attr:`required_scope`)."""

    def __init__(self, message: str, *, required_scope: str | None = None, **kwargs: Any) -> None:
        self.required_scope = required_scope
        if required_scope:
            message = f"{message} (this operation needs scope {required_scope!r})"
        super().__init__(message, **kwargs)


class NotFoundError(APIError):
    """404: no such object in this company (or no such company for this token)."""


class RateLimitError(APIError):
    """429: too many requests; Bokio did not process the request.

    :attr:`retry_after` is how many seconds Bokio asked to wait; :attr:`limit` and :attr:`remaining`
    are the answer's ``Bokio-RateLimit-Limit`` and ``-Remaining`` (None when it had none).
    """

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        limit: int | None = None,
        remaining: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.retry_after = retry_after
        self.limit = limit
        self.remaining = remaining
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """5xx: Bokio (or a proxy in front of it) failed."""


class APIConnectionError(BokioError):
    """The request could not be completed: connection refused or reset, DNS, TLS, broken body."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})" if method and url else message)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class MalformedResponseError(BokioError):
    """A success response arrived but cannot be read: broken JSON (``NaN``, numbers out of range,
    nesting too deep), or JSON without the expected shape.

    Like openai's ``APIResponseValidationError``: the answer is there, so this is no connection
    error and no retry will help. Carries the answer's :attr:`status_code`, :attr:`headers` and
    :attr:`body` (the parsed JSON, or None when it is not JSON).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
        body: Any = None,
    ) -> None:
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers = headers
        self.body = body
        super().__init__(f"{message} ({method} {url})" if method and url else message)


class ResponseTooLargeError(APIConnectionError):
    """The response body, decompressed, is over the client's ``max_response_size`` (see :mod:`bokio.limits`)."""


class ReadOnlyError(BokioError):
    """The client was created with ``read_only=True`` and the operation would change data."""


class QueryError(BokioError, ValueError):
    """A filter expression was refused before sending: unknown field, wrong type or unsafe value."""


class InvalidTokenError(BokioError, ValueError):
    """A token was refused before sending: empty, or with characters no token has. Never shows the token."""


_BY_CODE: Mapping[str, type[BadRequestError]] = {
    "validation-error": ValidationError,
    "operation-not-allowed": OperationNotAllowedError,
    "limit-exceeded": LimitExceededError,
}


def error_class(status_code: int, code: str | None) -> type[APIError]:
    """The exception class for an error response."""
    if status_code == 400 or (code in _BY_CODE and 400 <= status_code < 500):
        return _BY_CODE.get(code or "", BadRequestError)
    if status_code == 401:
        return AuthenticationError
    if status_code == 403:
        return PermissionDeniedError
    if status_code == 404:
        return NotFoundError
    if status_code == 429:
        return RateLimitError
    if status_code >= 500:
        return ServerError
    return APIError
