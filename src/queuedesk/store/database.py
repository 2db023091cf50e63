"""Connecting: the embedded SQLite default or a shared PostgreSQL, and transactions.

SQLite: WAL (readers never block the writer), synchronous=FULL (a printed ticket survives
a power cut), a busy timeout, and every write transaction starts with BEGIN IMMEDIATE so
two processes can never both read "next number is 7" before either writes.
PostgreSQL: READ COMMITTED with row locks taken by the repository.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import platformdirs
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)

from queuedesk.config import APP

BUSY_TIMEOUT_MS = 15_000


class DatabaseError(Exception):
    """The database cannot be used: bad URL, unreachable, locked too long. One line."""


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir(APP, appauthor=False))
    return f"sqlite:///{folder / 'queuedesk.sqlite3'}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get("QUEUEDESK_DB") or default_url()


def describe(exc: BaseException) -> str:
    """The first meaningful line of a driver error, for a one-line message."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return text[0] if text else type(inner).__name__


class Database:
    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        try:
            parsed = sa.engine.make_url(self.url)
        except ArgumentError:
            raise DatabaseError(f"bad database URL {self.url!r}; use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB") from None
        self.dialect = parsed.get_backend_name()
        self._sqlite_file: Path | None = None
        if self.dialect == "sqlite":
            self.engine = self._sqlite_engine(parsed)
        elif self.dialect == "postgresql":
            if parsed.drivername != "postgresql+psycopg":
                parsed = parsed.set(drivername="postgresql+psycopg")
            try:
                self.engine = sa.create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=4,
                                               connect_args={"connect_timeout": 5})
            except (NoSuchModuleError, ImportError) as exc:
                raise DatabaseError(f"cannot use {self.url!r}: {exc}") from None
        else:
            raise DatabaseError(f"unsupported database {parsed.drivername!r}; use sqlite or postgresql")

    @property
    def safe_url(self) -> str:
        """The URL to show a person: the password hidden."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> str | None:
        return str(self._sqlite_file) if self.is_sqlite else None

    def sqlite_connection(self, create: bool = False) -> sqlite3.Connection:
        """A raw connection to the SQLite file (created, with its folder, only if asked)."""
        if create:
            self._sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        elif not self._sqlite_file.exists():
            raise sqlite3.OperationalError(f"no database file at {self._sqlite_file}; run: queuedesk init")
        uri = f"{self._sqlite_file.resolve().as_uri()}?mode={'rwc' if create else 'rw'}"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)   # the pool hands it to one thread at a time

    def _sqlite_engine(self, parsed) -> Engine:
        path = parsed.database
        if not path or path == ":memory:":
            raise DatabaseError("an in-memory SQLite database cannot be shared; give a file: sqlite:///FILE")
        self._sqlite_file = Path(path).expanduser()
        # The pool must never create the file: a mistyped path, or a file moved away,
        # would otherwise quietly become a new empty hall. `migrate.upgrade` creates it.
        engine = sa.create_engine("sqlite://", creator=lambda: self.sqlite_connection(create=False),
                                  poolclass=sa.pool.QueuePool)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Let us issue BEGIN ourselves (pysqlite's own BEGIN is DEFERRED).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection):
            mode = "IMMEDIATE" if conn.get_execution_options().get("write", False) else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    @contextmanager
    def connect(self, write: bool):
        """One transaction: committed if the block ends normally, rolled back otherwise.

        Driver errors become DatabaseError with one line; domain errors pass through.
        """
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(write=write)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            # Pooled connections may point at a file that was replaced or a server that
            # restarted: start afresh next time.
            self.engine.dispose()
            raise DatabaseError(f"database unavailable: {describe(exc)}") from None
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise DatabaseError(f"database connection lost: {describe(exc)}") from None
            raise

    def dispose(self) -> None:
        self.engine.dispose()
