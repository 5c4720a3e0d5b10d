"""Bundle our split OpenAPI documents into one self-contained document.

A ``$ref`` to another file is resolved relative to the file it stands in. A ref that points at
``#/schemas/X``, ``#/parameters/X`` or ``#/responses/X`` of a part file is hoisted into
``components`` of the bundle (and the ref rewritten to it), so generated models keep their
names; any other ref (e.g. a path item) is inlined. A component name must be defined once.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_shapes import split_shapes

HOISTED_KINDS = ("schemas", "parameters", "responses")


class BundleError(Exception):
    pass


class _Bundler:
    def __init__(self, entry: Path, only: list[str] | None = None) -> None:
        self.entry = entry.resolve()
        self.only = only
        self.files: dict[Path, Any] = {}
        self.components: dict[str, dict[str, Any]] = {kind: {} for kind in HOISTED_KINDS}
        self.origins: dict[tuple[str, str], tuple[Path, str]] = {}

    def load(self, path: Path) -> Any:
        if path not in self.files:
            if not path.exists():
                raise BundleError(f"$ref to missing file {path}")
            self.files[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return self.files[path]

    def resolve_pointer(self, path: Path, pointer: str) -> Any:
        node = self.load(path)
        for token in filter(None, pointer.split("/")):
            token = token.replace("~1", "/").replace("~0", "~")
            try:
                node = node[token]
            except (KeyError, TypeError):
                raise BundleError(f"{path}#{pointer}: no such node") from None
        return node

    def walk(self, node: Any, here: Path) -> Any:
        if isinstance(node, list):
            return [self.walk(item, here) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return self.follow(node["$ref"], here)
        walked = {key: self.walk(value, here) for key, value in node.items()}
        mapping = (
            walked.get("discriminator", {}).get("mapping") if isinstance(walked.get("discriminator"), dict) else None
        )
        if mapping:
            # Mapping values are refs too, written relative to this file.
            walked["discriminator"]["mapping"] = {
                value: self.follow(target, here)["$ref"] for value, target in mapping.items()
            }
        return walked

    def follow(self, ref: str, here: Path) -> Any:
        file_part, _, pointer = ref.partition("#")
        target = (here.parent / file_part).resolve() if file_part else here
        if target == self.entry and pointer.startswith("/components/"):
            return {"$ref": "#" + pointer}
        parts = [p for p in pointer.split("/") if p]
        if len(parts) == 2 and parts[0] in HOISTED_KINDS:
            kind, name = parts
            origin = (target, pointer)
            known = self.origins.get((kind, name))
            if known is None:
                self.origins[(kind, name)] = origin
                self.components[kind][name] = {}  # placeholder against cycles
                body = self.resolve_pointer(target, pointer)
                self.components[kind][name] = self.walk(copy.deepcopy(body), target)
            elif known != origin:
                raise BundleError(f"{kind} {name!r} is defined in {known[0].name} and in {target.name}")
            return {"$ref": f"#/components/{kind}/{name}"}
        return self.walk(copy.deepcopy(self.resolve_pointer(target, pointer)), target)

    def bundle(self) -> dict[str, Any]:
        raw = copy.deepcopy(self.load(self.entry))
        if self.only is not None:
            raw["paths"] = {
                path: item
                for path, item in raw["paths"].items()
                if any(part in item.get("$ref", "") for part in self.only)
            }
        document = self.walk(raw, self.entry)
        components = document.setdefault("components", {})
        for kind in HOISTED_KINDS:
            merged = {**components.get(kind, {}), **self.components[kind]}
            if merged:
                components[kind] = dict(sorted(merged.items()))
        return document


def bundle(entry: Path, only: list[str] | None = None, *, split: bool = True) -> dict[str, Any]:
    """Return the bundled document of ``entry`` with every external ``$ref`` resolved and the
    request and response shapes of shared schemas separated (see :mod:`openapi_shapes`).

    ``only`` keeps just the paths whose ``$ref`` names one of those files (for checking one
    resource while others are being written). ``split=False`` keeps each schema as written, one
    shape for requests and responses (as Bokio's own documents have it).
    """
    document = _Bundler(entry, only).bundle()
    if split:
        document = split_shapes(document)
    schemas = document.get("components", {}).get("schemas")
    if schemas:
        document["components"]["schemas"] = dict(sorted(schemas.items()))
    return document


if __name__ == "__main__":
    print(json.dumps(bundle(Path(sys.argv[1])), indent=2, ensure_ascii=False))
