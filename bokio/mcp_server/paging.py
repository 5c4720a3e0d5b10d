"""Searches in bounded pages: the ``query``/``page_size``/``cursor`` arguments and the ``next`` cursor."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Any, TypedDict

from bokio import Bokio
from bokio.jsonvalues import object_of
from bokio.operation_facts import client_method, filter_fields, max_page_size
from bokio.query import QueryLike

from .definition import invalid, plain
from .schemas import filter_help, operation

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50


class _Cursor(TypedDict):
    """Where a search continues: the listing it belongs to, the position, the page size and the query."""

    of: str
    at: int
    size: int
    query: str | None


def _encode_cursor(state: _Cursor) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, listing: str) -> _Cursor:
    try:
        state = object_of(json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))))
    except (ValueError, binascii.Error):
        state = {}
    at, size, query = state.get("at"), state.get("size"), state.get("query")
    if (
        not isinstance(at, int)
        or isinstance(at, bool)
        or at < 0
        or not isinstance(size, int)
        or not 1 <= size <= MAX_PAGE_SIZE
        or not (query is None or isinstance(query, str))
        or state.get("of") != listing
    ):
        raise invalid("cursor", "not a cursor this server gave out; search again without one")
    return _Cursor(of=listing, at=at, size=size, query=query)


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
    maximum = min(MAX_PAGE_SIZE, max_page_size(facts) or MAX_PAGE_SIZE)
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

    return parse_query(query, filter_fields(operation(facade_method))) if query else None


def paged_search(facade_method: str) -> Callable[[Bokio, dict[str, Any]], Any]:
    """A search over a paged list: one page of Bokio's per call, ``next`` for the following one."""

    def run(client: Bokio, arguments: dict[str, Any]) -> Any:
        query, size, page_number = paging(arguments, 1, facade_method)
        pager = client_method(client, facade_method)(query=checked(query, facade_method), page_size=size)
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
    state = _Cursor(of=listing, at=following, size=size, query=query)
    return {
        "items": plain(items[offset:following]),
        "totalItems": len(items),
        "next": _encode_cursor(state) if following < len(items) else None,
    }
