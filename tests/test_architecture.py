"""No import circles in bokio/: read from the source with ``ast``, so a circle hidden behind an
import inside a function counts as much as one at the top of a module.

An edge A → B means running A may run B's top level:
- every ``import`` and ``from … import`` of a bokio module, at module level or inside a function
  (imports under ``if TYPE_CHECKING:`` never run and are left out);
- importing ``bokio.p.m`` from outside the package ``bokio.p`` runs ``bokio/p/__init__.py`` first;
- ``from bokio.p import Name``, where the package hands out ``Name`` on first access (a module
  ``__getattr__`` naming it under ``if TYPE_CHECKING:``), runs the module that defines it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

BOKIO = Path(__file__).resolve().parent.parent / "bokio"


class Module:
    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.is_package = path.name == "__init__.py"
        self.package = name if self.is_package else name.rpartition(".")[0]
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))

    def absolute(self, node: ast.ImportFrom) -> str:
        """The module a ``from … import`` names, relative levels resolved."""
        if not node.level:
            return node.module or ""
        parts = self.package.split(".")
        base = parts[: len(parts) - node.level + 1]
        return ".".join([*base, node.module] if node.module else base)

    def runtime_imports(self) -> Iterator[ast.Import | ast.ImportFrom]:
        """Every import statement that can run: anywhere in the module, except under TYPE_CHECKING."""
        yield from _imports(self.tree, type_checking=False)

    def lazy_names(self) -> dict[str, str]:
        """For a package handing out names on first access: name → the module it comes from."""
        if not any(_defines_getattr(node) for node in self.tree.body):
            return {}
        names: dict[str, str] = {}
        for node in _imports(self.tree, type_checking=True):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    names[alias.asname or alias.name] = self.absolute(node)
        return names


def _defines_getattr(node: ast.stmt) -> bool:
    """A module-level ``def __getattr__`` or ``__getattr__ = …`` (PEP 562)."""
    if isinstance(node, ast.FunctionDef):
        return node.name == "__getattr__"
    return isinstance(node, ast.Assign) and any(
        isinstance(target, ast.Name) and target.id == "__getattr__" for target in node.targets
    )


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST, *, type_checking: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports under ``node``: those outside ``if TYPE_CHECKING:``, or (type_checking) only those inside."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            if type_checking:
                for inner in child.body:
                    if isinstance(inner, (ast.Import, ast.ImportFrom)):
                        yield inner
            else:
                for inner in child.orelse:
                    yield from _imports(ast.Module(body=[inner], type_ignores=[]), type_checking=False)
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)) and not type_checking:
            yield child
        yield from _imports(child, type_checking=type_checking)


def modules(root: Path = BOKIO) -> dict[str, Module]:
    """The modules of the package at ``root``, by dotted name."""
    found: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        found[name] = Module(name, path)
    return found


def import_graph(found: dict[str, Module]) -> dict[str, set[str]]:
    """Module name → the bokio modules whose top level importing it may run."""

    def targets(importer: Module, name: str, attribute: str | None) -> set[str]:
        """The modules run by importing ``name`` (and taking ``attribute`` from it) in ``importer``."""
        reached: set[str] = set()
        if attribute is not None and f"{name}.{attribute}" in found:
            name, attribute = f"{name}.{attribute}", None
        if name not in found:
            return reached
        reached.add(name)
        # Packages above the target that the importer is not inside run their __init__ first.
        parent = name.rpartition(".")[0]
        while parent in found and not (importer.name + ".").startswith(parent + "."):
            reached.add(parent)
            parent = parent.rpartition(".")[0]
        if attribute is not None:
            source = found[name].lazy_names().get(attribute)
            if source is not None:
                reached |= targets(found[name], source, attribute)
        return reached

    graph: dict[str, set[str]] = {}
    for module in found.values():
        edges: set[str] = set()
        for node in module.runtime_imports():
            if isinstance(node, ast.Import):
                for alias in node.names:
                    edges |= targets(module, alias.name, None)
            else:
                for alias in node.names:
                    edges |= targets(module, module.absolute(node), alias.name)
        edges.discard(module.name)
        graph[module.name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each group of modules that import each other (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            group: set[str] = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle(graph, group) for group in groups]


def _circle(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A shortest circle through the group's first module, as the list of modules it passes."""
    start = min(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for successor in sorted(graph[node] & group):
                if successor == start:
                    return [*paths[node], start]
                if successor not in paths:
                    paths[successor] = [*paths[node], successor]
                    following.append(successor)
        frontier = following
    raise AssertionError(f"no circle in {sorted(group)}")


def test_bokio_has_no_import_circles() -> None:
    found = cycles(import_graph(modules()))
    assert not found, "import circles in bokio/:\n" + "\n".join(" -> ".join(circle) for circle in found)


# The checker itself, on small made-up packages.


def _graph_of(tmp_path: Path, files: dict[str, str]) -> dict[str, set[str]]:
    for relative, text in files.items():
        path = tmp_path / "bokio" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return import_graph(modules(tmp_path / "bokio"))


def test_an_import_inside_a_function_counts(tmp_path: Path) -> None:
    graph = _graph_of(
        tmp_path,
        {"__init__.py": "", "a.py": "from .b import x\n", "b.py": "def f():\n    from . import a\n"},
    )
    assert cycles(graph) == [["bokio.a", "bokio.b", "bokio.a"]]


def test_type_checking_imports_do_not_count(tmp_path: Path) -> None:
    graph = _graph_of(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from .b import x\n",
            "b.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import y\nelse:\n    import json\n"
            ),
        },
    )
    assert graph["bokio.b"] == set() and cycles(graph) == []


def test_a_package_init_runs_before_its_submodules_are_imported_from_outside(tmp_path: Path) -> None:
    graph = _graph_of(
        tmp_path,
        {
            "__init__.py": "",
            "store.py": "from .pkg.tokens import T\n",
            "pkg/__init__.py": "from .auth import A\n",
            "pkg/tokens.py": "T = 1\n",
            "pkg/auth.py": "from ..store import S\nfrom .tokens import T\n",
        },
    )
    assert graph["bokio.store"] == {"bokio.pkg", "bokio.pkg.tokens"}
    assert "bokio.pkg" not in graph["bokio.pkg.auth"]  # a submodule's own package is already running
    assert cycles(graph) == [["bokio.pkg", "bokio.pkg.auth", "bokio.store", "bokio.pkg"]]


@pytest.mark.parametrize("statement", ["from .pkg import Name", "from bokio.pkg import Name"])
@pytest.mark.parametrize("getattr_", ["def __getattr__(name):\n    ...\n", "__getattr__ = lazy_names(...)\n"])
def test_a_name_a_package_hands_out_lazily_runs_its_module(tmp_path: Path, statement: str, getattr_: str) -> None:
    lazy = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .impl import Name\n" + getattr_
    graph = _graph_of(
        tmp_path,
        {
            "__init__.py": "",
            "user.py": statement + "\n",
            "pkg/__init__.py": lazy,
            "pkg/impl.py": "from .. import user\n",
        },
    )
    assert graph["bokio.user"] == {"bokio.pkg", "bokio.pkg.impl"}
    assert cycles(graph) == [["bokio.pkg.impl", "bokio.user", "bokio.pkg.impl"]]
