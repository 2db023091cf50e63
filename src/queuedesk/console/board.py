"""The live board: one row per business type, one per counter."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontInfo, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from queuedesk.console import style
from queuedesk.console.texts import ConsoleTexts
from queuedesk.qtkit.fit import balanced_split


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


def _two_lines(text: str, font: QFont) -> str | None:
    """`text` on two lines of as equal a width as may be, broken after a colon if it has
    one, else at a space — never inside a Chinese word ("预计等候：" / "现在 → 加开一窗")."""
    lines = (balanced_split(text, font, lambda t: [i + 1 for i, ch in enumerate(t) if ch in "：:"])
             or balanced_split(text, font, lambda t: [i for i, ch in enumerate(t) if ch == " "]))
    return "\n".join(lines) if lines else None


def _headers(table: QTableWidget, labels: list[str], wrapping: tuple[int, ...] = ()) -> None:
    """Column titles on one line while the table has the room; where it has not, a title
    wider than anything under it, or over a column whose text wraps, goes on two lines, so
    a laptop's screen keeps room for a business type's name."""
    body = QFont(table.font())
    body.setBold(True)
    title = QFont(body)
    title.setPixelSize(max(1, round(QFontInfo(body).pixelSize() * 0.85)))     # style.sheet's `small`
    cells, heads = QFontMetricsF(body), QFontMetricsF(title)
    pad = 2 * cells.height()          # a cell's and a section's padding, and room to spare
    widths = []
    for c, label in enumerate(labels):
        if table.isColumnHidden(c):
            widths.append((0.0, 0.0))
            continue
        widest = max((cells.horizontalAdvance(item.text()) for r in range(table.rowCount())
                      if (item := table.item(r, c)) is not None), default=0.0)
        widths.append((widest, heads.horizontalAdvance(label)))
    room = table.viewport().width() if table.isVisible() else table.width()
    shown = [c for c in range(len(labels)) if not table.isColumnHidden(c)]
    crowded = sum(max(widths[c]) + pad for c in shown) > room
    for c, label in enumerate(labels):
        widest, wide = widths[c]
        squeezed = c in wrapping and sum(max(w) for w in widths) + len(shown) * 0.75 * cells.height() > room
        text = (_two_lines(label, title) if crowded and (wide > widest or squeezed) else None) or label
        item = table.horizontalHeaderItem(c)
        if item is None or item.text() != text:
            table.setHorizontalHeaderItem(c, QTableWidgetItem(text))


def _fit(table: QTableWidget, wrapping: tuple[int, ...], stretch: int) -> None:
    """Every column as wide as its widest cell and title while the table has the room, the
    rest to `stretch`. Where it has not (English on a laptop), the `wrapping` columns (a
    business type's name, the staffing hint) narrow and their text goes on two lines,
    never narrower than their longest word: no column is cut off, no name cut to a letter."""
    columns = table.columnCount()
    header = table.horizontalHeader()
    if header.count() != columns or not columns:
        return
    natural, least, pads = [], [], []
    for c in range(columns):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        if table.isColumnHidden(c):
            natural.append(0)
            least.append(0)
            pads.append(0)
            continue
        widest, word, cells = 0.0, 0.0, table.sizeHintForColumn(c)
        for r in range(table.rowCount()):
            item = table.item(r, c)
            if item is None or not item.text():
                continue
            metrics = QFontMetricsF(_cell_font(table, item))
            widest = max(widest, metrics.horizontalAdvance(item.text()))
            word = max([word, *(metrics.horizontalAdvance(w) for w in item.text().split(" "))])   # NBSP holds
        pad = max(0, cells - round(widest)) if widest else 12
        title = header.sectionSizeHint(c)
        natural.append(max(cells, title))
        least.append(max(title, round(word) + pad) if c in wrapping else natural[-1])
        pads.append(pad)
    room = table.viewport().width()
    if not table.verticalScrollBar().isVisible() and table.verticalHeader().length() > table.viewport().height():
        room -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)      # the bar to come
    frame = table.width() - table.viewport().width()
    table.natural_width = sum(natural) + frame + (table.width() - frame - room)     # what it asks of the board
    widths = list(natural)
    over = sum(widths) - room
    if over <= 0:
        widths[stretch] -= over
    else:
        give = [natural[c] - least[c] for c in range(columns)]
        can = sum(give)
        for c in range(columns):
            if can > 0 and give[c] > 0:
                widths[c] -= min(give[c], -(-over * give[c] // can))
    for c, w in enumerate(widths):
        if table.columnWidth(c) != w and not table.isColumnHidden(c):
            table.setColumnWidth(c, w)
    # Rows as tall as their wrapped text, never lower than the body's row.
    row = table.verticalHeader().defaultSectionSize()
    for r in range(table.rowCount()):
        height = row
        for c in wrapping:
            item = table.item(r, c)
            if item is None or not item.text() or widths[c] >= natural[c]:
                continue
            metrics = QFontMetrics(_cell_font(table, item))
            text = metrics.boundingRect(QRect(0, 0, max(1, widths[c] - pads[c]), 100000),
                                        Qt.TextFlag.TextWordWrap, item.text())
            height = max(height, text.height() + row - metrics.height())
        if table.rowHeight(r) != height:
            table.setRowHeight(r, height)


def _cell_font(table: QTableWidget, item: QTableWidgetItem) -> QFont:
    font = QFont(table.font())
    font.setBold(item.font().bold())
    return font


NBSP = "\u00a0"
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter


class _FittedTable(QTableWidget):
    """A board table whose columns fit their text (`_fit`): again whenever its text, its
    room or its language changes. `WRAPPING`: the columns that may go on two lines when
    short of room; `STRETCH`: the one that takes what room is left."""

    WRAPPING: tuple[int, ...] = ()
    STRETCH = 0

    def __init__(self, columns: int, texts: ConsoleTexts, parent=None):
        super().__init__(0, columns, parent)
        _quiet(self)
        self.natural_width, self._fitting = 0, False
        self.texts = texts
        self.rows: list = []
        self.retranslate()

    def show_rows(self, rows) -> None:
        raise NotImplementedError

    def labels(self) -> list[str]:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.show_rows(self.rows)

    def fit(self) -> None:
        if not self._fitting:
            self._fitting = True
            try:
                _headers(self, self.labels(), self.WRAPPING)
                _fit(self, wrapping=self.WRAPPING, stretch=self.STRETCH)
            finally:
                self._fitting = False

    def event(self, event) -> bool:
        done = super().event(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Resize):    # text size, room
            self.fit()
        return done

    def viewportEvent(self, event) -> bool:
        done = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:        # a scroll bar came or went
            self.fit()
        return done

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _urged(s) -> bool:
    """One more counter is urged: the domain says it helps, and someone waits or no
    counter serves the business at all."""
    return s.one_more_helps and (s.waiting > 0 or s.open_counters == 0)


def _staffing_hint(t: ConsoleTexts, s) -> str:
    """"17 min → 13 min": the wait now and with one more counter. For a business nobody
    waits for, the figures mean nothing ("grows → 0 min"): "—" as its longest wait, or
    "no counter" where none is open."""
    if not s.waiting and s.open_counters:
        return "—"
    if not s.waiting:
        return t.wait_hint(None, 0) + (" ▲" if _urged(s) else "")
    # "15 min" kept together: on two lines the hint breaks after its arrow
    return (f"{t.wait_hint(s.wait_now_min, s.open_counters).replace(' min', NBSP + 'min')} → "
            f"{t.wait_hint(s.wait_one_more_min, s.open_counters + 1).replace(' min', NBSP + 'min')}"
            + (" ▲" if _urged(s) else ""))


class ServicesTable(_FittedTable):
    """Per business type: waiting, the longest wait coloured against target and maximum,
    open counters, checked-in appointments, and the staffing hint."""

    WRAPPING, STRETCH = (0, 6), 0
    BOOKED = 5

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(7, texts, parent)

    def show_booked(self, shown: bool) -> None:
        """The "Booked" column, on a day with bookings only."""
        if self.isColumnHidden(self.BOOKED) == shown:
            self.setColumnHidden(self.BOOKED, not shown)
            self.fit()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        t = self.texts
        self.setRowCount(len(self.rows))
        for r, s in enumerate(self.rows):
            level = style.LEVELS[s.level] if s.waiting else None
            values = [
                _item(f"{s.code}{NBSP}{NBSP}{t.service(s.names, s.code)}", bold=True),     # the code with the name
                _item(str(s.waiting), bold=True, align=RIGHT),
                _item(t.minutes(s.longest_wait_min) if s.waiting else "—", level, bold=True, align=RIGHT),
                _item(t.target_and_maximum(s.target_wait_min, s.max_wait_min), align=RIGHT),
                _item(str(s.open_counters), (style.ALERT, style.ALERT_FILL) if s.waiting and not s.open_counters
                      else None, bold=True, align=RIGHT),
                _item(str(s.appointments_waiting) if s.appointments_waiting else "", align=RIGHT),
                _item(_staffing_hint(t, s), (style.TARGET, style.TARGET_FILL) if _urged(s) else None, align=RIGHT),
            ]
            for c, item in enumerate(values):
                self.setItem(r, c, item)
        self.fit()

    def labels(self) -> list[str]:
        return [self.tr("Business type"), self.tr("Waiting"), self.tr("Longest"), self.tr("Target / max"),
                self.tr("Counters"), self.tr("Booked"), self.tr("Wait now → +1 counter")]



class CountersTable(_FittedTable):
    """Per counter: what it does now and for how long, its teller, the queue for it."""

    WRAPPING, STRETCH = (0, 3), 3

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(6, texts, parent)

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
        self.fit()

    def labels(self) -> list[str]:
        return [self.tr("Counter"), self.tr("Staff"), self.tr("Now"), self.tr("Ticket / reason"), self.tr("For"),
                self.tr("Waiting for it")]

