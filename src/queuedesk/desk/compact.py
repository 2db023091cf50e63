"""The compact bar: a slim always-on-top strip beside the business application.

It shows the current number and the main actions; the rest sit in a menu. It carries
the same QActions as the full window, so the shortcuts work while it has the focus (and,
through desk/hotkeys.py, while the business application has it). Every part has a
fixed width, set once per language: nothing moves when the state changes, so a click
aimed at one button never lands on its neighbour.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.actions import BarButton, DeskActions
from queuedesk.desk.rules import DeskState
from queuedesk.desk.style import SHEET
from queuedesk.desk.texts import Texts
from queuedesk.qtkit.theme import repolish

MAIN = ("call_next", "recall", "start", "finish", "no_show")
MORE = ("transfer", "park", "unpark", "pick", "pause", "ask_rating")


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
        self.info = QLabel(objectName="compactInfo")
        self.waiting = QLabel(objectName="compactInfo")
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
        self._info_texts = ("", "")
        self.fix_widths()
        self.show_state(self.state)

    def fix_widths(self) -> None:
        """Every part as wide as the longest thing it will ever say (in this language)."""
        self.more.setText(self.tr("More"))
        for widget in (self, self.number, self.info, self.waiting, self.counter, self.more, self.expand,
                       *self.buttons.values()):
            widget.ensurePolished()   # the style sheet's fonts, before measuring with them
        self.number.setFixedWidth(QFontMetrics(self.number.font()).horizontalAdvance("A0000") + 12)
        metrics = QFontMetrics(self.info.font())
        self.info.setFixedWidth(max(150, metrics.horizontalAdvance(self.tr("Offline — reconnecting…")) + 8))
        self.waiting.setFixedWidth(self.info.width())
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
        # The expand button's label changes with the mode; fit the longer one.
        self.expand.setFixedWidth(self.expand.sizeHint().width() + 24)

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
        if not state.online:
            info = self.tr("Offline — reconnecting…")
        elif t is not None:
            # The state first: where the bar is short, the business type's name is what gives way.
            info = f"{self.texts.ticket_state(t.state)} · {self.texts.service_name(t.service_names)}"
        elif state.counter is not None and state.counter.state != "open":
            info = self.texts.counter_state(state.counter.state)
        else:
            info = self.tr("Free")
        metrics = QFontMetrics(self.info.font())
        self.info.setText(metrics.elidedText(info, Qt.ElideRight, self.info.width()))
        self.info.setToolTip(info)
        self.waiting.setText(self.tr("{0} waiting").format(state.waiting_count))

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
