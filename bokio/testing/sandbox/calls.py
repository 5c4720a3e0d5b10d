"""What an operation handler is given (:class:`Call`) and what it may answer (:class:`Reply`).

A handler returns a Reply, or just the JSON body of a 200. It raises
:class:`~.errors.ApiError` to refuse. Each routes module collects its handlers in a
``HANDLERS`` table through :func:`registrar`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import bokio_spec

from . import query
from .errors import validation_error
from .state import Record, State, Token
from .wire import Part

__all__ = [
    "AGENCY_SCOPES",
    "SCOPES",
    "Call",
    "Handler",
    "Operation",
    "Reply",
    "api_of",
    "filtered",
    "paged",
    "registrar",
]

SCOPES: frozenset[str] = frozenset(facts["scope"] for facts in bokio_spec.OPERATIONS.values() if facts["scope"])
"""Every scope an operation of the spec needs."""

AGENCY_SCOPES: frozenset[str] = frozenset(
    bokio_spec.load("agency")["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]["scopes"]
)
"""The scopes a client credentials token may ask for (an Agency API token)."""


def api_of(module: str) -> str:
    """``company``, ``general`` or ``agency``: the API of a ``bokio_spec.OPERATIONS`` key."""
    return module.split(".", 1)[0].removeprefix("bokio_").removesuffix("_api")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with the facts the sandbox needs to serve it."""

    operation_id: str
    method: str
    template: str
    scope: str | None
    company: bool  # a Company API operation
    bearer: bool  # needs a bearer token (the OAuth endpoints take none)
    pagination: Mapping[str, Any] | None = None
    filter_fields: Mapping[str, str] | None = None
    default_page_size: int = 25
    max_page_size: int | None = None  # the page size parameter's documented maximum, if any
    json_schema: Mapping[str, Any] | None = None  # the JSON request body's schema, if any
    takes_body: bool = False
    api: str = "company"  # "company", "general" or "agency"


@dataclass
class Call:
    state: State
    op: Operation
    params: dict[str, str]
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    token: Token | None = None
    body: Any = None
    parts: dict[str, Part] = field(default_factory=dict[str, Part])
    form: dict[str, str] = field(default_factory=dict[str, str])

    @property
    def path(self) -> list[str]:
        """The concrete path below ``/companies/{companyId}``, one string per segment."""
        segments = self.op.template.strip("/").split("/")[2 if self.op.company else 0 :]
        return [self.params[s[1:-1]] if s.startswith("{") else s for s in segments]


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    content: bytes | None = None  # raw bytes instead of a JSON body
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict[str, str])


Handler = Callable[[Call], Any]
H = TypeVar("H", bound=Handler)


def registrar(table: dict[str, Handler]) -> Callable[[str], Callable[[H], H]]:
    """A decorator factory: ``@handles("createInvoice")`` puts the function in ``table``."""

    def handles(operation_id: str) -> Callable[[H], H]:
        def register(function: H) -> H:
            table[operation_id] = function
            return function

        return register

    return handles


def _positive_int(call: Call, name: str, default: int) -> int:
    text = call.query.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise validation_error((f"#/{name}", f"{name} must be a whole number of at least 1"))
    return int(text)


def filtered(call: Call, records: Iterable[Record]) -> list[Record]:
    """The records the call's ``query`` parameter lets through (all when there is none)."""
    text = call.query.get("query")
    if not text:
        return list(records)
    condition = query.parse(text, call.op.filter_fields)
    return [record for record in records if condition.matches(record)]


def paged(call: Call, records: Iterable[Record]) -> Record:
    """One page of the filtered records, in Bokio's paging envelope."""
    facts = call.op.pagination or {}
    page = _positive_int(call, facts.get("pageParam", "page"), 1)
    size_param = facts.get("pageSizeParam", "pageSize")
    size = _positive_int(call, size_param, call.op.default_page_size)
    maximum = call.op.max_page_size
    if maximum is not None and size > maximum:
        raise validation_error((f"#/{size_param}", f"{size_param} must be at most {maximum}"))
    matching = filtered(call, records)
    return {
        "items": matching[(page - 1) * size : page * size],
        "totalItems": len(matching),
        "totalPages": math.ceil(len(matching) / size),
        "currentPage": page,
    }
