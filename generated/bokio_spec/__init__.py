"""Our bundled OpenAPI documents and per-operation table (made by scripts/regenerate.py)."""

import json
from functools import cache
from importlib import resources
from typing import Any

from .operations import OPERATIONS

__all__ = ["OPERATIONS", "load", "resolve"]


@cache
def load(api: str) -> dict[str, Any]:
    """The bundled OpenAPI document of ``api`` ("company", "general" or "agency")."""
    return json.loads(resources.files(__name__).joinpath(f"{api}-api.json").read_text("utf-8"))


def resolve(api: str, node: Any) -> Any:
    """``node`` of ``api``'s bundled document with its local ``$ref``s followed."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load(api)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
