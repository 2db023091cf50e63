"""The compact bar: a slim always-on-top strip beside the business application.

It shows the current number and the main actions; the rest sit in a menu. It carries
the same QActions as the full window, so the shortcuts work while it has the focus (and,
through desk/hotkeys.py, while the business application has it). Every part has a
fixed width, set once per language (and per hall's business types): nothing moves when
the state changes, so a click aimed at one button never lands on its neighbour.

Beside the number, two lines: what the customer came for (the business type, whole) and
the ticket's state with the queue. The business-type column is as wide as the hall's
longest name, up to a limit; a name longer still loses whole words at its end ("Social &
medical…"), never half a word, and is whole in the tooltip. The number's letter is the
business type's prefix, always in sight.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.actions import SHORTCUTS, BarButton, DeskActions
from queuedesk.desk.rules import DeskState
from queuedesk.desk.style import SHEET
from queuedesk.desk.texts import Texts
from queuedesk.qtkit.fit import elided_words
from queuedesk.qtkit.theme import repolish

MAIN = ("call_next", "recall", "start", "finish", "no_show")
MORE = ("transfer", "park", "unpark", "pick", "pause", "ask_rating")
#: The business-type column: never narrower than this (px), never wider than this many
#: of its font's em (about 14 Chinese characters; "Social & medical insurance" in English).
INFO_MIN = 150
INFO_MAX_EM = 14


class CompactBar(QWidget):
    """`closed()` when the teller closes the bar (the window decides what that means)."""

    closed = Signal()

    def __init__(self, actions: DeskActions, parent=None):
        # A top-level window of its own, even with a parent: it lives beside other programs.
        super().__init__(parent, Qt.Window | Qt.WindowStaysOnTopHint | Qt.FramelessWindowHint)
        self.setObjectName("compactBar")
        self.setAttribute(Qt.WA_StyledBackground)
        self.setStyleSheet(SHEET)
        self.texts = Texts(self)
        self.state = DeskState()
        self.actions = actions
        self.addActions(actions.all())   # shortcuts work while the bar is the active window

        self.dot = QLabel(objectName="compactDot")
        self.counter = QLabel(objectName="compactInfo")
        self.number = QLabel("—", objectName="compactNumber")
        self.number.setMinimumWidth(96)
        self.info = QLabel(objectName="compactService")     # the business type (or Free, Paused)
        self.waiting = QLabel(objectName="compactInfo")     # the ticket's state · the queue
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.info)
        left.addWidget(self.waiting)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.dot)
        layout.addWidget(self.counter)
        layout.addWidget(self.number)
        layout.addLayout(left)
        layout.addSpacing(6)
        self.buttons = {name: BarButton(actions[name], self) for name in MAIN}
        for button in self.buttons.values():
            layout.addWidget(button)
        self.more = QPushButton(self)
        self.more.setFocusPolicy(Qt.NoFocus)
        self.menu = QMenu(self.more)
        self.menu.addActions([actions[name] for name in MORE])
        self.more.setMenu(self.menu)
        layout.addWidget(self.more)
        self.expand = BarButton(actions["compact"], self)
        layout.insertSpacing(layout.indexOf(self.more), 14)   # "More" keeps clear of "No-show"
        layout.addWidget(self.expand)
        self._drag: QPoint | None = None
        self._names: tuple[str, ...] = ()      # the hall's business types the column is fitted to
        self.fix_widths()
        self.show_state(self.state)

    def fix_widths(self) -> None:
        """Every part as wide as the longest thing it will ever say (in this language)."""
        self.more.setText(self.tr("More"))
        for widget in (self, self.number, self.info, self.waiting, self.counter, self.more, self.expand,
                       *self.buttons.values()):
            widget.ensurePolished()   # the style sheet's fonts, before measuring with them
        self.number.setFixedWidth(QFontMetrics(self.number.font()).horizontalAdvance("A0000") + 12)
        self.fit_info()
        self.counter.setFixedWidth(QFontMetrics(self.counter.font()).horizontalAdvance(
            self.texts.counter_name(888)) + 8)
        for button in (*self.buttons.values(), self.more, self.expand):
            button.setMinimumWidth(0)
            button.setMaximumWidth(16_777_215)
        height = max(b.sizeHint().height() for b in (*self.buttons.values(), self.more, self.expand))
        for button in (*self.buttons.values(), self.more, self.expand):
            button.setFixedHeight(height)
        for button in self.buttons.values():
            button.setFixedWidth(button.sizeHint().width() + 8)
        self.more.setFixedWidth(self.more.sizeHint().width() + 8)
        # On the bar the expand button only ever says "Full view", whichever mode the
        # actions are in while this runs (a language switch in full view).
        # (DeskActions' own word, looked up without its QAction: a language switch reaches
        # this bar after its desk's actions are gone, too.)
        metrics = QFontMetrics(self.expand.font())
        key = QKeySequence(SHORTCUTS["compact"]).toString(QKeySequence.NativeText)
        label = f"{QCoreApplication.translate('DeskActions', 'Full view')}  {key}"
        self.expand.setFixedWidth(self.expand.sizeHint().width() + 8
                                  + metrics.horizontalAdvance(label) - metrics.horizontalAdvance(self.expand.text()))

    def hall_service_names(self) -> tuple[str, ...]:
        return tuple(sorted({self.texts.service_name(s.names) for s in self.state.services}))

    def fit_info(self) -> None:
        """The two lines' column: as wide as the longest of the hall's business types (or of
        what the lines say otherwise), within INFO_MIN and INFO_MAX_EM."""
        self._names = self.hall_service_names()
        name_font, line_font = QFontMetrics(self.info.font()), QFontMetrics(self.waiting.font())
        waiting = self.tr("{0} waiting").format(888)
        lines = [self.tr("Offline — reconnecting…"),
                 *(f"{self.texts.ticket_state(s)} · {waiting}" for s in ("called", "serving"))]
        names = [*self._names, self.tr("Free"), *(self.texts.counter_state(s) for s in ("paused", "closed"))]
        wanted = max(max(name_font.horizontalAdvance(n) for n in names),
                     max(line_font.horizontalAdvance(line) for line in lines)) + 4
        em = name_font.horizontalAdvance("国")
        width = min(max(INFO_MIN, wanted), INFO_MAX_EM * em)
        self.info.setFixedWidth(width)
        self.waiting.setFixedWidth(width)

    def show_state(self, state: DeskState) -> None:
        self.state = state
        t = state.current
        self.more.setText(self.tr("More"))
        name = self.texts.counter_name(state.counter_no, state.counter_names)
        # The bar keeps its width: a name of the hall's too long for it gives way to the
        # counter's number (whole in the tooltip).
        fits = QFontMetrics(self.counter.font()).horizontalAdvance(name) <= self.counter.width() - 8
        self.counter.setText(name if fits else self.texts.counter_name(state.counter_no))
        self.counter.setToolTip(name)
        self.dot.setProperty("tone", "green" if state.online else "red")
        self.dot.setToolTip(self.tr("Connected") if state.online else self.tr("Database unreachable"))
        repolish(self.dot)
        self.number.setText(t.number if t else "—")
        self.number.setProperty("idle", "false" if t else "true")
        repolish(self.number)
        if self.hall_service_names() != self._names:
            self.fit_info()             # the hall's business types read (sign-in) or changed (set-up)
        waiting = self.tr("{0} waiting").format(state.waiting_count)
        if t is not None:
            # The business type has a line of its own: the state, beneath, is short.
            info = self.texts.service_name(t.service_names)
            waiting = f"{self.texts.ticket_state(t.state)} · {waiting}"
        elif state.counter is not None and state.counter.state != "open":
            info = self.texts.counter_state(state.counter.state)
        else:
            info = self.tr("Free")
        if not state.online:
            waiting = self.tr("Offline — reconnecting…")   # the queue's figures are stale
        self.info.setText(elided_words(info, QFontMetrics(self.info.font()), self.info.width()))
        self.info.setToolTip(info if t is not None else "")     # the whole name, however short the line
        self.waiting.setText(elided_words(waiting, QFontMetrics(self.waiting.font()), self.waiting.width()))
        self.waiting.setProperty("alarm", "false" if state.online else "true")
        repolish(self.waiting)

    # Frameless: drag the bar by any empty spot.
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._drag = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None and event.buttons() & Qt.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._drag = None
        super().mouseReleaseEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.fix_widths()
            self.show_state(self.state)
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
