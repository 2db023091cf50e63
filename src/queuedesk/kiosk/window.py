"""The kiosk window: the header over two pages, home (choose a service) and the ticket.

One touch = one ticket: a touch while a ticket is being issued or printed is ignored,
and each touch carries its own idempotency key (session.py). Printing never holds the
customer up: the ticket is on screen as soon as the engine has issued it, and a printer
problem is shown, logged and recorded for staff, never swallowed.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from queuedesk.kiosk.checkin import CheckInFlow
from queuedesk.kiosk.checkin_page import CheckInBar, CheckInPage
from queuedesk.kiosk.confirmation import FAILED, PRINTED, PRINTING, ConfirmationPage
from queuedesk.kiosk.header import KioskHeader
from queuedesk.kiosk.home import HomePage
from queuedesk.kiosk.idle import IdleWatch
from queuedesk.kiosk.layout import LARGE_TEXT, touch_px
from queuedesk.kiosk.printing_job import PrintJobs
from queuedesk.kiosk.session import KioskSession
from queuedesk.kiosk.style import sheet
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.printing import TicketView
from queuedesk.qtkit.theme import unit
from queuedesk.ui import probe
from queuedesk.ui.language import current_language, set_language

log = logging.getLogger(__name__)

QUIT_KEYS = "Ctrl+Shift+Q"   # for staff with a keyboard; customers have none
PRINT_AT_THE_LATEST_MS = 250


class KioskWindow(QWidget):
    ready = Signal()            # the first service figures are on screen
    ticketShown = Signal(str)   # a new ticket is drawn on the confirmation page
    ticketSettled = Signal(str)  # ... and the printer has answered (or there is none)

    def __init__(self, hall: Hall, default_language: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        config = hall.config
        self.config = config
        self.default_language = default_language or config.language
        self.printer_target = (config["printer.target"] or "").strip()
        self.paper_mm = config["printer.paper_mm"]
        self._ready_sent = False
        self._unit = 0.0
        self.large = False          # large text and high contrast (one touch on the header)
        self._ticket: TicketInfo | None = None
        self._painted = False
        self._to_print: TicketView | None = None

        self.texts = KioskTexts(config["hall.language"], self)
        self.session = KioskSession(hall, self)
        self.printer = PrintJobs(self)
        self.header = KioskHeader(config)
        self.home = HomePage(self.texts)
        self.confirmation = ConfirmationPage(self.texts, config["kiosk.confirm_seconds"])
        self.checkin = CheckInPage()
        self.checkin_button = CheckInBar(config["hall.language"])
        self.checkin_button.hide()      # until the hall is known to take bookings
        self.checkin_flow = CheckInFlow(hall, self.session.link, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.confirmation)
        self.stack.addWidget(self.checkin)
        box = QVBoxLayout(self)
        # The window is the screen's size, whatever its pages would like: never let a long
        # text push it wider than a portrait screen.
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)
        box.addWidget(self.checkin_button)
        self.idle = IdleWatch(config["kiosk.idle_seconds"], self)
        QShortcut(QKeySequence(QUIT_KEYS), self, self.close)

        s = self.session
        s.servicesChanged.connect(self._on_services)
        s.textsChanged.connect(lambda texts: self.header.set_branch_names(texts.branch_name))
        s.onlineChanged.connect(self.home.set_online)
        s.busyChanged.connect(lambda busy: busy or self.home.set_working(None))
        s.issued.connect(self._on_issued)
        s.refused.connect(self.home.show_refusal)
        s.failed.connect(lambda _message: self.home.show_failure())
        self.home.touched.connect(self.touch)
        self.header.languageRequested.connect(self.set_language)
        self.header.largeRequested.connect(self.set_large)
        self.confirmation.finished.connect(lambda: self.go_home(reset_language=True))
        self.confirmation.slip.painted.connect(self._on_painted)
        self.printer.finished.connect(self._on_printed)
        self.idle.idle.connect(self._on_idle)
        self._connect_check_in()
        self._retranslate()
        self.resize(1280, 800)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()
        self.checkin_flow.start()
        self.idle.start()

    def shutdown(self) -> None:
        """Stop background work (tests, window close); a running print is let finish."""
        self.idle.stop()
        self.confirmation.stop()
        self.session.shutdown()
        self.printer.wait(10_000)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    @property
    def busy(self) -> bool:
        """A ticket is being issued or printed: touches are ignored."""
        return self.session.busy or self._to_print is not None or self.printer.busy

    # -- the customer -----------------------------------------------------------------------

    def touch(self, code: str) -> bool:
        """A service button was touched; False when the touch was ignored."""
        if self.busy or self.stack.currentWidget() is not self.home:
            return False
        self.home.clear_refusal()
        if not self.session.issue(code):
            return False
        self.home.set_working(code)
        return True

    def set_language(self, lang: str) -> None:
        if lang != current_language():
            set_language(lang)
        self._retranslate()

    def go_home(self, reset_language: bool = False) -> None:
        """Back to the start for the next customer."""
        self.confirmation.stop()
        self.stack.setCurrentWidget(self.home)
        self.checkin_button.setVisible(self.checkin_flow.available)
        self.home.clear_refusal()
        self.session.forget_retries()
        if reset_language:   # the next customer: as the kiosk starts
            self.set_language(self.default_language)
            self.set_large(False)
            self.home.first_page()

    def set_large(self, large: bool) -> None:
        """Large text and high contrast (适老化) on or off."""
        if large != self.large:
            self.large = large
            self.header.large.setChecked(large)
            self._unit = 0.0     # every size changes
            self._restyle()
        self.header.large.setChecked(large)

    def _on_idle(self) -> None:
        if self.busy:
            self.idle.restart()   # a ticket is on its way: its page ends the visit
        elif self.stack.currentWidget() in (self.home, self.checkin):
            self.go_home(reset_language=True)
        # On the confirmation page its own countdown takes the customer home.

    # -- appointment check-in (预约签到) -------------------------------------------------------

    def _connect_check_in(self) -> None:
        flow = self.checkin_flow
        self.checkin_button.clicked.connect(self.open_check_in)
        self.checkin.back.connect(lambda: self.go_home())
        self.checkin.submitted.connect(flow.submit)
        flow.busyChanged.connect(self.checkin.set_busy)
        flow.refused.connect(self.checkin.show_refusal)
        flow.failed.connect(lambda _message: self.checkin.show_refusal("", {}))
        flow.checkedIn.connect(self._on_checked_in)
        flow.availableChanged.connect(
            lambda available: self.checkin_button.setVisible(available and self.stack.currentWidget() is self.home))

    def open_check_in(self) -> bool:
        """The check-in keypad; False while a ticket is on its way."""
        if self.busy or self.stack.currentWidget() is not self.home:
            return False
        self.checkin.reset()
        self.checkin_button.hide()
        self.stack.setCurrentWidget(self.checkin)
        self.checkin.setFocus()
        return True

    def _on_checked_in(self, result) -> None:
        self._on_issued(result.ticket)
        self.confirmation.set_note(self.checkin.arrival_note(result.arrival, result.slot))

    # -- answers ------------------------------------------------------------------------

    def _on_services(self, services: list) -> None:
        self.home.show_services(services, self.session.groups)
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()
        if probe.enabled():   # after layout, so the places reported are where buttons are
            QTimer.singleShot(0, self._report_buttons)

    def _report_buttons(self) -> None:
        probe.report("kiosk", "services", buttons={code: probe.click_point(button) for code, button
                                                   in self.home.grid.buttons.items() if button.isEnabled()})

    def _on_issued(self, info: TicketInfo) -> None:
        self.home.set_working(None)
        try:
            texts = self.session.texts
            # The ticket speaks the customer's language, with the second one under it.
            view = TicketView.from_ticket(info.to_dict(), self.config, lang=current_language(),
                                          branch_name=texts.branch_name if texts else None,
                                          footer=texts.footer if texts else None)
        except (KeyError, ValueError) as exc:   # a bug; the customer still gets the number
            log.error("cannot draw ticket %s: %s", info.number, exc)
            self.home.show_failure()
            return
        self._ticket = info
        self._painted = False
        printing = bool(self.printer_target)
        self._to_print = view if printing else None
        status = next((s for s in self.session.services if s.code == info.service), None)
        self.confirmation.show_ticket(info, view, self.paper_mm, printing,
                                      serving=status.serving if status else (),
                                      counter_names=self.session.counter_names)
        self.stack.setCurrentWidget(self.confirmation)
        self.checkin_button.hide()
        if printing:   # in case the page is not painted (screen off, window covered)
            QTimer.singleShot(PRINT_AT_THE_LATEST_MS, self._start_print)

    def _on_printed(self, number: str, problem: str) -> None:
        if problem:
            self.session.record_print_failure(number, self.printer_target, problem)
        if self._ticket is not None and number == self._ticket.number:
            self.confirmation.set_print_state(FAILED if problem else PRINTED)
            self._maybe_settled()

    def _on_painted(self, number: str) -> None:
        probe.report("kiosk", "ticket", number=number)
        self._painted = True
        self._start_print()
        self.ticketShown.emit(number)
        self._maybe_settled()

    def _start_print(self) -> None:
        # Started once the ticket is on screen: rendering for the printer would otherwise
        # compete with the screen for the interpreter, and the customer reads the screen first.
        if self._to_print is not None:
            view, self._to_print = self._to_print, None
            self.printer.start(view, self.printer_target, self.paper_mm)

    def _maybe_settled(self) -> None:
        if self._painted and self.confirmation.state != PRINTING and self._ticket is not None:
            self.ticketSettled.emit(self._ticket.number)

    # -- looks ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take a ticket"))
        self.header.retranslate()
        self.checkin_button.retranslate()
        self.home.retranslate()
        self.confirmation.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Take a ticket"))
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        self._restyle()
        super().resizeEvent(event)

    def _restyle(self) -> None:
        # Every size follows the window (see layout.py): re-style only when it changed.
        u = unit(self.width(), self.height())
        dpi = self.screen().physicalDotsPerInch() if self.screen() else 96.0
        touch = touch_px(dpi)
        if abs(u - self._unit) > 0.05:
            self._unit = u
            big = u * LARGE_TEXT if self.large else u
            self.setStyleSheet(sheet(u, contrast=self.large, scale=LARGE_TEXT if self.large else 1.0))
            # The header keeps its size: the toggles stay where they were.
            self.header.set_unit(u, touch, portrait=self.height() > self.width())
            self.home.set_unit(u, touch)   # the grid scales its buttons itself
            self.home.set_large(self.large)
            self.confirmation.set_unit(big, touch, portrait=self.height() > self.width())
            self.checkin.set_unit(big, touch, self.height() > self.width(), self.large)
            self.checkin_button.set_unit(u, touch, self.large)
        else:
            self.confirmation.set_unit(u * LARGE_TEXT if self.large else u, touch,
                                       portrait=self.height() > self.width())
