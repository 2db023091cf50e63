"""PostgreSQL group roles: each kind of machine may do in the database what its job needs
and nothing else, so a stolen kiosk password cannot close the day or read a password hash.

`apply` creates the groups (NOLOGIN) and sets their privileges on every queuedesk table;
`add_login` makes a login role in one group. Both need a superuser or a role with
CREATEROLE that owns the tables (the database owner who ran `queuedesk init`). A new
migration's tables get their grants when `migrate.upgrade` runs `apply` again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.repositories.staff import PUBLIC
from queuedesk.store.schema import metadata

R, I, U, D = "SELECT", "INSERT", "UPDATE", "DELETE"

#: What every queuedesk program reads: the set-up, the queue (and its kept waiting counts,
#: which whoever changes the queue keeps: store.event_log) and the event log.
HALL = ("alembic_version", "identity", "daily_sequences", "booking_plans", "services", "service_groups",
        "service_names", "service_group_names", "counters", "counter_names", "hall_texts", "tickets",
        "queue_counts", "events")
#: Staff columns any screen may read (a counter screen shows the teller's name and number):
#: those the staff repository reads outside a sign-in.
STAFF_PUBLIC = tuple(column.name for column in PUBLIC)
#: What a sign-in writes: a rehashed password, the failed tries and the lockout.
SIGN_IN = ("password_hash", "failed_signins", "locked_until")
REPORTS = ("report_days", "report_cells", "report_waits", "report_open")
#: What taking a rating writes: the rating, its event, its key — and, for a visit of a day
#: already summarised (rated past midnight, or from the ticket's page days later), that
#: day's summary forgotten (store.repositories.figures.forget).
RATING = {"ratings": (R, I, U), "events": (I,), "requests": (R, I, U), "report_days": (R, D)}


@dataclass(frozen=True)
class Group:
    name: str
    machine: str                        # the kind of machine that logs in with it
    what: str                           # in words, for `db roles` and the README
    tables: dict[str, tuple[str, ...]]  # table → privileges
    columns: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]   # table → (privileges, columns)
    sequences: bool                     # may insert rows with generated ids


def _reads(*extra: str) -> dict[str, tuple[str, ...]]:
    return {t: (R,) for t in (*HALL, *extra)}


def _plus(base: dict, **more: tuple[str, ...]) -> dict:
    merged = dict(base)
    for table, privileges in more.items():
        merged[table] = tuple(dict.fromkeys((*merged.get(table, ()), *privileges)))
    return merged


_DESK = _plus(_reads("staff", "daily_sequences"), tickets=(I, U), queue_counts=(I, U), counters=(U,),
              daily_sequences=(I, U), **RATING)

GROUPS: tuple[Group, ...] = (
    Group("qd_display", "display", "reads the queue and the event log (LISTEN); staff names but no password hashes",
          _reads(), {"staff": ((R,), STAFF_PUBLIC)}, False),
    Group("qd_rater", "rater", "the rating screen facing the customer: reads its counter and the teller's name, "
          "takes ratings", _plus(_reads(), **RATING), {"staff": ((R,), STAFF_PUBLIC)}, True),
    Group("qd_kiosk", "kiosk", "issues tickets, checks bookings in, takes a rating; reads no staff",
          _plus(_reads("daily_sequences", "secrets", "appointments"),
                tickets=(I, U), queue_counts=(I, U), daily_sequences=(I, U), appointments=(U,), **RATING),
          {}, True),
    Group("qd_web", "web", "the ticket pages: reads tickets, takes notice requests and ratings; reads no staff",
          _plus(_reads("notice_requests", "notices"), notice_requests=(I, U, D), notices=(I, U, D), **RATING),
          {}, True),
    Group("qd_desk", "desk", "serves at counters: calls, finishes, transfers; signs tellers in (reads password hashes)",
          _DESK, {"staff": ((U,), SIGN_IN)}, True),
    Group("qd_manager", "manager", "the desk's rights plus closing the day, the notice line, complaints and reports",
          _plus(_DESK, hall_texts=(I, U), requests=(D,), complaints=(R, I, U), notice_requests=(R, U, D),
                appointments=(R, I, U),
                notices=(R, U, D), **{t: (R, I, U, D) for t in REPORTS}),
          {"staff": ((U,), SIGN_IN)}, True),
    Group("qd_admin", "admin", "everything on the hall's tables (the schema itself stays the owner's)",
          {t: (R, I, U, D) for t in metadata.tables} | {"alembic_version": (R,)}, {}, True),
)
BY_MACHINE = {g.machine: g for g in GROUPS}

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _require_pg(db: Database) -> None:
    if db.is_sqlite:
        raise DatabaseError("database roles are PostgreSQL's: an SQLite file is guarded by the operating system "
                            "(its owner, or its group with database.group)")


def apply(db: Database) -> list[str]:
    """Create the groups that are missing and give each exactly its privileges. The
    statements run, for the record."""
    _require_pg(db)
    done = []
    with db.connect(write=True) as conn:
        have = set(conn.execute(sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'qd\\_%'")).scalars())
        tables = set(conn.execute(sa.text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
        sequences = list(conn.execute(sa.text(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")).scalars())
        for group in GROUPS:
            statements = [] if group.name in have else [f"CREATE ROLE {group.name} NOLOGIN"]
            statements.append(f"GRANT USAGE ON SCHEMA {_quoted(_schema(conn))} TO {group.name}")
            for table in sorted(tables & set(metadata.tables) | ({"alembic_version"} & tables)):
                statements.append(f"REVOKE ALL ON {_quoted(table)} FROM {group.name}")
                if table in group.tables:
                    statements.append(f"GRANT {', '.join(group.tables[table])} ON {_quoted(table)} TO {group.name}")
                if table in group.columns:
                    privileges, columns = group.columns[table]
                    cols = ", ".join(_quoted(c) for c in columns)
                    statements.append(f"GRANT {', '.join(f'{p} ({cols})' for p in privileges)} "
                                      f"ON {_quoted(table)} TO {group.name}")
            for sequence in sequences:
                statements.append(f"REVOKE ALL ON SEQUENCE {_quoted(sequence)} FROM {group.name}")
                if group.sequences:
                    statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {_quoted(sequence)} TO {group.name}")
            for statement in statements:
                conn.exec_driver_sql(statement)
            done += statements
    return done


def _schema(conn) -> str:
    return conn.execute(sa.text("SELECT current_schema()")).scalar_one()


def exist(db: Database) -> bool:
    """Whether `apply` was run on this cluster (so an upgrade keeps the grants whole)."""
    if db.is_sqlite:
        return False
    with db.connect(write=False) as conn:
        return conn.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname = 'qd_admin'")).scalar_one() > 0


def add_login(db: Database, name: str, machine: str, password: str) -> None:
    """A login role in the group of `machine` (kiosk, display, web, desk, manager, admin)."""
    _require_pg(db)
    if not _NAME.fullmatch(name) or name.startswith("qd_") or name.startswith("pg_"):
        raise DatabaseError(f"a login name is lower-case letters, digits and _ (not starting qd_ or pg_), "
                            f"not {name!r}")
    group = BY_MACHINE.get(machine)
    if group is None:
        raise DatabaseError(f"no machine kind {machine!r}; use {', '.join(BY_MACHINE)}")
    with db.connect(write=True) as conn:
        if not conn.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :g"),
                            {"g": group.name}).scalar_one():
            raise DatabaseError("the queuedesk groups do not exist yet: run queuedesk db roles first")
        exists = conn.execute(sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar_one()
        # The password goes as a literal (CREATE ROLE takes no parameters); quote_literal
        # escapes it, and the statement is never logged by queuedesk.
        literal = conn.execute(sa.text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(f"{verb} ROLE {name} LOGIN PASSWORD {literal}")
        for other in GROUPS:
            if other is not group:
                conn.exec_driver_sql(f"REVOKE {other.name} FROM {name}")
        conn.exec_driver_sql(f"GRANT {group.name} TO {name}")


def templates(db: Database) -> dict[str, dict]:
    """Per machine kind: its group, what it may do, and the URL its machines use (the
    password kept in ~/.pgpass or a service file, never in the URL)."""
    url = db.engine.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    return {g.machine: {"group": g.name, "may": g.what, "url": f"postgresql+psycopg://LOGIN@{where}"}
            for g in GROUPS}
