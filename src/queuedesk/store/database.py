"""Connecting: the embedded SQLite default or a shared PostgreSQL, and transactions.

SQLite: WAL (readers never block the writer), synchronous=FULL (a printed ticket survives
a power cut), a busy timeout, and every write transaction starts with BEGIN IMMEDIATE so
two processes can never both read "next number is 7" before either writes.
PostgreSQL: READ COMMITTED with row locks taken by the repository. A pooled connection
is not pinged before each transaction (a round trip per action): one whose server went
away has a readable socket (its end of stream), which the pool notices at checkout.
"""
from __future__ import annotations

import os
import select
import shutil
import sqlite3
from contextlib import contextmanager, nullcontext
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
from queuedesk.store.sql import install as install_runner
from queuedesk.store.turns import WriterTurns, lock_file

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


def mask(url: str) -> str:
    """A URL fit to show a person: its password replaced, even when the URL is malformed."""
    scheme, colon, rest = url.partition(":")
    slashes = len(rest) - len(rest.lstrip("/"))
    head, at, tail = rest[slashes:].rpartition("@")        # the last @ ends the user part
    if not at or ":" not in head:
        return url
    user = head.split(":", 1)[0]
    return f"{scheme}{colon}{rest[:slashes]}{user}:***@{tail}"


#: Driver messages → what to tell the person and what to do, first match wins.
_FAULTS = (
    ("file is not a database", "{where} is not a queuedesk database, or it is damaged: restore it from a backup "
                               "(queuedesk db restore FILE) or give another --db"),
    ("file is encrypted or is not a database", "{where} is not a queuedesk database, or it is damaged"),
    ("database disk image is malformed", "{where} is damaged: restore it from a backup (queuedesk db restore FILE)"),
    ("database or disk is full", "disk full: free some space for {where}"),
    ("attempt to write a readonly database", "{where} is read-only: check the file's and its folder's permissions"),
    ("readonly database", "{where} is read-only: check the file's and its folder's permissions"),
    ("unable to open database file", "cannot open {where}: check that its folder exists and may be written"),
    ("no database file at", "{detail}"),
    ("password authentication failed", "the database refused the user name or password in the URL ({where})"),
    ("role \"", "the database does not know the user in the URL ({where})"),
    ("does not exist", "{detail} ({where})"),
    ("invalid connection option", "unknown option in the database URL ({detail})"),
    ("connection refused", "cannot reach the database server ({where}): is it running, is the network up?"),
    ("could not translate host name", "cannot find the database server ({where}): check the host name"),
    ("name or service not known", "cannot find the database server ({where}): check the host name"),
    ("timeout expired", "the database server did not answer in time ({where})"),
    ("permission denied", "not allowed: this machine's database login may not do that ({detail})"),
)


def _explain(detail: str, where: str) -> str | None:
    lowered = detail.lower()
    for needle, words in _FAULTS:
        if needle in lowered:
            return words.format(where=where, detail=detail)
    return None


def _still_there(dbapi_conn, _record, _proxy) -> None:
    """Checkout: a connection that sat in the pool while its server went away (restarted,
    the line dropped) has a readable socket — the end of its stream, or a goodbye; an
    idle one has nothing to say. Checked without a round trip; the pool replaces it."""
    try:
        gone = dbapi_conn.closed or bool(select.select([dbapi_conn.fileno()], [], [], 0)[0])
    except (OSError, ValueError):
        gone = True
    if gone:
        raise sa.exc.DisconnectionError("the database server closed this connection")


class Database:
    def __init__(self, url: str | None = None):
        self.url = resolve_url(url)
        try:
            parsed = sa.engine.make_url(self.url)
            parsed.port    # a port that is not a number shows here
        except (ArgumentError, ValueError):
            raise DatabaseError(f"bad database URL {mask(self.url)!r}; use sqlite:///FILE or "
                                f"postgresql+psycopg://USER@HOST/DB") from None
        self.dialect = parsed.get_backend_name()
        self._sqlite_file: Path | None = None
        self._turns: WriterTurns | None = None
        if self.dialect == "sqlite":
            self.engine = self._sqlite_engine(parsed)
        elif self.dialect == "postgresql":
            if parsed.drivername != "postgresql+psycopg":
                parsed = parsed.set(drivername="postgresql+psycopg")
            try:
                # prepare_threshold=None: psycopg prepares nothing of its own, so it never
                # deallocates every prepared statement at a rollback — ours included (store.sql).
                # AUTOCOMMIT: the driver sends no BEGIN of its own (see `connect`).
                self.engine = sa.create_engine(parsed, pool_size=2, max_overflow=4, isolation_level="AUTOCOMMIT",
                                               connect_args={"connect_timeout": 5, "prepare_threshold": None})
            except (NoSuchModuleError, ImportError, ArgumentError, TypeError) as exc:
                raise DatabaseError(f"cannot use {self.safe_url!r}: {describe(exc)}") from None
            event.listen(self.engine, "checkout", _still_there)
        else:
            raise DatabaseError(f"unsupported database {parsed.drivername!r}; use sqlite or postgresql")
        install_runner(self.engine)

    @property
    def safe_url(self) -> str:
        """The URL to show a person: the password hidden."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    @property
    def where(self) -> str:
        """The database in words: its file, or its server and name."""
        if self.is_sqlite:
            return str(self._sqlite_file)
        url = self.engine.url
        return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"

    def fault(self, exc: BaseException) -> str:
        """A database failure in one line that says what to do."""
        detail = describe(exc)
        explained = _explain(detail, self.where)
        if explained is None and "disk i/o error" in detail.lower() and self._disk_full():
            explained = f"disk full: free some space for {self.where}"
        return explained or f"database unavailable: {detail}"

    def _disk_full(self) -> bool:
        try:
            return shutil.disk_usage(self._sqlite_file.parent).free < 1024 * 1024
        except (OSError, AttributeError):
            return False

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def sqlite_path(self) -> str | None:
        return str(self._sqlite_file) if self.is_sqlite else None

    def holds(self, path: str | os.PathLike) -> bool:
        """`path` is this SQLite database's file or one of the files beside it that SQLite
        and the writers' turns keep (writing there would destroy the hall)."""
        if not self.is_sqlite:
            return False
        own = self._sqlite_file
        target = Path(path).expanduser()
        for kept in (own, Path(f"{own}-wal"), Path(f"{own}-shm"), Path(f"{own}-journal"), lock_file(own)):
            try:
                if target.resolve() == kept.resolve() or (target.exists() and kept.exists()
                                                          and os.path.samefile(target, kept)):
                    return True
            except (OSError, ValueError):     # a name no file has (too long, a NUL in it)
                continue
        return False

    def sqlite_connection(self, create: bool = False) -> sqlite3.Connection:
        """A raw connection to the SQLite file (created, with its folder, only if asked)."""
        if create:
            self._sqlite_file.parent.mkdir(parents=True, exist_ok=True)
            if not self._sqlite_file.exists():
                # Born private: the file will hold password hashes (SQLite would make it 0644).
                os.close(os.open(self._sqlite_file, os.O_CREAT | os.O_WRONLY, 0o600))
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
        self._turns = WriterTurns(self._sqlite_file, patience=BUSY_TIMEOUT_MS / 1000)
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
            # Straight to the driver: SQLAlchemy's execution machinery would cost more than
            # the statement, in a write's turn that every other writer waits for.
            write = conn.get_execution_options().get("write", False)
            conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")

        return engine

    @contextmanager
    def connect(self, write: bool):
        """One transaction: committed if the block ends normally, rolled back otherwise.

        Driver errors become DatabaseError with one line; domain errors pass through.
        """
        try:
            with self.engine.connect() as conn:
                # PostgreSQL: the driver sends no BEGIN of its own (the engine is in
                # autocommit mode); the unit of work's runner sends BEGIN with its first
                # round trip (a read needs none: each statement of READ COMMITTED sees
                # the latest commits anyway) and COMMIT with its last (store.sql).
                conn = conn.execution_options(write=write)
                # SQLite: the turn covers BEGIN IMMEDIATE to COMMIT only; taking the
                # connection from the pool and giving it back are nobody else's wait.
                with self._turn(write), conn.begin():
                    yield conn
        except OperationalError as exc:
            # Pooled connections may point at a file that was replaced or a server that
            # restarted: start afresh next time.
            self.engine.dispose()
            raise DatabaseError(self.fault(exc)) from None
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise DatabaseError(f"database connection lost: {describe(exc)}") from None
            # Anything else the driver refuses (a damaged file, a value it cannot hold, a
            # privilege it lacks) is still one line, never a traceback.
            raise DatabaseError(self.fault(exc)) from None
        except (sqlite3.Error, OverflowError) as exc:
            raise DatabaseError(self.fault(exc)) from None

    def _turn(self, write: bool):
        """SQLite: a write waits its turn among queuedesk's writers (store.turns)."""
        if write and self._turns is not None:
            return self._turns.turn()
        return nullcontext()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._turns is not None:
            self._turns.close()
