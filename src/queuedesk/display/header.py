"""The top strip: the branch, whether the calls shown are live (offline, connecting), the
date and clock.

The mark is small on purpose, and only about what customers read on this screen: the
screen keeps showing the last calls it knows while offline. A silent loudspeaker is
staff business: the display logs it, and never shows it to the hall (window.py).
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPainter

from queuedesk.config import Config
from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.surface import Surface
from queuedesk.domain.languages import LocalText
from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour
from queuedesk.ui.language import current_language


class Header(Surface):
    def __init__(self, texts, config: Config, parent=None):
        super().__init__(texts, parent)
        self.config = config
        self.branch_names = LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]})
        self.offline = False
        self.connecting = True           # until the first snapshot is in
        self._shown_minute = None
        self._tick = QTimer(self, interval=1000)   # the clock; repaints only when the minute turns
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

    def set_online(self, online: bool) -> None:
        self.offline = not online
        self.connecting = False
        self.update()

    def set_branch_names(self, names: LocalText) -> None:
        self.branch_names = names
        self.update()

    def branch(self) -> str:
        return self.branch_names.text(current_language())

    def _now(self) -> datetime:
        return datetime.now(self.config.timezone)   # the hall's clock, whatever the PC's zone

    def _on_tick(self) -> None:
        now = self._now()
        minute = (now.date(), now.hour, now.minute)
        if minute != self._shown_minute:
            self._shown_minute = minute
            self.update()

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        area = QRectF(self.rect()).adjusted(2.2 * u, 0.6 * u, -2.2 * u, -0.6 * u)
        h = area.height()
        now = self._now()
        self._shown_minute = (now.date(), now.hour, now.minute)
        clock = f"{now:%H:%M}"
        clock_font = number_font(h * 0.62)
        p.setFont(clock_font)
        clock_w = p.fontMetrics().horizontalAdvance(clock)
        clock_rect = QRectF(area.right() - clock_w, area.top(), clock_w, h)
        style.draw_text(p, clock_rect, clock, clock_font, style.TEXT, Qt.AlignmentFlag.AlignRight)
        # Beside the clock: the date, and under it the screen's health, both right-aligned.
        column = QRectF(area.left() + area.width() * 0.42, area.top(), clock_rect.left() - 1.8 * u
                        - area.left() - area.width() * 0.42, h)
        mark = self._mark()
        date = QLocale().toString(QDate(now.year, now.month, now.day), self.texts.text(t.DATE))
        date_h = h * (0.5 if mark else 1.0)
        date_rect = QRectF(column.left(), column.top() + (h * 0.04 if mark else 0), column.width(), date_h)
        date_font = style.draw_text(p, date_rect, date, text_font(min(h * 0.3, date_h * 0.75)),
                                    style.MUTED, Qt.AlignmentFlag.AlignRight)
        used = QFontMetricsF(date_font).horizontalAdvance(date)
        if mark:
            used = max(used, self._draw_mark(p, QRectF(column.left(), date_rect.bottom(), column.width(),
                                                       h - date_h - h * 0.04), *mark))
        branch = QRectF(area.left(), area.top(), column.right() - used - 2.4 * u - area.left(), h)
        style.draw_wrapped(p, branch, self.branch(), text_font(h * 0.5, bold=True), style.TEXT)
        p.setPen(colour(style.PANEL_LINE))
        p.drawLine(QRectF(self.rect()).bottomLeft(), QRectF(self.rect()).bottomRight())
        p.end()

    def _mark(self) -> tuple[str, str, bool] | None:
        """(text, colour, with a dot) of the mark worth showing: the calls on screen may
        be out of date (offline), or not in yet."""
        if self.offline:
            return self.texts.text(t.OFFLINE), style.ALERT, True
        if self.connecting:
            return self.texts.text(t.CONNECTING), style.MUTED, False
        return None

    def _draw_mark(self, p: QPainter, rect: QRectF, text: str, color: str, dot: bool) -> float:
        """Right-aligned, small: for staff walking past, not for the customers. Returns
        the width used."""
        u = self.u
        r = rect.height() * 0.2 if dot else 0.0
        room = rect.width() - (2 * r + 0.8 * u if dot else 0.0)
        font = fitted(text_font(rect.height() * 0.62, bold=dot), text, room, rect.height())
        width = QFontMetricsF(font).horizontalAdvance(text)
        style.draw_text(p, rect, text, font, color, Qt.AlignmentFlag.AlignRight)
        if dot:   # a red dot catches a passing member of staff's eye
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour(color))
            p.drawEllipse(QRectF(rect.right() - width - 0.8 * u - 2 * r, rect.center().y() - r, 2 * r, 2 * r))
            width += 0.8 * u + 2 * r
        return width
