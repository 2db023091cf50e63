"""After a touch: the ticket on screen, whether it printed, and a way back.

The ticket stays up for kiosk.confirm_seconds once it is printed; when it is not on
paper it stays three times as long, so the customer can photograph the number and its
QR code. The countdown starts when the printer has answered.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.domain.estimate import WAIT
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.kiosk.ticket_slip import TicketSlip
from queuedesk.operations.info import TicketInfo
from queuedesk.printing import TicketView
from queuedesk.qtkit.theme import repolish

PRINTING, PRINTED, FAILED, NO_PRINTER = "printing", "printed", "failed", "none"
UNPRINTED_FACTOR = 3
# A second tap of a double tap lands here; it must not hit "Done" and skip the page.
GUARD_MS = 900


class ConfirmationPage(QWidget):
    finished = Signal()   # Done touched, or the countdown ran out

    def __init__(self, texts: KioskTexts, confirm_seconds: int, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.confirm_seconds = max(1, confirm_seconds)
        self.info: TicketInfo | None = None
        self.state = NO_PRINTER
        self.remaining = 0
        self._guarded = False

        self.slip = TicketSlip()
        self.done = QLabel(objectName="done", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.your_number = QLabel(objectName="yourNumber", alignment=Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel(objectName="bigNumber", alignment=Qt.AlignmentFlag.AlignCenter)
        self.service = QLabel(objectName="serviceLine", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.figures = QLabel(objectName="figures", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.counters = QLabel(objectName="counters", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.serving: tuple[int, ...] = ()
        self.counter_names: dict = {}
        self.status = QFrame(objectName="status")
        self.status_title = QLabel(objectName="statusTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.status_text = QLabel(objectName="statusText", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        status_box = QVBoxLayout(self.status)
        status_box.addWidget(self.status_title)
        status_box.addWidget(self.status_text)
        self.status_box = status_box
        self.listen = QLabel(objectName="listen", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.button = QPushButton(objectName="finish")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._finish)
        self.countdown = QLabel(objectName="countdown", alignment=Qt.AlignmentFlag.AlignCenter)

        panel = QWidget()
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        for widget in (self.done, self.your_number, self.number, self.service, self.figures, self.counters):
            box.addWidget(widget)
        box.addSpacing(12)
        box.addWidget(self.status)
        box.addWidget(self.listen)
        box.addSpacing(12)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.countdown)
        box.addStretch(1)
        self.panel_box = box
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.addWidget(self.slip, 5)
        self.row.addWidget(panel, 6)

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count)
        self._guard = QTimer(self, singleShot=True, interval=GUARD_MS)
        self._guard.timeout.connect(self._unguard)

    # -- shown by the window ---------------------------------------------------------------

    def set_unit(self, u: float, touch: int, portrait: bool) -> None:
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.row.setStretch(0, 1 if portrait else 5)
        self.row.setStretch(1, 1 if portrait else 6)
        side = round(3 * u)
        self.row.setContentsMargins(side, round(1.5 * u), side, round(2 * u))
        self.row.setSpacing(round(2.5 * u))
        self.panel_box.setSpacing(round(0.8 * u))
        self.status_box.setContentsMargins(round(2.4 * u), round(1.4 * u), round(2.4 * u), round(1.4 * u))
        self.button.setMinimumHeight(max(touch, round(9 * u)))
        self.button.setMinimumWidth(max(touch, round(34 * u)))

    def show_ticket(self, info: TicketInfo, view: TicketView, paper_mm: int, printing: bool,
                    serving: tuple[int, ...] = (), counter_names: dict | None = None) -> None:
        """`serving`: the open counters that serve the ticket's business, by number."""
        self.info = info
        self.serving, self.counter_names = tuple(serving), dict(counter_names or {})
        self.slip.set_view(view, paper_mm)
        self._tick.stop()
        self._guarded = True
        self._guard.start()
        self.set_print_state(PRINTING if printing else NO_PRINTER)

    def set_print_state(self, state: str) -> None:
        """The printer's answer; the countdown starts once the customer knows where the ticket is."""
        self.state = state
        if state != PRINTING:
            seconds = self.confirm_seconds * (1 if state == PRINTED else UNPRINTED_FACTOR)
            self.remaining = seconds
            self._tick.start()
        self.retranslate()

    def stop(self) -> None:
        self._tick.stop()
        self._guard.stop()

    # -- inside ---------------------------------------------------------------------------

    def _count(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._finish()
        else:
            self._show_countdown()

    def _unguard(self) -> None:
        self._guarded = False
        self._show_countdown()

    def _finish(self) -> None:
        if self._guarded or self.state == PRINTING:
            return
        self.stop()
        self.finished.emit()

    def _show_countdown(self) -> None:
        waiting = self.state == PRINTING
        self.button.setEnabled(not waiting and not self._guarded)
        self.countdown.setText("" if waiting else self.tr("Back to the start in {0} s").format(self.remaining))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Done"))
        self.your_number.setText(self.tr("Your number"))
        info = self.info
        if info is not None:
            self.number.setText(info.number)
            self.service.setText(self.texts.name(info.service_names))
            ahead = info.position or 0
            if not self.serving:
                # No open counter serves it: no wait can be promised, and the customer must know.
                self.figures.setText(self.tr("{0} ahead of you · {1}").format(ahead, self.texts.no_counter()) if ahead
                                     else self.texts.no_counter())
                self.counters.setText(self.tr("Please ask our staff when it will be served."))
            else:
                wait = self.texts.wait(info.wait)
                if ahead:
                    self.figures.setText(self.tr("{0} ahead of you · {1}").format(ahead, wait))
                elif (info.wait or {}).get("kind") == WAIT:   # nobody ahead, but every counter busy
                    self.figures.setText(self.tr("Nobody is ahead of you · {0}").format(wait))
                else:
                    self.figures.setText(self.tr("Nobody is ahead of you"))
                self.counters.setText(self.texts.counters(self.serving, self.counter_names))
        title, text, tone = {
            PRINTING: (self.tr("Printing your ticket…"), "", "busy"),
            PRINTED: (self.tr("Please take your printed ticket"),
                      self.tr("Keep it until your number is called."), "ok"),
            FAILED: (self.tr("Your ticket could not be printed"),
                     self.tr("Your number is valid. Please take a photo of this screen, with its QR code, "
                             "or ask our staff for help."), "alert"),
            NO_PRINTER: (self.tr("Please note your number"),
                         self.tr("Take a photo of this screen: its QR code shows your place in the queue."), "info"),
        }[self.state]
        self.done.setText(self.tr("Your ticket is ready") if self.state != FAILED else self.tr("Your ticket is issued"))
        self.status_title.setText(title)
        self.status_text.setText(text)
        self.status_text.setVisible(bool(text))
        self.status.setProperty("tone", tone)
        for widget in (self.status, self.status_title, self.status_text):
            repolish(widget)
        self.listen.setText(self.tr("When your number is called, please go to the counter shown."))
        self._show_countdown()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

