"""The notice line along the bottom (display.notice): fees, opening hours, commitments.

A notice that fits stands still (easier to read); a longer one scrolls at a reading
pace, measured in units per second so it reads the same on every screen size.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPainter

from queuedesk.display import style
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour

SPEED_U = 9.0        # units per second: about 100 px/s on a 1080p panel
FRAME_MS = 30
GAP_U = 12.0         # between the end of the text and its next start
HOLD_S = 3.0         # the start of the notice stands still this long before each pass


class Ticker(Surface):
    def __init__(self, texts, notice: str, parent=None):
        super().__init__(texts, parent)
        self.notice = " ".join(notice.split())   # one line, whatever the TOML held
        self.offset = 0.0                        # px the text has moved left
        self._hold = HOLD_S                      # seconds left to stand still
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=FRAME_MS)
        self._timer.timeout.connect(self._advance)

    def start(self) -> None:
        if self.notice:
            self._clock.start()
            self._timer.start()

    def set_notice(self, notice: str) -> None:
        """A new notice starts from its first word."""
        notice = " ".join(notice.split())
        if notice != self.notice:
            self.notice, self.offset, self._hold = notice, 0.0, HOLD_S
            self.stop()
            self.start()
            self.update()

    def stop(self) -> None:
        self._timer.stop()

    def _font(self):
        return text_font(self.height() * 0.5)

    def _advance(self) -> None:
        elapsed = min(self._clock.restart() / 1000.0, 0.2)   # no leap after a stall
        width = self._text_width()
        if width <= self.width() - 4 * self.u:
            if self.offset:
                self.offset = 0.0
                self.update()
            return
        if self._hold > 0:
            self._hold -= elapsed
            return
        period = width + GAP_U * self.u
        self.offset += SPEED_U * self.u * elapsed
        if self.offset >= period:
            # Back at the start of the text: let it be read from its first word again.
            self.offset = 0.0
            self._hold = HOLD_S
        self.update()

    def _text_width(self) -> float:
        return QFontMetricsF(self._font()).horizontalAdvance(self.notice)

    def paintEvent(self, _event) -> None:
        u = self.u
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(self.rect())
        p.fillRect(area, colour(style.PANEL))
        p.setPen(colour(style.PANEL_LINE))
        p.drawLine(area.topLeft(), area.topRight())
        if not self.notice:
            p.end()
            return
        font = self._font()
        p.setFont(font)
        p.setPen(colour(style.TEXT))
        width = p.fontMetrics().horizontalAdvance(self.notice)
        margin = 2 * u
        if width <= area.width() - 2 * margin:
            paint_text(p, area, Qt.AlignmentFlag.AlignCenter, self.notice)
        else:
            period = width + GAP_U * u
            x = margin - (self.offset % period)
            while x < area.width():
                paint_text(p, QRectF(x, area.top(), width + 2, area.height()),
                              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.notice)
                x += period
        p.end()
