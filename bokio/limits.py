"""Bounds on what one call may cost, whatever the server does.

- **Size**: a response body may hold at most ``max_response_size`` bytes *after* decompression
  (a 284 kB gzip body can inflate to 300 MB). A ``Content-Length`` over the limit fails before
  anything is read; otherwise the body is inflated a bounded step at a time and reading stops
  as soon as the limit is passed. :class:`~bokio.errors.ResponseTooLargeError`.
- **Body time**: httpx's read timeout bounds each read from the socket, so a body trickled one
  byte at a time never times out. Here the read timeout bounds the whole body, from the moment
  the headers arrived (``httpx.ReadTimeout``, which the client reports as
  :class:`~bokio.errors.APITimeoutError`).
- **Deadline**: a call, with all its retries and the waits between them, ends within
  ``deadline`` seconds: each attempt's timeouts are cut to the time left, and a retry that could
  not finish in time is not started, and neither is a wait for the rate-limit window
  (``pacing``) that would outlast the deadline.

Size and body time are enforced by :class:`LimitedTransport` (and its async twin), which wraps
the transport of the httpx client a Bokio client makes for itself. It decodes gzip and deflate
itself, with ``zlib``, because httpx inflates each network chunk whole and a 64 kB chunk can
inflate to 64 MB; so the clients ask for ``gzip, deflate`` only, and a body in another encoding
is refused. Bring your own ``http_client`` and wrap its transport the same way to get the same
bounds: ``httpx.Client(transport=LimitedTransport(httpx.HTTPTransport(...)))``.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx

from .errors import APITimeoutError, MalformedResponseError, ResponseTooLargeError

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "AsyncLimitedTransport",
    "Deadline",
    "LimitedTransport",
]

DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024  # bytes, decompressed
DEFAULT_DEADLINE = 120.0  # seconds for one call, retries included
ACCEPT_ENCODING = "gzip, deflate"  # what _Body can inflate in bounded steps
MAX_SIZE_EXTENSION = "bokio.max_response_size"  # request extension read by the transports
DEADLINE_EXTENSION = "bokio.deadline"  # request extension: the call's Deadline, read by bokio.pacing
_STEP = 64 * 1024  # most bytes inflated at once


def request_extensions(timeout: float | httpx.Timeout, max_response_size: int) -> dict[str, Any]:
    """The extensions every request of a client carries: its timeouts and its size limit."""
    if max_response_size < 1:
        raise ValueError("max_response_size must be at least 1 byte")
    return {"timeout": httpx.Timeout(timeout).as_dict(), MAX_SIZE_EXTENSION: max_response_size}


def http_client(timeout: float | httpx.Timeout) -> httpx.Client:
    """The httpx client a :class:`~bokio.Bokio` makes for itself: httpx's defaults, bounded."""
    return httpx.Client(timeout=timeout, transport=LimitedTransport(httpx.HTTPTransport()))


def async_http_client(timeout: float | httpx.Timeout) -> httpx.AsyncClient:
    """The httpx client an :class:`~bokio.AsyncBokio` makes for itself: httpx's defaults, bounded."""
    return httpx.AsyncClient(timeout=timeout, transport=AsyncLimitedTransport(httpx.AsyncHTTPTransport()))


class Deadline:
    """The end of one call: ``seconds`` (None: no end) from when it started."""

    __slots__ = ("_ends", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._ends = None if seconds is None else time.monotonic() + seconds

    def left(self) -> float | None:
        return None if self._ends is None else self._ends - time.monotonic()

    def allows(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves time for another attempt."""
        left = self.left()
        return left is None or delay < left

    def refuse_wait(self, request: httpx.Request, wait: float) -> None:
        """Raise APITimeoutError, before ``request`` is sent, when waiting ``wait`` seconds would outlast the call."""
        left = self.left()
        if left is not None and wait >= left:
            raise APITimeoutError(
                f"the call's deadline of {self.seconds:g} s would pass while waiting {wait:.2f} s "
                "for the rate-limit window",
                method=request.method,
                url=str(request.url),
            )

    def cut(self, request: httpx.Request, timeouts: dict[str, float | None]) -> None:
        """Give this attempt of ``request`` at most the time left (``timeouts``: the client's)."""
        left = self.left()
        if left is None:
            return
        if left <= 0:
            raise APITimeoutError(
                f"the call's deadline of {self.seconds:g} s passed", method=request.method, url=str(request.url)
            )
        if any(value is None or value > left for value in timeouts.values()):
            request.extensions["timeout"] = {
                name: left if value is None else min(value, left) for name, value in timeouts.items()
            }


class _Body:
    """The decoded body of one response, checked for size and time as it arrives."""

    def __init__(self, request: httpx.Request, response: httpx.Response) -> None:
        self.request = request
        self.max_size: int | None = request.extensions.get(MAX_SIZE_EXTENSION)
        read = request.extensions.get("timeout", {}).get("read")
        self.read_timeout: float | None = read
        self.ends = None if read is None else time.monotonic() + read
        self.size = 0
        self.inflater = _inflater(request, response.headers.get("Content-Encoding", ""))
        length = response.headers.get("Content-Length", "")
        if self.max_size is not None and self.inflater is None and length.isdigit() and int(length) > self.max_size:
            self._too_large(int(length))

    def feed(self, raw: bytes) -> Iterator[bytes]:
        if self.ends is not None and time.monotonic() > self.ends:
            raise httpx.ReadTimeout(
                f"the response body did not arrive within the read timeout of {self.read_timeout:g} s",
                request=self.request,
            )
        pieces = [raw] if self.inflater is None else self.inflater.pieces(raw)
        for piece in pieces:
            self.size += len(piece)
            if self.max_size is not None and self.size > self.max_size:
                self._too_large(None)
            yield piece

    def _too_large(self, length: int | None) -> None:
        what = f"{length:,} bytes" if length is not None else "more"
        raise ResponseTooLargeError(
            f"the response body is {what}, over the client's max_response_size of {self.max_size:,} bytes",
            method=self.request.method,
            url=str(self.request.url),
        )


class _Inflater:
    """gzip or deflate decoding that never produces more than one step of output at a time."""

    def __init__(self, request: httpx.Request, encoding: str) -> None:
        self.request = request
        self.encoding = encoding
        self.started = False
        self.decompressor = self._new()

    def _new(self, wbits: int | None = None) -> Any:
        if wbits is None:
            wbits = 16 + zlib.MAX_WBITS if self.encoding == "gzip" else zlib.MAX_WBITS
        return zlib.decompressobj(wbits)

    def pieces(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self.decompressor.decompress(data, _STEP)
            except zlib.error as error:
                if self.encoding == "deflate" and not self.started:  # raw deflate, without the zlib header
                    self.decompressor, self.started = self._new(-zlib.MAX_WBITS), True
                    continue
                raise MalformedResponseError(
                    f"the {self.encoding} response body cannot be decoded ({error})",
                    method=self.request.method,
                    url=str(self.request.url),
                ) from None
            self.started = True
            if piece:
                yield piece
            data = self.decompressor.unconsumed_tail
            if self.decompressor.eof and self.decompressor.unused_data:  # a further gzip member
                data, self.decompressor = self.decompressor.unused_data, self._new()
                continue
            if not data and len(piece) < _STEP:
                return


def _inflater(request: httpx.Request, header: str) -> _Inflater | None:
    codings = [coding.strip().lower() for coding in header.split(",") if coding.strip().lower() not in ("", "identity")]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in ("gzip", "deflate", "x-gzip"):
        return _Inflater(request, "deflate" if codings[0] == "deflate" else "gzip")
    raise MalformedResponseError(
        f"the response is encoded as {header!r}, which was not asked for (Accept-Encoding: {ACCEPT_ENCODING})",
        method=request.method,
        url=str(request.url),
    )


def _decoded_headers(response: httpx.Response) -> None:
    """The headers of a body this module decoded: no longer encoded, length unknown."""
    if "Content-Encoding" in response.headers:
        del response.headers["Content-Encoding"]
        response.headers.pop("Content-Length", None)


class _LimitedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, body: _Body) -> None:
        self._inner = inner
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._inner:
            yield from self._body.feed(raw)

    def close(self) -> None:
        self._inner.close()


class _AsyncLimitedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, body: _Body) -> None:
        self._inner = inner
        self._body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for raw in self._inner:
            for piece in self._body.feed(raw):
                yield piece

    async def aclose(self) -> None:
        await self._inner.aclose()


class LimitedTransport(httpx.BaseTransport):
    """A transport whose response bodies keep to the size and time limits of their request."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        try:
            body = _Body(request, response)
        except BaseException:
            response.close()
            raise
        response.stream = _LimitedStream(cast(httpx.SyncByteStream, response.stream), body)
        _decoded_headers(response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncLimitedTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`LimitedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        try:
            body = _Body(request, response)
        except BaseException:
            await response.aclose()
            raise
        response.stream = _AsyncLimitedStream(cast(httpx.AsyncByteStream, response.stream), body)
        _decoded_headers(response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
