"""The event log: typed events (domain.events) in, typed events out, in commit order.

A use case appends its events to the unit of work; they are written at the end of the
transaction, just before it commits. On PostgreSQL that write first takes a
transaction-scoped advisory lock, so event ids become visible in id order (a reader
resuming "after id N" never misses one) while the lock is held only for the last few
statements, and NOTIFYs the readers. Under that lock (SQLite's write lock is the whole
transaction) each event is stamped no earlier than the newest event already in the log:
event times never go backwards in id order, whatever the clocks of the machines did.
Rows keep the envelope as columns and the rest as a JSON payload, with the payload's
schema version.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from queuedesk.domain import events as catalogue
from queuedesk.domain.events import Event
from queuedesk.store.database import Database
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import events

EVENT_LOCK = 0x51D35C
NOTIFY_CHANNEL = "queuedesk_events"


def _event(row) -> Event:
    envelope = {"id": row.id, "at": row.at, "ticket_id": row.ticket_id, "ticket_number": row.ticket_number,
                "service": row.service, "counter": row.counter, "staff": row.staff, "actor": row.actor,
                "actor_role": row.actor_role}
    try:
        payload = json.loads(row.payload or "{}")
    except ValueError:
        payload = {}
    return catalogue.decode(row.type, row.version or 1, envelope, payload if isinstance(payload, dict) else {})


def _type_names(types: Iterable[type[Event] | str] | None) -> list[str] | None:
    if types is None:
        return None
    return [t if isinstance(t, str) else t.type for t in types]


class EventLog(Repository):
    def __init__(self, conn: Connection, clock: Callable[[], datetime] | None = None,
                 actor: tuple[str, str] | None = None):
        """`actor`: (who, role) of the use case, stamped on every event it records."""
        super().__init__(conn)
        self._clock = clock
        self._actor = actor
        self._pending: list[Event] = []

    def append(self, event: Event) -> None:
        """Record `event` with this transaction (written by `flush`, just before commit)."""
        catalogue.encode(event)   # refuses what is not in the catalogue, now rather than at commit
        self._pending.append(event)

    def flush(self) -> None:
        """Write the appended events: the unit of work calls this as its last statement."""
        if not self._pending:
            return
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": EVENT_LOCK})
        stamp = max(filter(None, (self._clock() if self._clock else None, self._newest_time())), default=None)
        rows = []
        for event in self._pending:
            if stamp is not None and event.at < stamp:
                event = dataclasses.replace(event, at=stamp)
            if self._actor is not None and event.actor is None:
                event = dataclasses.replace(event, actor=self._actor[0], actor_role=self._actor[1])
            type_, version, columns, payload = catalogue.encode(event)
            rows.append({"type": type_, "version": version, "audited": event.audited,
                         "payload": json.dumps(payload, ensure_ascii=False, default=str, allow_nan=False),
                         **columns})
        self._pending.clear()
        last_id = None
        for row in rows:   # one by one: ids in the order the use case recorded them
            last_id = self.conn.execute(events.insert().values(**row).returning(events.c.id)).scalar_one()
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": str(last_id)})

    def _newest_time(self) -> datetime | None:
        return self.conn.execute(sa.select(events.c.at).order_by(events.c.id.desc()).limit(1)).scalar()

    def read(self, after: int = 0, limit: int = 1000, *, before: int | None = None,
             types: Iterable[type[Event] | str] | None = None, newest_first: bool = False) -> list[Event]:
        """Events with `after` < id (< `before`), optionally of some types only; oldest
        first, or newest first for a screen that looks back over the day's last calls."""
        query = sa.select(events).where(events.c.id > after)
        if before is not None:
            query = query.where(events.c.id < before)
        names = _type_names(types)
        if names:
            query = query.where(events.c.type.in_(names))
        query = query.order_by(events.c.id.desc() if newest_first else events.c.id).limit(limit)
        return [_event(r) for r in self.conn.execute(query)]

    def audit(self, after: int = 0, limit: int = 1000) -> list[Event]:
        """The audit trail: set-up and account changes, what managers and administrators
        did, out-of-turn calls, failed sign-ins; oldest first."""
        query = (sa.select(events).where(events.c.audited, events.c.id > after).order_by(events.c.id)
                 .limit(limit))
        return [_event(r) for r in self.conn.execute(query)]

    def last_id(self) -> int:
        return self.conn.execute(sa.select(sa.func.max(events.c.id))).scalar() or 0

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


