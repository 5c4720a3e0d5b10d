"""Check recorded traffic against our OpenAPI spec (``make contract``; also part of ``make test``).

    python scripts/check_cassettes.py [CASSETTE_DIR_OR_FILE ...]   # default: tests/cassettes

Every interaction of every cassette is matched to its operation (method and path template of
generated/bokio_spec, i.e. the bundled openapi/ documents), then checked:

- the request: path parameters, query parameters (declared, typed, required ones present) and
  the body (a declared content type; JSON and forms against the schema, with read-only fields
  refused; multipart parts against the schema's properties);
- the response: a documented status, a declared content type, the JSON body against the schema
  (write-only fields refused), an empty body where none is documented.

Each mismatch is printed as ``operationId [cassette#n] request|response <JSON pointer>: problem``
and the run ends with ``operations covered: N/M`` — the operations that have at least one
documented success in the cassettes. Exit status 1 on any mismatch or an uncovered operation.
Re-record against Bokio (``make record``), run this: that is how drift shows.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated"))

from bokio_spec import load, resolve  # noqa: E402

from bokio import money  # noqa: E402
from bokio.testing.cassettes import media_type, multipart_parts  # noqa: E402

DEFAULT_CASSETTES = ROOT / "tests" / "cassettes"
METHODS = ("get", "post", "put", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    api: str
    method: str
    template: str
    pattern: re.Pattern[str]
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.spec["operationId"])


@dataclass(frozen=True)
class Mismatch:
    operation: str
    cassette: str
    side: str
    pointer: str
    problem: str

    def __str__(self) -> str:
        return f"{self.operation} [{self.cassette}] {self.side} {self.pointer}: {self.problem}"


@cache
def operations() -> tuple[Operation, ...]:
    found = []
    for api in ("company", "general", "agency"):
        document = load(api)
        base_path = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        for template, item in document["paths"].items():
            regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            for method in METHODS:
                if method in item:
                    parameters = [*item.get("parameters", []), *item[method].get("parameters", [])]
                    spec = {**item[method], "parameters": [resolve(api, p) for p in parameters]}
                    found.append(Operation(api, method.upper(), template, re.compile(f"^{base_path}{regex}$"), spec))
    # Literal segments win over parameters: /bank-payments/bulk before /bank-payments/{id}.
    return tuple(sorted(found, key=lambda op: (op.template.count("{"), -len(op.template))))


_VALIDATORS: dict[tuple[str, int, str], Any] = {}


def schema_problems(api: str, schema: dict[str, Any], instance: Any, direction: str) -> Iterator[tuple[str, str]]:
    """(JSON pointer, message) for each way ``instance`` breaks ``schema`` (of the bundled ``api``).

    Requests are checked as writes (read-only fields refused), responses as reads.
    """
    key = (api, id(schema), direction)
    if key not in _VALIDATORS:
        kind = OAS30WriteValidator if direction == "request" else OAS30ReadValidator
        _VALIDATORS[key] = kind({**schema, "components": load(api)["components"]}, format_checker=kind.FORMAT_CHECKER)
    for error in sorted(_VALIDATORS[key].iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path]):
        yield "#" + "".join(f"/{part}" for part in error.absolute_path), error.message


def find_operation(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    for operation in operations():
        if operation.method == method:
            match = operation.pattern.match(path)
            if match:
                return operation, match.groupdict()
    return None


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query or path value as the JSON type its schema names (left a string if it is not one)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return money.to_decimal(value)
        if kind == "boolean" and value in ("true", "false"):
            return value == "true"
    except (ValueError, ArithmeticError):
        pass
    return value


def content_type(headers: dict[str, Any]) -> str:
    """The Content-Type of recorded headers (a name → values mapping), or ""."""
    for name, values in headers.items():
        if name.lower() == "content-type":
            return str(values[0] if isinstance(values, list) else values)
    return ""


def as_bytes(body: Any) -> bytes:
    if isinstance(body, dict):
        body = body.get("string", b"")
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode("utf-8")


def check_request(operation: Operation, request: dict[str, Any], params: dict[str, str]) -> Iterator[tuple[str, str]]:
    url = urlsplit(request["uri"])
    declared = {(p["in"], p["name"]): p for p in operation.spec["parameters"]}
    for name, value in params.items():
        parameter = declared.get(("path", name))
        if parameter is None:
            yield f"path/{name}", "undeclared path parameter"
            continue
        yield from _value_problems(operation, parameter, value, f"path/{name}")
    query = parse_qsl(url.query, keep_blank_values=True)
    for name, value in query:
        parameter = declared.get(("query", name))
        if parameter is None:
            yield f"query/{name}", "undeclared query parameter"
            continue
        yield from _value_problems(operation, parameter, value, f"query/{name}")
    sent = {name for name, _ in query}
    for (location, name), parameter in declared.items():
        if location == "query" and parameter.get("required") and name not in sent:
            yield f"query/{name}", "required query parameter missing"

    body = as_bytes(request.get("body"))
    request_body = resolve(operation.api, operation.spec.get("requestBody"))
    if not request_body:
        if body:
            yield "body", "a body was sent but the operation takes none"
        return
    raw_type = content_type(request.get("headers", {}))
    kind = media_type(raw_type)
    if not body:
        if request_body.get("required"):
            yield "body", "required request body missing"
        return
    content = request_body.get("content", {})
    if kind not in content:
        yield "body", f"content type {kind!r} is not declared ({', '.join(content)})"
        return
    schema = content[kind]["schema"]
    if kind == "application/json":
        try:
            document = money.loads(body)
        except ValueError as error:
            yield "body", f"malformed JSON: {error}"
            return
        yield from schema_problems(operation.api, schema, document, "request")
    elif kind == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        yield from schema_problems(operation.api, schema, form, "request")
    elif kind == "multipart/form-data":
        yield from _multipart_problems(operation, multipart_parts(raw_type, body), schema)


def _value_problems(
    operation: Operation, parameter: dict[str, Any], value: str, where: str
) -> Iterator[tuple[str, str]]:
    schema = parameter["schema"]
    for _, problem in schema_problems(operation.api, schema, coerce(value, resolve(operation.api, schema)), "request"):
        yield where, problem


def _multipart_problems(
    operation: Operation, parts: list[tuple[str | None, str | None, bytes]], schema: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    schema = resolve(operation.api, schema)
    properties = {name: resolve(operation.api, value) for name, value in schema.get("properties", {}).items()}
    for name, file_name, _ in parts:
        if name not in properties:
            yield f"body/{name}", "undeclared multipart part"
        elif properties[name].get("format") == "binary" and not file_name:
            yield f"body/{name}", "a file part without a file name"
    sent = {name for name, _, _ in parts}
    for name in schema.get("required", []):
        if name not in sent:
            yield f"body/{name}", "required multipart part missing"


def check_response(operation: Operation, response: dict[str, Any]) -> Iterator[tuple[str, str]]:
    status = str(response["status"]["code"])
    responses = operation.spec.get("responses", {})
    documented = responses.get(status) or responses.get(status[0] + "XX") or responses.get("default")
    if documented is None:
        yield "status", f"{status} is not a documented answer ({', '.join(responses)})"
        return
    documented = resolve(operation.api, documented)
    body = as_bytes(response.get("body"))
    content = documented.get("content", {})
    if not content:
        if body:
            yield "body", f"{status} has a body but none is documented"
        return
    kind = media_type(content_type(response.get("headers", {})))
    if kind not in content:
        yield "content-type", f"{kind!r} is not documented for {status} ({', '.join(content)})"
        return
    if kind != "application/json":
        return
    try:
        document = money.loads(body)
    except ValueError as error:
        yield "body", f"malformed JSON: {error}"
        return
    yield from schema_problems(operation.api, content[kind]["schema"], document, "response")


def interactions_of(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")).get("interactions", [])
    return interactions


def check_cassette(path: Path, covered: set[str], interactions: list[dict[str, Any]] | None = None) -> list[Mismatch]:
    """The mismatches of the cassette at ``path``; adds the operations it shows working to ``covered``."""
    mismatches = []
    for number, interaction in enumerate(interactions_of(path) if interactions is None else interactions, start=1):
        request, response = interaction["request"], interaction["response"]
        where = f"{path.name}#{number}"
        found = find_operation(request["method"], urlsplit(request["uri"]).path)
        if found is None:
            mismatches.append(Mismatch("?", where, "request", request["uri"], f"no {request['method']} operation"))
            continue
        operation, params = found
        problems = [("request", *problem) for problem in check_request(operation, request, params)]
        problems += [("response", *problem) for problem in check_response(operation, response)]
        mismatches += [Mismatch(operation.id, where, side, pointer, text) for side, pointer, text in problems]
        if not problems and response["status"]["code"] < 400:
            covered.add(operation.id)
    return mismatches


def cassette_files(targets: list[Path]) -> list[Path]:
    files: list[Path] = []
    for target in targets:
        files += sorted(target.glob("*.yaml")) if target.is_dir() else [target]
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", type=Path, default=[DEFAULT_CASSETTES])
    args = parser.parse_args(argv)
    files = cassette_files(args.targets)
    if not files:
        print(f"no cassettes in {', '.join(map(str, args.targets))}")
        return 1
    covered: set[str] = set()
    mismatches: list[Mismatch] = []
    count = 0
    for path in files:
        interactions = interactions_of(path)
        count += len(interactions)
        mismatches += check_cassette(path, covered, interactions)
    for mismatch in mismatches:
        print(mismatch)
    every = {operation.id for operation in operations()}
    missing = sorted(every - covered)
    print(f"{len(files)} cassettes, {count} interactions, {len(mismatches)} mismatches")
    if missing:
        print(f"not covered: {', '.join(missing)}")
    print(f"operations covered: {len(covered)}/{len(every)}")
    return 1 if mismatches or missing else 0


if __name__ == "__main__":
    sys.exit(main())
