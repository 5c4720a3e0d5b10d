"""Properties of our OpenAPI description (openapi/), and its agreement with Bokio's published documents.

The documents are bundled from source once per session; every per-operation check is
parametrized by ``<api>:<operationId>`` so a failure names the operation.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from openapi_spec_validator import validate as validate_spec
from referencing import Registry
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import compare_published  # noqa: E402
from openapi_bundle import bundle  # noqa: E402

from tests.conftest import PUBLISHED_REFERENCE, published_reference  # noqa: E402

APIS = ("company", "general", "agency")
EXPECTED_COUNTS = {"company": 85, "general": 5, "agency": 21}
METHODS = ("get", "post", "put", "delete", "patch")
PUBLISHED = PUBLISHED_REFERENCE

SCOPE = re.compile(r"^[a-z][a-z-]*:[a-z][a-z-]*$")
FACADE_METHOD = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)+$")
PAGINATION_KEYS = {
    "pageParam",
    "pageSizeParam",
    "itemsField",
    "totalItemsField",
    "totalPagesField",
    "currentPageField",
    "maxPageSize",
}
FILTER_TYPES = {"string", "number", "integer", "boolean", "date", "datetime", "uuid", "enum"}

# Filter fields that are not properties of the listed item schema, allowed only because Bokio's
# published documents list them in the operation's filter table (checked below when available).
PUBLISHED_FILTER_FIELDS_NOT_IN_ITEM = {
    # Bokio's filter table for credit notes lists these, but neither Bokio's credit-note schema
    # nor ours has them (a credit note's date is `creditDate`).
    ("listCreditNotes", "type"),
    ("listCreditNotes", "invoiceDate"),
    # Bokio's filter table for settlements lists these bare names; in the item they are nested
    # (`invoiceSettlementDetails.date`, `invoiceSettlementDetails.sumBaseCurrency`).
    ("listInvoiceSettlements", "date"),
    ("listInvoiceSettlements", "sumBaseCurrency"),
}


# --------------------------------------------------------------------------------------------
# loading


@cache
def bundled(api: str) -> dict[str, Any]:
    """Our document bundled from openapi/ (JSON round-tripped, as regenerate.py writes it)."""
    return json.loads(json.dumps(bundle(ROOT / "openapi" / f"{api}-api.yaml")))


@cache
def published(api: str) -> dict[str, Any] | None:
    path = PUBLISHED / f"{api}-api.yaml"
    if not path.exists():
        return None
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def resolve(node: Any, document: dict[str, Any]) -> Any:
    return compare_published.resolve(node, document)


def escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


class Op:
    def __init__(self, api: str, method: str, path: str, item: dict[str, Any], operation: dict[str, Any]) -> None:
        self.api = api
        self.method = method
        self.path = path
        self.item = item
        self.operation = operation
        self.document = bundled(api)

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation.get('operationId', f'{self.method.upper()} {self.path}')}"

    def parameters(self) -> dict[str, dict[str, Any]]:
        found = {}
        for parameter in self.item.get("parameters", []) + self.operation.get("parameters", []):
            parameter = resolve(parameter, self.document)
            found[parameter["name"]] = parameter
        return found

    def ok_schema(self) -> dict[str, Any]:
        response = resolve(self.operation["responses"]["200"], self.document)
        return resolve(response["content"]["application/json"]["schema"], self.document)


def all_operations() -> list[Op]:
    found = []
    for api in APIS:
        for path, item in bundled(api)["paths"].items():
            for method in METHODS:
                if method in item:
                    found.append(Op(api, method, path, item, item[method]))
    return found


def by_operation(known_bugs: dict[str, str] | None = None) -> list[Any]:
    """Every operation as a pytest param; ``known_bugs`` maps an id to an xfail reason."""
    known_bugs = known_bugs or {}
    params = []
    for op in all_operations():
        marks = [pytest.mark.xfail(strict=True, reason=known_bugs[op.id])] if op.id in known_bugs else []
        params.append(pytest.param(op, id=op.id, marks=marks))
    return params


def properties_of(schema: Any, document: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """The properties an object schema can have, through allOf/oneOf/anyOf and $refs."""
    schema = resolve(schema, document)
    if not isinstance(schema, dict) or depth > 10:
        return {}
    found: dict[str, Any] = {}
    for key in ("allOf", "oneOf", "anyOf"):
        for branch in schema.get(key, []):
            found.update(properties_of(branch, document, depth + 1))
    found.update(schema.get("properties") or {})
    return found


def schema_type(schema: Any, document: dict[str, Any]) -> str | None:
    schema = resolve(schema, document)
    if "type" in schema:
        return schema["type"]
    for branch in schema.get("allOf", []):
        kind = schema_type(branch, document)
        if kind:
            return kind
    return None


# --------------------------------------------------------------------------------------------
# 1. the bundle is valid (generated/ matching it is `make check-generated`'s job)


@pytest.mark.parametrize("api", APIS)
def test_bundle_is_valid_openapi(api: str) -> None:
    validate_spec(bundled(api))


# --------------------------------------------------------------------------------------------
# 2. the operations


@pytest.mark.parametrize("api", APIS)
def test_operation_count(api: str) -> None:
    assert sum(1 for op in all_operations() if op.api == api) == EXPECTED_COUNTS[api]


def published_operations() -> list[Any]:
    params = []
    for api in APIS:
        document = published(api)
        if document is None:  # the test then fails in CI, skips elsewhere
            params.append(pytest.param(api, "", "", id=f"{api}:published-missing"))
            continue
        for path, item in document["paths"].items():
            for method in METHODS:
                if method in item:
                    params.append(pytest.param(api, method, path, id=f"{api}:{method.upper()} {path}"))
    return params


@pytest.mark.parametrize(("api", "method", "path"), published_operations())
def test_published_operation_exists(api: str, method: str, path: str) -> None:
    published_reference()
    assert method in bundled(api)["paths"].get(path, {}), f"{method.upper()} {path} is missing from {api}-api"


@pytest.mark.parametrize("api", APIS)
def test_no_operation_beyond_published(api: str) -> None:
    published_reference()
    document = published(api)
    assert document is not None
    theirs = {(m, p) for p, item in document["paths"].items() for m in METHODS if m in item}
    ours = {(op.method, op.path) for op in all_operations() if op.api == api}
    assert sorted(ours - theirs) == []


# --------------------------------------------------------------------------------------------
# 3. extensions, operationId and tag


@pytest.mark.parametrize("op", by_operation())
def test_scope(op: Op) -> None:
    assert "x-bokio-scope" in op.operation
    scope = op.operation["x-bokio-scope"]
    if scope is None:
        assert op.api == "general", "x-bokio-scope may be null only on the General API"
    else:
        assert isinstance(scope, str)
        assert SCOPE.match(scope), f"x-bokio-scope {scope!r} is not resource:action"


@pytest.mark.parametrize("op", by_operation())
def test_facade_method(op: Op) -> None:
    method = op.operation.get("x-bokio-method")
    assert isinstance(method, str)
    assert FACADE_METHOD.match(method), f"x-bokio-method {method!r} is not a dotted façade method"
    # Each API has its own client (Bokio, BokioGeneral, BokioAgency), so a method is unique per API.
    clashes = [
        other.id
        for other in all_operations()
        if other.api == op.api and other.operation.get("x-bokio-method") == method
    ]
    assert clashes == [op.id], f"x-bokio-method {method!r} is used by {clashes}"


@pytest.mark.parametrize("op", by_operation())
def test_operation_id_is_unique(op: Op) -> None:
    operation_id = op.operation.get("operationId")
    assert isinstance(operation_id, str)
    assert re.match(r"^[a-z][a-zA-Z0-9]*$", operation_id), f"{operation_id!r} is not lowerCamelCase"
    clashes = [
        f"{o.method.upper()} {o.path}" for o in all_operations() if o.operation.get("operationId") == operation_id
    ]
    assert clashes == [f"{op.method.upper()} {op.path}"], f"operationId {operation_id!r} is used by {clashes}"


@pytest.mark.parametrize("op", by_operation())
def test_exactly_one_declared_tag(op: Op) -> None:
    tags = op.operation.get("tags")
    assert isinstance(tags, list)
    assert len(tags) == 1, f"tags: {tags}"
    declared = [tag["name"] for tag in op.document.get("tags", [])]
    assert tags[0] in declared, f"tag {tags[0]!r} is not declared in the document's tags"


# --------------------------------------------------------------------------------------------
# 4. pagination and filtering


@pytest.mark.parametrize("op", by_operation())
def test_pagination(op: Op) -> None:
    parameters = op.parameters()
    pagination = op.operation.get("x-bokio-pagination")
    if "page" not in parameters and "pageSize" not in parameters:
        assert pagination is None, "x-bokio-pagination on an operation without page/pageSize parameters"
        return
    assert isinstance(pagination, dict), "page/pageSize parameters but no x-bokio-pagination"
    assert set(pagination) == PAGINATION_KEYS
    assert pagination["pageParam"] in parameters
    assert pagination["pageSizeParam"] in parameters
    max_page_size = pagination["maxPageSize"]
    assert isinstance(max_page_size, int)
    assert max_page_size >= 1
    # Bokio states no maximum for some lists (uploads); where the schema states one, it is the bound.
    page_size = resolve(parameters[pagination["pageSizeParam"]]["schema"], op.document)
    assert max_page_size <= page_size.get("maximum", max_page_size), "maxPageSize exceeds pageSize's maximum"
    fields = properties_of(op.ok_schema(), op.document)
    for key in ("itemsField", "totalItemsField", "totalPagesField", "currentPageField"):
        assert pagination[key] in fields, f"{key} {pagination[key]!r} is not a field of the 200 response"
    assert schema_type(fields[pagination["itemsField"]], op.document) == "array"
    for key in ("totalItemsField", "totalPagesField", "currentPageField"):
        assert schema_type(fields[pagination[key]], op.document) == "integer", f"{pagination[key]} is not an integer"


@pytest.mark.parametrize("op", by_operation())
def test_filter_fields_declared(op: Op) -> None:
    filter_fields = op.operation.get("x-bokio-filter-fields")
    if "query" not in op.parameters():
        assert filter_fields is None, "x-bokio-filter-fields on an operation without a query parameter"
        return
    assert isinstance(filter_fields, dict)
    assert filter_fields, "a query parameter but no x-bokio-filter-fields"
    wrong = {field: kind for field, kind in filter_fields.items() if kind not in FILTER_TYPES}
    assert wrong == {}, f"filter types outside {sorted(FILTER_TYPES)}"


def item_schema(op: Op) -> Any:
    """The schema of one listed item of a list operation."""
    schema = op.ok_schema()
    pagination = op.operation.get("x-bokio-pagination")
    if pagination:
        schema = resolve(properties_of(schema, op.document)[pagination["itemsField"]], op.document)
    assert schema_type(schema, op.document) == "array", "the listed items are not an array"
    return resolve(schema, op.document)["items"]


def field_exists(schema: Any, dotted: str, document: dict[str, Any]) -> bool:
    for part in dotted.split("."):
        properties = properties_of(schema, document)
        if part not in properties:
            return False
        schema = properties[part]
    return True


@pytest.mark.parametrize("op", by_operation())
def test_filter_fields_are_item_properties(op: Op) -> None:
    filter_fields = op.operation.get("x-bokio-filter-fields")
    if not filter_fields:
        return
    item = item_schema(op)
    missing = [
        field
        for field in filter_fields
        if not field.startswith("metadata.")
        and (op.operation["operationId"], field) not in PUBLISHED_FILTER_FIELDS_NOT_IN_ITEM
        and not field_exists(item, field, op.document)
    ]
    assert missing == [], f"filter fields that are not properties of the listed item: {missing}"


def published_filter_table(method: str, path: str) -> set[str] | None:
    document = published("company")
    if document is None:
        return None
    operation = document["paths"][path][method]
    for parameter in operation.get("parameters", []):
        parameter = resolve(parameter, document)
        if parameter.get("name") == "query":
            rows = re.findall(r"^\|\s*([A-Za-z][\w.]*)\s*\|", parameter.get("description", ""), re.MULTILINE)
            return {row for row in rows if row != "Field"}
    return set()


@pytest.mark.parametrize(("operation_id", "field"), sorted(PUBLISHED_FILTER_FIELDS_NOT_IN_ITEM))
def test_allowed_filter_fields_are_published(operation_id: str, field: str) -> None:
    ops = [op for op in all_operations() if op.operation.get("operationId") == operation_id]
    assert len(ops) == 1
    assert field in (ops[0].operation.get("x-bokio-filter-fields") or {}), "allow-list entry no longer used"
    published_reference()
    table = published_filter_table(ops[0].method, ops[0].path)
    assert table is not None
    assert field in table, f"Bokio's published filter table for {operation_id} does not list {field}"


# --------------------------------------------------------------------------------------------
# 5. examples validate against their schemas; numbers are decimals

# Keys whose value maps user-chosen names to objects (so a name like "example" is not a keyword).
NAME_MAPS = {
    "paths",
    "properties",
    "schemas",
    "responses",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "content",
    "variables",
    "mapping",
}
# Keys whose value is data, not spec structure.
DATA_KEYS = {"example", "examples", "default", "enum"}


def walk(node: Any, pointer: str, name_map: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, object) for every spec object (not data, not name maps) in ``node``."""
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return
    if name_map:
        for name, value in node.items():
            yield from walk(value, f"{pointer}/{escape(name)}")
        return
    yield pointer, node
    for key, value in node.items():
        if key in DATA_KEYS or key.startswith("x-"):
            continue
        # components/parameters and components/examples are name maps; operation parameters a list.
        is_map = key in NAME_MAPS or (pointer == "/components" and isinstance(value, dict))
        yield from walk(value, f"{pointer}/{escape(key)}", is_map)


def examples_in(api: str) -> list[tuple[str, str, Any]]:
    """(where, schema pointer, value) for every example in the bundled document."""
    document = bundled(api)
    found = []
    for pointer, node in walk(document, ""):
        if pointer.startswith("/components/examples"):
            continue
        if "schema" in node:
            schema_pointer = f"{pointer}/schema"
        elif "content" in node or "value" in node:
            continue  # parameter/header described by content, or an Example Object
        else:
            schema_pointer = pointer  # a Schema Object
        if "example" in node:
            found.append((f"{pointer}/example", schema_pointer, node["example"]))
        for name, example in (node.get("examples") or {}).items():
            if "schema" not in node:
                continue  # `examples` is not an OpenAPI 3.0 schema keyword
            example = resolve(example, document)
            if "value" in example:
                found.append((f"{pointer}/examples/{escape(name)}", schema_pointer, example["value"]))
    return found


def example_params() -> list[Any]:
    return [
        pytest.param(api, schema_pointer, value, id=f"{api}:{where}")
        for api in APIS
        for where, schema_pointer, value in examples_in(api)
    ]


@cache
def registry(api: str) -> Registry[Any]:
    return Registry().with_resource(f"urn:bokio:{api}", DRAFT4.create_resource(bundled(api)))


@pytest.mark.parametrize(("api", "schema_pointer", "value"), example_params())
def test_example_matches_schema(api: str, schema_pointer: str, value: Any) -> None:
    """Request examples are checked as writes (no read-only field), the others as reads."""
    kind = OAS30WriteValidator if "/requestBod" in schema_pointer else OAS30ReadValidator
    validator = kind(
        {"$ref": f"urn:bokio:{api}#{schema_pointer}"},
        format_checker=oas30_format_checker,
        registry=registry(api),
    )
    errors = [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(value)
    ]
    assert errors == []


@pytest.mark.parametrize("api", APIS)
def test_there_are_examples(api: str) -> None:
    assert examples_in(api), "no examples found: the walker is broken"


@pytest.mark.parametrize("api", APIS)
def test_numbers_are_decimal(api: str) -> None:
    offenders = [
        pointer
        for pointer, node in walk(bundled(api), "")
        if node.get("type") == "number" and node.get("format") != "decimal"
    ]
    assert offenders == [], "`type: number` without `format: decimal`"


# --------------------------------------------------------------------------------------------
# 6. agreement with Bokio's published documents


def test_agrees_with_published(capsys: pytest.CaptureFixture[str]) -> None:
    published_reference()
    agree, total, missing = compare_published.compare(PUBLISHED, None, False)
    report = capsys.readouterr().out
    assert total > 0
    assert missing == 0, report
    assert agree == total, f"{agree}/{total} fields agree\n{report}"


def test_comparison_sees_types_enums_and_required() -> None:
    """The comparison tells a changed enum or a dropped requirement from agreement."""
    document: dict[str, Any] = {
        "components": {"schemas": {"Kind": {"type": "string", "enum": ["a", "b"]}}},
    }
    schema = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"$ref": "#/components/schemas/Kind"}, "n": {"type": "integer"}},
        "oneOf": [{"required": ["n"], "properties": {"n": {"type": "integer"}}}],
    }
    fields = compare_published.flatten(schema, document)
    assert fields == {"kind": "string enum['a', 'b']", "kind!required": "required", "n": "integer"}


def test_comparison_sees_parameters() -> None:
    """A query parameter's requirement and a header parameter's enum are compared; Content-Type is not."""
    document: dict[str, Any] = {}
    item = {"parameters": [{"name": "userId", "in": "query", "required": True, "schema": {"type": "string"}}]}
    operation = {
        "parameters": [
            {"name": "Accept-Language", "in": "header", "schema": {"type": "string", "enum": ["sv", "en"]}},
            {"name": "Content-Type", "in": "header", "required": True, "schema": {"type": "string"}},
        ],
        "responses": {},
    }
    assert compare_published.operation_fields(item, operation, document) == {
        "query:userId": "string required",
        "header:Accept-Language": "string enum['en', 'sv']",
    }
