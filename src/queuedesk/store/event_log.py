"""The event log: typed events (domain.events) in, typed events out, in commit order.

Appending takes a transaction-scoped advisory lock on PostgreSQL, so event ids become
visible in id order (a reader resuming "after id N" never misses one), and NOTIFYs the
readers. Rows keep the envelope as columns and the rest as a JSON payload, with the
payload's schema version.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from queuedesk.domain import events as catalogue
from queuedesk.domain.events import Event
from queuedesk.store.database import Database
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import events

EVENT_LOCK = 0x51D35C
NOTIFY_CHANNEL = "queuedesk_events"


def _event(row) -> Event:
    envelope = {"id": row.id, "at": row.at, "ticket_id": row.ticket_id, "ticket_number": row.ticket_number,
                "service": row.service, "counter": row.counter, "staff": row.staff}
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
    def append(self, event: Event) -> int:
        type_, version, columns, payload = catalogue.encode(event)
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": EVENT_LOCK})
        event_id = self.conn.execute(events.insert().values(
            type=type_, version=version, payload=json.dumps(payload, ensure_ascii=False, default=str),
            **columns).returning(events.c.id)).scalar_one()
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": str(event_id)})
        return event_id

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


