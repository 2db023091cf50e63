"""The event log as a feed: "give me events after id N, and wake me when there are more".

The log is the source of truth; the wake-up is only a hint. PostgreSQL wakes a reader
with LISTEN/NOTIFY at once; SQLite is polled cheaply (`PRAGMA data_version` changes when
another connection commits). A reader that reconnects simply asks again from its last id.

A log can also go backwards: a database restored from last night's backup (`queuedesk
db restore` bumps its generation), or an SQLite file replaced under the running
programs. `verify()` notices (another generation, or the last event seen is gone or is
another one) and raises `LogRewound`, so the reader reloads everything instead of
waiting for ids the log will never reach again.
"""
from __future__ import annotations

import os
import time
from datetime import datetime

from queuedesk.domain.events import Event
from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.event_log import NOTIFY_CHANNEL, EventLog
from queuedesk.store.repositories.identity import IdentityRepository

SQLITE_POLL_S = 0.02   # data_version reads shared memory: polling this often costs little


class LogRewound(Exception):
    """The log no longer holds the last event this reader saw; it now ends at `last_id`."""

    def __init__(self, last_id: int):
        super().__init__(f"the event log went back to id {last_id} (a restored database?)")
        self.last_id = last_id


class EventFeed:
    """Follows the log from `after`. Not thread-safe: one feed per reading thread.

    `fetch()` returns the new events (and advances); `wait(timeout)` blocks until there
    may be more or the timeout passes. Both raise DatabaseError when the database is
    gone; the caller retries later and loses nothing, since the cursor only advances
    over events it has returned.
    """

    def __init__(self, db: Database, after: int | None = None):
        self.db = db
        with db.connect(write=False) as conn:
            log = EventLog(conn)
            self.after = log.last_id() if after is None else after
            self._after_at: datetime | None = log.time_of(self.after) if self.after else None
            self._identity = IdentityRepository(conn).get()
        self._listener = None
        self._seen_version = None   # SQLite: data_version when we last fetched
        self._file_id = None        # SQLite: (device, inode) of the file we listen to

    def fetch(self, limit: int = 1000) -> list[Event]:
        if self.db.is_sqlite and self._listener is not None:
            # Taken before reading, so a commit that lands during the read still wakes us.
            self._seen_version = self._data_version()
        with self.db.connect(write=False) as conn:
            new = EventLog(conn).read(self.after, limit)
        if new:
            self.after, self._after_at = new[-1].id, new[-1].at
        return new

    def verify(self) -> None:
        """Raise LogRewound if the database is another copy (a restore bumped its
        generation) or the last event we saw is no longer in the log as we saw it."""
        with self.db.connect(write=False) as conn:
            log = EventLog(conn)
            identity = IdentityRepository(conn).get()
            if identity != self._identity:
                self._identity = identity
                raise LogRewound(log.last_id())
            if not self.after:
                return
            at = log.time_of(self.after)
            if at is None or (self._after_at is not None and at != self._after_at):
                raise LogRewound(log.last_id())

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
            raise DatabaseError(self.db.fault(exc)) from None

    def _data_version(self) -> int:
        return self._listener.execute("PRAGMA data_version").fetchone()[0]

    def _sqlite_file_id(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.db.sqlite_path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def _wait_sqlite(self, timeout: float) -> None:
        if self._listener is None:
            self._listener = self.db.sqlite_connection()
            self._file_id = self._sqlite_file_id()
            return  # no version seen yet: let the caller fetch once
        if self._sqlite_file_id() != self._file_id:
            # Replaced (a restore) or moved away: our connections still read the old file.
            self.db.dispose()
            raise DatabaseError("database unavailable: the database file was replaced or removed")
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
