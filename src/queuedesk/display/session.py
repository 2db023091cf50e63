"""The lobby screen's conversation with the engine: one snapshot, then the event feed.

Start-up reads a snapshot (operations.lobby: the current calls, the day's recent calls,
the waiting counts, the hall's texts and the last event id) through the window's
EngineLink, then follows the log from that id, so a restart shows the hall as it is
without replaying old calls. Each event updates the model in place; waiting counts come
from the events themselves, and only the few events that cannot tell them trigger one
cheap read. A log that went backwards (a restored database) means a new snapshot.
Widgets never see the database.
"""
from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.display.state import Change, DisplayState
from queuedesk.domain import events
from queuedesk.operations import queries
from queuedesk.operations.hall import Hall
from queuedesk.operations.lobby import LobbySnapshot, lobby_snapshot
from queuedesk.operations.texts import HallTexts, hall_texts
from queuedesk.ui.engine_link import EngineLink, Refresh

log = logging.getLogger(__name__)

RETRY_MS = 2000        # after a failed read, try again this often (the feed may be fine)
DAY_CHECK_MS = 60_000  # the business date turns with the clock, not with an event


def enabled_services(hall: Hall) -> list:
    return [s for s in queries.services_status(hall) if s.enabled]


def names_and_texts(hall: Hall) -> tuple[dict[int, dict[str, str]], HallTexts]:
    return {c.number: c.names for c in queries.counters_status(hall) if c.names}, hall_texts(hall)


class DisplaySession(QObject):
    restored = Signal()            # the snapshot is in `state`: draw everything
    changed = Signal(object)       # a Change from live events (or a recount)
    servicesChanged = Signal(list)  # list[ServiceStatus]: names and order of the business types
    textsChanged = Signal()        # the hall's texts or the counters' names changed
    onlineChanged = Signal(bool)

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.state = DisplayState(hall.config["display.recent_calls"])
        self.services: list = []
        self.counter_names: dict[int, dict[str, str]] = {}
        self.texts: HallTexts | None = None
        self.restored_once = False
        self._snapshot_id: int | None = None
        self._day = None
        self.link = EngineLink(hall, self)
        self.link.readDone.connect(self._on_snapshot)
        self.link.readFailed.connect(self._on_snapshot_failed)
        self.link.events.connect(self._on_events)
        self.link.rewound.connect(self._load_snapshot)
        self.link.onlineChanged.connect(self._on_online)
        self._counts = Refresh(self.link, lambda _parts: partial(enabled_services, hall))
        self._counts.loaded.connect(lambda services, _parts: self._take_services(services))
        self._texts = Refresh(self.link, lambda _parts: partial(names_and_texts, hall))
        self._texts.loaded.connect(self._take_texts)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._retry_reads)
        for refresh in (self._counts, self._texts):
            refresh.failed.connect(self._on_read_failed)
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)

    @property
    def online(self) -> bool:
        return self.link.online

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self._load_snapshot()
        self._day_timer.start()

    def shutdown(self) -> None:
        """Stop the feed thread and let a running read end."""
        self._retry.stop()
        self._day_timer.stop()
        self.link.shutdown()

    def _load_snapshot(self) -> None:
        if self._snapshot_id is None:
            self._snapshot_id = self.link.read(
                partial(lobby_snapshot, self.hall, self.hall.config["display.recent_calls"]))

    def _retry_reads(self) -> None:
        if not self.restored_once:
            self._load_snapshot()
        self._counts.retry()
        self._texts.retry()

    # -- waiting counts and texts ---------------------------------------------------------------

    def recount(self) -> None:
        """Read the waiting counts again (after the read under way, if one is)."""
        self._counts.ask()

    def _check_day(self) -> None:
        today = self.hall.today()
        if self._day is not None and today != self._day and self.restored_once:
            self.recount()
        self._day = today

    # -- answers ------------------------------------------------------------------------

    @Slot(int, object)
    def _on_snapshot(self, rid: int, snap: LobbySnapshot) -> None:
        if rid == self._snapshot_id:
            self._snapshot_id = None
            self._restore(snap)

    @Slot(int, object, bool)
    def _on_snapshot_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if rid == self._snapshot_id:
            self._snapshot_id = None
            self._on_read_failed(error)

    def _on_read_failed(self, error: Exception) -> None:
        log.warning("display read failed: %s", error)
        self._retry.start()            # no one else will ask again: keep trying by ourselves

    def _take_texts(self, result, _parts) -> None:
        self.counter_names, self.texts = result
        self.textsChanged.emit()

    def _restore(self, snap: LobbySnapshot) -> None:
        self.services = list(snap.services)
        self.counter_names, self.texts = snap.counter_names, snap.texts
        self.state.restore(snap.current, snap.calls, {s.code: s.waiting for s in snap.services}, snap.last_id)
        self._day = self.hall.today()
        if not self.restored_once:
            self.restored_once = True
            self.link.start(after=snap.last_id)
        self.servicesChanged.emit(self.services)
        self.textsChanged.emit()
        self.restored.emit()

    def _take_services(self, services: list) -> None:
        names_changed = [(s.code, s.names) for s in services] != [(s.code, s.names) for s in self.services]
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
        if any(isinstance(e, (events.HallTextChanged, events.CounterRenamed)) for e in batch):
            self._texts.ask()
        if change:
            self.changed.emit(change)

    # -- the database coming and going -------------------------------------------------

    @Slot(bool)
    def _on_online(self, online: bool) -> None:
        if online and not self.restored_once:
            self._load_snapshot()
        self.onlineChanged.emit(online)
