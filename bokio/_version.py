"""The SDK's version: the one place it is written (pyproject.toml and the User-Agent read it)."""

__version__ = "0.1.0"
