"""Sessions on every supported Python (``nox``; ``.ci/run`` runs them after ``make test``).

nox -s tests-3.12      # the test suite on one Python
nox -s wheel           # build once, then install the wheel into a clean venv per Python and smoke-test it
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

PYTHONS = ["3.11", "3.12", "3.13"]
ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests", "wheel"]


def _pyenv_versions() -> None:
    """Let pyenv's shims answer ``python3.12`` and ``python3.13`` next to the global version."""
    if os.environ.get("PYENV_VERSION") or not shutil.which("pyenv"):
        return
    bare = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, check=False).stdout
    wanted = [v for v in bare.split() if any(v.startswith(p + ".") for p in PYTHONS)]
    if wanted:
        global_version = subprocess.run(["pyenv", "global"], capture_output=True, text=True, check=False).stdout.split()
        os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys([*global_version, *wanted]))


_pyenv_versions()


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite (offline) against an editable install with the ``test`` extra."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHONS)
def wheel(session: nox.Session) -> None:
    """The built wheel in a clean venv: metadata, bundled files, imports and a sandbox round trip."""
    wheels = sorted(DIST.glob("bokio-*.whl"))
    if len(wheels) != 1:
        session.error(f"expected one wheel in {DIST} (run `make dist` first), found {len(wheels)}")
    session.install(str(wheels[0]))
    session.chdir(session.create_tmp())  # outside the source tree: only the installed package is importable
    session.run("python", str(ROOT / "scripts" / "smoke_wheel.py"))
    session.run("python", str(ROOT / "examples" / "invoice_workflow.py"), silent=True)
