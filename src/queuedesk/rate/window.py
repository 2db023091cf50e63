"""The rating screen: the pages, the flow between them, and the clock that ends a visit's
asking. It shows the session's news and turns touches into the flow's steps; the effects
the flow returns (a rating, a visit not rated) go back to the session to be recorded.
"""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QStackedWidget, QVBoxLayout, QWidget

from queuedesk.operations.hall import Hall
from queuedesk.operations.ratings import Station
from queuedesk.qtkit.theme import unit
from queuedesk.rate import style
from queuedesk.rate.pages import AskPage, Header, IdlePage, ReasonsPage, ThanksPage
from queuedesk.rate.painted import TextLine
from queuedesk.rate.session import RateSession
from queuedesk.rate.state import Page, RateFlow, Visit
from queuedesk.rate.style import sheet
from queuedesk.rate.texts import RateTexts
from queuedesk.ui import probe

QUIT_KEYS = "Ctrl+Shift+Q"   # for staff with a keyboard; customers have none


class RateWindow(QWidget):
    ready = Signal()              # the counter's picture is on screen
    pageChanged = Signal(str)     # Page value

    def __init__(self, hall: Hall, counter: int, parent=None):
        super().__init__(parent)
        self.setObjectName("rateRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        config = hall.config
        self.timeout_ms = config["rating.timeout_seconds"] * 1000
        self.thanks_ms = config["rating.thanks_seconds"] * 1000
        self.texts = RateTexts(config["hall.language"], self)
        self.flow = RateFlow()
        self.session = RateSession(hall, counter, self)
        self.station: Station | None = None
        self._unit = 0.0
        self._ready_sent = False
        self._deadline = 0.0
        self._shown: tuple | None = None

        self.header = Header()
        self.idle = IdlePage()
        self.ask = AskPage()
        self.reasons = ReasonsPage()
        self.thanks = ThanksPage()
        self.pages = {Page.IDLE: self.idle, Page.ASK: self.ask, Page.REASONS: self.reasons,
                      Page.THANKS: self.thanks}
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.notice = QFrame(objectName="notice")
        self.notice.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.notice_text = TextLine(2.8, style.WARN_INK, bold=True)
        row = QHBoxLayout(self.notice)
        row.addWidget(self.notice_text)
        self.notice.hide()
        box = QVBoxLayout(self)
        # The window is the screen's size, whatever its pages would like.
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.stack, 1)
        box.addWidget(self.notice)
        QShortcut(QKeySequence(QUIT_KEYS), self, self.close)

        self._timeout = QTimer(self, singleShot=True)    # see _start_clock
        self._timeout.timeout.connect(self._on_time_out)
        self._tick = QTimer(self, interval=1000)     # the countdown the customer sees
        self._tick.timeout.connect(self._show_countdown)

        s = self.session
        s.stationChanged.connect(self._on_station)
        s.askRequested.connect(self.ask_for)
        s.ratedElsewhere.connect(self._on_rated_elsewhere)
        s.onlineChanged.connect(self._on_online)
        self.ask.touched.connect(self.touch)
        self.reasons.toggled.connect(self.toggle)
        self.reasons.submitted.connect(self.submit)
        self.reasons.back.connect(self.back)
        self._retranslate()
        self._show()
        self.resize(1024, 600)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()

    def shutdown(self) -> None:
        self._timeout.stop()
        self._tick.stop()
        self.session.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    @property
    def page(self) -> Page:
        return self.flow.page

    # -- the customer -------------------------------------------------------------------------

    def ask_for(self, visit: Visit) -> None:
        """A visit to rate (or a preview of one, with no ticket)."""
        self._carry_out(self.flow.ask(visit))
        self._show()

    def touch(self, score: int) -> None:
        self._carry_out(self.flow.touch(score))
        self._show()

    def toggle(self, reason: str) -> None:
        self.flow.toggle(reason)
        self._restart_clock()
        self.reasons.show_choice(self.flow.score or 2, self.flow.reasons)

    def submit(self) -> None:
        self._carry_out(self.flow.submit())
        self._show()

    def back(self) -> None:
        self.flow.back()
        self._show()

    def _on_time_out(self) -> None:
        self._carry_out(self.flow.time_out())
        self._show()

    def _on_rated_elsewhere(self, ticket_id: int) -> None:
        self.flow.rated_elsewhere(ticket_id)
        self._show()

    def _carry_out(self, effects: list) -> None:
        self.session.carry_out(effects)

    # -- showing ----------------------------------------------------------------------------

    def _show(self) -> None:
        page = self.flow.page
        widget = self.pages[page]
        changed = self.stack.currentWidget() is not widget
        fresh = (page, self.flow.visit) != self._shown    # a new page or a new visit: its clock starts
        self._shown = (page, self.flow.visit)
        self.header.setVisible(page in (Page.ASK, Page.REASONS))
        self.header.show_visit(self.texts, self.station, self.flow.visit.number if self.flow.visit else None)
        if page is Page.REASONS:
            self.reasons.show_choice(self.flow.score, self.flow.reasons)
        elif page is Page.THANKS:
            self.thanks.show_thanks(self.texts, self.flow.score)
        self.stack.setCurrentWidget(widget)
        if fresh:
            self._start_clock(page)
        if changed:
            probe.report("rate", "page", page=page.value,
                         number=self.flow.visit.number if self.flow.visit else None)
            self.pageChanged.emit(page.value)

    def _start_clock(self, page: Page) -> None:
        """Asking ends after rating.timeout_seconds without a touch, thanks after thanks_seconds."""
        if page in (Page.ASK, Page.REASONS):
            self._restart_clock()
        else:
            self._tick.stop()
            if page is Page.THANKS:
                self._timeout.start(self.thanks_ms)
            else:
                self._timeout.stop()

    def _restart_clock(self) -> None:
        self._deadline = time.monotonic() + self.timeout_ms / 1000
        self._timeout.start(self.timeout_ms)
        self._tick.start()
        self._show_countdown()

    def _show_countdown(self) -> None:
        left = max(0, math.ceil(self._deadline - time.monotonic()))
        self.ask.countdown.set_text(self.texts.countdown(left))

    def _on_station(self, station: Station) -> None:
        self.station = station
        self.idle.show_station(self.texts, station)
        self.header.show_visit(self.texts, station, self.flow.visit.number if self.flow.visit else None)
        self.setWindowTitle(self._title())
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _on_online(self, online: bool) -> None:
        self.notice_text.set_text(self.texts.offline())
        self.notice.setVisible(not online)

    def _title(self) -> str:
        counter = self.texts.counter(self.station.counter, self.station.names)[0] if self.station else ""
        return self.tr("Rate our service — {0}").format(counter) if counter else self.tr("Rate our service")

    def _retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.idle.show_station(self.texts, self.station)
        self.ask.retranslate(self.texts)
        self.reasons.retranslate(self.texts)
        if self.flow.page is Page.THANKS:
            self.thanks.show_thanks(self.texts, self.flow.score)
        self.notice_text.set_text(self.texts.offline())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        # Every size follows the window: re-style only when the unit changed.
        u = unit(self.width(), self.height())
        portrait = self.height() > self.width()
        if abs(u - self._unit) > 0.05:
            self._unit = u
            self.setStyleSheet(sheet(u))
            self.header.set_unit(u)
            self.idle.set_unit(u)
            self.thanks.set_unit(u)
            self.notice_text.set_unit(u)
            self.notice.layout().setContentsMargins(round(2 * u), round(0.6 * u), round(2 * u), round(0.6 * u))
        self.ask.set_unit(u, portrait)
        self.reasons.set_unit(u, portrait)
        super().resizeEvent(event)
