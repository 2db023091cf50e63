"""The other calls in progress, one card per counter: "A011 → 5号窗口".

Cards stay in counter order, so a customer who looked once finds "their" counter in
the same place; when there are more calls than room, the oldest give way.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.state import Call
from queuedesk.display.surface import Surface, title_block
from queuedesk.qtkit.fit import fitted_all
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour

CARD_MIN_U = 8.5      # card height when there is room, in units: readable from 10 m
CARD_FLOOR_U = 6.0    # the smallest card, when many counters are busy at once
CARD_MIN_W_U = 28.0   # narrower, "A012 → 12号窗口" shrinks below reading size
CARD_MAX_U = 13.0
CARD_ASPECT = 4.2     # width / height a card's text needs
GAP_U = 1.2


def arrow(p: QPainter, rect: QRectF, color: str) -> None:
    """A drawn arrow: no font is trusted to have "→" at this size."""
    w, h = rect.width(), rect.height()
    size = min(w, h)
    cx, cy = rect.center().x(), rect.center().y()
    path = QPainterPath()
    shaft = size * 0.16
    head = size * 0.42
    left, right = cx - size * 0.45, cx + size * 0.45
    path.moveTo(QPointF(left, cy - shaft / 2))
    path.lineTo(QPointF(right - head, cy - shaft / 2))
    path.lineTo(QPointF(right - head, cy - head * 0.75))
    path.lineTo(QPointF(right, cy))
    path.lineTo(QPointF(right - head, cy + head * 0.75))
    path.lineTo(QPointF(right - head, cy + shaft / 2))
    path.lineTo(QPointF(left, cy + shaft / 2))
    path.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(color))
    p.drawPath(path)


def grid(width: float, height: float, u: float, count: int = 0) -> tuple[int, int, float]:
    """(columns, rows, card height) for the board.

    Normally the same whatever the number of calls, so cards keep their size and place
    as calls come and go. A hall with more counters busy than that grid holds gets
    smaller cards (more rows, another column) down to CARD_FLOOR_U, rather than hide a
    customer's call; only beyond that do the oldest calls give way."""
    gap = GAP_U * u
    cols = 1 if width < 55 * u else 2 if width < 120 * u else 3
    rows = max(1, int((height + gap) // (CARD_MIN_U * u + gap)))
    if count <= cols * rows:
        return cols, rows, min(CARD_MAX_U * u, (height - (rows - 1) * gap) / rows)
    best, best_score = None, None
    for c in range(1, cols + 2):
        card_w = (width - (c - 1) * gap) / c
        if card_w < CARD_MIN_W_U * u:
            break
        r = max(1, int((height + gap) // (CARD_FLOOR_U * u + gap)))
        r = min(r, -(-count // c))
        card_h = (height - (r - 1) * gap) / r
        # What the text can grow to (a card's text needs about 4 heights of width);
        # a grid that holds every call beats any that does not, then the most it holds.
        fits = c * r >= count
        score = (fits, min(card_h, card_w / CARD_ASPECT) if fits else c * r)
        if best_score is None or score > best_score:
            best, best_score = (c, r, min(CARD_MAX_U * u, card_h)), score
    return best or (cols, rows, min(CARD_MAX_U * u, (height - (rows - 1) * gap) / rows))


class CallsBoard(Surface):
    painted = Signal(list)    # calls drawn for the first time

    def __init__(self, texts, parent=None):
        super().__init__(texts, parent)
        self.calls: list[Call] = []
        self.shown: list[Call] = []     # what fitted on the last paint
        self._reported: set[Call] = set()

    def show_calls(self, calls: list[Call]) -> None:
        """Calls in progress other than the newest, newest first."""
        self.calls = list(calls)
        self.update()

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        area = QRectF(self.rect())
        title = QRectF(area.left() + 0.6 * u, area.top(), area.width() - 1.2 * u, 4.6 * u)
        title_block(p, title, self.texts, t.SERVING)
        cards = QRectF(area.left(), title.bottom() + 0.6 * u, area.width(), area.bottom() - title.bottom() - 0.6 * u)
        cols, rows, card_h = grid(cards.width(), cards.height(), u, len(self.calls))
        room = cols * rows
        shown = sorted(self.calls[:room], key=lambda c: c.counter)
        self.shown = shown
        if not shown:
            empty = QRectF(cards.left(), cards.top(), cards.width(), min(cards.height(), CARD_MIN_U * u))
            style.panel(p, empty, u, fill=style.BACKGROUND, line=style.PANEL_LINE)
            style.draw_text(p, empty.adjusted(2 * u, 0, -2 * u, 0), self.texts.text(t.NOBODY_ELSE),
                            text_font(2.8 * u), style.MUTED)
        gap = GAP_U * u
        card_w = (cards.width() - (cols - 1) * gap) / cols
        parts = self._parts(QRectF(0, 0, card_w, card_h))
        # One size for every card, so "Counter 12" is not smaller than "Counter 3".
        numbers_font = fitted_all(number_font(parts["h"] * 0.78), [c.number for c in shown],
                                       parts["number"].width(), parts["h"])
        counter_font = fitted_all(text_font(parts["h"] * 0.62, bold=True),
                                        [self.texts.counter(c.counter) for c in shown],
                                        parts["counter"].width(), parts["h"])
        for i, call in enumerate(shown):
            col, row = i % cols, i // cols
            rect = QRectF(cards.left() + col * (card_w + gap), cards.top() + row * (card_h + gap), card_w, card_h)
            self._card(p, rect, call, numbers_font, counter_font)
        p.end()
        fresh = [c for c in shown if c not in self._reported]
        if fresh:
            self._reported = set(shown)
            self.painted.emit(fresh)
        else:
            self._reported &= set(shown)

    def _parts(self, rect: QRectF) -> dict:
        """Where a card's number, arrow and counter go (relative to the card)."""
        u = self.u
        inner = rect.adjusted(2 * u, 0.8 * u, -2 * u, -0.8 * u)
        h = inner.height()
        number_w = inner.width() * 0.40
        arrow_w = min(inner.width() * 0.13, h * 0.9)
        pad = arrow_w * 0.2     # the arrow never touches the number or the counter
        return {"h": h,
                "number": QRectF(inner.left(), inner.top(), number_w, h),
                "arrow": QRectF(inner.left() + number_w + pad, inner.top() + h * 0.3, arrow_w - 2 * pad, h * 0.4),
                "counter": QRectF(inner.left() + number_w + arrow_w, inner.top(),
                                  inner.width() - number_w - arrow_w, h)}

    def _card(self, p: QPainter, rect: QRectF, call: Call, number_font, counter_font) -> None:
        style.panel(p, rect, self.u)
        parts = self._parts(rect)
        style.draw_text(p, parts["number"], call.number, number_font, style.NUMBER, Qt.AlignmentFlag.AlignLeft)
        arrow(p, parts["arrow"], style.MUTED)
        style.draw_text(p, parts["counter"], self.texts.counter(call.counter), counter_font, style.TEXT,
                        Qt.AlignmentFlag.AlignRight)
