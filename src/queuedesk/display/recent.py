"""The last calls, newest first: number, counter, time. For the customer who looked up
too late, or came back from the restroom."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.state import Call
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fit import fitted, fitted_all, fitted_lines
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour

ROW_MAX_U = 8.0
#: Shares of a row's width: the number, a gap, the counter, (a gap,) the time.
NUMBER_W, GAP_W, COUNTER_W, TIME_W = 0.32, 0.02, 0.50, 0.14


class RecentCalls(Surface):
    def __init__(self, texts, rows: int, timezone: ZoneInfo, parent=None):
        super().__init__(texts, parent)
        self.rows = max(0, rows)    # 0: the window does not show the list at all
        self.timezone = timezone
        self.calls: list[Call] = []
        self.fonts: dict[str, QFont] = {}     # each column's, as last painted
        self.drawn: dict[int, tuple[int, int]] = {}   # counter → (px, lines) as last painted

    def show_calls(self, calls: list[Call]) -> None:
        self.calls = list(calls[:self.rows])
        self.update()

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        body = self.titled_panel(p, t.RECENT)
        row_h = min(ROW_MAX_U * u, body.height() / max(1, self.rows))
        if not self.calls:
            style.draw_text(p, QRectF(body.left(), body.top(), body.width(), row_h), self.texts.text(t.NONE_YET),
                            text_font(row_h * 0.45), style.MUTED, Qt.AlignmentFlag.AlignLeft)
        # One size per column, whatever each row's text: a ragged list reads as a mistake.
        # Where to go matters more than when: a long counter name ("综合受理1号窗口") takes
        # two lines before it shrinks, and the time gets the narrowest column.
        w, px = body.width(), row_h * 0.68
        numbers_font = fitted_all(number_font(px), [c.number for c in self.calls], w * NUMBER_W, row_h)
        counter_px = min((fitted_lines(text_font(px * 0.9, bold=True), self.texts.counter(c.counter),
                                       w * COUNTER_W, row_h * 0.92, prefer_one_line=0.9)[0].pixelSize()
                          for c in self.calls), default=1)
        counter_font = text_font(counter_px, bold=True)
        time_font = fitted(number_font(px * 0.5), "00:00", w * TIME_W, row_h)
        self.fonts = {"number": numbers_font, "counter": counter_font, "time": time_font}
        self.drawn = {}
        for i, call in enumerate(self.calls):
            row = QRectF(body.left(), body.top() + i * row_h, body.width(), row_h)
            if i:
                p.setPen(colour(style.PANEL_LINE))
                p.drawLine(row.topLeft(), row.topRight())
            self._row(p, row, call, numbers_font, counter_font, time_font)
        p.end()

    def _row(self, p: QPainter, row: QRectF, call: Call, number_font, counter_font, time_font) -> None:
        h, w = row.height(), row.width()
        style.draw_text(p, QRectF(row.left(), row.top(), w * NUMBER_W, h), call.number, number_font, style.NUMBER,
                        Qt.AlignmentFlag.AlignLeft)
        counter = QRectF(row.left() + w * (NUMBER_W + GAP_W), row.top(), w * COUNTER_W, h)
        # At the column's one size: on one line if it fits, else on two (never one line
        # a little smaller than the rows beside it).
        font, lines = fitted_lines(counter_font, self.texts.counter(call.counter), counter.width(), h * 0.92,
                                   prefer_one_line=1.0)
        self.drawn[call.counter] = (font.pixelSize(), len(lines))
        style.draw_lines(p, counter, lines, font, style.TEXT)
        if call.at is not None:
            when = call.at.astimezone(self.timezone)
            style.draw_text(p, QRectF(row.right() - w * TIME_W, row.top(), w * TIME_W, h), f"{when:%H:%M}",
                            time_font, style.MUTED, Qt.AlignmentFlag.AlignRight)
