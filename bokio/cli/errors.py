"""How a failed command reports itself: a readable message on stderr and an exit code per kind of failure.

=====  ======================================================================
code   meaning
=====  ======================================================================
1      any other failure (operation not allowed, connection, malformed answer)
2      usage: bad arguments or options, a refused query, read-only mode
3      authentication or permission: no or malformed credentials, 401, 403, OAuth errors
4      not found (404)
5      validation: the body was refused, by the SDK before sending or by Bokio
6      rate limit or quota (429, limit-exceeded)
7      Bokio's server failed (5xx)
=====  ======================================================================
"""

from __future__ import annotations

from bokio.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    BokioError,
    InvalidTokenError,
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

__all__ = ["EXIT_CODES", "describe", "exit_code"]

OTHER, USAGE, AUTH, NOT_FOUND, VALIDATION, RATE_LIMIT, SERVER = 1, 2, 3, 4, 5, 6, 7

EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (QueryError, USAGE),
    (ReadOnlyError, USAGE),
    (AuthenticationError, AUTH),
    (InvalidTokenError, AUTH),
    (PermissionDeniedError, AUTH),
    (NotFoundError, NOT_FOUND),
    (ValidationError, VALIDATION),
    (RateLimitError, RATE_LIMIT),
    (LimitExceededError, RATE_LIMIT),
    (OperationNotAllowedError, OTHER),
    (BadRequestError, VALIDATION),
    (ServerError, SERVER),
]


def exit_code(error: BokioError) -> int:
    """The exit code for ``error`` (OAuth errors count as authentication failures)."""
    from bokio.oauth import OAuthError

    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return AUTH if isinstance(error, OAuthError) else OTHER


def describe(error: BokioError) -> str:
    """Code, message, field errors and ``bokioErrorId``, one per line (never a token: errors hold none)."""
    if not isinstance(error, APIError):
        return f"error: {error}"
    head = " ".join(str(part) for part in (error.status_code, error.code) if part is not None)
    if error.status_code is None and isinstance(error, ValidationError):
        head = "refused before sending"
    lines = [f"error: {head}: {error.message}" if head else f"error: {error.message}"]
    lines += [f"  {field.field}: {field.message}" for field in error.errors]
    if error.method and error.url:
        lines.append(f"  request: {error.method} {error.url}")
    if error.bokio_error_id:
        lines.append(f"  bokioErrorId: {error.bokio_error_id}")
    retry_after = getattr(error, "retry_after", None)
    if retry_after is not None:
        lines.append(f"  retry after: {retry_after:g} s")
    return "\n".join(lines)
