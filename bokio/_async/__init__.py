"""Modules written once, for asyncio; ``scripts/unasync.py`` writes their sync twins to ``bokio/_sync/``."""
