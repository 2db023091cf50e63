"""Head office's subscriptions to its branches, and what a branch says about its side.

PostgreSQL's own logical replication carries the rows: one subscription per branch at
head office, one replication slot for it at the branch. A slot keeps the branch's WAL
until head office has it, so a branch works on while the line is down and head office
catches up by itself; `max_slot_wal_keep_size` caps what a slot may keep, and a slot
past it is lost ("wal_status = lost"): only a fresh copy of the branch (`rebuild`)
brings head office back. Subscription DDL cannot run in a transaction: each statement
here runs on a connection of its own in autocommit.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from queuedesk.store import publication
from queuedesk.store.database import Database, DatabaseError, describe

CONNECT_TIMEOUT_S = 5


def describe_conninfo(conninfo: str) -> str:
    """Where a connection string points, without its password: user@host:port/db."""
    try:
        parts = conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return "(a malformed connection string)"
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"{user}{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"


def check_conninfo(conninfo: str) -> None:
    try:
        conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError as exc:
        raise DatabaseError(f"malformed --conninfo: {str(exc).splitlines()[0]}") from None


# -- head office's side ---------------------------------------------------------------------------

def _head_office(db: Database) -> psycopg.Connection:
    url = db.engine.url.set(drivername="postgresql")
    try:
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                               connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise DatabaseError(db.fault(exc)) from None


def _run(db: Database, statement, params=None) -> list[tuple]:
    with _head_office(db) as conn:
        try:
            cursor = conn.execute(statement, params)
            return cursor.fetchall() if cursor.description else []
        except psycopg.Error as exc:
            raise DatabaseError(f"head office: {describe(exc)}") from None


def create(db: Database, name: str, conninfo: str) -> None:
    """Subscribe to the branch at `conninfo`: a slot `name` there, a fresh copy of its
    published rows, then every change as it commits."""
    _run(db, sql.SQL("CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {} WITH (copy_data = true)").format(
        sql.Identifier(name), sql.Literal(conninfo), sql.Identifier(publication.NAME)))


def drop(db: Database, name: str, with_slot: bool) -> None:
    """Stop hearing from a branch. `with_slot`: drop its slot at the branch too (which
    must then be reachable); else leave the slot for the branch to drop."""
    exists = _run(db, "SELECT 1 FROM pg_subscription WHERE subname = %s", (name,))
    if not exists:
        return
    if not with_slot:
        _run(db, sql.SQL("ALTER SUBSCRIPTION {} DISABLE").format(sql.Identifier(name)))
        _run(db, sql.SQL("ALTER SUBSCRIPTION {} SET (slot_name = NONE)").format(sql.Identifier(name)))
    _run(db, sql.SQL("DROP SUBSCRIPTION {}").format(sql.Identifier(name)))


def refresh(db: Database, name: str) -> None:
    """Take in the tables the branch's publication gained (after a migration)."""
    _run(db, sql.SQL("ALTER SUBSCRIPTION {} ENABLE").format(sql.Identifier(name)))
    _run(db, sql.SQL("ALTER SUBSCRIPTION {} REFRESH PUBLICATION").format(sql.Identifier(name)))


def conninfo_of(db: Database, name: str) -> str | None:
    """The connection string a subscription uses (readable by a superuser only)."""
    rows = _run(db, "SELECT subconninfo FROM pg_subscription WHERE subname = %s", (name,))
    return rows[0][0] if rows else None


@dataclass(frozen=True)
class Receiving:
    """A subscription as head office sees it."""

    name: str
    enabled: bool
    worker: bool                   # an apply worker is running (connected, or about to)
    last_contact: datetime | None  # the branch's last message, while a worker runs
    tables: int
    tables_ready: int              # copied and streaming


def receiving(db: Database) -> dict[str, Receiving]:
    rows = _run(db, """
        SELECT s.subname, s.subenabled,
               (SELECT count(*) FROM pg_stat_subscription w WHERE w.subid = s.oid AND w.relid IS NULL
                                                              AND w.pid IS NOT NULL),
               (SELECT max(w.last_msg_receipt_time) FROM pg_stat_subscription w WHERE w.subid = s.oid),
               (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid),
               (SELECT count(*) FROM pg_subscription_rel r WHERE r.srsubid = s.oid AND r.srsubstate = 'r')
        FROM pg_subscription s""")
    return {r[0]: Receiving(r[0], r[1], bool(r[2]), r[3], r[4], r[5]) for r in rows}


def worker_room(db: Database) -> tuple[int, int]:
    """(subscriptions, apply workers head office may run): one worker per branch."""
    rows = _run(db, "SELECT (SELECT count(*) FROM pg_subscription), "
                    "current_setting('max_logical_replication_workers')::int")
    return rows[0]


# -- the branch's side ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BranchSide:
    """What a branch's database says, asked over the subscription's connection string."""

    revision: str | None
    code: str
    database: str | None
    head_office: bool
    wal_level: str
    keep_wal: str                  # max_slot_wal_keep_size ('-1': without limit)
    keep_wal_bytes: int | None
    published: bool
    published_tables: int          # the tables its publication lists
    slot_status: str | None        # reserved | extended | unreserved | lost; None: no slot
    slot_active: bool
    safe_wal_bytes: int | None     # WAL the branch may still write before the slot is lost
    lag_bytes: int | None          # WAL head office has not confirmed
    replay_lag_s: float | None     # how far behind head office applies, as the branch measures it


def branch_side(conninfo: str, slot: str | None = None) -> BranchSide:
    """Ask the branch (a short timeout: it may be the line that is down)."""
    try:
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S) as conn:
            def row(query, params=None, width=1):
                found = conn.execute(query, params).fetchone()
                return found if found is not None else (None,) * width

            revision = None
            if row("SELECT to_regclass('public.alembic_version') IS NOT NULL")[0]:
                revision = row("SELECT version_num FROM alembic_version")[0]
            code, database, head_office = "", None, False
            if row("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
                   "AND table_name = 'identity' AND column_name = 'branch'")[0]:
                code, database, head_office = row("SELECT branch, id, head_office FROM identity LIMIT 1", width=3)
            wal_level, keep = row("SELECT current_setting('wal_level'), "
                                  "current_setting('max_slot_wal_keep_size')", width=2)
            keep_bytes = row("SELECT setting::bigint * 1024 * 1024 FROM pg_settings "
                             "WHERE name = 'max_slot_wal_keep_size' AND setting <> '-1'")[0]
            published = bool(row("SELECT count(*) FROM pg_publication WHERE pubname = %s", (publication.NAME,))[0])
            tables = row("SELECT count(*) FROM pg_publication_tables WHERE pubname = %s", (publication.NAME,))[0]
            status = active = safe = lag = replay = None
            if slot:
                status, active, safe, lag = row(
                    "SELECT wal_status, active, safe_wal_size, "
                    "pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint "
                    "FROM pg_replication_slots WHERE slot_name = %s", (slot,), width=4)
                replay = row("SELECT extract(epoch FROM replay_lag)::float FROM pg_stat_replication "
                             "WHERE application_name = %s", (slot,))[0]
            return BranchSide(revision, code or "", database, bool(head_office), wal_level, keep, keep_bytes,
                              published, tables or 0, status, bool(active), safe, lag, replay)
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot reach the branch at {describe_conninfo(conninfo)}: {describe(exc)}") from None


def drop_slot(conninfo: str, slot: str, wait_s: float = 30.0) -> bool:
    """Drop the branch's slot `slot` if it is there (a lost one, or one left behind),
    once its last reader has let go (a subscription just dropped takes a moment to
    disconnect). Whether one was dropped."""
    deadline = time.monotonic() + wait_s
    try:
        with psycopg.connect(conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S) as conn:
            while True:
                found = conn.execute("SELECT active FROM pg_replication_slots WHERE slot_name = %s",
                                     (slot,)).fetchone()
                if found is None:
                    return False
                if not found[0]:
                    conn.execute("SELECT pg_drop_replication_slot(%s)", (slot,))
                    return True
                if time.monotonic() > deadline:
                    raise DatabaseError(f"the branch's replication slot {slot} stays in use: is another head "
                                        f"office reading it?")
                time.sleep(0.2)
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot reach the branch at {describe_conninfo(conninfo)}: {describe(exc)}") from None
