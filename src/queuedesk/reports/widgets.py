"""The parts of the reports window: a figure tile, the heat map, the table's model."""
from __future__ import annotations

import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from queuedesk.operations.reports import Report
from queuedesk.reports import heat_map
from queuedesk.reports.table import Column, Line, Words, columns_for, label_headers, lines

#: Characters per line of a table header.
HEADER_WIDTH = 13


class FigureTile(QFrame):
    """One figure at a glance: a small caption over a big value."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = QLabel(self, objectName="tileCaption")
        self.value = QLabel("–", self, objectName="tileValue")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_figure(self, caption: str, value: str, tone: str = "", meaning: str = "") -> None:
        """`meaning`: what the figure counts, shown on pointing at it ("1020")."""
        self.caption.setText(caption)
        self.value.setText(value)
        self.setToolTip(meaning)
        if self.value.property("tone") != tone:
            self.value.setProperty("tone", tone)
            self.value.style().unpolish(self.value)
            self.value.style().polish(self.value)


class HeatMapView(QWidget):
    """Arrivals by weekday × hour (heat_map.paint, as on the PDF page)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heat: dict[tuple[int, int], int] = {}
        self.hours: list[int] = []
        self.words: Words | None = None
        self.setMinimumSize(360, 220)

    def show_heat(self, heat: dict[tuple[int, int], int], hours: list[int], words: Words) -> None:
        self.heat, self.hours, self.words = heat, hours, words
        self.update()

    def paintEvent(self, _event) -> None:
        if self.words is None:
            return
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.95))
        heat_map.paint(painter, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.heat, self.hours, self.words, font)
        painter.end()


class ReportTableModel(QAbstractTableModel):
    """The report's table, as every output words it (table.lines)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[Line] = []
        self._columns: tuple[Column, ...] = ()
        self._headers: list[str] = []
        self._labels = 0
        self._words: Words | None = None
        #: The view's font (set by it once styled): the totals are the body's in bold, not
        #: the application's larger font, which widened every column.
        self.strong_font: QFont | None = None

    def show_report(self, report: Report, words: Words) -> None:
        self.beginResetModel()
        self._words = words
        self._columns = columns_for(report.by, report.total)
        labels = label_headers(report, words)
        self._labels = len(labels)
        self._headers = labels + [words.stacked_header(c) for c in self._columns]
        self._lines = lines(report, words)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # The header view does not wrap: break long headers here ("Idle while people waited"
            # at its spaces, "90%等候" / "不超过(分)" where its translation does), so a column
            # is as wide as its figures.
            text = self._headers[section]
            if " " in text and "\n" not in text:
                return textwrap.fill(text, HEADER_WIDTH)
            return text
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if section < self._labels else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _strong(self, line: Line) -> bool:
        return line.row is None or (len(line.labels) == 2 and line.level == 0)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column < self._labels:
                text = line.labels[column]
                if len(line.labels) == 2 and line.level == 1:
                    return "" if column == 0 else "    " + text
                return text
            return self._words.value(self._columns[column - self._labels], line.figures)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignLeft if column < self._labels else Qt.AlignmentFlag.AlignRight)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._strong(line):
            font = QFont(self.strong_font) if self.strong_font is not None else QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and line.row is None:
            return QBrush(QColor("#e9eef4"))
        return None

    def line(self, row: int) -> Line:
        return self._lines[row]
