"""``python -m bokio.cli``: the same as the ``bokio`` command."""

from bokio.cli import main

main()
