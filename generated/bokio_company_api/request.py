"""An operation's request as its typed builder makes it, and the checks of its parameters.

Made by scripts/regenerate.py; imports nothing beyond the standard library, so a client can
check its company id without loading the models.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

__all__ = ["ApiRequest", "InvalidParameterError", "path_int", "path_uuid"]


class ApiRequest:
    """One operation's HTTP request as the typed builder made it; the client adds the rest.

    ``path`` is relative to the API's base URL, its parameters already checked and quoted;
    ``json`` is a JSON body (a model's ``to_dict()`` or the caller's dict), ``files`` a
    multipart/form-data one, ``data`` a form-urlencoded one.
    """

    __slots__ = ("data", "files", "headers", "json", "method", "module", "operation_id", "params", "path")

    def __init__(
        self,
        module: str,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        json: Any = None,
        files: list[tuple[str, Any]] | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        self.module = module
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.params = params
        self.headers = headers
        self.json = json
        self.files = files
        self.data = data

    def __repr__(self) -> str:
        return f"ApiRequest({self.operation_id}: {self.method} {self.path})"


class InvalidParameterError(ValueError):
    """A path or query parameter that is not of its documented form; nothing was sent."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def path_uuid(value: UUID | str, name: str) -> str:
    """``value`` as a UUID in its canonical text form, for a URL path or query.

    A ``str`` must spell a UUID (hex digits with or without hyphens, in braces or as a URN,
    as :class:`uuid.UUID` reads it); anything else, ``..`` or an empty string included, raises
    :class:`InvalidParameterError`, so no id can move a request to another path.
    """
    if type(value) is UUID:
        return str(value)
    if isinstance(value, str):
        if _CANONICAL_UUID.fullmatch(value):
            return value
        if value.isascii() and value.isprintable() and len(value) <= 45:
            try:
                return str(UUID(value))
            except ValueError:
                pass
        return _refuse(name, f"must be a UUID, got {value[:60]!r}")
    if isinstance(value, UUID):
        return str(value)
    return _refuse(name, f"must be a UUID or str, got {type(value).__name__}")


def path_int(value: int, name: str, minimum: int, maximum: int) -> str:
    """``value`` as the decimal digits of an integer between ``minimum`` and ``maximum``."""
    if type(value) is not int:
        return _refuse(name, f"must be an int, got {type(value).__name__}")
    if not minimum <= value <= maximum:
        return _refuse(name, f"must be between {minimum} and {maximum}, got {value}")
    return str(value)


def _refuse(name: str, message: str) -> str:
    raise InvalidParameterError(name, message)
