"""What a branch sends head office, defined once: which tables, which of their columns.

A branch on PostgreSQL publishes them (publication `queuedesk`, read by head office's
subscription, docs/branches.md); a branch on SQLite writes the same rows to a day file
(`queuedesk db export-day`). Never a password hash, never a ticket's token (it opens the
customer's page), never a desk's lease (renewed every few seconds, of no use upstairs),
nothing of the notices (phone numbers), a booking's check-in code or phone digits, the
idempotency keys or the report summaries (head office makes its own from the tickets and
events).

Every published row carries `branch`, the branch's code, stamped at the branch: on
PostgreSQL by the column's default, which `init --branch` sets to the code; on SQLite by
a trigger after each insert. Head office keys each row by (branch, the branch's own key).

A later migration that changes what is published adds an entry to `AS_OF` (the previous
one extended, e.g. `{**AS_OF["0019"], "ratings": Published(...)}`), and calls
`publish(conn, "<its revision>")`. Head office is upgraded first (it then accepts the
older branches' rows, which lack nothing it needs); docs/branches.md says why.
"""
from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

NAME = "queuedesk"
#: Inserts, updates and deletes; never TRUNCATE (at head office it would empty every branch's table).
OPERATIONS = "insert, update, delete"


class Published(NamedTuple):
    key: tuple[str, ...]          # the row's key at the branch (head office's is branch + this)
    columns: tuple[str, ...]      # the other columns sent (branch goes with every row)

    @property
    def all(self) -> tuple[str, ...]:
        return ("branch", *self.key, *self.columns)


#: What is published, by the schema revision that made it so.
AS_OF: dict[str, dict[str, Published]] = {
    "0019": {
        "services": Published(("code",), (
            "prefix", "number_width", "hours", "daily_cap", "target_wait_min", "max_wait_min",
            "expected_service_min", "enabled", "sort_order", "group_code")),
        "service_names": Published(("service", "lang"), ("name",)),
        "service_groups": Published(("code",), ("sort_order",)),
        "service_group_names": Published(("group_code", "lang"), ("name",)),
        "counters": Published(("number",), ("services", "state", "pause_reason", "staff")),
        "counter_names": Published(("counter", "lang"), ("name",)),
        "staff": Published(("user",), ("name", "staff_number", "role", "active")),
        "hall_texts": Published(("key", "lang"), ("text",)),
        "tickets": Published(("id",), (
            "number", "service", "business_date", "sequence", "priority", "state", "channel", "issued_at",
            "queued_at", "called_at", "started_at", "finished_at", "counter", "staff", "recalls", "note",
            "transferred_from", "target_counter", "head_of_queue", "estimated_wait_min", "first_called_at")),
        "events": Published(("id",), (
            "at", "type", "version", "ticket_id", "ticket_number", "service", "counter", "staff", "actor",
            "actor_role", "audited", "payload")),
        "ratings": Published(("ticket_id",), (
            "business_date", "ticket_number", "service", "counter", "staff", "score", "reasons", "channel", "at")),
        "complaints": Published(("id",), (
            "channel", "grade", "text", "received_at", "received_date", "due_date", "ticket_number", "ticket_id",
            "counter", "staff", "recorded_by", "answered_at", "answered_date", "answer", "answered_by")),
    },
}
#: Bookings, for the reports' punctuality and no-shows: never the check-in code (the
#: customer checks in with it) nor the phone's last digits.
AS_OF["0022"] = {**AS_OF["0019"], "appointments": Published(("id",), (
    "service", "business_date", "slot_start", "slot_end", "state", "booked_at", "checked_in_at", "arrival",
    "ticket_id", "ticket_number", "cancelled_at"))}
#: The revision whose definition is current.
REVISION = max(AS_OF)
CURRENT = AS_OF[REVISION]
#: Columns a branch keeps to itself (a test holds every other column of a published table to be published).
WITHHELD = {"staff": ("password_hash", "failed_signins", "locked_until"), "tickets": ("token",),
            "counters": ("lease_until",), "appointments": ("code", "phone_last4")}
#: Tables whose rows belong to one business day (the rest describe the hall: sent whole).
DAILY = ("tickets", "events", "ratings", "complaints", "appointments")


def unique_key_index(table: str) -> str:
    """The index over (branch, key) a branch's table is replicated by (its replica identity)."""
    return f"uq_{table}_branch_key"


def quoted(conn: Connection, name: str) -> str:
    """A table or column name as this database quotes it in SQL."""
    return conn.dialect.identifier_preparer.quote(name)


# -- a branch on PostgreSQL ----------------------------------------------------------------------

def publish(conn: Connection, revision: str = REVISION) -> None:
    """Make the publication say what `revision` publishes (PostgreSQL; nothing on SQLite).
    Each table is replicated by its (branch, key) index, so head office, which keys rows
    the same way, can apply a branch's updates and deletes."""
    if conn.dialect.name != "postgresql" or _is_head_office(conn):
        return
    tables = AS_OF[revision]
    q = lambda name: quoted(conn, name)  # noqa: E731
    for table, spec in tables.items():
        index = unique_key_index(table)
        conn.execute(sa.text(f"CREATE UNIQUE INDEX IF NOT EXISTS {index} ON {q(table)} "
                             f"({', '.join(q(c) for c in ('branch', *spec.key))})"))
        conn.execute(sa.text(f"ALTER TABLE {q(table)} REPLICA IDENTITY USING INDEX {index}"))
    if _published(conn) == {t: set(spec.all) for t, spec in tables.items()}:
        return
    listed = ", ".join(f"{q(t)} ({', '.join(q(c) for c in spec.all)})" for t, spec in tables.items())
    exists = conn.execute(sa.text("SELECT 1 FROM pg_publication WHERE pubname = :n"), {"n": NAME}).first()
    if exists:
        conn.execute(sa.text(f"ALTER PUBLICATION {NAME} SET TABLE {listed}"))
        conn.execute(sa.text(f"ALTER PUBLICATION {NAME} SET (publish = '{OPERATIONS}')"))
    else:
        conn.execute(sa.text(f"CREATE PUBLICATION {NAME} FOR TABLE {listed} WITH (publish = '{OPERATIONS}')"))


def _is_head_office(conn: Connection) -> bool:
    """Head office publishes nothing; a migration's `publish` there would also index its
    tables by a (branch, key) its primary key already is."""
    return bool(conn.execute(sa.text("SELECT head_office FROM identity LIMIT 1")).scalar())


def _published(conn: Connection) -> dict[str, set[str]]:
    rows = conn.execute(sa.text("SELECT tablename, attnames FROM pg_publication_tables WHERE pubname = :n"),
                        {"n": NAME})
    return {r.tablename: set(r.attnames or ()) for r in rows}


def withdraw(conn: Connection) -> None:
    """No publication here (head office publishes nothing)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(f"DROP PUBLICATION IF EXISTS {NAME}"))


# -- stamping the branch's code --------------------------------------------------------------------

def _trigger(table: str) -> str:
    return f"stamp_branch_{table}"


def keep_stamping(conn: Connection, code: str, tables=CURRENT) -> None:
    """New rows get `code`: PostgreSQL by each published table's column default; SQLite by
    a trigger that reads the code from the identity table (set once; a migration that
    rebuilds a table loses its trigger, so `migrate.upgrade` calls this every time)."""
    q = lambda name: quoted(conn, name)  # noqa: E731
    for table in tables:
        if conn.dialect.name == "postgresql":
            # DDL takes no bound parameters: the code goes in as a checked literal.
            conn.execute(sa.text(f"ALTER TABLE {q(table)} ALTER COLUMN branch SET DEFAULT {_literal(code)}"))
        else:
            conn.execute(sa.text(
                f"CREATE TRIGGER IF NOT EXISTS {_trigger(table)} AFTER INSERT ON {q(table)} FOR EACH ROW "
                f"WHEN NEW.branch = '' AND (SELECT branch FROM identity LIMIT 1) <> '' "
                f"BEGIN UPDATE {q(table)} SET branch = (SELECT branch FROM identity LIMIT 1) "
                f"WHERE rowid = NEW.rowid; END"))


def _literal(code: str) -> str:
    """A branch code as an SQL literal (codes are letters and digits: domain.limits)."""
    if not code.isascii() or not all(ch.isalnum() for ch in code):
        raise ValueError(f"not a branch code: {code!r}")
    return f"'{code}'"


def restamp(conn: Connection, code: str, tables=CURRENT) -> int:
    """Every published row now belongs to `code` (a branch given its code, or a new one).
    How many rows changed."""
    changed = 0
    for table in tables:
        t = sa.table(table, sa.column("branch"))
        changed += conn.execute(t.update().where(t.c.branch != code).values(branch=code)).rowcount or 0
    return changed
