"""Where token sets live between requests and across restarts.

:class:`~bokio.oauth.OAuthTokenAuth` hands every refreshed token set to a :class:`TokenStore`,
so the rotated refresh token survives the process. Any object with ``load`` and ``save``
works (a database table, a secrets manager); two are included:

- :class:`MemoryTokenStore`: a dict, for tests and short-lived processes;
- :class:`FileTokenStore`: one JSON file holding the token sets of many tenants, written
  atomically and readable by its owner only (mode 0600).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
from collections.abc import Iterator
from typing import Any, Protocol, runtime_checkable

from .errors import BokioError
from .oauth import TokenSet

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore", "TokenStoreError"]

_FORMAT_VERSION = 1


class TokenStoreError(BokioError):
    """A token store could not be read or written (the message names the file, never a token)."""


@runtime_checkable
class TokenStore(Protocol):
    """Keeps one token set per key (a tenant or connection id)."""

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or None."""
        ...

    def save(self, key: str, token_set: TokenSet) -> None:
        """Save ``token_set`` under ``key``, replacing what was there."""
        ...


class MemoryTokenStore:
    """Token sets in a dict: gone when the process ends."""

    def __init__(self) -> None:
        self._token_sets: dict[str, TokenSet] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenStore(keys={self.keys()!r})"

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or ``None``."""
        with self._lock:
            return self._token_sets.get(str(key))

    def save(self, key: str, token_set: TokenSet) -> None:
        """Keep ``token_set`` under ``key``, replacing any earlier one."""
        with self._lock:
            self._token_sets[str(key)] = token_set

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

    Every save rewrites the file atomically: the new content goes to a temporary file in the
    same directory, created with mode 0600, flushed to disk and then renamed over the old one
    (:func:`os.replace`), so a reader never sees half a file and a crash never leaves one.
    Saves are serialized within the process and, where ``fcntl`` exists, across processes
    through a lock file next to the store.

    The file holds secrets: keep it out of source control and backups you do not control.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FileTokenStore({self.path!r})"

    def load(self, key: str) -> TokenSet | None:
        """The token set saved under ``key``, or ``None``."""
        data = self._read().get(str(key))
        if data is None:
            return None
        try:
            return TokenSet.from_dict(data)
        except (TypeError, ValueError) as error:
            raise TokenStoreError(f"{self.path}: the token set under {str(key)!r} is malformed ({error})") from None

    def save(self, key: str, token_set: TokenSet) -> None:
        """Write ``token_set`` under ``key`` atomically, replacing any earlier one."""
        with self._locked():
            token_sets = self._read()
            token_sets[str(key)] = token_set.to_dict()
            self._write(token_sets)

    def delete(self, key: str) -> None:
        """Remove the token set under ``key`` (no error when there is none)."""
        with self._locked():
            token_sets = self._read()
            if token_sets.pop(str(key), None) is not None:
                self._write(token_sets)

    def keys(self) -> list[str]:
        """The keys that have a token set."""
        return sorted(self._read())

    def _read(self) -> dict[str, Any]:
        try:
            with open(self.path, encoding="utf-8") as file:
                document = json.load(file)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise TokenStoreError(f"cannot read the token store {self.path}: {type(error).__name__}") from None
        token_sets = document.get("token_sets") if isinstance(document, dict) else None
        if not isinstance(token_sets, dict):
            raise TokenStoreError(f"{self.path} is not a token store file")
        return token_sets

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
    def _locked(self) -> Iterator[None]:
        with self._lock:
            try:
                import fcntl
            except ImportError:  # Windows: in-process lock only
                os.makedirs(os.path.dirname(os.path.abspath(self.path)), mode=0o700, exist_ok=True)
                yield
                return
            try:
                os.makedirs(os.path.dirname(os.path.abspath(self.path)), mode=0o700, exist_ok=True)
                descriptor = os.open(self.path + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:
                raise TokenStoreError(f"cannot lock the token store {self.path}: {error.strerror or error}") from None
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX)
                yield
            finally:
                os.close(descriptor)  # closing releases the lock


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
