"""Request bodies without the fields Bokio computes itself.

The natural way to change something is to fetch it, change a field and send it back:
``client.invoices.update(id, invoice)``. The fetched model carries fields the spec marks
``readOnly`` (``id``, ``totalAmount``, ``status``, ``customerRef.name``, …), which a request
must not contain. :func:`writable` drops them, following the request schema tables made at
generation time (``bokio_spec.checks``, see :mod:`bokio.schema`) through references, nested
objects and arrays. In a ``oneOf`` the discriminator picks the variant; without one, a field
goes only if every variant marks it read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .jsonvalues import is_mapping, is_sequence

__all__ = ["writable", "writable_body"]


def writable_body(operation_id: str, body: Any) -> Any:
    """``body`` (the JSON about to be sent for ``operation_id``) without its read-only fields."""
    from bokio_spec.checks import REQUEST_BODIES  # on first use: `import bokio` loads no table

    node = REQUEST_BODIES.get(operation_id)
    return body if node is None else writable(node, body)


def writable(node: Mapping[str, Any], value: Any) -> Any:
    """``value`` without the fields the reduced schema ``node`` marks read-only."""
    from bokio_spec.checks import SCHEMAS

    while "ref" in node:
        node = SCHEMAS[node["ref"]]
    if is_mapping(value):
        if "oneOf" in node:
            return _variant(node, value)
        properties = node.get("properties")
        if properties is None:
            return value
        return {
            key: writable(properties[key], item) if key in properties else item
            for key, item in value.items()
            if not (key in properties and properties[key].get("readOnly"))
        }
    if is_sequence(value) and "items" in node:
        return [writable(node["items"], item) for item in value]
    return value


def _variant(node: Mapping[str, Any], value: Mapping[str, object]) -> Any:
    from bokio_spec.checks import SCHEMAS

    discriminator = node.get("discriminator")
    if discriminator is not None:
        tag = value.get(discriminator["propertyName"])
        tag = getattr(tag, "value", tag)  # an Enum member
        name = discriminator["mapping"].get(tag) if isinstance(tag, str) else None
        return value if name is None else writable({"ref": name}, value)
    variants: list[Mapping[str, Any]] = []
    for variant in node["oneOf"]:
        while "ref" in variant:
            variant = SCHEMAS[variant["ref"]]
        variants.append(variant.get("properties", {}))
    return {
        key: item
        for key, item in value.items()
        if not all(key in properties and properties[key].get("readOnly") for properties in variants)
    }
