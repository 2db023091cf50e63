"""Printing a ticket off the GUI thread.

A network printer may take up to ~5 s to answer (or not); the screen must keep moving,
so the ticket is shown at once and the print outcome arrives later as a signal. The
staff menu's slips (a reprint, a test slip) queue behind the customers' tickets on the
same printer, one at a time, and answer on a signal of their own.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from queuedesk.printing import PrinterError, TicketView, print_ticket

#: What a print job is for: a customer's ticket, or one of the staff menu's slips.
TICKET, REPRINT, TEST = "ticket", "reprint", "test"


class _Relay(QObject):
    done = Signal(str, str, str)   # purpose, ticket number, "" when printed else the one-line problem


class _Job(QRunnable):
    def __init__(self, view: TicketView, target: str, paper_mm: int, purpose: str, relay: _Relay):
        super().__init__()
        self.view, self.target, self.paper_mm, self.purpose, self.relay = view, target, paper_mm, purpose, relay

    def run(self) -> None:
        try:
            print_ticket(self.view, self.target, self.paper_mm)
        except PrinterError as exc:
            self.relay.done.emit(self.purpose, self.view.number, str(exc) or "printer error")
        except Exception as exc:  # noqa: BLE001 - a bug in a driver must not lose the customer either
            self.relay.done.emit(self.purpose, self.view.number, f"{type(exc).__name__}: {exc}")
        else:
            self.relay.done.emit(self.purpose, self.view.number, "")


class PrintJobs(QObject):
    """`finished(number, problem)`: problem is "" when the ticket came out of the printer;
    `staffPrinted(purpose, number, problem)` likewise for the staff menu's slips."""

    finished = Signal(str, str)
    staffPrinted = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)   # one printer, one ticket at a time
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def start(self, view: TicketView, target: str, paper_mm: int, purpose: str = TICKET) -> None:
        self._pending += 1
        self._pool.start(_Job(view, target, paper_mm, purpose, self._relay))

    def _done(self, purpose: str, number: str, problem: str) -> None:
        self._pending -= 1
        if purpose == TICKET:
            self.finished.emit(number, problem)
        else:
            self.staffPrinted.emit(purpose, number, problem)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
