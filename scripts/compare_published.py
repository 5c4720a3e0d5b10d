"""Compare the wire facts of our spec with Bokio's published OpenAPI documents.

    python scripts/compare_published.py [--published DIR] [--path-contains TEXT] [-v]

For every published operation of the Company, General and Agency APIs it compares the method and
path, the query and header parameters (type, enum, required), and every field of the request
bodies and 2xx responses (flattened to dotted names, e.g. ``lineItems[].unitPrice``) by name,
JSON type, enum values and whether the field is required. It prints each disagreement and the
share of published fields that agree. The published documents are read, never copied into the
project.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from openapi_bundle import bundle  # noqa: E402

DEFAULT_PUBLISHED = ROOT.parent / "shared" / "reference" / "bokio-openapi"
METHODS = ("get", "post", "put", "delete", "patch")
IGNORED_HEADERS = {"accept", "content-type", "authorization"}


def resolve(node: Any, document: dict[str, Any]) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
    return node


def flatten(
    schema: Any, document: dict[str, Any], prefix: str = "", depth: int = 0, branch: bool = False
) -> dict[str, str]:
    """Map dotted field names of ``schema`` to their JSON type (with its enum, when it has one).

    A required field also gets an entry ``<name>!required``, unless the requirement belongs to
    one branch of a ``oneOf``/``anyOf`` (``branch``): that only holds for some requests.
    """
    schema = resolve(schema, document)
    if not isinstance(schema, dict) or depth > 12:
        return {}
    fields: dict[str, str] = {}
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            fields.update(flatten(sub, document, prefix, depth + 1, branch or key != "allOf"))
    kind = schema.get("type")
    if kind == "array" or "items" in schema:
        if prefix:
            fields[prefix] = "array"
        fields.update(flatten(schema.get("items", {}), document, prefix + "[]", depth + 1))
    elif kind == "object" or "properties" in schema:
        if prefix:
            fields[prefix] = "object"
        required = set() if branch else set(schema.get("required", []))
        for name, sub in (schema.get("properties") or {}).items():
            dotted = f"{prefix}.{name}" if prefix else name
            fields.update(flatten(sub, document, dotted, depth + 1))
            if name in required:
                fields[f"{dotted}!required"] = "required"
    elif kind and prefix:
        enum = schema.get("enum")
        fields[prefix] = f"{kind} enum{sorted(map(str, enum))}" if enum else kind
    return fields


def operation_fields(path_item: dict[str, Any], operation: dict[str, Any], document: dict[str, Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for parameter in path_item.get("parameters", []) + operation.get("parameters", []):
        parameter = resolve(parameter, document)
        # OpenAPI ignores header parameters named Accept, Content-Type or Authorization.
        ignored = parameter.get("in") == "header" and parameter["name"].lower() in IGNORED_HEADERS
        if parameter.get("in") in ("query", "header") and not ignored:
            schema = resolve(parameter.get("schema", {}), document)
            kind = schema.get("type", "?")
            if schema.get("enum"):
                kind += f" enum{sorted(map(str, schema['enum']))}"
            if parameter.get("required"):
                kind += " required"
            fields[f"{parameter['in']}:{parameter['name']}"] = kind
    body = resolve(operation.get("requestBody", {}), document)
    for content_type, media in (body.get("content") or {}).items():
        for name, kind in flatten(media.get("schema", {}), document).items():
            fields[f"request:{name}"] = kind
        fields[f"request-content:{content_type}"] = "media"
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        response = resolve(response, document)
        for content_type, media in (response.get("content") or {}).items():
            fields[f"response:{content_type}"] = "media"
            for name, kind in flatten(media.get("schema", {}), document).items():
                fields[f"response:{name}"] = kind
    return fields


def operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, str]]:
    found = {}
    for path, item in document.get("paths", {}).items():
        item = resolve(item, document)
        for method in METHODS:
            if method in item:
                found[(method.upper(), path)] = operation_fields(item, item[method], document)
    return found


def compare(published_dir: Path, path_contains: str | None, verbose: bool) -> tuple[int, int, int]:
    agree = total = missing_ops = 0
    for api in ("company", "general", "agency"):
        theirs = operations(yaml.safe_load((published_dir / f"{api}-api.yaml").read_text(encoding="utf-8")))
        ours = operations(bundle(ROOT / "openapi" / f"{api}-api.yaml", split=False))
        for key, their_fields in sorted(theirs.items()):
            if path_contains and path_contains not in key[1]:
                continue
            our_fields = ours.get(key)
            if our_fields is None:
                print(f"MISSING operation {key[0]} {key[1]}")
                missing_ops += 1
                total += len(their_fields)
                continue
            for name, kind in sorted(their_fields.items()):
                total += 1
                if our_fields.get(name) == kind:
                    agree += 1
                else:
                    print(f"{key[0]} {key[1]}: {name}: published {kind}, ours {our_fields.get(name, 'absent')}")
            if verbose:
                for name in sorted(set(our_fields) - set(their_fields)):
                    print(f"  extra in ours: {key[0]} {key[1]}: {name} ({our_fields[name]})")
        for key in sorted(set(ours) - set(theirs)):
            if not path_contains or path_contains in key[1]:
                print(f"EXTRA operation in ours: {key[0]} {key[1]}")
    return agree, total, missing_ops


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--published", type=Path, default=DEFAULT_PUBLISHED)
    parser.add_argument("--path-contains", help="only operations whose path contains this text")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list fields only we have")
    args = parser.parse_args()
    agree, total, missing = compare(args.published, args.path_contains, args.verbose)
    share = 100.0 * agree / total if total else 100.0
    print(f"fields agreeing: {agree}/{total} ({share:.1f}%); missing operations: {missing}")
    return 0 if agree == total and missing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
