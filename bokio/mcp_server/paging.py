"""Searches in bounded pages: the ``query``/``page_size``/``cursor`` arguments and the ``next`` cursor."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any

from bokio import Bokio
from bokio.query import QueryLike

from .definition import invalid, plain, target
from .schemas import filter_help, operation

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


def _encode_cursor(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, listing: str) -> dict[str, Any]:
    try:
        state = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        state = None
    if (
        not isinstance(state, dict)
        or not isinstance(state.get("at"), int)
        or isinstance(state.get("at"), bool)
        or state["at"] < 0
        or not isinstance(state.get("size"), int)
        or not 1 <= state["size"] <= MAX_PAGE_SIZE
        or not isinstance(state.get("query"), (str, type(None)))
        or state.get("of") != listing
    ):
        raise invalid("cursor", "not a cursor this server gave out; search again without one")
    return state


def paging(arguments: Mapping[str, Any], start: int, listing: str) -> tuple[str | None, int, int]:
    """The query, page size and position (page number or offset) a search of ``listing`` continues from.

    A cursor names the listing it belongs to, so one tool's cursor cannot steer another tool.
    """
    cursor = arguments.get("cursor")
    if cursor:
        state = _decode_cursor(cursor, listing)
        return state["query"], state["size"], state["at"]
    return arguments.get("query") or None, arguments.get("page_size") or DEFAULT_PAGE_SIZE, start


def search_schema(facts: Mapping[str, Any]) -> dict[str, Any]:
    maximum = min(MAX_PAGE_SIZE, (facts["pagination"] or {}).get("maxPageSize") or MAX_PAGE_SIZE)
    return {
        "type": "object",
        "properties": {
            "query": {"type": "string", "maxLength": 1000, "description": filter_help(facts)},
            "page_size": {"type": "integer", "minimum": 1, "maximum": maximum, "default": DEFAULT_PAGE_SIZE},
            "cursor": {"type": "string", "maxLength": 2000, "description": "The `next` of an earlier result."},
        },
        "additionalProperties": False,
    }


def checked(query: str | None, facade_method: str) -> QueryLike | None:
    """The query through the SDK's filter rules (unknown fields and mistyped values refused, with a hint)."""
    from bokio.cli.query import parse_query

    return parse_query(query, operation(facade_method)["filter_fields"] or {}) if query else None


def paged_search(facade_method: str) -> Callable[[Bokio, dict[str, Any]], Any]:
    """A search over a paged list: one page of Bokio's per call, ``next`` for the following one."""

    def run(client: Bokio, arguments: dict[str, Any]) -> Any:
        query, size, page_number = paging(arguments, 1, facade_method)
        pager = target(client, facade_method)(query=checked(query, facade_method), page_size=size)
        page = pager.page(max(page_number, 1))
        following = page.current_page + 1 if page.has_next else None
        return {
            "items": plain(page.items),
            "page": page.current_page,
            "totalPages": page.total_pages,
            "totalItems": page.total_items,
            "next": _encode_cursor({"of": facade_method, "at": following, "size": size, "query": query})
            if following
            else None,
        }

    return run


def window(items: list[Any], size: int, offset: int, query: str | None, listing: str) -> dict[str, Any]:
    """One bounded slice of a list Bokio sends whole, with a ``next`` cursor."""
    following = offset + size
    state = {"of": listing, "at": following, "size": size, "query": query}
    return {
        "items": plain(items[offset:following]),
        "totalItems": len(items),
        "next": _encode_cursor(state) if following < len(items) else None,
    }
