"""The clients' sending part, written for asyncio: the source of ``bokio/_sync/``.

``scripts/unasync.py`` generates each module's sync twin in ``bokio/_sync/`` (``make generate``;
``make check-generated`` fails when a twin is stale). What does no I/O is written once, outside
both: :mod:`bokio._options`, :mod:`bokio._pipeline`.
"""
