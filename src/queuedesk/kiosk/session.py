"""The kiosk's conversation with the engine: issue tickets, keep the figures live.

Issuing runs on one DbWorker and reads on another, so a touch is never queued behind a
refresh. The figures follow the event log (LiveFeed): any batch of events may change a
queue, so it triggers one read (reads asked for while one runs are merged). Widgets
never touch the database; they listen to the signals below.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.domain.errors import ServiceClosed
from queuedesk.domain.model import Channel, Priority
from queuedesk.operations import queries, tickets
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.ui.feed import LiveFeed
from queuedesk.ui.worker import DbWorker

log = logging.getLogger(__name__)

PROBE_MS = 2000      # while the database is away, try a read this often
CLOCK_MS = 60_000    # opening hours and the business day change with the clock, not with events
STATION = "kiosk"


@dataclass(frozen=True)
class Refusal:
    """The engine would not issue: which service, and the refusal's kind (disabled, hours, cap)."""

    code: str
    kind: str


def take_ticket(hall: Hall, code: str, key: str) -> TicketInfo | Refusal:
    """Runs on the action worker. A closed service is an answer, not an error: the kiosk
    explains it, while every other failure goes through the worker's failed signal."""
    try:
        info = tickets.issue_ticket(hall, code, Priority.NORMAL, Channel.KIOSK, key=key)
    except ServiceClosed as exc:
        return Refusal(exc.params["service"], exc.params["kind"])
    return info if info is not None else Refusal(code, "")


class KioskSession(QObject):
    servicesChanged = Signal(list)      # list[ServiceStatus], the hall's services in order
    onlineChanged = Signal(bool)
    issued = Signal(object)             # TicketInfo
    refused = Signal(str, str)          # service code, the refusal's kind (disabled, hours, cap)
    failed = Signal(str)                # any other failure, one line
    busyChanged = Signal(bool)          # a ticket is being issued

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.services: list = []
        self.online = True
        self._issuing = False
        self._issue_id: int | None = None
        self._issue_request: tuple[str, str] | None = None   # (code, key)
        self._retry_keys: dict[str, str] = {}
        self._actions = DbWorker(self)
        self._actions.finished.connect(self._on_action_done)
        self._actions.failed.connect(self._on_action_failed)
        self._reads = DbWorker(self)
        self._reads.finished.connect(self._on_read_done)
        self._reads.failed.connect(self._on_read_failed)
        self._read_id: int | None = None
        self._read_again = False
        self._feed_ok = True
        self._db_ok = True
        self._probe = QTimer(self, singleShot=True, interval=PROBE_MS)
        self._probe.timeout.connect(self._probe_database)
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(lambda: self.refresh())
        self.feed = LiveFeed(hall.db)
        self.feed.events.connect(lambda _batch: self.refresh())
        self.feed.online.connect(self._on_feed_online)
        self.feed.problem.connect(lambda message: log.warning("event feed: %s", message))

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self.feed.start()
        self._clock.start()
        self.refresh()

    def shutdown(self) -> None:
        """Stop the feed thread and let running database work end."""
        self._probe.stop()
        self._clock.stop()
        if self.feed.isRunning():
            self.feed.stop()
        self._actions.wait(10_000)
        self._reads.wait(10_000)

    @property
    def busy(self) -> bool:
        return self._issuing

    # -- issuing -------------------------------------------------------------------------

    def issue(self, code: str) -> bool:
        """Issue one ticket for `code`; False (and nothing happens) while busy or offline.

        Each touch gets a fresh idempotency key, except a touch on the same service after
        the database dropped mid-request: the engine may have issued that ticket already,
        so the same key makes it hand that ticket over instead of a second one.
        """
        if self._issuing or not self.online:
            return False
        key = self._retry_keys.pop(code, None) or uuid.uuid4().hex
        self._set_issuing(True)
        self._issue_request = (code, key)
        self._issue_id = self._actions.submit(partial(take_ticket, self.hall, code, key))
        return True

    def forget_retries(self) -> None:
        """A new customer: a lost answer of the previous one is not theirs to retry."""
        self._retry_keys.clear()

    def record_print_failure(self, number: str, target: str, message: str) -> None:
        log.warning("ticket %s not printed on %s: %s", number, target, message)
        self._actions.submit(partial(tickets.record_print_failure, self.hall, number, target, message,
                                     station=STATION))

    def _set_issuing(self, value: bool) -> None:
        if value != self._issuing:
            self._issuing = value
            self.busyChanged.emit(value)

    @Slot(int, object)
    def _on_action_done(self, rid: int, result) -> None:
        if rid != self._issue_id:
            return   # a recorded print failure: nothing to show
        self._issue_id = None
        self._set_issuing(False)
        if isinstance(result, Refusal):
            self.refused.emit(result.code, result.kind)
            self.refresh()   # our figures were out of date
        else:
            self.issued.emit(result)

    @Slot(int, object, bool)
    def _on_action_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        message = str(error)
        if rid != self._issue_id:
            log.warning("could not record a printer problem: %s", message)
            return
        self._issue_id = None
        code, key = self._issue_request or ("", "")
        self._set_issuing(False)
        if db_problem:
            self._retry_keys[code] = key   # it may have committed before the line dropped
            self._database_lost(message)
        else:
            log.error("issuing a %s ticket failed: %s", code, message)
            self.failed.emit(message)
            self.refresh()

    # -- figures -------------------------------------------------------------------------

    def refresh(self, probing: bool = False) -> None:
        """Read the services' figures again; a request during a read runs once after it."""
        if self._read_id is not None or not (self._db_ok or probing):
            self._read_again = True   # after the running read, or when the database is back
            return
        self._read_again = False
        self._read_id = self._reads.submit(partial(queries.services_status, self.hall))

    @Slot(int, object)
    def _on_read_done(self, rid: int, services: list) -> None:
        if rid != self._read_id:
            return
        self._read_id = None
        if not self._db_ok:
            self._db_ok = True
            self._probe.stop()
            self._update_online()
        self.services = services
        self.servicesChanged.emit(services)
        if self._read_again:
            self.refresh()

    @Slot(int, object, bool)
    def _on_read_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        message = str(error)
        if rid != self._read_id:
            return
        self._read_id = None
        if db_problem:
            self._database_lost(message)
        else:
            log.error("reading the services failed: %s", message)

    # -- the database coming and going -------------------------------------------------

    @Slot(bool)
    def _on_feed_online(self, ok: bool) -> None:
        self._feed_ok = ok
        if ok:
            # Back after a loss: what changed meanwhile is not in our figures.
            self._db_ok = True
            self._probe.stop()
            self.refresh()
        self._update_online()

    def _database_lost(self, message: str) -> None:
        log.warning("database unreachable: %s", message)
        self._db_ok = False
        self._probe.start()
        self._update_online()

    def _probe_database(self) -> None:
        # Only reads probe: a ticket is never issued without a customer touching again.
        if not self._db_ok:
            self.refresh(probing=True)

    def _update_online(self) -> None:
        online = self._feed_ok and self._db_ok
        if online != self.online:
            self.online = online
            self.onlineChanged.emit(online)
