"""The live side panel: this counter's queues, its parked tickets, the teller's day."""
from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.rules import DeskState
from queuedesk.desk.style import wait_colour
from queuedesk.desk.texts import Texts
from queuedesk.operations.info import ServiceStatus
from queuedesk.ui.language import current_language
from queuedesk.wording import phrases

NEXT_SHOWN = 4
#: A panel shorter than this (a 1366×768 desk) shows one fewer of the next in line, so
#: that every section stays in sight without scrolling.
SHORT_PANEL = 720
SECTION_GAP = 4    # px above each section's rule


def figure_grid() -> QGridLayout:
    """Figures two to a row, each its value with its label beside it on one line: the
    side panel's sections fit a 1366×768 desk."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return grid


def add_figure(grid: QGridLayout, i: int, value: QLabel, label: QLabel) -> None:
    # One line: the grid gives a long label ("平均办理时长") the room a short one beside
    # it does not need; a label broken mid-phrase ("mean service / time") reads badly.
    label.setWordWrap(False)
    grid.addWidget(value, i // 2, (i % 2) * 2, Qt.AlignVCenter)
    grid.addWidget(label, i // 2, (i % 2) * 2 + 1, Qt.AlignVCenter)


class QueueRow(QWidget):
    """One service: colour swatch, name, how many wait, the longest wait; the tooltip adds
    the targets and the wait promised to a customer who takes a ticket now."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.swatch = QFrame(objectName="swatch")
        self.swatch.setFixedWidth(6)
        self.name = QLabel(objectName="queueName")
        self.wait = QLabel(objectName="queueWait")
        self.count = QLabel(objectName="queueCount", alignment=Qt.AlignRight | Qt.AlignVCenter)
        self.count.setMinimumWidth(44)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(self.wait)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.swatch)
        layout.addSpacing(6)
        layout.addLayout(text, 1)
        layout.addWidget(self.count)

    def show_service(self, s: ServiceStatus, longest: float, texts: Texts, caption: str, promise: str) -> None:
        colour = wait_colour(longest, s.target_wait_min, s.max_wait_min, s.waiting)
        self.swatch.setStyleSheet(f"background: {colour};")
        self.name.setText(f"{s.prefix}  {texts.service_name(s.names)}")
        self.count.setText(str(s.waiting))
        self.wait.setText(caption.format(texts.minutes(longest)) if s.waiting else "")
        self.wait.setStyleSheet(f"color: {colour};")
        # "How long if I take a ticket now?" in the kiosk's words. A tooltip, not a third
        # line: the rows must leave the teller's own figures on a 1280×720 screen.
        self.setToolTip(self.tr("Target {0} · maximum {1}").format(
            texts.minutes(s.target_wait_min), texts.minutes(s.max_wait_min))
            + "\n" + promise.format(phrases.wait(s.wait, current_language())))


class SidePanel(QFrame):
    """`unparkRequested(number)` when a parked ticket is double-clicked."""

    unparkRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(300)
        self.texts = Texts(self)
        self.state = DeskState()
        self._rows: dict[str, QueueRow] = {}

        self.queues_title = QLabel(objectName="sectionTitle")
        self.queues_box = QVBoxLayout()
        self.queues_box.setSpacing(0)
        self.queues_empty = QLabel(objectName="empty")

        # The next few in call order: the teller sees who comes after the current customer.
        self.next_title = QLabel(objectName="sectionTitle")
        self.next_more = QLabel(objectName="empty")        # "and N more", beside the title
        self.next_list = QLabel(objectName="nextList", textFormat=Qt.RichText)
        self.next_list.setWordWrap(True)

        self.parked_title = QLabel(objectName="sectionTitle")
        self.parked = QListWidget(objectName="parked")
        self.parked.setFocusPolicy(Qt.NoFocus)
        self.parked.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.parked.setTextElideMode(Qt.ElideRight)
        self.parked.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.parked.itemDoubleClicked.connect(self._unpark_item)
        self.parked_empty = QLabel(objectName="empty")

        self.today_title = QLabel(objectName="sectionTitle")
        self.figure_values: dict[str, QLabel] = {}
        self.figure_labels: dict[str, QLabel] = {}
        figures = figure_grid()
        for i, key in enumerate(("served", "mean", "no_shows", "transfers")):
            value = QLabel("—", objectName="figureValue")
            label = QLabel(objectName="figureLabel")
            self.figure_values[key], self.figure_labels[key] = value, label
            add_figure(figures, i, value, label)

        # Small screens (or the offline banner) may not fit every section: scroll then.
        content = QWidget(objectName="sideContent")
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea, QWidget#sideContent { background: transparent; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        # Every section fits a 1366×768 desk without scrolling: tight spacing, and "none"
        # beside its title rather than under it.
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(4)
        layout.addWidget(self.queues_title)
        layout.addLayout(self.queues_box)
        layout.addWidget(self.queues_empty)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self._rule())
        next_head = QHBoxLayout()
        next_head.setSpacing(10)
        next_head.addWidget(self.next_title)
        next_head.addWidget(self.next_more, 1)
        layout.addLayout(next_head)
        layout.addWidget(self.next_list)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self._rule())
        parked_head = QHBoxLayout()
        parked_head.setSpacing(10)
        parked_head.addWidget(self.parked_title)
        parked_head.addWidget(self.parked_empty, 1)
        layout.addLayout(parked_head)
        layout.addWidget(self.parked)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self._rule())
        layout.addWidget(self.today_title)
        layout.addLayout(figures)
        layout.addStretch()
        self._content = layout

        # Longest waits grow by themselves between events: tick them locally.
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._show_queues)
        self._clock.start()
        self.show_state(self.state)

    def add_section(self, widget: QWidget) -> None:
        """Another section at the end of the panel (e.g. the ratings), under a rule."""
        at = self._content.count() - 1     # before the closing stretch
        self._content.insertSpacing(at, SECTION_GAP)
        self._content.insertWidget(at + 1, self._rule())
        self._content.insertWidget(at + 2, widget)

    @staticmethod
    def _rule() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setStyleSheet("color: #e3e8ef;")
        return line

    def show_state(self, state: DeskState, parts=None) -> None:
        self.state = state
        parts = parts or {"queues", "counter", "parked", "figures"}
        self.queues_title.setText(self.tr("Waiting for this counter"))
        self.next_title.setText(self.tr("Next in line"))
        self.parked_title.setText(self.tr("Parked here"))
        self.today_title.setText(self.tr("My day"))
        if parts & {"queues", "counter"}:
            self._show_queues()
        if "parked" in parts:
            self._show_parked()
        if "figures" in parts:
            self._show_figures()

    def longest_wait(self, s: ServiceStatus) -> float:
        """The longest wait now: as read, plus the time since it was read."""
        if not s.waiting or not self.state.loaded_at:
            return s.longest_wait_min
        return s.longest_wait_min + (time.monotonic() - self.state.loaded_at) / 60

    def _show_queues(self) -> None:
        services = self.state.my_services
        codes = [s.code for s in services]
        if codes != list(self._rows):
            # The counter's services changed (rare): rebuild the rows, otherwise only update.
            for row in self._rows.values():
                row.setParent(None)
            self._rows = {}
            for code in codes:
                self._rows[code] = QueueRow(self)
                self.queues_box.addWidget(self._rows[code])
        caption, promise = self.tr("longest {0}"), self.tr("new ticket: {0}")
        for s in services:
            self._rows[s.code].show_service(s, self.longest_wait(s), self.texts, caption, promise)
        self.queues_empty.setText(self.tr("No services."))
        self.queues_empty.setVisible(not services)
        self._show_next()

    def _show_next(self) -> None:
        age = (time.monotonic() - self.state.loaded_at) / 60 if self.state.loaded_at else 0.0
        rows = []
        transferred, none = self.tr("transferred in"), self.tr("None.")
        waited_for = self.tr("waited {0}")   # how long each has waited so far
        shown = NEXT_SHOWN - 1 if 0 < self.height() < SHORT_PANEL else NEXT_SHOWN
        for t in self.state.waiting[:shown]:
            tag = f" · {self.texts.priority(t.priority)}" if t.priority != "normal" else ""
            if t.transferred_from:
                tag += f" · {transferred}"
            waited = waited_for.format(self.texts.minutes(t.waited_min + age))
            rows.append(f"<tr><td style='padding:1px 14px 1px 0; font-size:17px; font-weight:700'>{t.number}</td>"
                        f"<td style='padding:1px 10px 1px 0; font-size:15px; color:#5b6b7c'>{html.escape(waited)}</td>"
                        f"<td style='font-size:15px; color:#b26a00'>{html.escape(tag.lstrip(' ·'))}</td></tr>")
        more = self.state.waiting_count - min(shown, len(self.state.waiting))
        self.next_more.setText(self.tr("and {0} more").format(more) if more > 0 else "")
        self.next_list.setText(f"<table>{''.join(rows)}</table>" if rows
                               else f"<span style='color:#97a3b0'>{none}</span>")

    def _show_parked(self) -> None:
        self.parked.clear()
        for t in self.state.parked:
            note = f" — {t.note}" if t.note else ""
            service = self.texts.service_name(t.service_names)
            item = QListWidgetItem(f"{t.number}   {service}{note}")
            item.setData(Qt.UserRole, t.number)
            item.setToolTip(self.tr("Double-click to call {0} back").format(t.number))
            self.parked.addItem(item)
        has = bool(self.state.parked)
        # As tall as its rows (up to four), so the panel does not grow a blank box.
        rows = min(max(len(self.state.parked), 1), 4)
        self.parked.setFixedHeight(rows * max(self.parked.sizeHintForRow(0), 30) + 4)
        self.parked.setVisible(has)
        self.parked_empty.setText(self.tr("None."))
        self.parked_empty.setVisible(not has)

    def _show_figures(self) -> None:
        f = self.state.figures
        labels = {"served": self.tr("served"), "mean": self.tr("mean service"),
                  "no_shows": self.tr("no-shows"), "transfers": self.tr("transfers")}
        for key, text in labels.items():
            self.figure_labels[key].setText(text)
        if f is None:
            for value in self.figure_values.values():
                value.setText("—")
            return
        self.figure_values["served"].setText(str(f.served))
        self.figure_values["mean"].setText(self.texts.minutes_fine(f.mean_service_min))
        self.figure_values["no_shows"].setText(str(f.no_shows))
        self.figure_values["transfers"].setText(str(f.transfers))

    def _unpark_item(self, item: QListWidgetItem) -> None:
        self.unparkRequested.emit(item.data(Qt.UserRole))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if (event.oldSize().height() < SHORT_PANEL) != (event.size().height() < SHORT_PANEL):
            self._show_next()          # one more or one fewer of the next in line fits now

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.show_state(self.state)
        super().changeEvent(event)
