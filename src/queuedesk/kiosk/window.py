"""The kiosk window: the header over its pages: home (choose a service), the ticket,
and the staff pages (PIN pad, staff menu, priority ticket).

One touch = one ticket: a touch while a ticket is being issued or printed is ignored,
and each touch carries its own idempotency key (session.py). Printing never holds the
customer up: the ticket is on screen as soon as the engine has issued it, and a printer
problem is shown, logged and recorded for staff, never swallowed.

Full screen, the kiosk is locked down (lockdown.py): no key, close request or context
menu gets a customer out, and it takes the front back when it loses it. Staff leave it
through the staff menu: a long press on the hidden top-left corner, then the hall's
staff PIN (staff.py).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from queuedesk.domain.access import Actor, Role
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import PIN_DIGITS, Priority
from queuedesk.kiosk.checkin import CheckInFlow
from queuedesk.kiosk.checkin_page import CheckInBar, CheckInPage
from queuedesk.kiosk.confirmation import FAILED, PRINTED, PRINTING, ConfirmationPage
from queuedesk.kiosk.header import KioskHeader
from queuedesk.kiosk.home import HomePage
from queuedesk.kiosk.idle import IdleWatch
from queuedesk.kiosk.layout import LARGE_TEXT, touch_px
from queuedesk.kiosk.lockdown import Lockdown
from queuedesk.kiosk.pin_pad import PinPad
from queuedesk.kiosk.printing_job import REPRINT, TEST, PrintJobs
from queuedesk.kiosk.priority_page import PriorityPage
from queuedesk.kiosk.session import STATION, KioskSession
from queuedesk.kiosk.staff import LOCKED, OFFLINE, StaffSession
from queuedesk.kiosk.staff_corner import SIDE_PX, StaffCorner
from queuedesk.kiosk.staff_menu import StaffMenu
from queuedesk.kiosk.staff_slips import printer_test_slip, reprinted
from queuedesk.kiosk.staff_texts import StaffTexts
from queuedesk.kiosk.style import sheet
from queuedesk.kiosk.texts import HOURS, KioskTexts
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.printing import TicketView
from queuedesk.qtkit.theme import unit
from queuedesk.ui import probe
from queuedesk.ui.language import current_language, set_language

log = logging.getLogger(__name__)

#: What every kiosk window acts as: a ticket machine, which may issue ordinary tickets
#: only (a priority ticket needs a person: the staff menu's PIN).
KIOSK_ACTOR = Actor(Role.KIOSK, "kiosk")
PRINT_AT_THE_LATEST_MS = 250
#: The staff pages close by themselves after this long without a touch.
STAFF_IDLE_SECONDS = 60


class KioskWindow(QWidget):
    ready = Signal()            # the first service figures are on screen
    ticketShown = Signal(str)   # a new ticket is drawn on the confirmation page
    ticketSettled = Signal(str)  # ... and the printer has answered (or there is none)
    slipPrinted = Signal(str, str)   # a staff slip (REPRINT, TEST) came out: "" or the printer's problem

    def __init__(self, hall: Hall, default_language: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        hall = hall.as_actor(KIOSK_ACTOR)
        self.hall = hall
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
        self._last_view: TicketView | None = None   # for the staff menu's reprint
        self._may_close = False                     # staff chose "quit" (or not locked down)
        self._staff_issuing = False                 # a priority ticket from the staff menu is on its way

        self.texts = KioskTexts(config["hall.language"], self)
        self.session = KioskSession(hall, self)
        self.printer = PrintJobs(self)
        self.header = KioskHeader(config)
        self.home = HomePage(self.texts)
        self.confirmation = ConfirmationPage(self.texts, config["kiosk.confirm_seconds"])
        self.staff = StaffSession(hall, self.session.link, STATION, parent=self)
        self.staff_texts = StaffTexts(self)
        self.pin_pad = PinPad()
        self.staff_menu = StaffMenu()
        self.priority_page = PriorityPage(self.texts, self.staff_texts)
        self.checkin = CheckInPage()
        self.checkin_button = CheckInBar(config["hall.language"])
        self.checkin_button.hide()      # until the hall is known to take bookings
        self.checkin_flow = CheckInFlow(hall, self.session.link, self)
        self.stack = QStackedWidget()
        for page in (self.home, self.confirmation, self.checkin, self.pin_pad, self.staff_menu,
                     self.priority_page):
            self.stack.addWidget(page)
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
        self.lockdown = Lockdown(self)
        self.corner = StaffCorner(self)     # over everything, drawn as nothing
        self.staff_idle = IdleWatch(STAFF_IDLE_SECONDS, self)
        self._pad_lock = QTimer(self, singleShot=True)   # the PIN pad's lock ends
        self._pad_lock.timeout.connect(self._on_pad_lock_over)

        s = self.session
        s.servicesChanged.connect(self._on_services)
        s.textsChanged.connect(lambda texts: self.header.set_branch_names(texts.branch_name))
        s.onlineChanged.connect(self._on_online)
        s.busyChanged.connect(self._on_busy)
        s.issued.connect(self._on_issued)
        s.refused.connect(self._on_refused)
        s.failed.connect(self._on_failed)
        self.home.touched.connect(self.touch)
        self.header.languageRequested.connect(self.set_language)
        self.header.largeRequested.connect(self.set_large)
        self.confirmation.finished.connect(lambda: self.go_home(reset_language=True))
        self.confirmation.slip.painted.connect(self._on_painted)
        self.printer.finished.connect(self._on_printed)
        self.idle.idle.connect(self._on_idle)
        self._connect_staff()
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
        self.lockdown.release()
        self.idle.stop()
        self.staff_idle.stop()
        self.confirmation.stop()
        self.session.shutdown()
        self.printer.wait(10_000)

    def lock_down(self) -> None:
        """Kiosk mode (full screen): nothing but the staff menu gets out (lockdown.py)."""
        self.lockdown.engage()

    def leave(self) -> None:
        """Close the kiosk for good: the staff menu's "quit" (or Ctrl+C in its terminal)."""
        log.info("the kiosk is closing at staff's request")
        self._may_close = True
        self.lockdown.release()
        self.close()

    def closeEvent(self, event) -> None:
        if self.lockdown.engaged and not self._may_close:
            # Alt+F4, the window manager's close button, a session's "close all": refused.
            log.info("close request refused: kiosk mode (staff quit from the staff menu)")
            event.ignore()
            return
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
        if self._on_staff_page():
            return   # the staff pages keep their own, longer time (staff_idle)
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
                                          footer=texts.footer if texts else None,
                                          branch_code=texts.branch_code if texts else "")
        except (KeyError, ValueError) as exc:   # a bug; the customer still gets the number
            log.error("cannot draw ticket %s: %s", info.number, exc)
            self.home.show_failure()
            return
        self._ticket = info
        self._last_view = view
        self._painted = False
        if self._staff_issuing:   # the customer takes the ticket: the staff menu is done
            self._staff_issuing = False
            self._lock_staff()
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

    # -- engine answers the customer pages and the staff pages share -----------------------

    def _on_online(self, online: bool) -> None:
        self.home.set_online(online)
        if not online and self._staff_issuing:
            self._staff_issuing = False
            self.priority_page.show_message(self.staff_texts.explain(QueueError("offline", OFFLINE)))

    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self.home.set_working(None)
            self.priority_page.set_working(False)

    def _on_refused(self, code: str, kind: str) -> None:
        if self._staff_issuing:
            self._staff_issuing = False
            status = next((s for s in self.session.services if s.code == code), None)
            headline, detail = self.texts.refusal(kind, status.hours if status else "")
            name = self.texts.name(status.names) if status else code
            # "Please ask our staff" is for customers; staff are told the hours, if that is why.
            self.priority_page.show_message(self.tr("{0}: {1}").format(name, headline)
                                            + (f" ({detail})" if kind == HOURS else ""))
        else:
            self.home.show_refusal(code, kind)

    def _on_failed(self, error: Exception) -> None:
        if self._staff_issuing:
            self._staff_issuing = False
            self.priority_page.show_message(self.staff_texts.explain(error))
        else:
            self.home.show_failure()

    # -- the staff pages ------------------------------------------------------------------

    def _connect_staff(self) -> None:
        self.corner.longPressed.connect(self.open_pin_pad)
        self.pin_pad.submitted.connect(self.staff.unlock)
        self.pin_pad.cancelled.connect(self.close_staff)
        self.staff.checkingChanged.connect(self.pin_pad.set_checking)
        self.staff.refused.connect(self._on_pin_refused)
        self.staff.unlocked.connect(self._on_unlocked)
        self.staff_idle.idle.connect(self._on_staff_idle)
        menu = self.staff_menu
        menu.closeRequested.connect(self.close_staff)
        menu.quitRequested.connect(lambda: self._as_staff(self.leave))
        menu.reprintRequested.connect(lambda: self._as_staff(self.reprint_last))
        menu.testRequested.connect(lambda: self._as_staff(self.print_test_slip))
        menu.priorityRequested.connect(lambda: self._as_staff(self.open_priority_page))
        self.priority_page.back.connect(lambda: self.stack.setCurrentWidget(self.staff_menu))
        self.priority_page.chosen.connect(self.issue_priority)
        self.printer.staffPrinted.connect(self._on_slip_printed)

    def _on_staff_page(self) -> bool:
        return self.stack.currentWidget() in (self.pin_pad, self.staff_menu, self.priority_page)

    def _as_staff(self, action) -> None:
        """Every menu action needs the PIN's actor: a menu drawn without it (a screenshot's
        preview) does nothing."""
        if self.staff.actor is None:
            log.warning("staff menu action without a staff PIN: ignored")
            return
        action()

    def open_pin_pad(self) -> None:
        """The long press on the hidden corner."""
        if self.busy or self._on_staff_page():
            return
        log.info("staff PIN pad opened")
        self.confirmation.stop()
        self.pin_pad.reset()
        locked = self.staff.locked_error()
        self.pin_pad.set_locked(locked is not None)
        if locked is not None:
            self._show_pad_lock(locked)
        self.stack.setCurrentWidget(self.pin_pad)
        self.pin_pad.setFocus()
        self.staff_idle.start()

    def close_staff(self) -> None:
        """Back to the customers: the menu locks again."""
        self._lock_staff()
        self.go_home(reset_language=True)

    def _lock_staff(self) -> None:
        self.staff.lock()
        self.staff_idle.stop()
        self.pin_pad.reset()   # half a PIN is not left behind either

    def _on_staff_idle(self) -> None:
        if self._on_staff_page() and not self._staff_issuing and not self.staff.checking:
            log.info("staff pages left open a minute: closed")
            self.close_staff()
        elif self._on_staff_page():
            self.staff_idle.restart()

    def _on_pin_refused(self, error: QueueError) -> None:
        self.pin_pad.set_message(self.staff_texts.explain(error), "alert")
        if error.code == LOCKED:
            self._show_pad_lock(error)

    def _show_pad_lock(self, error: QueueError) -> None:
        self.pin_pad.set_locked(True)
        self.pin_pad.set_message(self.staff_texts.explain(error), "alert")
        self._pad_lock.start(round(self.staff.guard.locked_seconds() * 1000) + 50)

    def _on_pad_lock_over(self) -> None:
        if self.staff.locked_error() is None:
            self.pin_pad.set_locked(False)
            self.pin_pad.set_message("")

    def _on_unlocked(self) -> None:
        if self.stack.currentWidget() is not self.pin_pad:   # cancelled meanwhile
            self.staff.lock()
            return
        self.staff_menu.show_message("")
        self.stack.setCurrentWidget(self.staff_menu)
        self.staff_idle.restart()

    def open_priority_page(self) -> None:
        self.priority_page.choose_class(Priority.PRIORITY)
        self.priority_page.show_services(self.session.services)
        self.priority_page.show_message("")
        self.stack.setCurrentWidget(self.priority_page)

    def issue_priority(self, code: str, priority: Priority) -> None:
        """A priority ticket, issued as the staff member who unlocked the menu."""
        if self.staff.actor is None or self._staff_issuing or self.busy:
            return
        if not self.session.issue(code, priority, hall=self.staff.staff_hall()):
            self.priority_page.show_message(self.staff_texts.explain(QueueError("offline", OFFLINE)))
            return
        self._staff_issuing = True
        self.priority_page.set_working(True)

    def reprint_last(self) -> None:
        if not self._ready_for_slip():
            return
        if self._last_view is None:
            self.staff_menu.show_message(self.tr("No ticket has been issued at this kiosk since it started."),
                                         "alert")
            return
        view = reprinted(self._last_view, self.hall.now(), self.config.timezone)
        log.info("staff reprint of ticket %s", view.number)
        self._print_slip(view, REPRINT)

    def print_test_slip(self) -> None:
        if not self._ready_for_slip():
            return
        texts = self.session.texts
        view = printer_test_slip(self.config, current_language(), self.hall.now(),
                                 branch_name=texts.branch_name if texts else None)
        self._print_slip(view, TEST)

    def _ready_for_slip(self) -> bool:
        if not self.printer_target:
            self.staff_menu.show_message(self.tr("This kiosk has no printer (printer.target is empty)."), "alert")
            return False
        return True

    def _print_slip(self, view: TicketView, purpose: str) -> None:
        self.staff_menu.show_message(self.tr("Printing…"))
        self.printer.start(view, self.printer_target, self.paper_mm, purpose)

    def _on_slip_printed(self, purpose: str, number: str, problem: str) -> None:
        if problem:
            log.warning("staff slip (%s) not printed on %s: %s", purpose, self.printer_target, problem)
            self.staff_menu.show_message(self.tr("Not printed: {0}").format(problem), "alert")
        elif purpose == TEST:
            self.staff_menu.show_message(self.tr("Test slip printed."), "ok")
        else:
            self.staff_menu.show_message(self.tr("Ticket {0} printed again.").format(number), "ok")
        self.slipPrinted.emit(purpose, problem)

    def preview(self, page: str) -> None:
        """Show a page for a screenshot (nothing is unlocked: the menu's actions do nothing)."""
        if page == "pin":
            self.open_pin_pad()
            for digit in "246813579024"[:PIN_DIGITS[0]]:   # a PIN long enough to light OK
                self.pin_pad.press(digit)
        elif page == "menu":
            self.stack.setCurrentWidget(self.staff_menu)
        elif page == "priority":
            self.priority_page.show_services(self.session.services)
            self.stack.setCurrentWidget(self.priority_page)

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
        side = max(SIDE_PX, touch_px(self.screen().physicalDotsPerInch() if self.screen() else 96.0))
        self.corner.setGeometry(0, 0, side, side)
        self.corner.raise_()
        super().resizeEvent(event)

    def _restyle(self) -> None:
        # Every size follows the window (see layout.py): re-style only when it changed.
        u = unit(self.width(), self.height())
        dpi = self.screen().physicalDotsPerInch() if self.screen() else 96.0
        touch = touch_px(dpi)
        if abs(u - self._unit) > 0.05:
            self._unit = u
            scale = LARGE_TEXT if self.large else 1.0
            big = u * scale
            self.setStyleSheet(sheet(u, contrast=self.large, scale=scale))
            # The header's words grow too (the branch, the time, the toggles): a customer who
            # needs large text reads them as well.
            self.header.set_unit(u, touch, portrait=self.height() > self.width(), scale=scale)
            self.home.set_unit(u, touch, scale)
            self.home.set_large(self.large)
            self.confirmation.set_unit(big, touch, portrait=self.height() > self.width())
            portrait = self.height() > self.width()
            self.pin_pad.set_unit(big, touch)
            self.staff_menu.set_unit(big, touch, portrait)
            self.priority_page.set_unit(big, touch, portrait)
            self.checkin.set_unit(big, touch, self.height() > self.width(), self.large)
            self.checkin_button.set_unit(big, touch, self.large)
        else:
            self.confirmation.set_unit(u * LARGE_TEXT if self.large else u, touch,
                                       portrait=self.height() > self.width())
