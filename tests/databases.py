"""The PostgreSQL server of the SQL token store tests (started by .ci/run)."""

from __future__ import annotations

import os

import pytest


def postgres_url() -> str:
    """BOKIO_TEST_POSTGRES_URL; without it, skip outside CI and fail under CI (CI set)."""
    url = os.environ.get("BOKIO_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but BOKIO_TEST_POSTGRES_URL is not: .ci/run should have started PostgreSQL")
        pytest.skip("no PostgreSQL server: set BOKIO_TEST_POSTGRES_URL (bash .ci/run starts a throw-away one)")
    return url
