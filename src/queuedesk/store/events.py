"""The event log as a feed: "give me events after id N, and wake me when there are more".

The log is the source of truth; the wake-up is only a hint. PostgreSQL wakes a reader
with LISTEN/NOTIFY at once; SQLite is polled cheaply (`PRAGMA data_version` changes when
another connection commits). A reader that reconnects simply asks again from its last id.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from queuedesk.store.database import Database, DatabaseError, describe
from queuedesk.store.repository import NOTIFY_CHANNEL
from queuedesk.store.schema import events

SQLITE_POLL_S = 0.02   # data_version reads shared memory: polling this often costs little


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    type: str
    ticket_id: int | None
    ticket_number: str | None
    service: str | None
    counter: int | None
    staff: str | None
    payload: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "type": self.type,
                "ticket_id": self.ticket_id, "ticket": self.ticket_number, "service": self.service,
                "counter": self.counter, "staff": self.staff, "payload": self.payload}


def read_events(db: Database, after: int = 0, limit: int = 1000, *, before: int | None = None,
                types: tuple[str, ...] | None = None, newest_first: bool = False) -> list[Event]:
    """Events with `after` < id (< `before`), optionally of some types only; oldest first,
    or newest first for a screen that looks back over the day's last calls."""
    query = sa.select(events).where(events.c.id > after)
    if before is not None:
        query = query.where(events.c.id < before)
    if types:
        query = query.where(events.c.type.in_(types))
    query = query.order_by(events.c.id.desc() if newest_first else events.c.id).limit(limit)
    with db.connect(write=False) as conn:
        rows = conn.execute(query)
        return [Event(r.id, r.at, r.type, r.ticket_id, r.ticket_number, r.service, r.counter,
                      r.staff, json.loads(r.payload or "{}")) for r in rows]


def last_event_id(db: Database) -> int:
    with db.connect(write=False) as conn:
        return conn.execute(sa.select(sa.func.max(events.c.id))).scalar() or 0


class EventFeed:
    """Follows the log from `after`. Not thread-safe: one feed per reading thread.

    `fetch()` returns the new events (and advances); `wait(timeout)` blocks until there
    may be more or the timeout passes. Both raise DatabaseError when the database is
    gone; the caller retries later and loses nothing, since the cursor only advances
    over events it has returned.
    """

    def __init__(self, db: Database, after: int | None = None):
        self.db = db
        self.after = last_event_id(db) if after is None else after
        self._listener = None
        self._seen_version = None   # SQLite: data_version when we last fetched

    def fetch(self, limit: int = 1000) -> list[Event]:
        if self.db.is_sqlite and self._listener is not None:
            # Taken before reading, so a commit that lands during the read still wakes us.
            self._seen_version = self._data_version()
        new = read_events(self.db, self.after, limit)
        if new:
            self.after = new[-1].id
        return new

    def wait(self, timeout: float) -> None:
        try:
            if self.db.is_sqlite:
                self._wait_sqlite(timeout)
            else:
                self._wait_postgres(timeout)
        except DatabaseError:
            self.close()
            raise
        except Exception as exc:  # driver errors of the listening connection (sqlite3, psycopg)
            self.close()
            raise DatabaseError(f"database unavailable: {describe(exc)}") from None

    def _data_version(self) -> int:
        return self._listener.execute("PRAGMA data_version").fetchone()[0]

    def _wait_sqlite(self, timeout: float) -> None:
        if self._listener is None:
            self._listener = self.db.sqlite_connection()
            return  # no version seen yet: let the caller fetch once
        deadline = time.monotonic() + timeout
        while self._data_version() == self._seen_version:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(SQLITE_POLL_S, left))

    def _wait_postgres(self, timeout: float) -> None:
        import psycopg

        if self._listener is None:
            url = self.db.engine.url.set(drivername="postgresql")
            self._listener = psycopg.connect(url.render_as_string(hide_password=False),
                                             autocommit=True, connect_timeout=5)
            self._listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
            return  # something may have been committed before LISTEN: let the caller fetch
        for _ in self._listener.notifies(timeout=timeout, stop_after=1):
            break

    def close(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:
                pass
            self._listener = None
