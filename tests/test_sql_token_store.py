"""SQLTokenStore on SQLite and on a real PostgreSQL server (started by .ci/run).

PostgreSQL tests read BOKIO_TEST_POSTGRES_URL. Without it they are skipped, except under CI
(CI set), where a missing server is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bokio import TokenStoreError
from bokio.testing.token_store_conformance import TokenStoreConformance, token_set

sqlalchemy = pytest.importorskip("sqlalchemy")

from bokio.sql_token_store import SQLTokenStore  # noqa: E402
from bokio.token_cipher import FernetCipher  # noqa: E402

from .databases import postgres_url  # noqa: E402


class _Handles:
    """Closes the stores a check opened."""

    stores: list[SQLTokenStore]

    def teardown_method(self) -> None:
        for store in getattr(self, "stores", []):
            store.close()


class TestSQLiteTokenStore(_Handles, TokenStoreConformance):
    @pytest.fixture(autouse=True)
    def _database(self, tmp_path: Path) -> None:
        self.url = f"sqlite:///{tmp_path / 'tokens.db'}"
        self.stores = []

    def open_store(self) -> SQLTokenStore:
        self.stores.append(SQLTokenStore(self.url))
        return self.stores[-1]


class TestPostgreSQLTokenStore(_Handles, TokenStoreConformance):
    @pytest.fixture(autouse=True)
    def _database(self) -> None:
        self.url = postgres_url()
        self.stores = []

    def open_store(self) -> SQLTokenStore:
        self.stores.append(SQLTokenStore(self.url, table_name=f"token_sets_{self.namespace}"))
        return self.stores[-1]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tokens.db'}" if request.param == "sqlite" else postgres_url()


@pytest.fixture
def stores(url: str) -> Iterator[list[SQLTokenStore]]:
    opened: list[SQLTokenStore] = []
    yield opened
    for store in opened:
        store.close()


def open_store(stores: list[SQLTokenStore], url: str, **options: object) -> SQLTokenStore:
    name = f"t_{os.urandom(4).hex()}" if "table_name" not in options else options.pop("table_name")
    stores.append(SQLTokenStore(url, table_name=str(name), **options))  # type: ignore[arg-type]
    return stores[-1]


def test_one_row_per_tenant_with_version_and_updated_at(url: str, stores: list[SQLTokenStore]) -> None:
    store = open_store(stores, url)
    store.save("a", token_set("a", 1))
    store.update("a", lambda current: token_set("a", 2))
    store.update("a", lambda current: current or token_set("a", 9))  # unchanged: not written
    store.save("b", token_set("b", 1))
    with store.engine.connect() as connection:
        rows = connection.execute(sqlalchemy.select(store.table).order_by(store.table.c.tenant_key)).all()
    assert [(row.tenant_key, row.version) for row in rows] == [("a", 2), ("b", 1)]
    assert all(row.updated_at is not None for row in rows)
    assert store.version("a") == 2 and store.version("nobody") == 0 and store.keys() == ["a", "b"]


def test_encrypted_at_rest(url: str, stores: list[SQLTokenStore]) -> None:
    key = FernetCipher.generate_key()
    store = open_store(stores, url, table_name="enc", cipher=FernetCipher(key))
    saved = token_set("a", 1)
    store.save("a", saved)
    with store.engine.connect() as connection:
        raw = connection.execute(sqlalchemy.select(store.table.c.token_set)).scalar_one()
    assert raw.startswith("encrypted:") and saved.access_token not in raw and str(saved.refresh_token) not in raw
    assert store.load("a") == saved

    with pytest.raises(TokenStoreError, match="wrong key") as raised:
        open_store(stores, url, table_name="enc", cipher=FernetCipher(FernetCipher.generate_key())).load("a")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    with pytest.raises(TokenStoreError, match="is encrypted: pass the cipher"):
        open_store(stores, url, table_name="enc").load("a")

    # Key rotation: the new key first; rows under the old key stay readable and move to the new one.
    newer = FernetCipher.generate_key()
    rotated = open_store(stores, url, table_name="enc", cipher=FernetCipher([newer, key]))
    assert rotated.load("a") == saved
    rotated.update("a", lambda current: token_set("a", 2))
    assert open_store(stores, url, table_name="enc", cipher=FernetCipher(newer)).load("a") is not None


def test_plaintext_rows_are_encrypted_at_their_next_write(url: str, stores: list[SQLTokenStore]) -> None:
    plain = open_store(stores, url, table_name="migrating")
    plain.save("a", token_set("a", 1))
    cipher = FernetCipher(FernetCipher.generate_key())
    encrypted = open_store(stores, url, table_name="migrating", cipher=cipher)
    assert encrypted.load("a") is not None
    encrypted.update("a", lambda current: token_set("a", 2))
    with pytest.raises(TokenStoreError, match="is encrypted"):
        plain.load("a")


def test_an_engine_that_could_log_parameters_is_refused(tmp_path: Path) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 't.db'}")
    with pytest.raises(ValueError, match="hide_parameters=True"):
        SQLTokenStore(engine)
    SQLTokenStore(sqlalchemy.create_engine(f"sqlite:///{tmp_path / 't.db'}", hide_parameters=True))
    SQLTokenStore(engine, cipher=FernetCipher(FernetCipher.generate_key()))
    with pytest.raises(ValueError, match="PostgreSQL and SQLite"):
        SQLTokenStore("mysql://example.invalid/db")


def test_errors_name_the_table_never_a_token(url: str, stores: list[SQLTokenStore]) -> None:
    store = open_store(stores, url, table_name="dropped")
    saved = token_set("a", 1)
    store.save("a", saved)
    with store.engine.begin() as connection:
        connection.execute(sqlalchemy.text("DROP TABLE dropped"))
    for attempt in (
        lambda: store.save("a", saved),
        lambda: store.load("a"),
        lambda: store.update("a", lambda c: saved),
    ):
        with pytest.raises(TokenStoreError, match="token store table dropped") as raised:
            attempt()
        assert saved.access_token not in str(raised.value) and raised.value.__cause__ is None


def test_sql_logging_never_shows_a_token(
    url: str, stores: list[SQLTokenStore], caplog: pytest.LogCaptureFixture
) -> None:
    store = open_store(stores, url)
    saved = token_set("a", 1)
    with caplog.at_level("DEBUG", "sqlalchemy"):  # an application logging SQL, rows and all
        store.save("a", saved)
        store.update("a", lambda current: token_set("a", 2))
        store.load("a")
    assert "checked out from pool" in caplog.text  # logging was on
    assert "AT-" not in caplog.text and "RT-" not in caplog.text


def test_waiting_for_a_locked_row_is_bounded(url: str, stores: list[SQLTokenStore]) -> None:
    holder = open_store(stores, url, table_name="locked")
    holder.save("a", token_set("a", 1))
    waiter = open_store(stores, url, table_name="locked", lock_timeout=0.3)
    inside, release = threading.Event(), threading.Event()

    def hold(current: object) -> object:
        inside.set()
        release.wait(10)
        return current

    thread = threading.Thread(target=lambda: holder.update("a", hold), daemon=True)  # type: ignore[arg-type]
    thread.start()
    assert inside.wait(10)
    started = time.monotonic()
    try:
        with pytest.raises(TokenStoreError, match="token store table locked"):
            waiter.update("a", lambda current: token_set("a", 2))
        assert time.monotonic() - started < 5
    finally:
        release.set()
        thread.join(10)


def test_import_bokio_loads_no_sqlalchemy() -> None:
    code = "import sys, bokio; bokio.FileTokenStore; bokio.TokenStore; assert 'sqlalchemy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
