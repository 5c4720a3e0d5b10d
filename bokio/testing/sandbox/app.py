"""The request pipeline: route, authenticate, limit, parse and check the body, run the handler.

Every operation of our spec is routed by method and path template from
``bokio_spec.OPERATIONS``; one without a handler of its own is served by the generic store in
:mod:`.crud`, so no route of the spec answers 404 for want of an implementation. All requests
run one at a time under a lock: the sandbox is for tests, not throughput.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import threading
import time
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

import bokio_spec

from bokio.operation_facts import pagination

from . import crud, wire
from .calls import Call, Operation, Reply, api_of
from .errors import ApiError, OAuthError, not_found, validation_error
from .ratelimit import RollingWindow
from .routes import HANDLERS
from .schema import SchemaChecker
from .state import State, Token

__all__ = ["App", "Response"]

log = logging.getLogger("bokio.testing")


# The kinds of token (see :class:`~.state.Token`) each API accepts.
_TOKEN_KINDS = {"company": ("private", "company"), "general": ("general", "agency"), "agency": ("agency",)}


class Response(NamedTuple):
    status: int
    headers: dict[str, str]
    content: bytes


def _operation(facts: Mapping[str, Any], api: str, document: Mapping[str, Any], checker: SchemaChecker) -> Operation:
    """An OPERATIONS entry plus what only the document says: page size default and limit, security, body schema.

    The page size limit is the ``pageSize`` parameter's ``maximum``, not ``maxPageSize`` of
    ``x-bokio-pagination``: that is the most the SDK's paginator asks for, which may be less.
    """
    item = document["paths"][facts["path"]]
    spec = item[facts["method"].lower()]
    page_size, max_page_size = 25, None
    page_size_param = pagination(facts).get("pageSizeParam", "pageSize")
    for parameter in [*item.get("parameters", []), *spec.get("parameters", [])]:
        parameter = checker.resolve(parameter)
        if parameter["name"] == page_size_param:
            page_size = parameter["schema"].get("default", page_size)
            max_page_size = parameter["schema"].get("maximum")
    content = spec.get("requestBody", {}).get("content", {})
    company = api == "company"
    security = spec.get("security", document.get("security", []))
    return Operation(
        operation_id=facts["operation_id"],
        method=facts["method"],
        template=facts["path"],
        scope=facts["scope"],
        company=company,
        bearer=any("bearerAuth" in requirement for requirement in security),
        pagination=facts["pagination"],
        filter_fields=facts["filter_fields"],
        default_page_size=page_size,
        max_page_size=max_page_size,
        json_schema=content.get("application/json", {}).get("schema"),
        takes_body=bool(content),
        api=api,
    )


class App:
    """Answers HTTP requests for one sandbox :class:`~.state.State`."""

    def __init__(
        self, state: State, *, base_path: str, rate_limit: RollingWindow | None, monthly_quota: int | None
    ) -> None:
        self.state = state
        self.base_path = base_path.rstrip("/")
        self.rate_limit = rate_limit
        self.monthly_quota = monthly_quota
        self.lock = threading.RLock()
        self._month = (0, 0)
        self._month_requests = 0
        self._checkers = {api: SchemaChecker(bokio_spec.load(api)) for api in ("company", "general", "agency")}
        routes: dict[str, dict[str, Operation]] = {}
        for module, facts in bokio_spec.OPERATIONS.items():
            api = api_of(module)
            operation = _operation(facts, api, bokio_spec.load(api), self._checkers[api])
            routes.setdefault(operation.template, {})[operation.method] = operation
        # Templates with fewer parameters first, so that ``…/bulk`` wins over ``…/{id}``.
        self._routes = [
            (re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"), methods)
            for template, methods in sorted(routes.items(), key=lambda route: route[0].count("{"))
        ]

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Response:
        """Answer one request; ``target`` is the raw path with its query string."""
        lowered = {name.lower(): value for name, value in headers.items()}
        quota: dict[str, str] = {}  # the rate-limit headers every answer after the limit's check carries
        with self.lock:
            try:
                reply = self._dispatch(method.upper(), target, lowered, body, quota)
            except ApiError as error:
                reply = Reply(error.status, error.body(), headers=error.headers)
            except OAuthError as error:
                reply = Reply(
                    error.status, error.body(), headers={"WWW-Authenticate": "Basic"} if error.status == 401 else {}
                )
            except Exception as error:
                log.exception("sandbox handler failed on %s %s", method, target)
                failure = ApiError(500, "internal-server-error", f"The sandbox failed: {error!r}")
                reply = Reply(500, failure.body())
            reply.headers = {**reply.headers, **quota}
            return self._encode(reply)

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        if not path.startswith(self.base_path + "/"):
            raise not_found(f"No such endpoint: {path}")
        relative = path[len(self.base_path) :]
        allowed: list[str] = []
        for pattern, methods in self._routes:
            match = pattern.match(relative)
            if match:
                if method in methods:
                    return methods[method], {name: unquote(value) for name, value in match.groupdict().items()}
                allowed += methods
        if allowed:
            raise ApiError(405, "method-not-allowed", f"{method} is not allowed here; use {', '.join(allowed)}")
        raise not_found(f"No such endpoint: {path}")

    def _dispatch(self, method: str, target: str, headers: dict[str, str], body: bytes, quota: dict[str, str]) -> Reply:
        url = urlsplit(target)
        operation, params = self._route(method, url.path)
        call = Call(self.state, operation, params, dict(parse_qsl(url.query, keep_blank_values=True)), headers)
        if operation.bearer:
            call.token = self._authenticate(operation, headers)
        self._limit(call.token, quota)
        if operation.company:
            company = self.state.companies.get(params["companyId"])
            reachable = (call.token.company_id if call.token else None) or self.state.company_id
            if company is None or reachable != params["companyId"]:
                raise not_found("No company with this id is accessible with this token")
            call.state = company
        if operation.api != "general":
            scopes = call.token.scopes if call.token else None
            if scopes is not None and operation.scope not in scopes:
                raise ApiError(403, "forbidden", f"The token lacks the scope {operation.scope} this operation needs")
        self._read_body(call, headers.get("content-type", ""), body)
        result = HANDLERS.get(operation.operation_id, crud.fallback)(call)
        return result if isinstance(result, Reply) else Reply(body=result)

    def _authenticate(self, operation: Operation, headers: Mapping[str, str]) -> Token:
        scheme, _, value = headers.get("authorization", "").partition(" ")
        token = self.state.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        if token is None or (token.expires_at is not None and time.time() > token.expires_at):
            raise ApiError(
                401, "unauthorized", "A valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )
        if token.kind not in _TOKEN_KINDS[operation.api]:
            raise ApiError(401, "unauthorized", f"This token is not valid for the {operation.api.title()} API")
        return token

    def _limit(self, token: Token | None, quota: dict[str, str]) -> None:
        """The rate limit per token (when configured) and a private integration's monthly quota."""
        if self.rate_limit is not None:
            quota.update(self.rate_limit.take(token.value if token else None))
        if token is None or token.kind != "private" or self.monthly_quota is None:
            return
        today = dt.datetime.now(dt.UTC)
        if (today.year, today.month) != self._month:
            self._month, self._month_requests = (today.year, today.month), 0
        if self._month_requests >= self.monthly_quota:
            next_month = dt.datetime(today.year + today.month // 12, today.month % 12 + 1, 1, tzinfo=dt.UTC)
            wait = math.ceil((next_month - today).total_seconds())
            message = f"The private integration's quota of {self.monthly_quota} requests this month is used up"
            raise ApiError(429, "limit-exceeded", message, headers={"Retry-After": str(wait)})
        self._month_requests += 1

    def _read_body(self, call: Call, content_type: str, body: bytes) -> None:
        operation = call.op
        if operation.json_schema is not None:
            if not body:
                raise validation_error(("#", "The request body is required"))
            call.body = wire.loads(body)
            checker = self._checkers[operation.api]
            problems = checker.check(operation.json_schema, call.body)
            if problems:
                raise validation_error(*problems)
        elif content_type.lower().startswith("multipart/form-data"):
            call.parts = wire.parse_multipart(content_type, body)
        elif content_type.lower().startswith("application/x-www-form-urlencoded"):
            call.form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))

    @staticmethod
    def _encode(reply: Reply) -> Response:
        headers = dict(reply.headers)
        if reply.content is not None:
            content = reply.content
            if content:
                headers["Content-Type"] = reply.content_type
        elif reply.body is None:
            content = b""
        else:
            content = wire.dumps(reply.body)
            headers["Content-Type"] = "application/json; charset=utf-8"
        return Response(reply.status, headers, content)
