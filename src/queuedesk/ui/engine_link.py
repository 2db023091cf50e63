"""A window's one line to the engine: use cases off the GUI thread, the live event feed,
and whether the database is there.

Kiosk, desk and lobby display each own one `EngineLink`; their sessions keep only what
is their own (which parts to read again, which request to retry). The link gives them:

- `act(fn)` and `read(fn)`: a use case run on the action or the read worker, so a click
  is never queued behind a refresh; answers come back as signals on the GUI thread.
- `events`: the event log as it grows, typed, in order, from `start(after)` on;
  `following` once the feed is in place (started "from now", it is the moment after
  which no change is missed: a session reads then what it read before may have missed).
- `online`: False while the database is away. A database failure of any request takes
  the link offline; it then probes with a cheap read, backing off, and the feed retries
  by itself; when both are back, `onlineChanged(True)` tells the session to read afresh.
  An action is never retried by the link: a customer or teller decides that.
- `rewound`: the log went backwards (a restored database): read everything again.
- `reload`: what a window that keeps its picture from the events must read afresh —
  when the feed is first in place, when the log went backwards, when the database is
  back after an outage. Between those, events are applied as they come.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.operations.hall import Hall
from queuedesk.operations.queries import last_event_id
from queuedesk.ui.feed import LiveFeed
from queuedesk.ui.worker import DbWorker

log = logging.getLogger(__name__)

PROBE_MS = (500, 1000, 2000, 4000)   # while the database is away, probe after these (then the last)


class EngineLink(QObject):
    events = Signal(list)              # typed events (domain.events), oldest first
    rewound = Signal()                 # the log went backwards: read everything again
    following = Signal()               # the feed is in place: what changed before it, read now
    onlineChanged = Signal(bool)
    reload = Signal()                  # read the whole picture again (see the module's docstring)
    busyChanged = Signal(bool)         # an action is under way
    acted = Signal(int, object)        # request id, the use case's answer
    actFailed = Signal(int, object, bool)   # request id, the error, was it the database?
    readDone = Signal(int, object)
    readFailed = Signal(int, object, bool)

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.problem: str | None = None     # why the database is away, in one line
        self._feed_ok = True
        self._db_ok = True
        self._online = True
        self._probes = 0
        self._probe_id: int | None = None
        self._actions = DbWorker(self)
        self._reads = DbWorker(self)
        self._actions.finished.connect(self.acted)
        self._actions.failed.connect(self._on_act_failed)
        self._actions.busy_changed.connect(self.busyChanged)
        self._reads.finished.connect(self._on_read_done)
        self._reads.failed.connect(self._on_read_failed)
        self._probe = QTimer(self, singleShot=True)
        self._probe.timeout.connect(self._send_probe)
        self.feed: LiveFeed | None = None

    # -- life cycle ----------------------------------------------------------------------

    def start(self, after: int | None = None) -> None:
        """Follow the log from event `after` (None: from now on)."""
        self.feed = LiveFeed(self.hall.db, after=after)
        self.feed.events.connect(self.events)
        self.feed.following.connect(lambda _after: (self.following.emit(), self.reload.emit()))
        self.feed.online.connect(self._on_feed_online)
        self.feed.problem.connect(self._on_problem)
        self.feed.rewound.connect(lambda last_id: (log.warning("event log went back to %s", last_id),
                                                   self.rewound.emit(), self.reload.emit()))
        self.feed.start()

    def shutdown(self) -> None:
        """Stop the feed thread and let running database work end (tests, window close)."""
        self._probe.stop()
        if self.feed is not None and self.feed.isRunning():
            self.feed.stop()
        self._actions.wait(10_000)
        self._reads.wait(10_000)

    # -- requests ----------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._online

    @property
    def busy(self) -> bool:
        return self._actions.busy

    def act(self, fn: Callable[[], Any]) -> int:
        return self._actions.submit(fn)

    def read(self, fn: Callable[[], Any]) -> int:
        return self._reads.submit(fn)

    # -- answers -----------------------------------------------------------------------------

    @Slot(int, object, bool)
    def _on_act_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if db_problem:
            self._database_lost(str(error))
        self.actFailed.emit(rid, error, db_problem)

    @Slot(int, object)
    def _on_read_done(self, rid: int, result: object) -> None:
        if not self._db_ok:
            self._database_back()
        if rid == self._probe_id:
            self._probe_id = None
            return
        self.readDone.emit(rid, result)

    @Slot(int, object, bool)
    def _on_read_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if db_problem:
            self._database_lost(str(error))
        if rid == self._probe_id:
            self._probe_id = None
            return
        self.readFailed.emit(rid, error, db_problem)

    # -- the database coming and going -------------------------------------------------------

    def _on_problem(self, message: str) -> None:
        self.problem = message
        log.warning("event feed: %s", message)

    @Slot(bool)
    def _on_feed_online(self, ok: bool) -> None:
        self._feed_ok = ok
        if ok and not self._db_ok:
            self._database_back()   # the feed reached it: so will the workers
        else:
            self._update()

    def _database_lost(self, message: str) -> None:
        self.problem = message
        if self._db_ok:
            self._db_ok = False
            self._probes = 0
            self._schedule_probe()
        self._update()

    def _database_back(self) -> None:
        self._db_ok = True
        self._probe.stop()
        self._update()

    def _schedule_probe(self) -> None:
        self._probe.start(PROBE_MS[min(self._probes, len(PROBE_MS) - 1)])
        self._probes += 1

    def _send_probe(self) -> None:
        if self._db_ok:
            return
        if self._probe_id is None:
            self._probe_id = self._reads.submit(partial(last_event_id, self.hall))
        self._schedule_probe()

    def _update(self) -> None:
        online = self._feed_ok and self._db_ok
        if online:
            self.problem = None
        if online != self._online:
            self._online = online
            self.onlineChanged.emit(online)
            if online:
                self.reload.emit()


class Refresh(QObject):
    """A read a window keeps current, one at a time.

    `ask(*parts)` whenever what it reads may have changed (a batch of events, a refusal):
    the read runs at once, or once more after the one under way, merged with whatever
    else was asked meanwhile, or when the database is back. `invalidate()` says the read
    under way may predate a change (an action just answered, a teller signed out): its
    answer is dropped and its parts read again. `make(parts)` is called on the GUI thread
    and gives the function to run on the read worker.
    """

    loaded = Signal(object, frozenset)    # the answer, the parts it covers
    failed = Signal(object)               # a read failed for another reason than the database

    EVERYTHING = "everything"             # the part of a read that has no parts

    def __init__(self, link: EngineLink, make: Callable[[frozenset[str]], Callable[[], Any]],
                 parent: QObject | None = None):
        super().__init__(parent or link)
        self._link, self._make = link, make
        self._wanted: set[str] = set()
        self._running: int | None = None
        self._running_parts: frozenset[str] = frozenset()
        self._stale = False
        link.readDone.connect(self._on_done)
        link.readFailed.connect(self._on_failed)
        link.onlineChanged.connect(lambda online: online and self.retry())

    @property
    def running(self) -> bool:
        return self._running is not None

    def ask(self, *parts: str) -> None:
        self._wanted |= set(parts) or {self.EVERYTHING}
        self.retry()

    def invalidate(self) -> None:
        if self._running is not None:
            self._stale = True

    def retry(self) -> None:
        """Run what is wanted, if nothing runs and the database is there."""
        if self._running is not None or not self._wanted or not self._link.online:
            return
        parts = frozenset(self._wanted)
        self._wanted.clear()
        self._running_parts, self._stale = parts, False
        self._running = self._link.read(self._make(parts))

    @Slot(int, object)
    def _on_done(self, rid: int, result: object) -> None:
        if rid != self._running:
            return
        self._running = None
        if self._stale:
            self._wanted |= self._running_parts
        else:
            self.loaded.emit(result, self._running_parts)
        self.retry()

    @Slot(int, object, bool)
    def _on_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if rid != self._running:
            return
        self._running = None
        self._wanted |= self._running_parts   # read again when asked, or when the database is back
        if not db_problem:
            self.failed.emit(error)
