"""Request bodies without the fields Bokio computes itself.

The natural way to change something is to fetch it, change a field and send it back:
``client.invoices.update(id, invoice)``. The fetched model carries fields the spec marks
``readOnly`` (``id``, ``totalAmount``, ``status``, ``customerRef.name``, …), which a request
must not contain. :func:`writable_body` drops them, following the operation's request schema
through ``$ref``, ``allOf``, ``oneOf`` (a field goes only if every variant marks it read-only),
nested objects and arrays. Each operation's schema is walked once, on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

__all__ = ["writable_body"]


class _Shape(NamedTuple):
    """Where the read-only fields of a JSON value are."""

    read_only: frozenset[str]
    properties: dict[str, _Shape]
    items: _Shape | None

    def strip(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: self.properties[key].strip(item) if key in self.properties else item
                for key, item in value.items()
                if key not in self.read_only
            }
        if isinstance(value, list) and self.items is not None:
            return [self.items.strip(item) for item in value]
        return value


_NOTHING = _Shape(frozenset(), {}, None)


def writable_body(endpoint: str, body: Any) -> Any:
    """``body`` (the JSON about to be sent by the generated ``endpoint`` module) without the
    fields Bokio would refuse as read-only."""
    shape = _request_shape(endpoint)
    return body if shape is _NOTHING else shape.strip(body)


@cache
def _request_shape(endpoint: str) -> _Shape:
    from bokio_spec import OPERATIONS, load, resolve

    facts = OPERATIONS.get(endpoint)
    if facts is None:
        return _NOTHING
    api = endpoint.split(".", 1)[0].removeprefix("bokio_").removesuffix("_api")  # bokio_agency_api -> agency
    operation = load(api)["paths"][facts["path"]][facts["method"].lower()]
    body = resolve(api, operation.get("requestBody", {}))
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    return _NOTHING if schema is None else _shape(api, schema, frozenset())


def _flags(api: str, schema: Any) -> bool:
    """Whether ``schema`` (a property's) is read-only, directly, by ``$ref`` or through ``allOf``."""
    from bokio_spec import resolve

    if not isinstance(schema, dict):
        return False
    if schema.get("readOnly"):
        return True
    if "$ref" in schema:
        return _flags(api, resolve(api, schema))
    return any(_flags(api, part) for part in schema.get("allOf", []))


def _shape(api: str, schema: Any, seen: frozenset[str]) -> _Shape:
    from bokio_spec import resolve  # on first use of an operation only: `import bokio` loads no spec

    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:  # a recursive schema: stop at the second visit
            return _NOTHING
        seen = seen | {schema["$ref"]}
    schema = resolve(api, schema)
    if not isinstance(schema, dict):
        return _NOTHING
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants:
        return _merge_variants([_shape(api, variant, seen) for variant in variants])
    read_only: set[str] = set(schema.get("x-bokio-read-only", ()))  # left out of a request shape
    properties: dict[str, _Shape] = {}
    for part in schema.get("allOf", []):
        inherited = _shape(api, part, seen)
        read_only |= inherited.read_only
        properties.update(inherited.properties)
    for name, property_schema in schema.get("properties", {}).items():
        if _flags(api, property_schema):
            read_only.add(name)
            continue
        nested = _shape(api, property_schema, seen)
        if nested is _NOTHING:
            properties.pop(name, None)
        else:
            properties[name] = nested
    items = _shape(api, schema["items"], seen) if "items" in schema else None
    if not read_only and not properties and (items is None or items is _NOTHING):
        return _NOTHING
    return _Shape(frozenset(read_only), properties, items if items is not _NOTHING else None)


def _merge_variants(shapes: list[_Shape]) -> _Shape:
    """A field is dropped only if every variant marks it read-only."""
    meaningful = [shape for shape in shapes if shape is not _NOTHING]
    if len(meaningful) != len(shapes) or not meaningful:
        # Some variant knows of no read-only field; be safe and keep whatever it might need.
        return _NOTHING
    read_only = frozenset.intersection(*(shape.read_only for shape in meaningful))
    names = set().union(*(shape.properties for shape in meaningful))
    properties = {
        name: _merge_variants([shape.properties[name] for shape in meaningful if name in shape.properties])
        for name in names
    }
    properties = {name: shape for name, shape in properties.items() if shape is not _NOTHING}
    items_shapes = [shape.items for shape in meaningful if shape.items is not None]
    items = _merge_variants(items_shapes) if items_shapes else None
    if not read_only and not properties and (items is None or items is _NOTHING):
        return _NOTHING
    return _Shape(read_only, properties, items if items is not _NOTHING else None)
