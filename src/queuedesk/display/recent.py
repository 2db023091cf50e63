"""The last calls, newest first: number, counter, time. For the customer who looked up
too late, or came back from the restroom."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.state import Call
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fit import fitted, fitted_all
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour

ROW_MAX_U = 8.0


class RecentCalls(Surface):
    def __init__(self, texts, rows: int, timezone: ZoneInfo, parent=None):
        super().__init__(texts, parent)
        self.rows = max(0, rows)    # 0: the window does not show the list at all
        self.timezone = timezone
        self.calls: list[Call] = []

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
        w, px = body.width(), row_h * 0.68
        numbers_font = fitted_all(number_font(px), [c.number for c in self.calls], w * 0.34, row_h)
        counter_font = fitted_all(text_font(px * 0.9, bold=True),
                                        [self.texts.counter(c.counter) for c in self.calls], w * 0.40, row_h)
        time_font = fitted(number_font(px * 0.6), "00:00", w * 0.22, row_h)
        for i, call in enumerate(self.calls):
            row = QRectF(body.left(), body.top() + i * row_h, body.width(), row_h)
            if i:
                p.setPen(colour(style.PANEL_LINE))
                p.drawLine(row.topLeft(), row.topRight())
            self._row(p, row, call, numbers_font, counter_font, time_font)
        p.end()

    def _row(self, p: QPainter, row: QRectF, call: Call, number_font, counter_font, time_font) -> None:
        h, w = row.height(), row.width()
        style.draw_text(p, QRectF(row.left(), row.top(), w * 0.34, h), call.number, number_font, style.NUMBER,
                        Qt.AlignmentFlag.AlignLeft)
        style.draw_text(p, QRectF(row.left() + w * 0.36, row.top(), w * 0.40, h), self.texts.counter(call.counter),
                        counter_font, style.TEXT, Qt.AlignmentFlag.AlignLeft)
        if call.at is not None:
            when = call.at.astimezone(self.timezone)
            style.draw_text(p, QRectF(row.left() + w * 0.78, row.top(), w * 0.22, h), f"{when:%H:%M}",
                            time_font, style.MUTED, Qt.AlignmentFlag.AlignRight)
