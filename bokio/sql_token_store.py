"""SQLTokenStore: the token sets of many tenants in the application's own database (SQLAlchemy 2).

For integrations running on several machines (web workers plus a task queue): every process
and machine shares one row per tenant, and a tenant's refresh runs under that row's lock, so
one worker sends the refresh token and the others wait and use what it saved. Needs the extra
``bokio[sql]`` and the database's driver (``psycopg[binary]`` for PostgreSQL)::

    store = SQLTokenStore("postgresql+psycopg://app@db.internal/app", cipher=FernetCipher(key))
    store = SQLTokenStore("sqlite:////var/lib/app/tokens.db")   # the processes of one machine

The table (``bokio_token_sets`` unless named, created when missing) has one row per tenant key:
``tenant_key`` (primary key), ``token_set`` (JSON, or ciphertext with a cipher), ``updated_at``
and ``version`` (incremented by every write). Supported: PostgreSQL and SQLite.

Async clients run its methods in a worker thread (``bokio.token_store.async_side``): the ``sql``
extra does not bring SQLAlchemy's asyncio extension, and a refresh is rare enough for a thread.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Generator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from . import forksafe
from .oauth.tokens import TokenSet
from .token_store import TokenStoreError, UpdateStep

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Table

    from .token_cipher import TokenCipher

__all__ = ["SQLTokenStore"]

_ENCRYPTED = "encrypted:"
_LOGGING_NAME = "bokio_token_store"


class SQLTokenStore:
    """Token sets in a database table, one row per tenant; see the module docstring.

    ``database`` is a SQLAlchemy URL (the store's engine then never logs a statement or a row)
    or an :class:`~sqlalchemy.Engine` of the application. Without a ``cipher``, an engine passed
    in must have been created with ``hide_parameters=True`` and must not log at DEBUG level
    (``echo="debug"`` logs result rows): otherwise tokens could reach the logs.

    :meth:`update` (the locked refresh step) locks the tenant's row: ``SELECT … FOR UPDATE`` on
    PostgreSQL (other tenants' rows stay free), ``BEGIN IMMEDIATE`` on SQLite (which locks the
    whole database for writing: one tenant refreshes at a time). Waiting for a lock gives up
    after ``lock_timeout`` seconds with :class:`~bokio.TokenStoreError`.
    """

    def __init__(
        self,
        database: str | Engine,
        *,
        table_name: str = "bokio_token_sets",
        cipher: TokenCipher | None = None,
        create_table: bool = True,
        lock_timeout: float = 60.0,
    ) -> None:
        from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, create_engine

        if lock_timeout <= 0:
            raise ValueError("lock_timeout must be > 0")
        if isinstance(database, str):
            if not database.startswith(("postgresql", "sqlite")):
                raise ValueError(f"SQLTokenStore supports PostgreSQL and SQLite, not {database.split(':')[0]!r}")
            # Its statements log nothing below WARNING, even when the application turns SQLAlchemy's
            # logging up: a debug log would show the rows, tokens included.
            engine = create_engine(database, hide_parameters=True, logging_name=_LOGGING_NAME)
            logging.getLogger(f"sqlalchemy.engine.Engine.{_LOGGING_NAME}").setLevel(logging.WARNING)
        else:
            engine = database
            if not engine.hide_parameters and cipher is None:
                raise ValueError(
                    "create the engine with hide_parameters=True (or pass a cipher): otherwise SQL logging and "
                    "errors could show tokens"
                )
        if engine.dialect.name not in ("postgresql", "sqlite"):
            raise ValueError(f"SQLTokenStore supports PostgreSQL and SQLite, not {engine.dialect.name}")
        self.engine = engine
        self._owns_engine = isinstance(database, str)
        self._sqlite = engine.dialect.name == "sqlite"
        self._cipher = cipher
        self.lock_timeout = lock_timeout
        self.table: Table = Table(
            table_name,
            MetaData(),
            Column("tenant_key", String(255), primary_key=True),
            Column("token_set", Text, nullable=True),  # NULL: a row locked before any token set was saved
            Column("updated_at", DateTime(timezone=True), nullable=False),
            Column("version", Integer, nullable=False),
        )
        forksafe.watch(self)
        if create_table:
            self._create_table()

    def __repr__(self) -> str:
        url = self.engine.url.render_as_string(hide_password=True)
        return f"SQLTokenStore({url!r}, table={self.table.name!r})"

    def close(self) -> None:
        """Close the database connections of the engine this store created from a URL."""
        if self._owns_engine:
            self.engine.dispose()

    def _after_fork(self) -> None:
        """In a forked child: new connections, never the parent's (SQLAlchemy's advice for fork)."""
        self.engine.dispose(close=False)

    # The TokenStore protocol ----------------------------------------------------------------

    def load(self, key: str) -> TokenSet | None:
        from sqlalchemy import select

        with self._errors("read"), self.engine.connect() as connection:
            value = connection.execute(select(self.table.c.token_set).where(self.table.c.tenant_key == key)).scalar()
        return self._decode(key, value)

    def save(self, key: str, token_set: TokenSet) -> None:
        with self._transaction() as connection:
            self._write(connection, key, self._encode(token_set))

    def update(self, key: str, step: UpdateStep) -> TokenSet:
        with self._transaction() as connection:
            current = self._decode(key, self._locked_row(connection, key))
            result = step(current)
            if result is not current:
                self._write(connection, key, self._encode(result))
            return result

    # More ------------------------------------------------------------------------------------

    def delete(self, key: str) -> None:
        from sqlalchemy import delete

        with self._transaction() as connection:
            connection.execute(delete(self.table).where(self.table.c.tenant_key == key))

    def keys(self) -> list[str]:
        """The tenant keys that have a token set."""
        from sqlalchemy import select

        query = select(self.table.c.tenant_key).where(self.table.c.token_set.is_not(None))
        with self._errors("read"), self.engine.connect() as connection:
            return sorted(connection.execute(query).scalars())

    def version(self, key: str) -> int:
        """How many times the tenant's row was written (0 when there is none)."""
        from sqlalchemy import select

        with self._errors("read"), self.engine.connect() as connection:
            found = connection.execute(select(self.table.c.version).where(self.table.c.tenant_key == key)).scalar()
        return int(found or 0)

    # Rows and transactions -------------------------------------------------------------------

    def _create_table(self) -> None:
        from sqlalchemy import inspect
        from sqlalchemy.exc import SQLAlchemyError

        try:
            self.table.create(self.engine, checkfirst=True)
        except SQLAlchemyError:
            # Another process created it at the same moment (PostgreSQL has no race-free CREATE).
            with self._errors("create"):
                if not inspect(self.engine).has_table(self.table.name):
                    raise

    @contextmanager
    def _transaction(self) -> Generator[Connection]:
        """A write transaction waiting at most ``lock_timeout`` for locks; committed unless the block raises.

        When it raises, closing the connection rolls the transaction back and releases the locks.
        """
        with self._errors("write"), self.engine.connect() as connection:
            if self._sqlite:
                # Take the write lock before reading, so two processes never read the same row and both refresh.
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(self.lock_timeout * 1000)}")
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(self.lock_timeout * 1000)}")
            yield connection
            connection.commit()

    def _locked_row(self, connection: Connection, key: str) -> str | None:
        """The row's token set, the row locked until the transaction ends (made empty if missing)."""
        from sqlalchemy import select

        query = select(self.table.c.token_set).where(self.table.c.tenant_key == key).with_for_update()
        row = connection.execute(query).first()
        if row is None:
            insert = self._insert().values(tenant_key=key, token_set=None, updated_at=_now(), version=0)
            connection.execute(insert.on_conflict_do_nothing(index_elements=["tenant_key"]))
            row = connection.execute(query).one()
        value: str | None = row[0]
        return value

    def _write(self, connection: Connection, key: str, value: str) -> None:
        table = self.table
        insert = self._insert().values(tenant_key=key, token_set=value, updated_at=_now(), version=1)
        upsert = insert.on_conflict_do_update(
            index_elements=["tenant_key"],
            set_={"token_set": value, "updated_at": insert.excluded.updated_at, "version": table.c.version + 1},
        )
        connection.execute(upsert)

    def _insert(self) -> Any:
        if self._sqlite:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(self.table)
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(self.table)

    @contextmanager
    def _errors(self, doing: str) -> Generator[None]:
        """Database errors as TokenStoreError, naming the table and the driver's error but no value."""
        from sqlalchemy.exc import DBAPIError, SQLAlchemyError

        try:
            yield
        except DBAPIError as error:
            reason = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
            detail = f"{type(error.orig).__name__}: {reason}" if reason else type(error.orig).__name__
            if "lock" in reason.lower():
                detail += f" (waited up to {self.lock_timeout:g} s; another worker may be stuck refreshing)"
            raise TokenStoreError(f"cannot {doing} the token store table {self.table.name} ({detail})") from None
        except SQLAlchemyError as error:
            raise TokenStoreError(
                f"cannot {doing} the token store table {self.table.name} ({type(error).__name__})"
            ) from None

    # Encoding ------------------------------------------------------------------------------

    def _encode(self, token_set: TokenSet) -> str:
        text = json.dumps(token_set.to_dict(), sort_keys=True)
        if self._cipher is None:
            return text
        ciphertext = self._cipher.encrypt(text.encode("utf-8"))
        return _ENCRYPTED + base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def _decode(self, key: str, value: str | None) -> TokenSet | None:
        if value is None:
            return None
        where = f"the token set of {key!r} in {self.table.name}"
        if value.startswith(_ENCRYPTED):
            if self._cipher is None:
                raise TokenStoreError(f"{where} is encrypted: pass the cipher (cipher=…) to SQLTokenStore")
            try:
                value = self._cipher.decrypt(base64.urlsafe_b64decode(value[len(_ENCRYPTED) :])).decode("utf-8")
            except Exception:
                raise TokenStoreError(f"cannot decrypt {where}: wrong key, or the row was altered") from None
        # Rows written before a cipher was configured stay readable, and are encrypted at their next write.
        try:
            data = json.loads(value)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return TokenSet.from_dict(cast(dict[str, Any], data))
        except (TypeError, ValueError) as error:
            raise TokenStoreError(f"{where} is malformed ({type(error).__name__})") from None


def _now() -> datetime:
    return datetime.now(UTC)
