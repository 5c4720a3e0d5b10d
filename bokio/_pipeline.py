"""The request pipeline's part that does no I/O, written once for the sync and the async clients.

:class:`ClientCore` holds a client's configuration and does everything around sending: building
the request (and refusing a bad one before anything is sent), deciding whether a failure is
retried and after how long, mapping an error response to :mod:`bokio.errors`, and decoding a
response or a page of a list. The sending itself is in ``bokio/_async/client.py`` (and its
generated sync twin ``bokio/_sync/client.py``).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any, TypeVar, cast

import httpx
from bokio_company_api.request import ApiRequest, InvalidParameterError

from . import errors, limits, money, retries, validation
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_PAGE_SIZE,
    DEFAULT_TIMEOUT,
    OWN_HEADERS,
    USER_AGENT,
    Headers,
    Timeout,
    checked_headers,
    invalid_parameter,
)
from ._options import base_url as _base_url
from .error_bodies import read_error_body
from .pacing import PacedAuth, Pacing, as_pacing
from .pagination import Page
from .query import QueryLike, compile_query
from .ratelimit import Usage, rate_limit_details

T = TypeVar("T")
RequestBuilder = Callable[[], ApiRequest]
"""Makes an operation's request: a call of its typed builder, ``build_request(...)``."""
PageBuilder = Callable[[int, int, str | None], ApiRequest]
"""Makes the request of one page of a list, from the page number, page size and filter query."""
log = logging.getLogger("bokio")


def _facts(module: str) -> dict[str, Any]:
    from bokio_spec import OPERATIONS

    return OPERATIONS[module]


def _malformed(
    request: httpx.Request, response: httpx.Response, what: str, error: Exception, body: Any = None
) -> errors.MalformedResponseError:
    """The error for JSON that does not fit the model it should decode into."""
    problem = f"{type(error).__name__}: {error}"
    return errors.MalformedResponseError(
        f"{what} does not have the expected shape ({problem})",
        method=request.method,
        url=str(request.url),
        status_code=response.status_code,
        headers=response.headers,
        body=body,
    )


class ClientCore:
    """What every client does without I/O: configuration, request building, retry decisions,
    error mapping and decoding.

    It knows nothing of companies: :class:`~bokio.Bokio` adds the company and its resources, and
    the General API client (:mod:`bokio.general`) uses the pipeline as it is.
    """

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        read_only: bool = False,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = limits.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        pacing: Pacing | bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if deadline is not None and not deadline > 0:
            raise ValueError("deadline must be a number of seconds > 0, or None")
        self.base_url = _base_url(base_url)
        self.timeout = timeout
        self.max_response_size = max_response_size
        self.deadline = deadline  # seconds one call may take, retries and waits included
        self._timeout_extension = limits.request_extensions(timeout, max_response_size)  # per request, built once
        self.max_retries = max_retries
        self.read_only = read_only
        self._auth = auth
        self.pacing = as_pacing(pacing)
        # What requests are sent with: the auth, waiting for the token's rate-limit window when pacing.
        self._send_auth: httpx.Auth = auth if self.pacing is None else PacedAuth(auth, self.pacing)
        self._headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": limits.ACCEPT_ENCODING,
            **checked_headers(default_headers),
        }
        self.usage = Usage()  # shared with the clients with_options makes from this one

    def __repr__(self) -> str:
        flags = ", read_only=True" if self.read_only else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{flags})"

    def _options(self, **changes: Any) -> dict[str, Any]:
        options = {
            "auth": self._auth,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "read_only": self.read_only,
            "max_response_size": self.max_response_size,
            "deadline": self.deadline,
            "default_headers": {k: v for k, v in self._headers.items() if k not in OWN_HEADERS},
            "pacing": self.pacing,
        }
        unknown = set(changes) - set(options)
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(sorted(unknown))}")
        if self.read_only and not changes.get("read_only", True):
            raise errors.ReadOnlyError("a read-only client stays read-only: every client made from it is read-only too")
        options.update(changes)
        return options

    def _build_request(
        self, build: RequestBuilder, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> tuple[httpx.Request, str]:
        """The HTTP request the typed builder describes, and its operation module's name.

        A parameter the builder refuses, and a body that breaks a documented rule, raise
        ValidationError here: nothing is sent.
        """
        with validation.refused_body():  # a model holding a value its to_dict() cannot write
            try:
                spec = build()
            except InvalidParameterError as error:
                raise invalid_parameter(error) from None
        method = spec.method
        url = self.base_url + spec.path
        if self.read_only and method != "GET":
            raise errors.ReadOnlyError(f"read-only client refuses {method} {url}")
        headers = dict(self._headers)
        if spec.headers:
            headers.update(spec.headers)
        if extra_headers:
            headers.update(checked_headers(extra_headers))
        content = None
        if spec.json is not None:
            # The body about to be sent and its operation: the point where it is checked.
            body = validation.check_request(spec.operation_id, spec.json, method=method, url=url)
            content = money.dumps(body)
            headers["Content-Type"] = "application/json"
        extensions = self._timeout_extension
        if timeout is not None:  # the call's own timeouts; the size limit stays
            extensions = {**extensions, "timeout": httpx.Timeout(timeout).as_dict()}
        try:
            request = httpx.Request(
                method,
                url,
                params=spec.params,
                headers=headers,
                content=content,
                files=spec.files,
                data=spec.data,
                extensions=extensions,
            )
        except httpx.InvalidURL as error:  # e.g. longer than httpx allows
            raise errors.ValidationError(f"cannot build the request URL: {error}", method=method) from error
        return request, spec.module

    def _error(self, request: httpx.Request, response: httpx.Response, endpoint: str) -> errors.APIError:
        credentials = request.headers.get("Authorization", "").partition(" ")[2]
        parsed = read_error_body(response, hidden=[credentials])
        kwargs: dict[str, Any] = {
            **parsed.error_fields(request, response),
            "body": parsed.body,
            "headers": response.headers,
        }
        cls = errors.error_class(response.status_code, parsed.code)
        if cls is errors.PermissionDeniedError:
            kwargs["required_scope"] = _facts(endpoint).get("scope")
        if cls is errors.RateLimitError:
            kwargs.update(rate_limit_details(response.headers))
        return cls(parsed.summary, **kwargs)

    def _retry_delay(
        self, request: httpx.Request, retries_taken: int, response: httpx.Response | None, deadline: limits.Deadline
    ) -> float | None:
        """Seconds to wait before retrying, or None when this failure must not be retried."""
        if retries_taken >= self.max_retries:
            return None
        retry_after = None
        if response is not None:
            if not retries.may_retry_status(request.method, response.status_code):
                return None
            retry_after = retries.retry_after(response.headers)
            if retry_after is not None and retry_after > retries.MAX_RETRY_AFTER:
                return None
        delay = retries.backoff_delay(retries_taken, retry_after)
        return delay if deadline.allows(delay) else None

    @staticmethod
    def _log(request: httpx.Request, response: httpx.Response, started: float) -> None:
        if not log.isEnabledFor(logging.INFO):
            return
        elapsed = (time.perf_counter() - started) * 1000
        error_id = ""
        if response.is_error:
            with contextlib.suppress(httpx.ResponseNotRead):
                error_id = f" bokioErrorId={read_error_body(response).bokio_error_id}"
        log.info("%s %s -> %s in %.0f ms%s", request.method, request.url.path, response.status_code, elapsed, error_id)

    @staticmethod
    def _decode(request: httpx.Request, response: httpx.Response, parse: Callable[[Any], T]) -> T:
        """The parsed model of a successful JSON response (numbers as Decimal)."""
        try:
            data = money.loads(response.content) if response.content else None
        except ValueError as error:  # also NaN, numbers out of range, nesting too deep (bokio.money)
            raise errors.MalformedResponseError(
                f"malformed JSON in a {response.status_code} response ({error})",
                method=request.method,
                url=str(request.url),
                status_code=response.status_code,
                headers=response.headers,
            ) from error
        try:
            return parse(data)
        # Decimal("a lot") raises InvalidOperation, an ArithmeticError
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as error:
            raise _malformed(request, response, f"the {response.status_code} response", error, data) from error

    @staticmethod
    def _page(data: Any, parse: Callable[[Any], T], request: httpx.Request, response: httpx.Response) -> Page[T]:
        """A page of a list, every item decoded; a body without the paging fields raises (KeyError),
        never ends the list early, and so does an item that does not fit its model."""
        raw_items = data["items"]
        if not isinstance(raw_items, list):
            raise TypeError("'items' is not a list")
        total_items, total_pages, current_page = (
            int(data["totalItems"]),
            int(data["totalPages"]),
            int(data["currentPage"]),
        )
        if not raw_items and current_page < total_pages:
            raise ValueError(f"page {data['currentPage']} of {data['totalPages']} is empty")
        try:
            items = [parse(item) for item in cast(list[object], raw_items)]
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as error:
            raise _malformed(request, response, "an item of the list", error) from error
        return Page(items=items, total_items=total_items, total_pages=total_pages, current_page=current_page)

    @staticmethod
    def _page_options(endpoint: ModuleType, query: QueryLike | None, page_size: int | None) -> tuple[int, str | None]:
        """The page size (the largest allowed unless given) and compiled filter query of a list call."""
        facts = _facts(endpoint.__name__)
        pagination: dict[str, Any] = facts["pagination"] or {}
        maximum: int | None = pagination.get("maxPageSize")
        if page_size is not None and (type(page_size) is not int or page_size < 1 or (maximum and page_size > maximum)):
            raise ValueError(f"page_size must be an int between 1 and {maximum}")
        compiled = None
        if query is not None:
            from bokio_spec.checks import FILTER_ENUMS

            enums = FILTER_ENUMS.get(facts["operation_id"])
            compiled = compile_query(query, facts["filter_fields"] or {}, facts["facade_method"], enums)
        # The largest page the operation allows: each request counts against the monthly quota.
        return page_size or maximum or DEFAULT_PAGE_SIZE, compiled
