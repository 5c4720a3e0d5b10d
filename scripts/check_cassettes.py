"""Check recorded traffic against our OpenAPI spec and Bokio's published documents (``make contract``).

    python scripts/check_cassettes.py [--published DIR] [CASSETTE_DIR_OR_FILE ...]   # default: tests/cassettes

The checking is openapi-core's: every interaction of every cassette is validated as a request
(path and query parameters, security, body — read-only fields refused, multipart parts
included) and as a response (a documented status and content type, the body — write-only
fields refused) against

- ``ours``: the bundled documents of generated/bokio_spec (i.e. openapi/), and
- ``published``: Bokio's published OpenAPI documents (``../shared/reference/bokio-openapi``
  beside the repository), when that directory exists. With ``CI`` set it must exist.

The published documents are also checked against themselves: each request and response
example is validated by openapi-core like a recorded interaction. The few places where they
contradict themselves or Bokio's answers are listed once in ``KNOWN_PUBLISHED`` with the reason;
an entry that no longer matches anything is reported as stale, so the list cannot rot.

What this script adds to openapi-core: the readable report — one line per mismatch,
``<spec> operationId [cassette#n] request|response <pointer>: problem`` — and the coverage
count ``operations covered: N/M`` (operations of our spec with at least one documented success
that passes). Exit status 1 on any unexplained mismatch, a stale explanation or an uncovered
operation. Re-record against Bokio (``make record``), run this: that is how drift shows.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.validation.exceptions import ValidationError
from openapi_core.validation.request.exceptions import ParameterValidationError
from openapi_core.validation.schemas import oas30_read_schema_validators_factory
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from bokio_spec import load  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from compare_published import flatten  # noqa: E402

DEFAULT_CASSETTES = ROOT / "tests" / "cassettes"
PUBLISHED = ROOT.parent / "shared" / "reference" / "bokio-openapi"
APIS = ("company", "general", "agency")
METHODS = ("get", "post", "put", "delete", "patch")
HOST_URL = "https://api.bokio.se"

# Where Bokio's published documents disagree with themselves or with what Bokio answers, and why
# none of it is ours to fix. Keyed by regexes on (where, pointer, problem) of a Mismatch; every
# entry must still match something, so a fixed inconsistency drops out of this list.
KNOWN_PUBLISHED: dict[tuple[str, str, str], str] = {
    (r"", r"invoiceSettlementDetails$", r"does not contain discriminating property 'reason'"): (
        "The settlement details are a oneOf with a discriminator on `reason`, a property none of the "
        "branches declares and Bokio neither sends nor accepts (the settlement's `type` tells them "
        "apart). Our spec has no discriminator there."
    ),
    (r"\.yaml#", r"^status$", r"^40[134] is not a documented answer"): (
        "Bokio's guide lists 401, 403 and 404 as possible answers of every operation, but the "
        "published documents leave them out of many; openapi/README.md (Errors) documents them everywhere."
    ),
    (r"example", r"^contactsDetails\[\]\.Id$", r"no schema declares"): (
        "The update-customer example spells a contact's id `Id`; the schema and Bokio's answers say `id`."
    ),
    (r"schema example", r"^#/publishedDateTime$", r"is not a 'date-time'"): (
        "The creditNote schema's example gives `publishedDateTime` without a timezone, which an "
        "RFC 3339 date-time requires; Bokio's answers carry one."
    ),
    (r"example", r"^settlementDetails(\.|$)", r"no schema declares"): (
        "The recorded-settlement example shows `settlementDetails`; the schema (and Bokio) call the "
        "field `invoiceSettlementDetails`, as our spec does."
    ),
    (r"example", r"^attachmentRefs\[\]\.fileName$", r"no schema declares"): (
        "Invoice and credit-note examples give attachment references a `fileName` the reference "
        "schema does not declare; our spec follows the schema."
    ),
    (r"request example", r"^#/", r"Tried to write read-only property"): (
        "The customer and invoice request examples are whole fetched objects, read-only fields "
        "(`id`, `invoiceNumber`, totals) included. Bokio ignores those on a write; the façade drops "
        "them before sending (bokio/writable.py), so recorded requests never carry them."
    ),
    (r"creditNote request example", r"^#/lineItems/\d+$", r"is not valid under any of the given schemas"): (
        "The same in the credit-note update example: its line items carry the read-only `id`, so no "
        "line-item branch accepts them as a write."
    ),
    (r"Price plan restriction 403 example", r"^(error|details)(\.|$)", r"no schema declares"): (
        "The price-plan 403 examples show a body with `error` and `details` that the operation's "
        "error schema (code, message, bokioErrorId) does not declare."
    ),
    (r"Upload not found 200 example", r"^(bokioErrorId|code|message)$", r"no schema declares"): (
        "An error body is listed among the 200 examples of attaching an upload to a supplier invoice "
        "(it belongs to the 404 answer, where it appears too)."
    ),
}


@dataclass(frozen=True)
class Mismatch:
    spec: str
    operation: str
    where: str
    side: str
    pointer: str
    problem: str

    def __str__(self) -> str:
        return f"{self.spec} {self.operation} [{self.where}] {self.side} {self.pointer}: {self.problem}"


@dataclass
class RecordedRequest:
    """An interaction's request as openapi-core's Request protocol."""

    host_url: str
    path: str
    method: str
    parameters: Any
    content_type: str
    body: bytes

    @classmethod
    def make(cls, method: str, uri: str, headers: dict[str, str], body: bytes) -> RecordedRequest:
        from openapi_core.datatypes import RequestParameters

        url = urlsplit(uri)
        parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(url.query, keep_blank_values=True)),
            header=Headers(headers),
            cookie=ImmutableMultiDict(),
        )
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        return cls(f"{url.scheme}://{url.netloc}", url.path, method.lower(), parameters, content_type, body)


@dataclass
class RecordedResponse:
    """An interaction's response as openapi-core's Response protocol."""

    status_code: int
    headers: Headers
    content_type: str
    data: bytes


def _uri(value: Any) -> bool:
    url = urlsplit(str(value))
    return bool(url.scheme and url.netloc)


# openapi-core knows no `uri` format (the OAuth redirect_uri); `decimal` is ours and only says "exact".
# A property no schema declares is a mismatch too: that is how a field Bokio added (or renamed) shows.
FORMATS = {"uri": _uri, "decimal": lambda value: True}
CONFIG = Config(
    extra_format_validators=FORMATS,
    additional_properties_default_policy="allow",
)


@dataclass(frozen=True)
class Spec:
    name: str
    documents: dict[str, dict[str, Any]]

    @cache  # noqa: B019 -- a handful of Spec objects live for the whole run
    def openapi(self, api: str) -> OpenAPI:
        return OpenAPI.from_dict(self.documents[api], config=CONFIG)

    def __hash__(self) -> int:
        return hash(self.name)

    def operation_id(self, api: str, method: str, url: str) -> str:
        try:
            found = APICallPathFinder(self.openapi(api).spec).find(method.lower(), url)
        except PathError:
            return "?"
        return (found.operation / "operationId").read_str()


@cache
def ours() -> Spec:
    return Spec("ours", {api: load(api) for api in APIS})


class _JSONLoader(yaml.SafeLoader):
    """YAML as JSON sees it: timestamps stay strings (an example's date is text on the wire)."""


_JSONLoader.yaml_implicit_resolvers = {
    key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def published(directory: Path = PUBLISHED) -> Spec | None:
    """Bokio's documents, or None when they are not there (an error in CI: they must be)."""
    if not directory.is_dir():
        if os.environ.get("CI"):
            raise SystemExit(f"CI is set but Bokio's published documents are missing: {directory}")
        return None
    return Spec(
        "published", {api: yaml.load((directory / f"{api}-api.yaml").read_text("utf-8"), _JSONLoader) for api in APIS}
    )


def api_of(method: str, path: str) -> str:
    """The API whose document has ``method`` ``path`` (``/v1/...``): paths do not overlap between them."""
    for api in APIS:
        try:
            APICallPathFinder(ours().openapi(api).spec).find(method.lower(), HOST_URL + path)
            return api
        except PathError:
            continue
    return "company"


def describe(error: Exception) -> Iterator[tuple[str, str, str]]:
    """(side detail, pointer, problem) lines for one openapi-core error."""
    cause = error.__cause__
    if isinstance(error, ParameterValidationError):
        problem = str(cause) if cause is not None and not getattr(cause, "schema_errors", None) else str(error)
        for schema_error in getattr(cause, "schema_errors", None) or [None]:
            yield f"{error.location}/{error.name}", schema_error.message if schema_error else problem
        return
    if isinstance(error, ResponseNotFound):
        yield "status", f"{error.http_status} is not a documented answer ({', '.join(error.availableresponses)})"
        return
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        for schema_error in sorted(schema_errors, key=lambda e: [str(p) for p in e.absolute_path]):
            yield "#" + "".join(f"/{part}" for part in schema_error.absolute_path), schema_error.message
        return
    if isinstance(error, ValidationError) and cause is not None:
        yield "body", f"{error}: {cause}"
        return
    yield "path" if isinstance(error, PathError) else "body", str(error)


def check_interaction(spec: Spec, request: dict[str, Any], response: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(side, pointer, problem) for each way the interaction breaks ``spec``."""
    headers = {
        name: str(values[0] if isinstance(values, list) else values) for name, values in request["headers"].items()
    }
    recorded = RecordedRequest.make(request["method"], request["uri"], headers, as_bytes(request.get("body")))
    response_headers = Headers({name: values[0] for name, values in response.get("headers", {}).items()})
    answer = RecordedResponse(
        response["status"]["code"],
        response_headers,
        response_headers.get("Content-Type", ""),
        as_bytes(response.get("body")),
    )
    openapi = spec.openapi(api_of(recorded.method, recorded.path))
    for error in openapi.request_validator.iter_errors(recorded):
        for pointer, problem in describe(error):
            yield "request", pointer, problem
    for error in openapi.response_validator.iter_errors(recorded, answer):
        if isinstance(error, PathError):
            continue  # already reported for the request
        for pointer, problem in describe(error):
            yield "response", pointer, problem


def as_bytes(body: Any) -> bytes:
    if isinstance(body, dict):
        body = body.get("string", b"")
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode("utf-8")


def interactions_of(path: Path) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")).get("interactions", [])
    return interactions


def check_cassette(
    path: Path, spec: Spec, covered: set[str], interactions: list[dict[str, Any]] | None = None
) -> list[Mismatch]:
    """The mismatches of the cassette at ``path``; adds the operations it shows working to ``covered``."""
    mismatches = []
    for number, interaction in enumerate(interactions_of(path) if interactions is None else interactions, start=1):
        request, response = interaction["request"], interaction["response"]
        url = urlsplit(request["uri"])
        operation = spec.operation_id(
            api_of(request["method"], url.path), request["method"], f"{url.scheme}://{url.netloc}{url.path}"
        )
        problems = list(check_interaction(spec, request, response))
        mismatches += [Mismatch(spec.name, operation, f"{path.name}#{number}", *problem) for problem in problems]
        if not problems and response["status"]["code"] < 400 and operation != "?":
            covered.add(operation)
    return mismatches


def example_interactions(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(operationId, where, request, response) made from each example of ``spec``'s operations.

    Request examples are sent with a 2xx answer that is not checked further; response examples
    answer a request that is not checked further (see ``check_examples``).
    """
    for api in APIS:
        document = spec.documents[api]
        base = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
        for template, item in document["paths"].items():
            for method in METHODS:
                if method not in item:
                    continue
                operation = item[method]
                path = base + re.sub(r"\{(\w+)\}", _placeholder, template)
                request = {"method": method.upper(), "uri": HOST_URL + path, "headers": {}, "body": b""}
                body = _resolve(document, operation.get("requestBody", {}))
                for media, example, name in _examples(document, body.get("content", {})):
                    sent = {**request, "headers": {"Content-Type": media}, "body": json.dumps(example).encode()}
                    yield operation.get("operationId", "?"), f"{api} {name} request example", sent, {}
                for status, answer in operation.get("responses", {}).items():
                    answer = _resolve(document, answer)
                    for media, example, name in _examples(document, answer.get("content", {})):
                        code = int(status) if status.isdigit() else 200
                        received = {
                            "status": {"code": code},
                            "headers": {"Content-Type": [media]},
                            "body": {"string": json.dumps(example).encode()},
                        }
                        yield operation.get("operationId", "?"), f"{api} {name} {status} example", request, received


def _placeholder(match: re.Match[str]) -> str:
    return "1930" if match.group(1) == "account" else "00000000-0000-4000-8000-000000000001"


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _examples(document: dict[str, Any], content: dict[str, Any]) -> Iterator[tuple[str, Any, str]]:
    for media, body in content.items():
        if "json" not in media:
            continue
        if "example" in body:
            yield media, body["example"], "example"
        for name, example in (body.get("examples") or {}).items():
            example = _resolve(document, example)
            if "value" in example:
                yield media, example["value"], name


def check_examples(spec: Spec) -> list[Mismatch]:
    """The examples of ``spec``, validated like recorded traffic, and the fields they show that no schema declares.

    Operation examples (request bodies and responses) go through openapi-core's request and
    response validators; the examples of component schemas through its schema validator.
    """
    mismatches = []
    for operation, where, request, response in example_interactions(spec):
        headers = {"Authorization": "Bearer example", **request["headers"]}
        request = {**request, "headers": headers}
        if response:
            problems = [p for p in _check_response_only(spec, request, response)]
        else:
            recorded = RecordedRequest.make(request["method"], request["uri"], headers, request["body"])
            problems = [
                ("request", pointer, problem)
                for error in spec.openapi(api_of(recorded.method, recorded.path)).request_validator.iter_errors(
                    recorded
                )
                if not isinstance(error, ParameterValidationError)
                for pointer, problem in describe(error)
            ]
        mismatches += [Mismatch(spec.name, operation, where, *problem) for problem in problems]
    for api in APIS:
        document = spec.documents[api]
        root = spec.openapi(api).spec
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            if "example" not in schema:
                continue
            schema_path = root / "components" / "schemas" / name
            validator = oas30_read_schema_validators_factory.create(root, schema_path, extra_format_validators=FORMATS)
            try:
                validator.validate(schema["example"])
            except InvalidSchemaValue as error:
                for schema_error in error.schema_errors:
                    pointer = "#" + "".join(f"/{part}" for part in schema_error.absolute_path)
                    mismatches.append(
                        Mismatch(spec.name, name, f"{api} schema example", "schema", pointer, schema_error.message)
                    )
    for api, operation, where, schema, example in all_examples(spec):
        for field in undeclared_fields(spec.documents[api], schema, example):
            mismatches.append(Mismatch(spec.name, operation, where, "example", field, "a field no schema declares"))
    return mismatches


def all_examples(spec: Spec) -> Iterator[tuple[str, str, str, Any, Any]]:
    """(api, operationId or schema name, where, schema, example value) of every example in ``spec``."""
    for api in APIS:
        document = spec.documents[api]
        for item in document["paths"].values():
            for method in METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                bodies = [("request", _resolve(document, operation.get("requestBody", {})))]
                bodies += [
                    (status, _resolve(document, answer)) for status, answer in operation.get("responses", {}).items()
                ]
                for side, body in bodies:
                    for media, example, name in _examples(document, body.get("content", {})):
                        schema = body["content"][media].get("schema", {})
                        yield api, operation.get("operationId", "?"), f"{api} {name} {side} example", schema, example
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            if "example" in schema:
                yield api, name, f"{api} schema example", schema, schema["example"]


def undeclared_fields(document: dict[str, Any], schema: Any, example: Any) -> list[str]:
    """Dotted names (``lineItems[].id``) of the fields of ``example`` that ``schema`` does not declare.

    A field under an object that declares no properties of its own (a free-form map such as
    ``metadata``) is declared by that object.
    """
    declared = flatten(schema, document)
    free_form = {
        name
        for name, kind in declared.items()
        if kind == "object"
        and not any(other.startswith(name + ".") or other.startswith(name + "[]") for other in declared)
    }
    found = []
    for field in sorted(_example_fields(example)):
        if field in declared:
            continue
        ancestors = [field[: match.start()] for match in re.finditer(r"\.|\[\]", field)]
        if not any(ancestor in free_form for ancestor in ancestors):
            found.append(field)
    return found


def _example_fields(value: Any, prefix: str = "") -> set[str]:
    fields: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            fields.add(name)
            fields |= _example_fields(item, name)
    elif isinstance(value, list):
        for item in value:
            fields |= _example_fields(item, prefix + "[]")
    return fields


def _check_response_only(
    spec: Spec, request: dict[str, Any], response: dict[str, Any]
) -> Iterator[tuple[str, str, str]]:
    for side, pointer, problem in check_interaction(spec, request, response):
        if side == "response":
            yield side, pointer, problem


def explained(mismatch: Mismatch) -> tuple[str, str, str] | None:
    """The KNOWN_PUBLISHED entry that explains ``mismatch``, if any."""
    if mismatch.spec != "published":
        return None
    for key in KNOWN_PUBLISHED:
        where, pointer, problem = key
        if (
            re.search(where, mismatch.where)
            and re.search(pointer, mismatch.pointer)
            and re.search(problem, mismatch.problem)
        ):
            return key
    return None


def cassette_files(targets: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for target in targets:
        files += sorted(target.glob("*.yaml")) if target.is_dir() else [target]
    return files


def operation_ids(spec: Spec) -> set[str]:
    return {
        item[method]["operationId"]
        for api in APIS
        for item in spec.documents[api]["paths"].values()
        for method in METHODS
        if method in item
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", type=Path, default=[DEFAULT_CASSETTES])
    parser.add_argument("--published", type=Path, default=PUBLISHED, help="Bokio's published documents")
    args = parser.parse_args(argv)
    files = cassette_files(args.targets)
    if not files:
        print(f"no cassettes in {', '.join(map(str, args.targets))}")
        return 1
    recorded = {path: interactions_of(path) for path in files}
    specs = [ours()]
    theirs = published(args.published)
    if theirs is None:
        print(f"published documents not found at {args.published}: checked against our spec only")
    else:
        specs.append(theirs)
    failed = False
    covered: set[str] = set()
    for spec in specs:
        mismatches: list[Mismatch] = []
        for path, interactions in recorded.items():
            mismatches += check_cassette(path, spec, covered if spec.name == "ours" else set(), interactions)
        if spec.name == "published":
            mismatches += check_examples(spec)
        used = {explained(m) for m in mismatches} - {None}
        unexplained = [m for m in mismatches if explained(m) is None]
        for mismatch in unexplained:
            print(mismatch)
        count = sum(map(len, recorded.values()))
        print(
            f"{spec.name}: {len(files)} cassettes, {count} interactions, {len(mismatches)} mismatches, "
            f"{len(mismatches) - len(unexplained)} explained, {len(unexplained)} unexplained"
        )
        if spec.name == "published":
            for key in KNOWN_PUBLISHED:
                if key not in used:
                    print(f"published: stale explanation, nothing matches {key}")
                    failed = True
        failed = failed or bool(unexplained)
    every = operation_ids(specs[0])
    missing = sorted(every - covered)
    if missing:
        print(f"not covered: {', '.join(missing)}")
    print(f"operations covered: {len(covered)}/{len(every)}")
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
