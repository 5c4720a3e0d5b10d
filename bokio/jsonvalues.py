"""Decoded JSON, checked before it is read: the narrowing every reader of an outside document uses.

``json.loads`` (and :func:`bokio.money.loads`) give ``Any``. A document from outside (an error
body, a cassette, an OpenAPI document, a tool's arguments) can hold anything, so its readers
look at each part through these checks and handle the shape they did not expect, instead of
trusting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeGuard

__all__ = ["array_of", "is_array", "is_mapping", "is_object", "is_sequence", "object_of"]


def is_object(value: object) -> TypeGuard[dict[str, object]]:
    """Whether ``value`` is a JSON object (decoded JSON's keys are always strings)."""
    return isinstance(value, dict)


def is_array(value: object) -> TypeGuard[list[object]]:
    """Whether ``value`` is a JSON array."""
    return isinstance(value, list)


def is_mapping(value: object) -> TypeGuard[Mapping[str, object]]:
    """Whether ``value`` is a JSON object about to be sent: any mapping (a dict, a TypedDict's dict)."""
    return isinstance(value, Mapping)


def is_sequence(value: object) -> TypeGuard[list[object] | tuple[object, ...]]:
    """Whether ``value`` is a JSON array about to be sent: a list or a tuple."""
    return isinstance(value, (list, tuple))


def object_of(value: object) -> dict[str, object]:
    """``value`` when it is a JSON object, else an empty one: for optional parts of a document."""
    return value if is_object(value) else {}


def array_of(value: object) -> list[object]:
    """``value`` when it is a JSON array, else an empty one: for optional parts of a document."""
    return value if is_array(value) else []
