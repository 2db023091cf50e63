"""The staff menu's conversation with the engine: the PIN, and who the menu acts as.

The PIN is checked by the engine (operations.kiosk_staff.unlock_kiosk, on the kiosk's
EngineLink action worker: the hash takes a noticeable moment and the screen must not
freeze), which records every try in the audit trail. What comes back is the actor the
unlocked menu acts as (a manager named after this kiosk): a priority ticket issued
from the menu names it in the event log. The kiosk keeps the count of wrong PINs
itself (pin_guard.py) and forgets the actor as soon as the menu closes.
"""
from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from queuedesk.domain.access import Actor
from queuedesk.domain.errors import QueueError
from queuedesk.kiosk.pin_guard import PinGuard
from queuedesk.operations.hall import Hall
from queuedesk.operations.kiosk_staff import unlock_kiosk
from queuedesk.ui.engine_link import EngineLink

log = logging.getLogger(__name__)

#: Refusal codes the kiosk adds to the engine's (wrong_pin, no_kiosk_pin, …).
LOCKED, OFFLINE = "pad_locked", "offline"


class StaffSession(QObject):
    unlocked = Signal()
    refused = Signal(object)        # a QueueError: its code and params say why
    checkingChanged = Signal(bool)  # the engine is checking a PIN

    def __init__(self, hall: Hall, link: EngineLink, station: str, guard: PinGuard | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.hall, self.link, self.station = hall, link, station
        self.guard = guard or PinGuard()
        self.actor: Actor | None = None
        self._request: int | None = None
        link.acted.connect(self._on_acted)
        link.actFailed.connect(self._on_failed)

    @property
    def checking(self) -> bool:
        return self._request is not None

    def locked_error(self) -> QueueError | None:
        """The pad's lock as a refusal, None while it is open."""
        seconds = self.guard.locked_seconds()
        if not seconds:
            return None
        return QueueError("too many wrong PINs", LOCKED, minutes=max(1, -int(-seconds // 60)))

    def unlock(self, pin: str) -> bool:
        """Ask the engine; False (and a `refused`) when the pad is locked or a check runs."""
        if self.checking:
            return False
        locked = self.locked_error()
        if locked is not None:
            self.refused.emit(locked)
            return False
        self._request = self.link.act(partial(unlock_kiosk, self.hall, pin, self.station))
        self.checkingChanged.emit(True)
        return True

    def lock(self) -> None:
        """The menu closed: the next visit needs the PIN again."""
        if self.actor is not None:
            log.info("kiosk staff menu closed")
        self.actor = None

    def staff_hall(self) -> Hall:
        """The hall as the unlocked menu's actor."""
        if self.actor is None:
            raise RuntimeError("the staff menu is locked")
        return self.hall.as_actor(self.actor)

    @Slot(int, object)
    def _on_acted(self, rid: int, result) -> None:
        if rid != self._request:
            return
        self._request = None
        self.checkingChanged.emit(False)
        self.guard.right()
        self.actor = result
        log.info("kiosk staff menu opened (%s)", result.describe())
        self.unlocked.emit()

    @Slot(int, object, bool)
    def _on_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        if rid != self._request:
            return
        self._request = None
        self.checkingChanged.emit(False)
        if db_problem:
            self.refused.emit(QueueError(str(error), OFFLINE))
            return
        if isinstance(error, QueueError) and error.code == "wrong_pin":
            if self.guard.wrong():
                log.warning("five wrong staff PINs: the kiosk's PIN pad is locked")
                error = self.locked_error() or error
            else:
                error = QueueError(str(error), "wrong_pin", tries_left=self.guard.tries_left)
        elif not isinstance(error, QueueError):
            log.error("checking the staff PIN failed: %s", error)
            error = QueueError(str(error))
        self.refused.emit(error)
