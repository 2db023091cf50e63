"""The newest call, the biggest thing on the screen: "A012 / 请到 3号窗口".

A new call (or a recall) flashes a few times, so eyes that looked up at the chime
find it, then stays highlighted until the next one.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.state import Call
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour

FLASH_MS = 450
FLASHES = 4          # on/off cycles: about 3.6 s, over before a second call is likely


class NowCalling(Surface):
    painted = Signal(object)   # the Call just drawn for the first time
    repainted = Signal()       # any paint: the screen is up to date

    def __init__(self, texts, parent=None):
        super().__init__(texts, parent)
        self.call: Call | None = None
        self.start_of_day = False     # no call yet today: a welcome instead of "please wait"
        self.flash_on = False
        self._toggles_left = 0
        self._reported: Call | None = None
        self._timer = QTimer(self, interval=FLASH_MS)
        self._timer.timeout.connect(self._toggle)

    @property
    def flashing(self) -> bool:
        return self._timer.isActive()

    def show_call(self, call: Call | None, flash: bool = False) -> None:
        if flash and call is not None:
            self._toggles_left = 2 * FLASHES - 1
            self.flash_on = True
            self._timer.start()
        elif call != self.call:
            self._stop_flash()   # the flashing call left: the one shown now is old news
        self.call = call
        self.update()

    def stop(self) -> None:
        self._stop_flash()

    def _stop_flash(self) -> None:
        self._timer.stop()
        self.flash_on = False
        self._toggles_left = 0

    def _toggle(self) -> None:
        if self._toggles_left <= 0:
            self._stop_flash()
        else:
            self._toggles_left -= 1
            self.flash_on = not self.flash_on
        self.update()

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        box = QRectF(self.rect()).adjusted(0.2 * u, 0.2 * u, -0.2 * u, -0.2 * u)
        lit = self.flash_on and self.call is not None
        style.panel(p, box, u, fill=style.FLASH_FILL if lit else style.HERO_FILL, line=None)
        if self.call is not None and not lit:
            p.setPen(QPen(colour(style.ACCENT), max(2.0, 0.35 * u)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 1.2 * u, 1.2 * u)
        ink = style.FLASH_INK if lit else style.TEXT
        soft = style.FLASH_INK if lit else style.MUTED
        inner = box.adjusted(2.4 * u, 1.4 * u, -2.4 * u, -1.4 * u)
        h = inner.height()
        caption = QRectF(inner.left(), inner.top(), inner.width(), min(0.1 * h, 5 * u))
        self._caption(p, caption, ink, soft, recall=self.call is not None and self.call.kind == "recall")
        body = QRectF(inner.left(), caption.bottom(), inner.width(), inner.bottom() - caption.bottom())
        if self.call is None:
            self._placeholder(p, body)
        else:
            self._call(p, body, self.call, ink, soft, lit)
        p.end()
        if self.call is not None and self.call != self._reported:
            self._reported = self.call
            self.painted.emit(self.call)
        self.repainted.emit()

    def _caption(self, p: QPainter, rect: QRectF, ink: str, soft: str, recall: bool) -> None:
        title = self.texts.text(t.NOW_CALLING)
        font = fitted(text_font(rect.height() * 0.8, bold=True), title, rect.width() * 0.45,
                            rect.height())
        p.setFont(font)
        p.setPen(colour(ink))
        paint_text(p, rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        used = p.fontMetrics().horizontalAdvance(title)
        other = self.texts.other(t.NOW_CALLING)
        if other:
            rest = QRectF(rect.left() + used + 1.2 * self.u, rect.top(), rect.width() * 0.5, rect.height())
            style.draw_text(p, rest, other, text_font(rect.height() * 0.55), soft,
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if recall:
            tag = self.texts.text(t.RECALL)
            style.draw_text(p, rect, tag, text_font(rect.height() * 0.7, bold=True), ink,
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _call(self, p: QPainter, body: QRectF, call: Call, ink: str, soft: str, lit: bool) -> None:
        h = body.height()
        number_rect = QRectF(body.left(), body.top(), body.width(), 0.56 * h)
        style.draw_text(p, number_rect, call.number, number_font(number_rect.height() * 0.98),
                        style.FLASH_INK if lit else style.NUMBER)
        go_rect = QRectF(body.left(), number_rect.bottom(), body.width(), 0.28 * h)
        style.draw_text(p, go_rect, self.texts.go_to(call.counter),
                        text_font(go_rect.height() * 0.82, bold=True), ink)
        other = self.texts.go_to_other(call.counter)
        if other:
            other_rect = QRectF(body.left(), go_rect.bottom(), body.width(), body.bottom() - go_rect.bottom())
            style.draw_text(p, other_rect, other, text_font(other_rect.height() * 0.7), soft)

    def _placeholder(self, p: QPainter, body: QRectF) -> None:
        h = body.height()
        if self.start_of_day:
            self._welcome(p, body)
            return
        main = QRectF(body.left(), body.top() + 0.25 * h, body.width(), 0.3 * h)
        style.draw_text(p, main, self.texts.text(t.NO_CALL), text_font(main.height() * 0.6, bold=True),
                        style.MUTED)
        other = self.texts.other(t.NO_CALL)
        if other:
            below = QRectF(body.left(), main.bottom(), body.width(), 0.16 * h)
            style.draw_text(p, below, other, text_font(below.height() * 0.6), style.MUTED)

    def _welcome(self, p: QPainter, body: QRectF) -> None:
        """The start of the day: welcome, and what to do."""
        h = body.height()
        main = QRectF(body.left(), body.top() + 0.12 * h, body.width(), 0.36 * h)
        style.draw_text(p, main, self.texts.text(t.WELCOME), text_font(main.height() * 0.75, bold=True), style.NUMBER)
        line = QRectF(body.left(), main.bottom() + 0.04 * h, body.width(), 0.16 * h)
        style.draw_text(p, line, self.texts.text(t.TAKE_A_TICKET), text_font(line.height() * 0.7, bold=True),
                        style.TEXT)
        other = self.texts.other(t.TAKE_A_TICKET)
        if other:
            below = QRectF(body.left(), line.bottom(), body.width(), 0.12 * h)
            style.draw_text(p, below, other, text_font(below.height() * 0.65), style.MUTED)
