"""Appointment check-in at the kiosk: the code goes to the engine, the ticket comes back.

Through the window's EngineLink like everything else: the check-in runs on the action
worker with one idempotency key per touch of "Check in", so a double touch or a retried
request never makes two tickets. Whether the hall takes bookings at all (is there a
bookable business type?) decides whether the kiosk shows the button; it is read again
when the set-up changes.
"""
from __future__ import annotations

import logging
import uuid
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import BookingPlanChanged, DayClosed
from queuedesk.operations import appointments
from queuedesk.operations.hall import Hall
from queuedesk.ui.engine_link import EngineLink, Refresh

log = logging.getLogger(__name__)


def takes_bookings(hall: Hall) -> bool:
    return bool(appointments.plans(hall))


class CheckInFlow(QObject):
    checkedIn = Signal(object)        # operations.appointments.CheckIn
    refused = Signal(str, dict)       # the engine's refusal code and params (domain.appointments)
    failed = Signal(str)              # the database or a bug: one line for the log
    availableChanged = Signal(bool)   # the hall has a bookable business type
    busyChanged = Signal(bool)

    def __init__(self, hall: Hall, link: EngineLink, parent: QObject | None = None):
        super().__init__(parent)
        self.hall, self.link = hall, link
        self.available = False
        self._request: int | None = None
        self._plans = Refresh(link, lambda _parts: partial(takes_bookings, hall), self)
        self._plans.loaded.connect(self._on_plans)
        link.acted.connect(self._on_done)
        link.actFailed.connect(self._on_failed)
        link.following.connect(self._plans.ask)
        link.rewound.connect(self._plans.ask)
        link.events.connect(self._on_events)

    @property
    def busy(self) -> bool:
        return self._request is not None

    def start(self) -> None:
        self._plans.ask()

    def submit(self, code: str) -> bool:
        """Check in with `code`; False (nothing happens) while one is under way or offline."""
        if self.busy or not self.link.online:
            return False
        self._request = self.link.act(partial(appointments.check_in, self.hall, code, key=uuid.uuid4().hex))
        self.busyChanged.emit(True)
        return True

    def _on_events(self, batch: list) -> None:
        if any(isinstance(e, (BookingPlanChanged, DayClosed)) for e in batch):
            self._plans.ask()

    @Slot(object, frozenset)
    def _on_plans(self, available: bool, _parts) -> None:
        if available != self.available:
            self.available = available
            self.availableChanged.emit(available)

    def _finish(self) -> None:
        self._request = None
        self.busyChanged.emit(False)

    @Slot(int, object)
    def _on_done(self, rid: int, result) -> None:
        if rid == self._request:
            self._finish()
            self.checkedIn.emit(result)

    @Slot(int, object, bool)
    def _on_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if rid != self._request:
            return
        self._finish()
        if isinstance(error, QueueError) and not db_problem:
            self.refused.emit(error.code, dict(error.params))
        else:
            log.warning("check-in failed: %s", error)
            self.failed.emit(str(error))
