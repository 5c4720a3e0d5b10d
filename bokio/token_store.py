"""Where token sets live between requests, across restarts and across processes.

:class:`~bokio.oauth.OAuthTokenAuth` refreshes a tenant's token set through its store's
:meth:`TokenStore.update`, so the rotated refresh token survives the process and however many
processes share the store, one of them asks Bokio for it. Two stores are included here:

- :class:`MemoryTokenStore`: a dict, for tests and single-process programs;
- :class:`FileTokenStore`: one JSON file holding the token sets of many tenants, for the
  processes of one machine.

``bokio.sql_token_store.SQLTokenStore`` (extra ``bokio[sql]``) serves many machines. To write
your own (Redis, a cloud secret manager), follow :class:`TokenStore` and run
``bokio.testing.token_store_conformance`` against it.

Async clients never wait for a store on their event loop. A store may offer an asyncio side
(:class:`AsyncTokenStore`: ``async_load``, ``async_save``, ``async_update``), which they use
directly; otherwise :func:`async_side` runs its blocking methods in a worker thread.
:class:`MemoryTokenStore` has both sides; the file and SQL stores are run in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import threading
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from . import forksafe
from .errors import BokioError
from .oauth.tokens import TokenSet

if TYPE_CHECKING:
    from filelock import FileLock

__all__ = [
    "AsyncTokenStore",
    "AsyncUpdateStep",
    "FileTokenStore",
    "MemoryTokenStore",
    "TokenStore",
    "TokenStoreError",
    "UpdateStep",
    "async_side",
]

_FORMAT_VERSION = 1

UpdateStep = Callable[[TokenSet | None], TokenSet]
"""What :meth:`TokenStore.update` runs under the lock: the current token set in, the one to keep out."""

AsyncUpdateStep = Callable[[TokenSet | None], Awaitable[TokenSet]]
"""What :meth:`AsyncTokenStore.async_update` awaits under the lock (it sends the token request on the event loop)."""


class TokenStoreError(BokioError):
    """A token store could not be read, written or locked (the message never contains a token)."""


@runtime_checkable
class TokenStore(Protocol):
    """Keeps one token set per key (a tenant or connection id), shared by every process using it.

    The contract, which ``bokio.testing.token_store_conformance`` checks:

    - :meth:`load` returns what the last completed :meth:`save` or :meth:`update` of *any*
      process stored under the key (never an older cached copy), or None.
    - :meth:`save` replaces the token set under the key as a whole.
    - :meth:`update` is the locked refresh step. For one key at a time, across every process
      and machine sharing the store, it: takes the key's lock (waiting, for a bounded time,
      while another holder refreshes); reads the current token set afresh; calls
      ``step(current)``, which may send a token request and so lasts up to an HTTP timeout;
      saves what ``step`` returned unless it is ``current`` itself; releases the lock and
      returns the result. If ``step`` raises, nothing is saved, the lock is released and the
      exception propagates unchanged. ``step`` never calls the store back.
    - Failing to read, write or lock raises :class:`TokenStoreError` (or another
      :class:`~bokio.BokioError`), whose message and cause chain name no token.

    A Redis store, for example, would hold a lock key (``SET key token NX PX ms``) around
    ``load → step → save``. Async clients run these methods in a worker thread (unless the
    store is an :class:`AsyncTokenStore` too), so they may block on I/O.
    """

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or None."""
        ...

    def save(self, key: str, token_set: TokenSet) -> None:
        """Save ``token_set`` under ``key``, replacing what was there."""
        ...

    def update(self, key: str, step: UpdateStep) -> TokenSet:
        """Run ``step`` on the current token set under the key's exclusive lock and keep its result."""
        ...


@runtime_checkable
class AsyncTokenStore(Protocol):
    """The asyncio side of a token store: :class:`TokenStore`'s contract, with methods to await.

    For stores whose I/O has an asyncio client (``redis.asyncio``, an async database driver):
    async clients await these methods on their event loop, and ``step`` is awaited too. It may
    await, but it must not block the loop. A store may have both sides, with the same storage
    and the same locks behind them (:class:`MemoryTokenStore` does); one with only this side
    serves async clients only.
    """

    async def async_load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or None."""
        ...

    async def async_save(self, key: str, token_set: TokenSet) -> None:
        """Save ``token_set`` under ``key``, replacing what was there."""
        ...

    async def async_update(self, key: str, step: AsyncUpdateStep) -> TokenSet:
        """Await ``step`` on the current token set under the key's exclusive lock and keep its result."""
        ...


def async_side(store: TokenStore | AsyncTokenStore) -> AsyncTokenStore:
    """The store's asyncio side: its own when it has one, else its blocking methods run in a worker thread."""
    if isinstance(store, AsyncTokenStore):
        return store
    return _InWorkerThread(store)


class _InWorkerThread:
    """A blocking :class:`TokenStore` seen from an event loop: each call runs in a worker thread.

    :meth:`async_update` holds the store's lock in the worker thread while ``step``, a coroutine,
    runs on the caller's event loop (the token request is the loop's work, not the thread's).
    """

    def __init__(self, store: TokenStore) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"async_side({self.store!r})"

    async def async_load(self, key: str) -> TokenSet | None:
        return await asyncio.to_thread(self.store.load, key)

    async def async_save(self, key: str, token_set: TokenSet) -> None:
        await asyncio.to_thread(self.store.save, key, token_set)

    async def async_update(self, key: str, step: AsyncUpdateStep) -> TokenSet:
        loop = asyncio.get_running_loop()

        def step_on_the_loop(current: TokenSet | None) -> TokenSet:
            return asyncio.run_coroutine_threadsafe(_awaited(step(current)), loop).result()

        return await asyncio.to_thread(self.store.update, key, step_on_the_loop)


async def _awaited(awaitable: Awaitable[TokenSet]) -> TokenSet:
    return await awaitable


class MemoryTokenStore:
    """Token sets in a dict: gone when the process ends, shared by the threads of one process.

    Both a :class:`TokenStore` and an :class:`AsyncTokenStore`: the async side never blocks an
    event loop, and shares the sync side's per-key locks.
    """

    def __init__(self) -> None:
        self._token_sets: dict[str, TokenSet] = {}
        self._lock = threading.Lock()
        self._key_locks: dict[str, threading.Lock] = {}
        forksafe.watch(self)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(keys={self.keys()!r})"

    def _after_fork(self) -> None:
        """In a forked child: new locks (one held by another thread at the fork would never be released)."""
        self._lock = threading.Lock()
        self._key_locks = {}

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or ``None``."""
        with self._lock:
            return self._token_sets.get(str(key))

    def save(self, key: str, token_set: TokenSet) -> None:
        """Keep ``token_set`` under ``key``, replacing any earlier one."""
        with self._lock:
            self._token_sets[str(key)] = token_set

    def update(self, key: str, step: UpdateStep) -> TokenSet:
        """Run ``step`` on the current token set under the key's own lock and keep its result."""
        key = str(key)
        with self._key_lock(key):  # one key's refresh never holds up the others
            current = self.load(key)
            result = step(current)
            if result is not current:
                self.save(key, result)
            return result

    async def async_load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or ``None`` (no I/O: nothing to wait for)."""
        return self.load(key)

    async def async_save(self, key: str, token_set: TokenSet) -> None:
        """Keep ``token_set`` under ``key``, replacing any earlier one."""
        self.save(key, token_set)

    async def async_update(self, key: str, step: AsyncUpdateStep) -> TokenSet:
        """Await ``step`` on the current token set under the key's own lock and keep its result.

        The lock is the one :meth:`update` takes in other threads, so it cannot be awaited:
        while another holds it, this polls it between short sleeps that leave the loop free.
        """
        key = str(key)
        key_lock = self._key_lock(key)
        pause = 0.001
        while not key_lock.acquire(blocking=False):
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.05)
        try:
            current = self.load(key)
            result = await step(current)
            if result is not current:
                self.save(key, result)
            return result
        finally:
            key_lock.release()

    def _key_lock(self, key: str) -> threading.Lock:
        with self._lock:
            return self._key_locks.setdefault(key, threading.Lock())

    def delete(self, key: str) -> None:
        """Forget the token set under ``key`` (no error when there is none)."""
        with self._lock:
            self._token_sets.pop(str(key), None)

    def keys(self) -> list[str]:
        """The keys that have a token set."""
        with self._lock:
            return sorted(self._token_sets)


class FileTokenStore:
    """Token sets of many tenants in one JSON file, keyed by tenant (or connection) id.

    Every write replaces the file atomically: the new content goes to a temporary file in the
    same directory, created with mode 0600, flushed to disk and renamed over the old one, so a
    reader never sees half a file and a crash never leaves one. Writes and refreshes hold a
    lock file next to the store (``<path>.lock``, through ``filelock``, opened without
    following symlinks) for the whole read → refresh → write, so the processes of a machine
    refresh a tenant once between them. One lock covers every tenant of the file; waiting for
    it gives up after ``lock_timeout`` seconds with :class:`TokenStoreError`.

    A file that is not a token store (truncated, edited by hand) raises
    :class:`TokenStoreError` and is never overwritten: fix or remove it.

    The file holds secrets: keep it out of source control and backups you do not control.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 60.0) -> None:
        if lock_timeout <= 0:
            raise ValueError("lock_timeout must be > 0")
        self.path = os.fspath(path)
        self.lock_timeout = lock_timeout
        self._lock = threading.Lock()
        self._file_lock: FileLock | None = None
        forksafe.watch(self)

    def __repr__(self) -> str:
        return f"FileTokenStore({self.path!r})"

    def _after_fork(self) -> None:
        """In a forked child: new locks, and a lock file descriptor of its own on next use."""
        self._lock = threading.Lock()
        self._file_lock = None

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or ``None``."""
        return self._token_set(key, self._read())

    def save(self, key: str, token_set: TokenSet) -> None:
        """Write ``token_set`` under ``key`` atomically, replacing any earlier one."""
        with self._locked():
            token_sets = self._read()
            token_sets[str(key)] = token_set.to_dict()
            self._write(token_sets)

    def update(self, key: str, step: UpdateStep) -> TokenSet:
        """Run ``step`` on the current token set while holding the file's lock, and keep its result."""
        with self._locked():
            token_sets = self._read()
            current = self._token_set(key, token_sets)
            result = step(current)
            if result is not current:
                token_sets[str(key)] = result.to_dict()
                self._write(token_sets)
            return result

    def delete(self, key: str) -> None:
        """Remove the token set under ``key`` (no error when there is none)."""
        with self._locked():
            token_sets = self._read()
            if token_sets.pop(str(key), None) is not None:
                self._write(token_sets)

    def keys(self) -> list[str]:
        """The keys that have a token set."""
        return sorted(self._read())

    def _token_set(self, key: str, token_sets: dict[str, Any]) -> TokenSet | None:
        data = token_sets.get(str(key))
        if data is None:
            return None
        try:
            if not isinstance(data, dict):
                raise TypeError("not an object")
            return TokenSet.from_dict(cast(dict[str, Any], data))
        except (TypeError, ValueError) as error:
            raise TokenStoreError(f"{self.path}: the token set under {str(key)!r} is malformed ({error})") from None

    def _read(self) -> dict[str, Any]:
        try:
            with open(self.path, encoding="utf-8") as file:
                document = json.load(file)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise TokenStoreError(
                f"cannot read the token store {self.path} ({type(error).__name__}); fix or remove the file — "
                "processes keep the tokens they hold in memory until then"
            ) from None
        token_sets: object = cast(dict[str, object], document).get("token_sets") if isinstance(document, dict) else None
        if not isinstance(token_sets, dict):
            raise TokenStoreError(f"{self.path} is not a token store file; fix or remove it")
        return cast(dict[str, Any], token_sets)

    def _write(self, token_sets: dict[str, Any]) -> None:
        content = json.dumps({"version": _FORMAT_VERSION, "token_sets": token_sets}, indent=2, sort_keys=True)
        directory = os.path.dirname(os.path.abspath(self.path))
        temporary = os.path.join(directory, f".{os.path.basename(self.path)}.{secrets.token_hex(8)}.tmp")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(descriptor, "wb") as file:
                file.write(content.encode("utf-8"))
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise TokenStoreError(f"cannot write the token store {self.path}: {error.strerror or error}") from None
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _fsync_directory(directory)

    @contextlib.contextmanager
    def _locked(self) -> Generator[None]:
        """This store's thread lock, then the lock file shared with other processes."""
        from filelock import FileLock, Timeout

        with self._lock:
            try:
                os.makedirs(os.path.dirname(os.path.abspath(self.path)), mode=0o700, exist_ok=True)
                if self._file_lock is None:
                    self._file_lock = FileLock(self.path + ".lock", mode=0o600, thread_local=False)
                self._file_lock.acquire(timeout=self.lock_timeout)
            except Timeout:
                raise TokenStoreError(
                    f"the token store {self.path} stayed locked for {self.lock_timeout:g} s; "
                    "another process may be stuck refreshing"
                ) from None
            except OSError as error:
                raise TokenStoreError(f"cannot lock the token store {self.path}: {error.strerror or error}") from None
            try:
                yield
            finally:
                self._file_lock.release()


def _fsync_directory(directory: str) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
