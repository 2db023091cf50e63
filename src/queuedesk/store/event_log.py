"""The event log: typed events (domain.events) in, typed events out, in commit order.

A use case appends its events to the unit of work; they are written at the end of the
transaction with the waiting counts it changed, as its last statements: on PostgreSQL a
transaction-scoped advisory lock, the counts, the events with their NOTIFY, and the
COMMIT go to the server in one round trip (store.sql), so the lock that makes event ids
visible in id order (a reader resuming "after id N" never misses one) is held for the
server's own work only, never while a client process waits for the CPU. Under that lock
(SQLite's write lock is the whole transaction) each event is stamped no earlier than the
newest event already in the log — event times never go backwards in id order, whatever
the clocks of the machines did — and its queue counts (`Event.counts`) are filled in from
the kept counts, so they too are right in the order readers see them.
Rows keep the envelope as columns and the rest as a JSON payload, with the payload's
schema version.
"""
from __future__ import annotations

import dataclasses
import json
from collections import namedtuple
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from queuedesk.store.database import Database
from queuedesk.store.repositories import Repository, dialect_insert
from queuedesk.store.schema import events, queue_counts
from queuedesk.store.sql import Read, Runner, Sql, Step

if TYPE_CHECKING:
    from queuedesk.domain.events import Event


def _catalogue():
    """domain.events, imported when events are read or written: creating its classes takes
    a noticeable part of a short command's start (`queuedesk status` needs none)."""
    from queuedesk.domain import events

    return events


EVENT_LOCK = 0x51D35C
NOTIFY_CHANNEL = "queuedesk_events"
_COLUMNS = ("type", "version", "ticket_id", "ticket_number", "service", "counter", "staff", "actor", "actor_role",
            "audited")


def _with_count(dialect: str, payload, field: str, count):
    """SQL: the JSON text `payload` with `field` set to `count`."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import JSONB

        return sa.cast(sa.cast(payload, JSONB).op("||")(
            sa.func.jsonb_build_object(sa.literal_column(f"'{field}'"), count)), sa.Text)
    return sa.func.json_set(payload, sa.literal_column(f"'$.{field}'"), count)


def payload_sql(event: type[Event], **sql: str) -> str:
    """PostgreSQL: SQL for the JSON payload of `event` written by a statement of its own
    (store.repositories.calls, .issues), one expression per field of the catalogue's."""
    names = [f.name for f in dataclasses.fields(event) if f.init and f.name not in _catalogue().ENVELOPE]
    if sorted(names) != sorted(sql):
        raise ValueError(f"{event.type}: the payload has {names}, the statement gives {sorted(sql)}")
    return "json_build_object(" + ", ".join(f"'{name}', {sql[name]}" for name in names) + ")::text"


def _insert_events(dialect: str, *shape: tuple[str, ...]):
    """INSERT of len(shape) events, in order; shape[i] names the count fields of event i.
    Each is stamped no earlier than the newest event; on PostgreSQL the readers are woken."""
    newest = sa.select(events.c.at).order_by(events.c.id.desc()).limit(1).scalar_subquery()
    rows = []
    for i, fields in enumerate(shape):
        at = sa.bindparam(f"at{i}", type_=events.c.at.type)
        payload = sa.bindparam(f"payload{i}", type_=sa.Text)
        for j, field in enumerate(fields):
            count = sa.func.coalesce(sa.select(queue_counts.c.waiting).where(
                queue_counts.c.business_date == sa.bindparam(f"day{i}_{j}", type_=sa.Date),
                queue_counts.c.service == sa.bindparam(f"service{i}_{j}")).scalar_subquery(), 0)
            payload = _with_count(dialect, payload, field, count)
        stamped = (sa.func.greatest(at, newest) if dialect == "postgresql"
                   else sa.func.max(at, sa.func.coalesce(newest, at)))
        rows.append({"at": stamped, "payload": payload,
                     **{name: sa.bindparam(f"{name}{i}", type_=events.c[name].type) for name in _COLUMNS}})
    insert = events.insert().values(rows)
    if dialect != "postgresql":
        return insert
    added = insert.returning(events.c.id).cte("added")
    return sa.select(sa.func.pg_notify(sa.literal_column(f"'{NOTIFY_CHANNEL}'"),
                                       sa.cast(sa.func.max(added.c.id), sa.Text))).select_from(added)


def _upsert_counts(dialect: str, n: int):
    """Add changes to n (day, service) waiting counts, creating the missing ones."""
    insert = dialect_insert(dialect)(queue_counts).values(
        [{"business_date": sa.bindparam(f"day{i}", type_=sa.Date), "service": sa.bindparam(f"service{i}"),
          "waiting": sa.bindparam(f"change{i}", type_=sa.Integer)} for i in range(n)])
    return insert.on_conflict_do_update(index_elements=["business_date", "service"],
                                        set_={"waiting": queue_counts.c.waiting + insert.excluded.waiting})


_INSERT = Sql(_insert_events)


def _read(dialect: str, types: tuple[str, ...], newest_first: bool, limit: int, after: bool, before: bool):
    """Events of `types` (all if none), after :after and before :before if asked, oldest
    or newest first, at most `limit`. With several types, one range of the type index per
    type, merged: no sort of every event of those types the log ever held.

    The types, the limit and which bounds there are, are in the statement's text:
    PostgreSQL plans a prepared statement once for any parameters after a few runs, and
    planned for an unknown type it walks the whole log for a rare one (a quarter of a
    second with three months of history) instead of that type's range of its index."""
    def of_type(query, name: str):
        if not name.isidentifier():        # catalogue names only: they are spelled into the SQL
            raise ValueError(f"not an event type: {name!r}")
        return query.where(events.c.type == sa.literal_column(f"'{name}'"))

    def within(query):
        if after:
            query = query.where(events.c.id > sa.bindparam("after"))
        return query.where(events.c.id < sa.bindparam("before")) if before else query

    order = events.c.id.desc() if newest_first else events.c.id
    most = sa.literal_column(str(int(limit)))
    if len(types) > 1:
        parts = [within(of_type(sa.select(events), name)).order_by(order).limit(most).subquery() for name in types]
        merged = sa.union_all(*(sa.select(part) for part in parts)).subquery()
        return sa.select(merged).order_by(merged.c.id.desc() if newest_first else merged.c.id).limit(most)
    query = within(sa.select(events))
    if types:
        query = of_type(query, types[0])
    return query.order_by(order).limit(most)


_READ = Sql(_read)
_Row = namedtuple("_Row", [c.name for c in events.columns])
_LAST_ID = Sql(lambda d: sa.select(sa.func.coalesce(sa.func.max(events.c.id), 0)))
_COUNTS = Sql(_upsert_counts)
_LOCK = Sql(lambda d: sa.select(sa.func.pg_advisory_xact_lock(EVENT_LOCK)))


def _event(row) -> Event:
    envelope = {"id": row.id, "at": row.at, "ticket_id": row.ticket_id, "ticket_number": row.ticket_number,
                "service": row.service, "counter": row.counter, "staff": row.staff, "actor": row.actor,
                "actor_role": row.actor_role}
    try:
        payload = json.loads(row.payload or "{}")
    except ValueError:
        payload = {}
    return _catalogue().decode(row.type, row.version or 1, envelope, payload if isinstance(payload, dict) else {})


def _type_names(types: Iterable[type[Event] | str] | None) -> list[str] | None:
    if types is None:
        return None
    return [t if isinstance(t, str) else t.type for t in types]


class EventLog(Repository):
    def __init__(self, conn: Connection, clock: Callable[[], datetime] | None = None, runner: Runner | None = None,
                 actor: tuple[str, str] | None = None):
        """`actor`: (who, role) of the use case, stamped on every event it records."""
        super().__init__(conn, runner)
        self._clock = clock
        self._actor = actor
        self._pending: list[Event] = []

    @property
    def actor(self) -> tuple[str, str] | None:
        """(who, role) stamped on the events of this unit of work; None: the hall's own tools."""
        return self._actor

    def append(self, event: Event) -> None:
        """Record `event` with this transaction (written by `flush`, its last statements)."""
        _catalogue().encode(event)   # refuses what is not in the catalogue, now rather than at commit
        self._pending.append(event)

    def flush(self, counts: dict[tuple[date, str], int] | None = None,
              tickets: dict[int, tuple[date, str]] | None = None) -> None:
        """The end of the transaction: the writes still queued, then — under the event
        lock — the waiting `counts` changed {(day, service): change} and the appended
        events, and on PostgreSQL the COMMIT, in one round trip. `tickets` gives the
        business date of the tickets the events are about {id: (day, service)}, for
        their queue counts."""
        steps = []
        if self._pending or counts:
            if self.is_pg:
                steps.append(Step(_LOCK))
            if counts:
                params = {}
                for i, ((day, service), change) in enumerate(sorted(counts.items())):
                    params.update({f"day{i}": day, f"service{i}": service, f"change{i}": change})
                steps.append(Step(_COUNTS, params, shape=(len(counts),)))
            if self._pending:
                steps.append(self._insert_step(tickets or {}))
        self._pending.clear()
        self.runner.trip(steps, commit=True)   # (SQLite commits when its transaction ends)

    def _insert_step(self, tickets: dict[int, tuple[date, str]]) -> Step:
        now = self._clock() if self._clock else None
        params: dict = {}
        shape = []
        for i, event in enumerate(self._pending):
            if self._actor is not None and event.actor is None:
                event = dataclasses.replace(event, actor=self._actor[0], actor_role=self._actor[1])
            type_, version, columns, payload = _catalogue().encode(event)
            columns["audited"] = event.audited
            params[f"at{i}"] = max(event.at, now) if now is not None else event.at
            params[f"payload{i}"] = json.dumps(payload, ensure_ascii=False, default=str, allow_nan=False)
            params.update({f"type{i}": type_, f"version{i}": version,
                           **{f"{name}{i}": columns[name] for name in _COLUMNS[2:]}})
            known = tickets.get(event.ticket_id) if event.ticket_id is not None else None
            fields = []
            for field, service_field in event.counts if known is not None else ():
                service = getattr(event, service_field, None)
                if service:
                    params[f"day{i}_{len(fields)}"], params[f"service{i}_{len(fields)}"] = known[0], service
                    fields.append(field)
            shape.append(tuple(fields))
        return Step(_INSERT, params, shape=tuple(shape))

    def read(self, after: int = 0, limit: int = 1000, *, before: int | None = None,
             types: Iterable[type[Event] | str] | None = None, newest_first: bool = False) -> list[Event]:
        """Events with `after` < id (< `before`), optionally of some types only; oldest
        first, or newest first for a screen that looks back over the day's last calls."""
        names = _type_names(types) or []
        shape = (tuple(names), newest_first, limit, after > 0, before is not None)
        rows = self.runner.run(_READ, {"after": after, "before": before}, shape=shape)
        return [_event(_Row(*row)) for row in rows]

    def last_id_reading(self) -> Read[int]:
        """The newest event's id, to read with others."""
        return Read([Step(_LAST_ID)], lambda rows: rows[0][0])

    def audit(self, after: int = 0, limit: int = 1000) -> list[Event]:
        """The audit trail: set-up and account changes, what managers and administrators
        did, out-of-turn calls, failed sign-ins; oldest first."""
        query = (sa.select(events).where(events.c.audited, events.c.id > after).order_by(events.c.id)
                 .limit(limit))
        return [_event(r) for r in self.conn.execute(query)]

    def last_id(self) -> int:
        return self.runner.read(self.last_id_reading())[0]

    def time_of(self, event_id: int) -> datetime | None:
        """When event `event_id` happened, or None if the log has no such event."""
        return self.conn.execute(sa.select(events.c.at).where(events.c.id == event_id)).scalar()


def read_events(db: Database, after: int = 0, limit: int = 1000, **options) -> list[Event]:
    """EventLog.read in a read transaction of its own."""
    with db.connect(write=False) as conn:
        return EventLog(conn).read(after, limit, **options)


def last_event_id(db: Database) -> int:
    with db.connect(write=False) as conn:
        return EventLog(conn).last_id()


