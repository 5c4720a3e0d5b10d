"""Base classes of the resource namespaces (``client.invoices``, ``client.items``, …).

Resource modules are written once, for the sync client, with absolute imports; their asyncio
twins in :mod:`bokio.resources.aio` are generated from them by ``scripts/unasync.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from bokio_company_api.types import Unset

from bokio.errors import BokioError

if TYPE_CHECKING:
    from bokio.client import AsyncBokio, Bokio

__all__ = ["ID", "AsyncResource", "Resource", "as_model", "unwrap"]

ID = str | UUID
"""Object ids are UUIDs; pass them as ``UUID`` or as strings."""

M = TypeVar("M")


def as_model(value: M | Mapping[str, Any], from_dict: Callable[[Mapping[str, Any]], M]) -> M:
    """Accept a generated model, or a dict with the API's own (camelCase) field names."""
    if isinstance(value, Mapping):
        return from_dict(value)
    return value


def unwrap(value: M | Unset, field: str) -> M:
    """The object inside a response envelope such as ``{"fiscalYear": {...}}``."""
    if isinstance(value, Unset):
        raise BokioError(f"Bokio's response has no {field!r}")
    return value


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
