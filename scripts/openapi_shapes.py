"""Separate request and response shapes of the schemas a bundled document shares between them.

Our resource files describe an object once, the way Bokio does: ``Invoice`` is what a request
sends and what a response returns, with the fields Bokio computes marked ``readOnly`` and the
fields Bokio always returns listed under ``x-bokio-response-required``. The generated models are
better with two shapes, so :func:`split_shapes` rewrites the bundled document:

- a schema that appears in responses keeps its name and becomes the response shape: its
  ``required`` gains ``x-bokio-response-required`` (``invoice.id`` is then a ``UUID``, not
  ``UUID | Unset``);
- a schema that appears in request bodies and differs between the two (it has read-only fields
  or response-only required fields, itself or in a schema it refers to) gets a request twin
  ``<Name>Input`` without the read-only fields (named under ``x-bokio-read-only``), closed to
  unknown keys (``additionalProperties: false``); request bodies refer to the twins;
- a schema only requests use loses its read-only fields in place.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["INPUT_SUFFIX", "split_shapes"]

INPUT_SUFFIX = "Input"
EXTENSION = "x-bokio-response-required"
# On a request shape: the read-only fields it leaves out, so that a fetched object sent back as
# a dict can have them dropped (bokio/writable.py) rather than refused as unknown.
READ_ONLY = "x-bokio-read-only"
_PREFIX = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch")


def _refs(node: Any) -> set[str]:
    """Names of the component schemas ``node`` refers to directly (not through other schemas)."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            found.add(ref.removeprefix(_PREFIX))
        for key, value in node.items():
            if key != "discriminator":
                found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _closure(roots: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]) - seen)
    return seen


def _is_read_only(schema: Any, schemas: dict[str, Any]) -> bool:
    """Whether a property schema is read-only: itself, through its ``$ref``, or an ``allOf`` part."""
    if not isinstance(schema, dict):
        return False
    if schema.get("readOnly"):
        return True
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_PREFIX):
        return _is_read_only(schemas[ref.removeprefix(_PREFIX)], schemas)
    return any(_is_read_only(part, schemas) for part in schema.get("allOf", []))


def _differs_itself(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    properties = schema.get("properties", {})
    return bool(schema.get(EXTENSION)) or any(_is_read_only(p, schemas) for p in properties.values())


def _request_form(node: Any, twins: set[str], schemas: dict[str, Any]) -> Any:
    """``node`` as a request sends it: read-only properties gone, refs to twinned schemas rewritten."""
    if isinstance(node, list):
        return [_request_form(item, twins, schemas) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == EXTENSION:
            continue
        if key == "$ref" and isinstance(value, str) and value.removeprefix(_PREFIX) in twins:
            result[key] = value + INPUT_SUFFIX
        elif key == "discriminator" and isinstance(value, dict):
            mapping = {
                tag: target + INPUT_SUFFIX if target.removeprefix(_PREFIX) in twins else target
                for tag, target in value.get("mapping", {}).items()
            }
            result[key] = {**value, "mapping": mapping} if mapping else value
        elif key == "properties" and isinstance(value, dict):
            result[key] = {
                name: _request_form(prop, twins, schemas)
                for name, prop in value.items()
                if not _is_read_only(prop, schemas)
            }
            dropped = [name for name in value if name not in result[key]]
            if dropped:
                result[READ_ONLY] = dropped
        else:
            result[key] = _request_form(value, twins, schemas)
    if "required" in result and "properties" in result:
        kept = [name for name in result["required"] if name in result["properties"]]
        if kept:
            result["required"] = kept
        else:
            del result["required"]
    return result


def _response_form(schema: dict[str, Any]) -> dict[str, Any]:
    always = schema.get(EXTENSION)
    if not always:
        return schema
    result = {key: value for key, value in schema.items() if key != EXTENSION}
    missing = [name for name in always if name not in schema.get("properties", {})]
    if missing:
        raise ValueError(f"{EXTENSION} names unknown properties: {missing}")
    result["required"] = list(dict.fromkeys([*schema.get("required", []), *always]))
    return result


def split_shapes(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (bundled) with separate request and response shapes; see the module docstring."""
    document = copy.deepcopy(document)
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    request_roots: set[str] = set()
    response_roots: set[str] = set()
    bodies = []
    for item in document.get("paths", {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            if "requestBody" in operation:
                bodies.append(operation["requestBody"])
                request_roots |= _refs(operation["requestBody"])
            for response in operation.get("responses", {}).values():
                response_roots |= _refs(response)
    for response in document.get("components", {}).get("responses", {}).values():
        response_roots |= _refs(response)
    in_requests = _closure(request_roots, schemas)
    in_responses = _closure(response_roots, schemas)

    # A shared schema needs a twin when it, or a schema it refers to, differs between the shapes.
    differs = {name for name in in_requests if _differs_itself(schemas[name], schemas)}
    changed = True
    while changed:
        changed = False
        for name in in_requests - differs:
            if _refs(schemas[name]) & differs:
                differs.add(name)
                changed = True
    twins = differs & in_responses

    originals = {name: schemas[name] for name in schemas}
    for name in sorted(in_requests):
        request = _request_form(originals[name], twins, originals)
        if name in twins:
            twin = name + INPUT_SUFFIX
            if twin in originals:
                raise ValueError(f"cannot name the request shape of {name}: {twin} exists")
            if request.get("type") == "object" or "properties" in request:
                request["additionalProperties"] = False
            schemas[twin] = request
        elif name not in in_responses:
            schemas[name] = request
    for name in schemas:
        if name in originals:
            schemas[name] = _response_form(schemas[name])
    for body in bodies:
        for media in body.get("content", {}).values():
            if "schema" in media:
                media["schema"] = _request_form(media["schema"], twins, originals)
    return document
