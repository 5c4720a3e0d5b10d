"""The clients: :class:`Bokio` (sync) and :class:`AsyncBokio` (asyncio).

One client talks to one company. It owns the HTTP connection pool (unless you pass your own
``http_client``), authenticates every request, retries what is safe to retry (see
:mod:`bokio.retries`), turns error responses into :mod:`bokio.errors`, and exposes the API as
resource namespaces (``client.invoices``, ``client.invoices.payments``, …) loaded on first use.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from functools import partial
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar, overload
from uuid import UUID

import httpx
from bokio_company_api.request import ApiRequest, InvalidParameterError, path_uuid

from . import errors, forksafe, limits, money, retries, validation
from ._version import __version__
from .auth import BearerToken
from .error_bodies import read_error_body
from .pacing import PacedAuth, Pacing, as_pacing
from .pagination import AsyncPager, Page, Pager
from .query import QueryLike, compile_query
from .ratelimit import Usage, rate_limit_details
from .transport_errors import transport_error

if TYPE_CHECKING:
    from .resources.aio.bank_payments import AsyncBankPayments
    from .resources.aio.chart_of_accounts import AsyncChartOfAccounts
    from .resources.aio.company_information import AsyncCompanyInformation
    from .resources.aio.credit_notes import AsyncCreditNotes
    from .resources.aio.customers import AsyncCustomers
    from .resources.aio.fiscal_years import AsyncFiscalYears
    from .resources.aio.invoices import AsyncInvoices
    from .resources.aio.items import AsyncItems
    from .resources.aio.journal_entries import AsyncJournalEntries
    from .resources.aio.sie import AsyncSie
    from .resources.aio.supplier_invoices import AsyncSupplierInvoices
    from .resources.aio.suppliers import AsyncSuppliers
    from .resources.aio.tag_groups import AsyncTagGroups
    from .resources.aio.uploads import AsyncUploads
    from .resources.bank_payments import BankPayments
    from .resources.chart_of_accounts import ChartOfAccounts
    from .resources.company_information import CompanyInformation
    from .resources.credit_notes import CreditNotes
    from .resources.customers import Customers
    from .resources.fiscal_years import FiscalYears
    from .resources.invoices import Invoices
    from .resources.items import Items
    from .resources.journal_entries import JournalEntries
    from .resources.sie import Sie
    from .resources.supplier_invoices import SupplierInvoices
    from .resources.suppliers import Suppliers
    from .resources.tag_groups import TagGroups
    from .resources.uploads import Uploads

__all__ = ["DEFAULT_BASE_URL", "AsyncBokio", "Bokio"]

DEFAULT_BASE_URL = "https://api.bokio.se/v1"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
_OWN_HEADERS = ("User-Agent", "Accept", "Accept-Encoding")  # sent by every client, not default_headers
DEFAULT_PAGE_SIZE = 25  # the API's, for an operation that documents no maximum
USER_AGENT = f"bokio-python/{__version__}"

T = TypeVar("T")
Timeout = float | httpx.Timeout
"""A per-call ``timeout=``: seconds, or an ``httpx.Timeout``."""
Headers = Mapping[str, str]
"""Per-call ``extra_headers=``: added to (and overriding) the client's headers for that request."""
# An HTTP header's name (RFC 9110 token) and a value without line breaks or other control characters.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[^\x00-\x08\x0a-\x1f\x7f]*")


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``headers`` as a dict, refused (ValueError, a call-site error) when one could not be sent
    as written: a line break in a value would start another header."""
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"header names and values must be str: {name!r}")
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a valid HTTP header name")
        if not _HEADER_VALUE.fullmatch(value):
            raise ValueError(f"the value of header {name!r} holds a line break or control character")
        checked[name] = value
    return checked


RequestBuilder = Callable[[], ApiRequest]
"""Makes an operation's request: a call of its typed builder, ``build_request(...)``."""
PageBuilder = Callable[[int, int, str | None], ApiRequest]
"""Makes the request of one page of a list, from the page number, page size and filter query."""
log = logging.getLogger("bokio")


R = TypeVar("R")


class _Resource(Generic[R]):
    """A resource namespace attribute: the module is imported and the object built on first use."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> _Resource[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> R | _Resource[R]:
        if client is None:
            return self
        resource: R = getattr(import_module(self._module), self._name)(client)
        client.__dict__[self._attribute] = resource
        return resource


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


class NotGiven:
    """The default of a ``with_options`` argument: keep this option as it is (None can be a value)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


def _given(**options: Any) -> dict[str, Any]:
    """The options of a ``with_options`` call that were given."""
    return {name: value for name, value in options.items() if not isinstance(value, NotGiven)}


def _invalid_parameter(error: InvalidParameterError) -> errors.ValidationError:
    """The error for a path or query parameter refused before sending (see ``path_uuid``)."""
    return errors.ValidationError(
        f"Invalid parameter {error.name} (checked before sending)",
        code="validation-error",
        errors=[errors.FieldError(error.name, str(error).removeprefix(f"{error.name}: "))],
    )


def _company_credentials(
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
        raise _invalid_parameter(error) from None


class _ClientCore:
    """The request pipeline every client shares: configuration, request building, error mapping.

    It knows nothing of companies: :class:`Bokio` adds the company and its resources, and the
    General API client (:mod:`bokio.general`) uses the pipeline as it is.
    """

    _http: Any

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
        self.base_url = (base_url or os.environ.get("BOKIO_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
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
            **_checked_headers(default_headers),
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
            "default_headers": {k: v for k, v in self._headers.items() if k not in _OWN_HEADERS},
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
                raise _invalid_parameter(error) from None
        method = spec.method
        url = self.base_url + spec.path
        if self.read_only and method != "GET":
            raise errors.ReadOnlyError(f"read-only client refuses {method} {url}")
        headers = dict(self._headers)
        if spec.headers:
            headers.update(spec.headers)
        if extra_headers:
            headers.update(_checked_headers(extra_headers))
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
            "status_code": response.status_code,
            "code": parsed.code,
            "inner_code": parsed.inner_code,
            "bokio_error_id": parsed.bokio_error_id,
            "errors": parsed.errors,
            "method": request.method,
            "url": str(request.url),
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
            items = [parse(item) for item in raw_items]
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as error:
            raise _malformed(request, response, "an item of the list", error) from error
        return Page(items=items, total_items=total_items, total_pages=total_pages, current_page=current_page)

    @staticmethod
    def _page_options(endpoint: ModuleType, query: QueryLike | None, page_size: int | None) -> tuple[int, str | None]:
        """The page size (the largest allowed unless given) and compiled filter query of a list call."""
        facts = _facts(endpoint.__name__)
        pagination = facts["pagination"] or {}
        maximum = pagination.get("maxPageSize")
        if page_size is not None and (type(page_size) is not int or page_size < 1 or (maximum and page_size > maximum)):
            raise ValueError(f"page_size must be an int between 1 and {maximum}")
        compiled = None
        if query is not None:
            from bokio_spec.checks import FILTER_ENUMS

            enums = FILTER_ENUMS.get(facts["operation_id"])
            compiled = compile_query(query, facts["filter_fields"] or {}, facts["facade_method"], enums)
        # The largest page the operation allows: each request counts against the monthly quota.
        return page_size or maximum or DEFAULT_PAGE_SIZE, compiled


class _SyncClient(_ClientCore):
    """The synchronous request pipeline: sending with retries, decoding, downloads, paging."""

    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._connections = forksafe.HTTPClientSlot(http_client, partial(limits.http_client, self.timeout))
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def _http(self) -> httpx.Client:
        """The connection pool; a new one in a forked child (see :mod:`bokio.forksafe`)."""
        return self._connections.get()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def _send(self, request: httpx.Request, endpoint: str, *, stream: bool = False) -> httpx.Response:
        retries_taken = 0
        deadline = limits.Deadline(self.deadline)
        timeouts = request.extensions.get("timeout", self._timeout_extension["timeout"])  # the call's own, if given
        while True:
            deadline.cut(request, timeouts)
            started = time.perf_counter()
            try:
                response = self._http.send(request, auth=self._send_auth, stream=stream)
            except httpx.TransportError as error:
                self.usage.record(None)
                delay = self._retry_delay(request, retries_taken, None, deadline)
                if delay is None or not retries.may_retry_exception(request.method, error):
                    raise transport_error(request, error) from error
                log.info("%s %s failed (%s); retrying in %.2f s", request.method, request.url.path, error, delay)
            else:
                self.usage.record(response)
                if response.is_success:
                    self._log(request, response, started)
                    return response
                try:
                    response.read()
                except httpx.TransportError as error:
                    raise transport_error(request, error) from error
                finally:
                    response.close()
                self._log(request, response, started)
                delay = self._retry_delay(request, retries_taken, response, deadline)
                if delay is None:
                    raise self._error(request, response, endpoint)
            self._sleep(delay)
            retries_taken += 1
            self.usage.record_retry()

    def _call(
        self,
        build: RequestBuilder,
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> T:
        request, endpoint = self._build_request(build, timeout, extra_headers)
        return self._decode(request, self._send(request, endpoint), parse)

    def _call_no_content(
        self, build: RequestBuilder, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        request, endpoint = self._build_request(build, timeout, extra_headers)
        self._send(request, endpoint)

    def _download(
        self,
        build: RequestBuilder,
        destination: str | os.PathLike[str] | BinaryIO | None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Any:
        """The response body as bytes, or streamed into ``destination`` (a path or binary file)."""
        request, endpoint = self._build_request(build, timeout, extra_headers)
        if destination is None:
            return self._send(request, endpoint).content
        response = self._send(request, endpoint, stream=True)
        try:
            if isinstance(destination, (str, os.PathLike)):
                with open(destination, "wb") as file:
                    _copy(response.iter_bytes(), file)
            else:
                _copy(response.iter_bytes(), destination)
        except httpx.TransportError as error:
            raise transport_error(request, error) from error
        finally:
            response.close()
        return None

    def _paginate(
        self,
        endpoint: ModuleType,
        build: PageBuilder,
        parse: Callable[[Any], T],
        *,
        query: QueryLike | None,
        page_size: int | None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Pager[T]:
        first_size, compiled = self._page_options(endpoint, query, page_size)

        def fetch(page: int, size: int) -> Page[T]:
            request, module = self._build_request(lambda: build(page, size, compiled), timeout, extra_headers)
            response = self._send(request, module)
            return self._decode(request, response, lambda data: self._page(data, parse, request, response))

        return Pager(fetch, first_size)


class Bokio(_SyncClient):
    """Synchronous client of the Bokio Company API for one company.

    >>> client = Bokio(token=os.environ["BOKIO_TOKEN"], company_id=os.environ["BOKIO_COMPANY_ID"])
    >>> for invoice in client.invoices.list(query=Q.status == "published"):
    ...     print(invoice.invoice_number, invoice.total_amount)
    """

    def __init__(
        self,
        token: str | None = None,
        company_id: str | UUID | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        read_only: bool = False,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = limits.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        http_client: httpx.Client | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        auth, self.company_id = _company_credentials(token, company_id, auth)
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            max_response_size=max_response_size,
            deadline=deadline,
            http_client=http_client,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        flags = ", read_only=True" if self.read_only else ""
        return f"Bokio(company_id={self.company_id!r}, base_url={self.base_url!r}{flags})"

    def with_options(
        self,
        *,
        company_id: str | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        read_only: bool | NotGiven = NOT_GIVEN,
        default_headers: dict[str, str] | NotGiven = NOT_GIVEN,
        pacing: Pacing | bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> Bokio:
        """A client like this one with the options given changed; it shares the connection pool."""
        changes = _given(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            pacing=pacing,
            max_response_size=max_response_size,
            deadline=deadline,
        )
        clone = Bokio(
            company_id=self.company_id if isinstance(company_id, NotGiven) else company_id,
            http_client=self._http,
            **self._options(**changes),
        )
        clone._connections = self._connections
        clone._sleep = self._sleep
        clone.usage = self.usage
        return clone

    def __enter__(self) -> Bokio:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Resource namespaces, imported on first use so that `import bokio` stays cheap.
    bank_payments: _Resource[BankPayments] = _Resource("bokio.resources.bank_payments", "BankPayments")
    chart_of_accounts: _Resource[ChartOfAccounts] = _Resource("bokio.resources.chart_of_accounts", "ChartOfAccounts")
    company_information: _Resource[CompanyInformation] = _Resource(
        "bokio.resources.company_information", "CompanyInformation"
    )
    credit_notes: _Resource[CreditNotes] = _Resource("bokio.resources.credit_notes", "CreditNotes")
    customers: _Resource[Customers] = _Resource("bokio.resources.customers", "Customers")
    fiscal_years: _Resource[FiscalYears] = _Resource("bokio.resources.fiscal_years", "FiscalYears")
    invoices: _Resource[Invoices] = _Resource("bokio.resources.invoices", "Invoices")
    items: _Resource[Items] = _Resource("bokio.resources.items", "Items")
    journal_entries: _Resource[JournalEntries] = _Resource("bokio.resources.journal_entries", "JournalEntries")
    sie: _Resource[Sie] = _Resource("bokio.resources.sie", "Sie")
    supplier_invoices: _Resource[SupplierInvoices] = _Resource("bokio.resources.supplier_invoices", "SupplierInvoices")
    suppliers: _Resource[Suppliers] = _Resource("bokio.resources.suppliers", "Suppliers")
    tag_groups: _Resource[TagGroups] = _Resource("bokio.resources.tag_groups", "TagGroups")
    uploads: _Resource[Uploads] = _Resource("bokio.resources.uploads", "Uploads")


def _copy(chunks: Iterator[bytes], file: BinaryIO) -> None:
    for chunk in chunks:
        file.write(chunk)


class _AsyncClient(_ClientCore):
    """The asyncio request pipeline; the twin of :class:`_SyncClient`."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._connections = forksafe.AsyncHTTPClientSlot(http_client, partial(limits.async_http_client, self.timeout))
        from asyncio import sleep  # here, not at module level: asyncio doubles the import time of bokio

        self._sleep: Callable[[float], Awaitable[None]] = sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._connections.get()

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def _send(self, request: httpx.Request, endpoint: str, *, stream: bool = False) -> httpx.Response:
        retries_taken = 0
        deadline = limits.Deadline(self.deadline)
        timeouts = request.extensions.get("timeout", self._timeout_extension["timeout"])  # the call's own, if given
        while True:
            deadline.cut(request, timeouts)
            started = time.perf_counter()
            try:
                response = await self._http.send(request, auth=self._send_auth, stream=stream)
            except httpx.TransportError as error:
                self.usage.record(None)
                delay = self._retry_delay(request, retries_taken, None, deadline)
                if delay is None or not retries.may_retry_exception(request.method, error):
                    raise transport_error(request, error) from error
                log.info("%s %s failed (%s); retrying in %.2f s", request.method, request.url.path, error, delay)
            else:
                self.usage.record(response)
                if response.is_success:
                    self._log(request, response, started)
                    return response
                try:
                    await response.aread()
                except httpx.TransportError as error:
                    raise transport_error(request, error) from error
                finally:
                    await response.aclose()
                self._log(request, response, started)
                delay = self._retry_delay(request, retries_taken, response, deadline)
                if delay is None:
                    raise self._error(request, response, endpoint)
            await self._sleep(delay)
            retries_taken += 1
            self.usage.record_retry()

    async def _call(
        self,
        build: RequestBuilder,
        parse: Callable[[Any], T],
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> T:
        request, endpoint = self._build_request(build, timeout, extra_headers)
        return self._decode(request, await self._send(request, endpoint), parse)

    async def _call_no_content(
        self, build: RequestBuilder, *, timeout: Timeout | None = None, extra_headers: Headers | None = None
    ) -> None:
        request, endpoint = self._build_request(build, timeout, extra_headers)
        await self._send(request, endpoint)

    async def _download(
        self,
        build: RequestBuilder,
        destination: str | os.PathLike[str] | BinaryIO | None,
        *,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> Any:
        request, endpoint = self._build_request(build, timeout, extra_headers)
        if destination is None:
            return (await self._send(request, endpoint)).content
        response = await self._send(request, endpoint, stream=True)
        try:
            if isinstance(destination, (str, os.PathLike)):
                with open(destination, "wb") as file:
                    async for chunk in response.aiter_bytes():
                        file.write(chunk)
            else:
                async for chunk in response.aiter_bytes():
                    destination.write(chunk)
        except httpx.TransportError as error:
            raise transport_error(request, error) from error
        finally:
            await response.aclose()
        return None

    def _paginate(
        self,
        endpoint: ModuleType,
        build: PageBuilder,
        parse: Callable[[Any], T],
        *,
        query: QueryLike | None,
        page_size: int | None,
        timeout: Timeout | None = None,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[T]:
        first_size, compiled = self._page_options(endpoint, query, page_size)

        async def fetch(page: int, size: int) -> Page[T]:
            request, module = self._build_request(lambda: build(page, size, compiled), timeout, extra_headers)
            response = await self._send(request, module)
            return self._decode(request, response, lambda data: self._page(data, parse, request, response))

        return AsyncPager(fetch, first_size)


class AsyncBokio(_AsyncClient):
    """Asyncio client of the Bokio Company API for one company; the twin of :class:`Bokio`.

    >>> async with AsyncBokio(token=..., company_id=...) as client:
    ...     invoices = await asyncio.gather(*(client.invoices.get(i) for i in ids))
    """

    def __init__(
        self,
        token: str | None = None,
        company_id: str | UUID | None = None,
        *,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        read_only: bool = False,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = limits.DEFAULT_MAX_RESPONSE_SIZE,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        http_client: httpx.AsyncClient | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        auth, self.company_id = _company_credentials(token, company_id, auth)
        super().__init__(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            max_response_size=max_response_size,
            deadline=deadline,
            http_client=http_client,
            pacing=pacing,
        )

    def __repr__(self) -> str:
        flags = ", read_only=True" if self.read_only else ""
        return f"AsyncBokio(company_id={self.company_id!r}, base_url={self.base_url!r}{flags})"

    def with_options(
        self,
        *,
        company_id: str | NotGiven = NOT_GIVEN,
        auth: httpx.Auth | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        read_only: bool | NotGiven = NOT_GIVEN,
        default_headers: dict[str, str] | NotGiven = NOT_GIVEN,
        pacing: Pacing | bool | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> AsyncBokio:
        """A client like this one with the options given changed; it shares the connection pool."""
        changes = _given(
            auth=auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            read_only=read_only,
            default_headers=default_headers,
            pacing=pacing,
            max_response_size=max_response_size,
            deadline=deadline,
        )
        clone = AsyncBokio(
            company_id=self.company_id if isinstance(company_id, NotGiven) else company_id,
            http_client=self._http,
            **self._options(**changes),
        )
        clone._connections = self._connections
        clone._sleep = self._sleep
        clone.usage = self.usage
        return clone

    async def __aenter__(self) -> AsyncBokio:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # Resource namespaces, imported on first use so that `import bokio` stays cheap.
    bank_payments: _Resource[AsyncBankPayments] = _Resource("bokio.resources.aio.bank_payments", "AsyncBankPayments")
    chart_of_accounts: _Resource[AsyncChartOfAccounts] = _Resource(
        "bokio.resources.aio.chart_of_accounts", "AsyncChartOfAccounts"
    )
    company_information: _Resource[AsyncCompanyInformation] = _Resource(
        "bokio.resources.aio.company_information", "AsyncCompanyInformation"
    )
    credit_notes: _Resource[AsyncCreditNotes] = _Resource("bokio.resources.aio.credit_notes", "AsyncCreditNotes")
    customers: _Resource[AsyncCustomers] = _Resource("bokio.resources.aio.customers", "AsyncCustomers")
    fiscal_years: _Resource[AsyncFiscalYears] = _Resource("bokio.resources.aio.fiscal_years", "AsyncFiscalYears")
    invoices: _Resource[AsyncInvoices] = _Resource("bokio.resources.aio.invoices", "AsyncInvoices")
    items: _Resource[AsyncItems] = _Resource("bokio.resources.aio.items", "AsyncItems")
    journal_entries: _Resource[AsyncJournalEntries] = _Resource(
        "bokio.resources.aio.journal_entries", "AsyncJournalEntries"
    )
    sie: _Resource[AsyncSie] = _Resource("bokio.resources.aio.sie", "AsyncSie")
    supplier_invoices: _Resource[AsyncSupplierInvoices] = _Resource(
        "bokio.resources.aio.supplier_invoices", "AsyncSupplierInvoices"
    )
    suppliers: _Resource[AsyncSuppliers] = _Resource("bokio.resources.aio.suppliers", "AsyncSuppliers")
    tag_groups: _Resource[AsyncTagGroups] = _Resource("bokio.resources.aio.tag_groups", "AsyncTagGroups")
    uploads: _Resource[AsyncUploads] = _Resource("bokio.resources.aio.uploads", "AsyncUploads")
