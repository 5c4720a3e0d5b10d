"""Testing helpers: :class:`Sandbox`, a local in-memory emulator of Bokio's API."""

from .sandbox import Sandbox

__all__ = ["Sandbox"]
