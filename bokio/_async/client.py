"""The Company API client and the request pipeline's sending part.

The API client sends what :class:`~bokio._pipeline.ClientCore` builds: it retries (with waits)
what may be retried, within the call's deadline, streams downloads and fetches the pages of a
list. The Company API client (:class:`~bokio.Bokio`, :class:`~bokio.AsyncBokio`) adds one
company and its resource namespaces.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import partial
from types import ModuleType
from typing import Any, BinaryIO, TypeVar
from uuid import UUID

import httpx

from .. import forksafe, limits, retries
from .._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Headers,
    NotGiven,
    Timeout,
    company_credentials,
    given,
)
from .._pipeline import ClientCore, PageBuilder, RequestBuilder, log
from .._sleep import AsyncSleep, async_sleep
from ..pacing import Pacing
from ..pagination import AsyncPager, Page
from ..query import QueryLike
from ..transport_errors import transport_error
from .namespaces import AsyncCompanyNamespaces

T = TypeVar("T")
C = TypeVar("C", bound="AsyncAPIClient")


class AsyncAPIClient(ClientCore):
    """The request pipeline: sending with retries, decoding, downloads, paging."""

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._connections = forksafe.AsyncHTTPClientSlot(http_client, partial(limits.async_http_client, self.timeout))
        self._sleep: AsyncSleep = async_sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool; a new one in a forked child (see :mod:`bokio.forksafe`)."""
        return self._connections.get()

    def _sharing(self, clone: C) -> C:
        """``clone`` (made by ``with_options``), sharing this client's pool, waits and usage."""
        clone._connections = self._connections
        clone._sleep = self._sleep
        clone.usage = self.usage
        return clone

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def _send(self, request: httpx.Request, endpoint: str, *, stream: bool = False) -> httpx.Response:
        retries_taken = 0
        deadline = limits.Deadline(self.deadline)
        timeouts = request.extensions.get("timeout", self._timeout_extension["timeout"])  # the call's own, if given
        request.extensions[limits.DEADLINE_EXTENSION] = deadline  # for the waits of pacing (bokio.pacing)
        while True:
            deadline.cut(request, timeouts)
            started = time.perf_counter()
            try:
                with self.usage.spending():  # the token requests made for this call count too (bokio.ratelimit)
                    response = await self._http.send(request, auth=self._send_auth, stream=stream)
            except httpx.TransportError as error:
                self.usage.record(None)
                delay = self._retry_delay(request, retries_taken, None, deadline)
                if delay is None or not retries.may_retry_exception(request.method, error):
                    raise transport_error(request, error) from error
                log.info("%s %s failed (%s); retrying in %.2f s", request.method, request.url.path, error, delay)
            else:
                for earlier in response.history:  # a 401 the auth flow answered by sending again
                    self.usage.record(earlier)
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
        """The response body as bytes, or streamed into ``destination`` (a path or binary file)."""
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


class AsyncBokio(AsyncCompanyNamespaces, AsyncAPIClient):
    """Client of the Bokio Company API for one company: :class:`~bokio.Bokio`, and
    :class:`~bokio.AsyncBokio` for asyncio (``await`` its calls, ``async for`` its lists).

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
        http_client: httpx.AsyncClient | None = None,
        pacing: Pacing | bool = False,
    ) -> None:
        auth, self.company_id = company_credentials(token, company_id, auth)
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
        return f"{type(self).__name__}(company_id={self.company_id!r}, base_url={self.base_url!r}{flags})"

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
        changes = given(
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
        return self._sharing(clone)

    async def __aenter__(self) -> AsyncBokio:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
