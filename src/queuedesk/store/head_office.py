"""A head-office database: the branches' published tables, keyed by branch.

Head office runs the same migrations as a branch (so its columns are a branch's, and a
new migration reaches both the same way), then `shape` makes each published table hold
many branches: its primary key becomes (branch, the branch's key), every other index
and unique constraint leads with branch, foreign keys go (a branch's rows arrive in
whatever order replication brings them), and columns a branch never sends may be NULL.
`migrate.upgrade` calls it after every upgrade of a head office, so a table or index a
later migration adds is shaped too.

Report summaries are made here per branch and day, like a branch makes its own. A row
that arrives for a day already summarised (a branch whose line was down) makes that
day stale: a trigger on tickets, ratings (a customer may rate from the ticket's page days
later) and counter events forgets the day's summary, and the next report makes it again.
The trigger fires for replicated rows too (ENABLE ALWAYS).
It takes a shared advisory lock that the summariser takes exclusively, so a summary is
never written from a snapshot that misses a row whose trigger already ran.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from queuedesk.store import publication
from queuedesk.store.schema import identity

#: Taken shared by every row that makes a summary stale, exclusively by the summariser.
SUMMARY_LOCK = 0x51D35D


def is_head_office(conn: Connection) -> bool:
    return bool(conn.execute(sa.select(identity.c.head_office).limit(1)).scalar())


def branch_code(conn: Connection) -> str:
    """This hall's branch code ('' until `init --branch` gives one; '' at head office)."""
    return conn.execute(sa.select(identity.c.branch).limit(1)).scalar() or ""


def mark(conn: Connection) -> None:
    conn.execute(identity.update().values(head_office=True, branch=""))


def shape(conn: Connection) -> None:
    """Key every published table by branch (idempotent), publish nothing, and let late rows
    make their day's summary stale."""
    publication.withdraw(conn)
    inspector = sa.inspect(conn)
    for table, spec in publication.CURRENT.items():
        _key_by_branch(conn, inspector, table, spec)
    _stale_summary_triggers(conn)


def _key_by_branch(conn: Connection, inspector, table: str, spec: publication.Published) -> None:
    q = lambda name: publication.quoted(conn, name)  # noqa: E731
    run = lambda sql: conn.execute(sa.text(sql))  # noqa: E731
    for fk in inspector.get_foreign_keys(table):
        run(f"ALTER TABLE {q(table)} DROP CONSTRAINT {q(fk['name'])}")
    for other in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(other):
            if fk["referred_table"] == table:
                run(f"ALTER TABLE {q(other)} DROP CONSTRAINT {q(fk['name'])}")
    key = ["branch", *spec.key]
    pk = inspector.get_pk_constraint(table)
    if pk["constrained_columns"] != key:
        name = pk.get("name") or f"{table}_pkey"
        run(f"ALTER TABLE {q(table)} REPLICA IDENTITY DEFAULT")
        if pk["constrained_columns"]:
            run(f"ALTER TABLE {q(table)} DROP CONSTRAINT {q(name)}")
        index = publication.unique_key_index(table)
        if any(i["name"] == index for i in inspector.get_indexes(table)):
            run(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(name)} PRIMARY KEY USING INDEX {q(index)}")
        else:
            run(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(name)} PRIMARY KEY ({', '.join(map(q, key))})")
    for unique in inspector.get_unique_constraints(table):
        if unique["column_names"][:1] != ["branch"]:
            run(f"ALTER TABLE {q(table)} DROP CONSTRAINT {q(unique['name'])}")
            run(f"ALTER TABLE {q(table)} ADD CONSTRAINT {q(unique['name'])} "
                f"UNIQUE ({', '.join(map(q, ['branch', *unique['column_names']]))})")
    for index in inspector.get_indexes(table):
        if index["name"] == publication.unique_key_index(table) or index["column_names"][:1] == ["branch"]:
            continue
        if index.get("duplicates_constraint"):
            continue
        unique = "UNIQUE " if index["unique"] else ""
        run(f"DROP INDEX {q(index['name'])}")
        run(f"CREATE {unique}INDEX {q(index['name'])} ON {q(table)} "
            f"({', '.join(map(q, ['branch', *index['column_names']]))})")
    sent = set(spec.all)
    for column in inspector.get_columns(table):
        if not column["nullable"] and column["name"] not in sent:
            run(f"ALTER TABLE {q(table)} ALTER COLUMN {q(column['name'])} DROP NOT NULL")
    inspector.clear_cache()


def _stale_summary_triggers(conn: Connection) -> None:
    """A ticket's or a rating's day (before and after the change), or the days around a
    counter's opening or closing, lose their summary. Schema-qualified: replication runs
    triggers with an empty search_path."""
    conn.execute(sa.text(f"""
        CREATE OR REPLACE FUNCTION public.queuedesk_ticket_day_stale() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock_shared({SUMMARY_LOCK});
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM public.report_days WHERE branch = OLD.branch AND business_date = OLD.business_date;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                DELETE FROM public.report_days WHERE branch = NEW.branch AND business_date = NEW.business_date;
            END IF;
            RETURN NULL;
        END $$"""))
    conn.execute(sa.text(f"""
        CREATE OR REPLACE FUNCTION public.queuedesk_counter_day_stale() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock_shared({SUMMARY_LOCK});
            -- The business day is the branch's local date: the UTC date and both neighbours.
            DELETE FROM public.report_days WHERE branch = NEW.branch
                AND business_date BETWEEN (NEW.at AT TIME ZONE 'UTC')::date - 1
                                      AND (NEW.at AT TIME ZONE 'UTC')::date + 1;
            RETURN NULL;
        END $$"""))
    triggers = (
        ("tickets", "summary_stale", "AFTER INSERT OR UPDATE OR DELETE", "", "queuedesk_ticket_day_stale"),
        ("ratings", "summary_stale", "AFTER INSERT OR UPDATE OR DELETE", "", "queuedesk_ticket_day_stale"),
        ("events", "summary_stale", "AFTER INSERT", "WHEN (NEW.counter IS NOT NULL)", "queuedesk_counter_day_stale"),
    )
    for table, name, when, condition, function in triggers:
        conn.execute(sa.text(f"DROP TRIGGER IF EXISTS {name} ON public.{table}"))
        conn.execute(sa.text(f"CREATE TRIGGER {name} {when} ON public.{table} FOR EACH ROW {condition} "
                             f"EXECUTE FUNCTION public.{function}()"))
        conn.execute(sa.text(f"ALTER TABLE public.{table} ENABLE ALWAYS TRIGGER {name}"))


def lock_summaries(conn: Connection) -> None:
    """Before summarising at head office: no row that makes a summary stale is half-applied."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": SUMMARY_LOCK})
