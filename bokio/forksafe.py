"""What a client must not carry into a child process made with ``fork()``, or into another event loop.

A forked child (gunicorn ``--preload``, Celery's prefork pool, ``multiprocessing`` on Linux)
inherits its parent's open sockets and the state of its locks. Two processes reading answers
from one keep-alive connection get each other's answers, without an error; a lock that another
thread held at the moment of the fork is never released in the child, which then hangs.

So right after a fork, in the child, every object registered here with :func:`watch` gets its
``_after_fork()`` called: the connection pools the SDK made are dropped (not closed: the parent
still uses those sockets) and made anew on first use, and locks are replaced by new ones.
"""

# The hook ``_after_fork`` is private to the SDK, not to one class: this module is its one caller.

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from .errors import BokioError

__all__ = ["AsyncHTTPClientSlot", "HTTPClientSlot", "given_client_in_child", "watch"]


class _ForkAware(Protocol):
    def _after_fork(self) -> None: ...


_watched: weakref.WeakSet[_ForkAware] = weakref.WeakSet()


def watch(target: _ForkAware) -> None:
    """Call ``target._after_fork()`` in the child after every later ``fork()`` while it lives."""
    _watched.add(target)


def _in_child() -> None:
    # Only the forking thread exists in the child at this point: nothing else runs meanwhile.
    for target in list(_watched):
        target._after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork()
    os.register_at_fork(after_in_child=_in_child)


H = TypeVar("H")


def given_client_in_child() -> BokioError:
    """The error for an http_client the caller passed in, used in a child forked after it was made."""
    return BokioError(
        "this client's http_client was made before fork() and would share the parent process's "
        "connections: make the Bokio client (and its http_client) in the child process"
    )


class HTTPClientSlot(Generic[H]):
    """The httpx client a Bokio client sends through, and where it came from.

    A client the SDK made (``given`` is None) is made again by ``make`` on first use in a forked
    child. A client the caller passed in cannot be remade by the SDK, so using it in a child
    raises :class:`~bokio.errors.BokioError` rather than share the parent's connections.
    """

    def __init__(self, given: H | None, make: Callable[[], H]) -> None:
        self.owned = given is None
        self._make = make
        self._client: H = make() if given is None else given
        self._forked = False
        self._lock = threading.Lock()
        watch(self)

    def get(self) -> H:
        if self._forked:
            self._remake()
        return self._client

    def _after_fork(self) -> None:
        self._forked = True
        self._lock = threading.Lock()

    def _remake(self) -> None:
        if not self.owned:
            raise given_client_in_child()
        with self._lock:
            if self._forked:
                self._client = self._make()
                self._forked = False


class AsyncHTTPClientSlot(HTTPClientSlot[H]):
    """The httpx client an asyncio Bokio client sends through: one per event loop.

    An asyncio connection belongs to the event loop that opened it; reused from another loop
    (a second ``asyncio.run()``, or loops in several threads) it fails with "Event loop is
    closed". A client the SDK made is therefore made once per event loop, the first taking the
    one made with the Bokio client; a client the caller passed in is used as given.
    """

    def __init__(self, given: H | None, make: Callable[[], H]) -> None:
        from asyncio import get_running_loop  # here: asyncio is loaded only by asyncio users

        super().__init__(given, make)
        self._running_loop = get_running_loop
        self._unclaimed: H | None = self._client if self.owned else None
        self._by_loop: weakref.WeakKeyDictionary[Any, H] = weakref.WeakKeyDictionary()

    def get(self) -> H:
        if not self.owned:
            return super().get()
        try:
            loop = self._running_loop()
        except RuntimeError:  # outside any event loop (e.g. with_options)
            return super().get()
        client = self._by_loop.get(loop)
        if client is None:
            with self._lock:
                client = self._by_loop.get(loop)
                if client is None:
                    client, self._unclaimed = self._unclaimed or self._make(), None
                    self._by_loop[loop] = client
        return client

    def _after_fork(self) -> None:
        super()._after_fork()
        self._unclaimed = None
        self._by_loop = weakref.WeakKeyDictionary()
