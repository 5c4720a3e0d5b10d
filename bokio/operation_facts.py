"""Typed reads of one operation's facts in the generated table (``bokio_spec.OPERATIONS``).

The table is plain data (``dict[str, Any]``); these give the parts that lists, the CLI and the
MCP server read, with their types, whatever the operation (an empty answer when it has none),
and the façade method an operation names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["client_method", "filter_fields", "max_page_size", "pagination"]


def client_method(client: object, facade_method: str) -> Any:
    """The client's method that an operation's ``facade_method`` (``"invoices.payments.create"``) names."""
    found: Any = client
    for part in facade_method.split("."):
        found = getattr(found, part)
    return found


def filter_fields(facts: Mapping[str, Any]) -> dict[str, str]:
    """The fields a list may be filtered on, with their kinds (``{"name": "string", …}``)."""
    fields: dict[str, str] = facts["filter_fields"] or {}
    return fields


def pagination(facts: Mapping[str, Any]) -> dict[str, Any]:
    """A list operation's paging facts (``pageSizeParam``, ``maxPageSize``, …); empty for other operations."""
    found: dict[str, Any] = facts["pagination"] or {}
    return found


def max_page_size(facts: Mapping[str, Any]) -> int | None:
    """The largest page a list operation allows, when the spec says."""
    maximum: int | None = pagination(facts).get("maxPageSize")
    return maximum
