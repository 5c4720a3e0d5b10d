"""Base classes of the resource namespaces (``client.invoices``, ``client.items``, …).

Resource modules are written once, for the sync client, with absolute imports; their asyncio
twins in :mod:`bokio.resources.aio` are generated from them by ``scripts/unasync.py``.
"""

from __future__ import annotations

import os
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from uuid import UUID

from bokio_company_api.types import File

if TYPE_CHECKING:
    from bokio.agency import AsyncBokioAgency, BokioAgency
    from bokio.client import AsyncBokio, Bokio

__all__ = [
    "ID",
    "AgencyResource",
    "AsyncAgencyResource",
    "AsyncResource",
    "FileInput",
    "Resource",
    "file_part",
    "uuid_of",
]

ID = str | UUID
"""Object ids are UUIDs; pass them as ``UUID`` or as strings."""


def uuid_of(value: ID, what: str) -> UUID:
    """``value`` as a UUID; anything else is refused before a request is built."""
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise ValueError(f"{what} must be a UUID, got {value!r}") from None


FileInput = bytes | BinaryIO | str | os.PathLike[str]
"""A file to upload: its content, an open binary file, or a path."""

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


class Resource:
    def __init__(self, client: Bokio) -> None:
        self._client = client

    @property
    def _company_id(self) -> str:
        return self._client.company_id


class AsyncResource:
    def __init__(self, client: AsyncBokio) -> None:
        self._client = client

    @property
    def _company_id(self) -> str:
        return self._client.company_id


class AgencyResource:
    """A namespace of :class:`~bokio.agency.BokioAgency` (``agency.companies``, ``agency.users``, …)."""

    def __init__(self, client: BokioAgency) -> None:
        self._client = client

    @property
    def _agency_id(self) -> UUID:
        return self._client._require_agency_id()


class AsyncAgencyResource:
    def __init__(self, client: AsyncBokioAgency) -> None:
        self._client = client

    @property
    def _agency_id(self) -> UUID:
        return self._client._require_agency_id()
