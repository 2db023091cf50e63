"""Today's appointments and the open complaints, for the lobby manager to see at a glance."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from queuedesk.console import style
from queuedesk.console.texts import ConsoleTexts

_TONES = {"checked_in": (style.OK, style.OK_FILL), "no_show": (style.ALERT, style.ALERT_FILL),
          "late": (style.TARGET, style.TARGET_FILL), "cancelled": (style.QUIET, "#eef1f4")}


def _quiet(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for col in range(table.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class AppointmentsTable(QTableWidget):
    def __init__(self, texts: ConsoleTexts, timezone, parent=None):
        super().__init__(0, 4, parent)
        _quiet(self)
        self.texts, self.timezone = texts, timezone
        self.rows: list = []
        self.retranslate()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        self.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            start = datetime.fromisoformat(a.slot).astimezone(self.timezone)
            tone = _TONES.get("late" if a.late else a.state)
            state = self.texts.appointment_state(a.state, a.late)
            if a.ticket:
                state += f"  {a.ticket}"
                if a.waited_min is not None:
                    state += "  " + self.texts.waited(a.waited_min)
            cells = [f"{start:%H:%M}", self.texts.service(a.service_names, a.service), a.code, state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3 and tone:
                    item.setForeground(QBrush(QColor(tone[0])))
                    item.setBackground(QBrush(QColor(tone[1])))
                self.setItem(r, c, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Slot"), self.tr("Business type"), self.tr("Code"), self.tr("State")])
        self.show_rows(self.rows)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComplaintsTable(QTableWidget):
    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(0, 4, parent)
        _quiet(self)
        self.texts = texts
        self.rows: list = []
        self.setWordWrap(True)
        self.retranslate()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        self.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            grade = self.tr("Serious") if c.grade == "serious" else self.tr("General")
            due = c.due_date + ("  " + self.tr("Overdue") if c.overdue else "")
            cells = [str(c.id), grade, due, c.text]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and c.overdue:
                    item.setForeground(QBrush(QColor(style.ALERT)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, col, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Grade"), self.tr("Due"),
                                        self.tr("What the customer said")])
        self.show_rows(self.rows)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
