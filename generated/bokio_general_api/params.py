"""Request bodies as TypedDicts, with the API's own field names (made by scripts/regenerate.py)."""

from __future__ import annotations

__all__ = []
