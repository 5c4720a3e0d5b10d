"""Every public name is in the API reference, with a docstring (``make docs`` runs this first).

    python scripts/check_docs.py

Reads the ``::: module.or.object`` directives of docs/ with griffe (what mkdocstrings uses), and
fails when a public module, class, function or method under them has no docstring, or when a
name ``bokio`` exports (``bokio.__all__``) is covered by no directive.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated"))
DIRECTIVE = re.compile(r"^::: ([\w.]+)", re.MULTILINE)
DOCUMENTED_KINDS = ("module", "class", "function")


def directives() -> set[str]:
    found: set[str] = set()
    for page in (ROOT / "docs").rglob("*.md"):
        found.update(DIRECTIVE.findall(page.read_text(encoding="utf-8")))
    return found


def undocumented(node: griffe.Object) -> list[str]:
    """Paths of the public members under ``node`` (and ``node`` itself) that have no docstring."""
    missing = [] if node.docstring else [node.path]
    for name, member in node.members.items():
        if member.is_alias and not member.is_exported:
            continue  # an imported name, documented where it is defined
        if not member.is_public or member.kind.value not in DOCUMENTED_KINDS:
            continue
        if member.is_alias:
            member = member.final_target  # a package's re-export (``__all__``), rendered on its page
        if member.kind.value == "module" or (name.startswith("__") and name.endswith("__")):
            continue  # submodules have their own directive; dunder methods explain themselves
        if member.kind.value == "class":
            missing += undocumented(member)  # type: ignore[arg-type]
        elif not member.docstring:
            missing.append(member.path)
    return missing


def main() -> int:
    import bokio

    loader = griffe.GriffeLoader(search_paths=[str(ROOT), str(ROOT / "generated")])
    package = loader.load("bokio")
    targets = directives()
    missing: list[str] = []
    covered: set[str] = set()
    for target in sorted(targets):
        node = package
        for part in target.split(".")[1:]:
            node = node.members[part]
        if node.is_alias:
            node = node.final_target
        covered.add(node.path)
        missing += undocumented(node)  # type: ignore[arg-type]
    exported = {
        f"{getattr(bokio, name).__module__}.{name}"
        for name in bokio.__all__
        if hasattr(getattr(bokio, name), "__module__")
    }
    uncovered = sorted(path for path in exported if not any(path == c or path.startswith(c + ".") for c in covered))
    for path in missing:
        print(f"no docstring: {path}")
    for path in uncovered:
        print(f"not in the API reference: {path}")
    print(
        f"{len(targets)} reference directives, {len(missing)} undocumented, {len(uncovered)} exported names not covered"
    )
    return 1 if missing or uncovered else 0


if __name__ == "__main__":
    sys.exit(main())
