"""The error for a request that got no answer (connection, DNS, TLS, timeout, broken transfer).

One mapping for every request the SDK sends, API calls and token requests alike.
"""

from __future__ import annotations

import httpx

from .auth import forget_credentials
from .errors import APIConnectionError, APITimeoutError

__all__ = ["transport_error"]


def transport_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    """:class:`~bokio.errors.APITimeoutError` for a timeout, else :class:`~bokio.errors.APIConnectionError`.

    Raise it ``from error``: the chained httpx error keeps ``request``, whose credentials are
    dropped here first. The message names the request by method and URL only.
    """
    forget_credentials(request)
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    # httpx's message for a header it cannot send quotes the header, which may hold a credential.
    detail = "a request header is not valid HTTP" if isinstance(error, httpx.LocalProtocolError) else error
    return cls(f"{type(error).__name__}: {detail}", method=request.method, url=str(request.url))
