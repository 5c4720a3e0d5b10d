"""The README's Python and examples/ type-check under ``mypy --strict`` and pyright strict.

Each ```python block of README.md is a module of its own; a block right after the HTML comment
``<!-- continues the block above -->`` is appended to the one before it (it uses its names).
Nothing is cast or ignored: the surface a user types against is what is checked.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTINUES = "<!-- continues the block above -->"
BLOCK = re.compile(
    r"(?P<marker><!-- continues the block above -->\n)?(?P<indent>[ ]*)```python\n(?P<code>.*?)(?P=indent)```", re.S
)


def readme_modules() -> list[tuple[str, str]]:
    """(name, source) of each module the README's Python blocks make."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    modules: list[tuple[str, str]] = []
    for match in BLOCK.finditer(text):
        line = text.count("\n", 0, match.start("code")) + 1
        code = textwrap.dedent(match.group("code"))
        if match.group("marker") and modules:
            name, source = modules[-1]
            modules[-1] = (name, f"{source}\n{code}")
        else:
            modules.append((f"readme_line_{line}", code))
    return modules


def test_the_readme_has_python_blocks_and_continuations_follow_one() -> None:
    modules = readme_modules()
    assert len(modules) >= 5
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(CONTINUES) == len(BLOCK.findall(text)) - len(modules)


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("readme")
    paths = []
    for name, source in readme_modules():
        path = folder / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        paths.append(path)
    return [*paths, *sorted((ROOT / "examples").glob("*.py"))]


def test_mypy_strict(sources: list[Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *map(str, sources)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict(sources: list[Path], tmp_path: Path) -> None:
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        # The editable install's import hook is invisible to pyright: point it at the sources.
        "extraPaths": [str(ROOT), str(ROOT / "generated")],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--project",
            str(tmp_path / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            *map(str, sources),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


MISTAKES = """
from decimal import Decimal
from bokio import Bokio

client = Bokio()
client.invoices.payments.create("8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c", {
    "date": "2024-11-01", "sumBaseCurency": Decimal("1"), "bookkeepingAccountNumber": 1940,
})  # line 6: misspelt key
client.invoices.payments.create("8e5b1c0a-2f3d-4e6a-9b7c-1d2e3f4a5b6c", {
    "date": "2024-11-01", "sumBaseCurrency": 0.1 + 0.2, "bookkeepingAccountNumber": 1940,
})  # line 9: a float amount
client.customers.create({"name": "A", "type": "compny"})  # line 12: not an enum value
"""


def test_a_misspelt_key_a_float_and_a_wrong_enum_are_type_errors(tmp_path: Path) -> None:
    source = tmp_path / "mistakes.py"
    source.write_text(MISTAKES, encoding="utf-8")
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    # With a union of a model and a TypedDict, mypy names the argument rather than the key.
    assert {6, 9, 12} <= {int(line) for line in re.findall(r"mistakes\.py:(\d+): error", mypy)}, mypy
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "extraPaths": [str(ROOT), str(ROOT / "generated")]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = subprocess.run(
        [
            *(sys.executable, "-m", "pyright", "--outputjson"),
            *("--project", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable, str(source)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    lines = {diagnostic["range"]["start"]["line"] + 1 for diagnostic in json.loads(pyright)["generalDiagnostics"]}
    assert {6, 9, 12} <= lines, pyright
