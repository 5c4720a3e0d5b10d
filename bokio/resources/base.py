"""What every resource namespace (``client.invoices``, ``agency.users``, …) and workflow shares.

The namespaces are written once, for :class:`~bokio.AsyncBokio`, in :mod:`bokio.resources.aio`;
the sync modules beside this one are generated from them by ``scripts/unasync.py``. This module
is plain code used by both: the id and file types their methods take, and their base classes.
"""

from __future__ import annotations

import os
import re
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Generic, Protocol, TypeVar
from uuid import UUID

from bokio_company_api.types import File

__all__ = [
    "ID",
    "AgencyResource",
    "Destination",
    "FileInput",
    "Resource",
    "file_part",
    "text_matching",
    "uuid_of",
]

ID = str | UUID
"""Object ids are UUIDs; pass them as ``UUID`` or as strings."""

FileInput = bytes | BinaryIO | str | os.PathLike[str]
"""A file to upload: its content, an open binary file, or a path."""

Destination = str | os.PathLike[str] | BinaryIO
"""Where a download is written: a path, or a binary file open for writing."""


def text_matching(value: object, pattern: re.Pattern[str], problem: str) -> str:
    """``value`` when it is a string ``pattern`` matches; else a call-site ValueError: ``problem``, and the value."""
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError(f"{problem}, got {value!r}")
    return value


def uuid_of(value: ID, what: str) -> UUID:
    """``value`` as a UUID; anything else is refused before a request is built."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise ValueError(f"{what} must be a UUID, got {value!r}") from None


# The file types the API accepts, recognised by their first bytes: (content type, file extension).
_SIGNATURES = {
    b"%PDF-": ("application/pdf", ".pdf"),
    b"\xff\xd8\xff": ("image/jpeg", ".jpg"),
    b"\x89PNG\r\n\x1a\n": ("image/png", ".png"),
}


def file_part(file: FileInput, file_name: str | None, content_type: str | None) -> File:
    """The form's file part: the whole content, named and typed (from the content when not told)."""
    if isinstance(file, bytes):
        data, name = file, None
    elif isinstance(file, (str, os.PathLike)):
        path = Path(file)
        data, name = path.read_bytes(), path.name
    else:
        data = file.read()
        name = Path(file.name).name if isinstance(getattr(file, "name", None), str) else None
    kind = next((kind for magic, kind in _SIGNATURES.items() if data.startswith(magic)), None)
    if content_type is None and kind is not None:
        content_type = kind[0]
    if file_name is None:
        file_name = name or "upload" + (kind[1] if kind else "")
    return File(payload=BytesIO(data), file_name=file_name, mime_type=content_type)


class _CompanyClient(Protocol):
    @property
    def company_id(self) -> str: ...


class _AgencyClient(Protocol):
    def _require_agency_id(self) -> UUID: ...


CompanyClientT = TypeVar("CompanyClientT", bound=_CompanyClient)
AgencyClientT = TypeVar("AgencyClientT", bound=_AgencyClient)


class Resource(Generic[CompanyClientT]):
    """A namespace of a Company API client: ``Resource[AsyncBokio]`` (``Resource[Bokio]`` when generated)."""

    def __init__(self, client: CompanyClientT) -> None:
        self._client = client

    @property
    def _company_id(self) -> str:
        return self._client.company_id


class AgencyResource(Generic[AgencyClientT]):
    """A namespace of an Agency API client (``agency.companies``, ``agency.users``, …)."""

    def __init__(self, client: AgencyClientT) -> None:
        self._client = client

    @property
    def _agency_id(self) -> UUID:
        return self._client._require_agency_id()
