"""The ``bokio`` command (``pip install "bokio[cli]"``): every Company API operation from a shell.

``import bokio`` never imports this package, nor click, rich or platformdirs.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """Entry point of the ``bokio`` script."""
    from .main import cli

    cli.main(prog_name="bokio")
