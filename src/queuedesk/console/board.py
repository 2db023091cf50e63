"""The live board: one row per business type, one per counter."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from queuedesk.console import style
from queuedesk.console.texts import ConsoleTexts


def _quiet(table: QTableWidget) -> None:
    """A table to read, not to edit or select in; rows tall enough to read from a step back."""
    table.verticalHeader().setDefaultSectionSize(36)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def _item(text: str, colours: tuple[str, str] | None = None, bold: bool = False,
          align=Qt.AlignmentFlag.AlignLeft) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if colours:
        item.setForeground(QBrush(QColor(colours[0])))
        item.setBackground(QBrush(QColor(colours[1])))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter


class ServicesTable(QTableWidget):
    """Per business type: waiting, the longest wait coloured against target and maximum,
    open counters, checked-in appointments, and the staffing hint."""

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(0, 7, parent)
        _quiet(self)
        self.texts = texts
        self.rows: list = []
        header = self.horizontalHeader()
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        self.retranslate()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        t = self.texts
        self.setRowCount(len(self.rows))
        for r, s in enumerate(self.rows):
            level = style.LEVELS[s.level] if s.waiting else None
            values = [
                _item(f"{s.code}  {t.service(s.names, s.code)}", bold=True),
                _item(str(s.waiting), bold=True, align=RIGHT),
                _item(t.minutes(s.longest_wait_min) if s.waiting else "—", level, bold=True, align=RIGHT),
                _item(t.target_and_maximum(s.target_wait_min, s.max_wait_min), align=RIGHT),
                _item(str(s.open_counters), (style.ALERT, style.ALERT_FILL) if s.waiting and not s.open_counters
                      else None, bold=True, align=RIGHT),
                _item(str(s.appointments_waiting) if s.appointments_waiting else "", align=RIGHT),
                _item(f"{t.wait_hint(s.wait_now_min, s.open_counters)} → "
                      f"{t.wait_hint(s.wait_one_more_min, s.open_counters + 1)}" + (" ▲" if s.one_more_helps else ""),
                      (style.TARGET, style.TARGET_FILL) if s.one_more_helps else None, align=RIGHT),
            ]
            for c, item in enumerate(values):
                self.setItem(r, c, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Business type"), self.tr("Waiting"), self.tr("Longest"), self.tr("Target / max"),
            self.tr("Counters"), self.tr("Booked"), self.tr("Wait now → +1 counter")])
        self.show_rows(self.rows)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CountersTable(QTableWidget):
    """Per counter: what it does now and for how long, its teller, the queue for it."""

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(0, 6, parent)
        _quiet(self)
        self.texts = texts
        self.rows: list = []
        header = self.horizontalHeader()
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        t = self.texts
        self.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            colours = style.ACTIVITIES.get(c.activity)
            # The customer at the counter whatever the counter is doing (paused with someone
            # called, or its desk gone quiet), and why it is paused.
            what = " · ".join(part for part in (c.ticket, t.pause_reason(c.pause_reason) if c.state == "paused"
                                                 else None) if part)
            values = [
                _item(t.counter(c.number, c.names), bold=True),
                _item(c.staff_name or c.staff or "—"),
                _item(t.activity(c.activity), colours, bold=True),
                _item(what, bold=c.ticket is not None),
                _item(t.minutes(c.minutes) if c.minutes is not None and c.activity != "closed" else "—", align=RIGHT),
                _item(str(c.waiting_for_it), align=RIGHT),
            ]
            for col, item in enumerate(values):
                self.setItem(r, col, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Counter"), self.tr("Teller"), self.tr("Now"),
                                        self.tr("Ticket / reason"), self.tr("For"), self.tr("Waiting for it")])
        self.show_rows(self.rows)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
