"""The options every client takes, written once for the sync and the async clients.

Defaults, the checks of what is given (headers, ids, credentials from the arguments or the
environment), and ``NotGiven``: the default of a ``with_options`` argument. Nothing here sends
anything.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, cast
from uuid import UUID

import httpx
from bokio_company_api.request import InvalidParameterError, path_uuid

from . import errors
from ._version import __version__
from .auth import BearerToken

DEFAULT_BASE_URL = "https://api.bokio.se/v1"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_PAGE_SIZE = 25  # the API's, for an operation that documents no maximum
USER_AGENT = f"bokio-python/{__version__}"
OWN_HEADERS = ("User-Agent", "Accept", "Accept-Encoding")  # sent by every client, not default_headers

Timeout = float | httpx.Timeout
"""A per-call ``timeout=``: seconds, or an ``httpx.Timeout``."""
Headers = Mapping[str, str]
"""Per-call ``extra_headers=``: added to (and overriding) the client's headers for that request."""

# An HTTP header's name (RFC 9110 token) and a value without line breaks or other control characters.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[^\x00-\x08\x0a-\x1f\x7f]*")


def checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` as a dict, refused (ValueError, a call-site error) when one could not be sent
    as written: a line break in a value would start another header."""
    checked: dict[str, str] = {}
    # As given: a caller without a type checker can pass anything.
    pairs = cast("Iterable[tuple[object, object]]", (headers or {}).items())
    for name, value in pairs:
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"header names and values must be str: {name!r}")
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a valid HTTP header name")
        if not _HEADER_VALUE.fullmatch(value):
            raise ValueError(f"the value of header {name!r} holds a line break or control character")
        checked[name] = value
    return checked


class NotGiven:
    """The default of a ``with_options`` argument: keep this option as it is (None can be a value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def given(**options: Any) -> dict[str, Any]:
    """The options of a ``with_options`` call that were given."""
    return {name: value for name, value in options.items() if not isinstance(value, NotGiven)}


def base_url(url: str | None) -> str:
    """The API's base URL: the one given, else ``BOKIO_BASE_URL``, else Bokio's."""
    return (url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")


def invalid_parameter(error: InvalidParameterError) -> errors.ValidationError:
    """The error for a path or query parameter refused before sending (see ``path_uuid``)."""
    return errors.ValidationError(
        f"Invalid parameter {error.name} (checked before sending)",
        code="validation-error",
        errors=[errors.FieldError(error.name, str(error).removeprefix(f"{error.name}: "))],
    )


def company_credentials(
    token: str | None, company_id: str | UUID | None, auth: httpx.Auth | None
) -> tuple[httpx.Auth, str]:
    """The auth and company id of a Company API client, from the arguments or the environment."""
    if auth is None:
        token = token if token is not None else os.environ.get("BOKIO_TOKEN")
        if not token:
            raise errors.BokioError("no token: pass token=… or set BOKIO_TOKEN (or pass auth=… for OAuth)")
        auth = BearerToken(token)
    company_id = company_id if company_id is not None else os.environ.get("BOKIO_COMPANY_ID")
    if not company_id:
        raise errors.BokioError("no company id: pass company_id=… or set BOKIO_COMPANY_ID")
    try:
        return auth, path_uuid(company_id, "companyId")
    except InvalidParameterError as error:
        raise invalid_parameter(error) from None


def client_credentials(client_id: str | None, client_secret: str | None) -> tuple[str, str]:
    """An integration's client id and secret, from the arguments or the environment."""
    client_id = client_id if client_id is not None else os.environ.get("BOKIO_CLIENT_ID")
    client_secret = client_secret if client_secret is not None else os.environ.get("BOKIO_CLIENT_SECRET")
    if not client_id:
        raise errors.BokioError("no client id: pass client_id=… or set BOKIO_CLIENT_ID")
    if not client_secret:
        raise errors.BokioError("no client secret: pass client_secret=… or set BOKIO_CLIENT_SECRET")
    return client_id, client_secret
