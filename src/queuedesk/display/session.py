"""The lobby screen's conversation with the engine: one snapshot, then the event feed.

Start-up reads a snapshot on a DbWorker (the current calls, the day's recent calls, the
waiting counts and the last event id), then follows the log from that id with a
LiveFeed, so a restart shows the hall as it is without replaying old calls. Each event
updates the model in place; waiting counts come from the events' payloads, and only the
few events that cannot tell them trigger one cheap read. Widgets never see the database.
"""
from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.display import snapshot
from queuedesk.display.state import Change, DisplayState
from queuedesk.operations import queries
from queuedesk.operations.hall import Hall
from queuedesk.ui.feed import LiveFeed
from queuedesk.ui.worker import DbWorker

log = logging.getLogger(__name__)

RETRY_MS = 2000        # after a failed read, try again this often (the feed may be fine)
DAY_CHECK_MS = 60_000  # the business date turns with the clock, not with an event


def enabled_services(hall: Hall) -> list:
    return [s for s in queries.services_status(hall) if s.enabled]


class DisplaySession(QObject):
    restored = Signal()            # the snapshot is in `state`: draw everything
    changed = Signal(object)       # a Change from live events (or a recount)
    servicesChanged = Signal(list)  # list[ServiceStatus]: names and order of the business types
    onlineChanged = Signal(bool)

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.state = DisplayState(hall.config["display.recent_calls"])
        self.services: list = []
        self.online = True
        self.restored_once = False
        self._feed_ok = True
        self._reads_ok = True
        self._snapshot_id: int | None = None
        self._count_id: int | None = None
        self._count_again = False
        self._day = None
        self._reads = DbWorker(self)
        self._reads.finished.connect(self._on_read_done)
        self._reads.failed.connect(self._on_read_failed)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._retry_reads)
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self.feed: LiveFeed | None = None

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self._load_snapshot()
        self._day_timer.start()

    def shutdown(self) -> None:
        """Stop the feed thread and let a running read end."""
        self._retry.stop()
        self._day_timer.stop()
        if self.feed is not None and self.feed.isRunning():
            self.feed.stop()
        self._reads.wait(10_000)

    def _load_snapshot(self) -> None:
        if self._snapshot_id is None:
            self._snapshot_id = self._reads.submit(
                partial(snapshot.load, self.hall, self.hall.config["display.recent_calls"]))

    def _retry_reads(self) -> None:
        if not self.restored_once:
            self._load_snapshot()
        elif self._count_again:
            self.recount()

    def _start_feed(self, after: int) -> None:
        self.feed = LiveFeed(self.hall.db, after=after)
        self.feed.events.connect(self._on_events)
        self.feed.online.connect(self._on_feed_online)
        self.feed.problem.connect(lambda message: log.warning("event feed: %s", message))
        self.feed.start()

    # -- waiting counts ----------------------------------------------------------------------

    def recount(self) -> None:
        """Read the waiting counts again; asks made during a read run once after it."""
        if self._count_id is not None:
            self._count_again = True
            return
        self._count_again = False
        self._count_id = self._reads.submit(partial(enabled_services, self.hall))

    def _check_day(self) -> None:
        today = self.hall.today()
        if self._day is not None and today != self._day and self.restored_once:
            self.recount()
        self._day = today

    # -- answers ------------------------------------------------------------------------

    @Slot(int, object)
    def _on_read_done(self, rid: int, result) -> None:
        self._set_reads_ok(True)
        if rid == self._snapshot_id:
            self._snapshot_id = None
            self._restore(result)
        elif rid == self._count_id:
            self._count_id = None
            self._take_services(result)
            if self._count_again:
                self.recount()

    @Slot(int, object, bool)
    def _on_read_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        message = str(error)
        log.warning("display read failed: %s", message)
        if rid == self._snapshot_id:
            self._snapshot_id = None
        elif rid == self._count_id:
            self._count_id = None
            self._count_again = True
        self._retry.start()            # no one else will ask again: keep trying by ourselves
        if db_problem:
            self._set_reads_ok(False)

    def _restore(self, snap: snapshot.Snapshot) -> None:
        self.services = list(snap.services)
        self.state.restore(snap.current, snap.calls, {s.code: s.waiting for s in snap.services},
                           snap.last_id)
        self._day = self.hall.today()
        self.restored_once = True
        self._start_feed(snap.last_id)
        self.servicesChanged.emit(self.services)
        self.restored.emit()

    def _take_services(self, services: list) -> None:
        names_changed = [(s.code, s.name_zh, s.name_en) for s in services] != \
                        [(s.code, s.name_zh, s.name_en) for s in self.services]
        self.services = list(services)
        if names_changed:
            self.servicesChanged.emit(self.services)
        if self.state.set_waiting({s.code: s.waiting for s in services}) or names_changed:
            self.changed.emit(Change(waiting=True))

    @Slot(list)
    def _on_events(self, batch: list) -> None:
        change = self.state.apply(batch)
        if change.recount:
            self.recount()
        if change:
            self.changed.emit(change)

    # -- the database coming and going -------------------------------------------------

    @Slot(bool)
    def _on_feed_online(self, ok: bool) -> None:
        self._feed_ok = ok
        if ok:
            self._reads_ok = True
            if self._count_again:
                self.recount()
        self._update_online()

    def _set_reads_ok(self, ok: bool) -> None:
        if ok != self._reads_ok:
            self._reads_ok = ok
            self._update_online()

    def _update_online(self) -> None:
        online = self._feed_ok and self._reads_ok
        if online != self.online:
            self.online = online
            self.onlineChanged.emit(online)
