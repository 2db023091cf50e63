"""The other calls in progress, one card per counter: "A011 → 5号窗口".

Cards stay in counter order, so a customer who looked once finds "their" counter in
the same place. When there are more calls than room (60 counters busy), the board turns
its pages (the window says when) with a page indicator beside its title; calls still
waiting for their turn on the big panel lead every page, so the newest call is always
on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.paging import CARD_MIN_U, GAP_U, TITLE_GAP_U, TITLE_U, board_grid, pages_with_pinned
from queuedesk.display.state import Call
from queuedesk.display.surface import Surface, page_marks, title_block
from queuedesk.qtkit.fit import fitted_all, fitted_lines
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour


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
    """(columns, rows, card height) for the board (see paging.board_grid)."""
    g = board_grid(width, height, u, count)
    return g.cols, g.rows, g.card_h


class CallsBoard(Surface):
    painted = Signal(list)    # calls drawn for the first time

    def __init__(self, texts, parent=None):
        super().__init__(texts, parent)
        self.calls: list[Call] = []
        self.pinned: list[Call] = []    # calls not yet on the big panel: on every page
        self.shown: list[Call] = []     # what is on the page shown
        self.page = 0
        self.pages = 1
        self.counter_px = 0             # the counters' one size, as last painted
        self.drawn: dict[int, tuple[int, int]] = {}   # counter → (px, lines) as last painted
        self._reported: set[Call] = set()

    def show_calls(self, calls: list[Call], pinned: list[Call] | None = None) -> None:
        """Calls in progress other than the one on the big panel; `pinned`: those waiting
        for their turn there (newest first), which lead every page."""
        self.calls = list(calls)
        self.pinned = [c for c in (pinned or []) if c in self.calls]
        self.update()

    def turn_page(self) -> None:
        """The next page (the window's timer), back to the first after the last."""
        if self.pages > 1:
            self.page = (self.page + 1) % self.pages
            self.update()

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        area = QRectF(self.rect())
        title = QRectF(area.left() + 0.6 * u, area.top(), area.width() - 1.2 * u, TITLE_U * u)
        cards = QRectF(area.left(), title.bottom() + TITLE_GAP_U * u, area.width(),
                       area.bottom() - title.bottom() - TITLE_GAP_U * u)
        g = board_grid(cards.width(), cards.height(), u, len(self.calls))
        cols, card_h = g.cols, g.card_h
        by_counter = sorted(self.calls, key=lambda c: c.counter)
        pages = pages_with_pinned(by_counter, self.pinned, g.capacity)
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        marks_w = page_marks(p, title, self.page, self.pages, u) if self.pages > 1 else 0.0
        title_block(p, title.adjusted(0, 0, -marks_w, 0), self.texts, t.SERVING)
        page = pages[self.page]
        shown = [c for c in page if c in self.pinned] + sorted((c for c in page if c not in self.pinned),
                                                                key=lambda c: c.counter)
        self.shown = shown
        self.drawn = {}
        if not shown:
            empty = QRectF(cards.left(), cards.top(), cards.width(), min(cards.height(), CARD_MIN_U * u))
            style.panel(p, empty, u, fill=style.BACKGROUND, line=style.PANEL_LINE)
            style.draw_text(p, empty.adjusted(2 * u, 0, -2 * u, 0), self.texts.text(t.NOBODY_ELSE),
                            text_font(2.8 * u), style.MUTED)
        gap = GAP_U * u
        card_w = (cards.width() - (cols - 1) * gap) / cols
        parts = self._parts(QRectF(0, 0, card_w, card_h))
        numbers_font = fitted_all(number_font(parts["h"] * 0.78), [c.number for c in shown],
                                  parts["number"].width(), parts["h"])
        # The numbers take only the room they need: the rest is the counters' ("掛號批價
        # 3號櫃檯" on one line, not two at half the size), the same on every card.
        widest = max((QFontMetricsF(numbers_font).horizontalAdvance(c.number) for c in shown), default=0.0)
        number_w = min(parts["number"].width(), widest + 0.5 * u)
        parts = self._parts(QRectF(0, 0, card_w, card_h), number_w)
        # One size for every card's counter, the largest at which each fits its card: a
        # long name of its own ("Internal medicine room 3") takes two lines first, and
        # the cards beside it ("Counter 3", "Surgery room") follow its size, so no two
        # cards show a counter at different sizes.
        counter_font = self.counter_font(shown, parts)
        for i, call in enumerate(shown):
            col, row = i % cols, i // cols
            rect = QRectF(cards.left() + col * (card_w + gap), cards.top() + row * (card_h + gap), card_w, card_h)
            self._card(p, rect, call, numbers_font, counter_font, number_w, fresh=call in self.pinned)
        p.end()
        fresh = [c for c in shown if c not in self._reported]
        if fresh:
            self._reported = set(shown)
            self.painted.emit(fresh)
        else:
            self._reported &= set(shown)

    def counter_font(self, calls: list[Call], parts: dict) -> QFont:
        """The one size of the counters on these cards (see paintEvent)."""
        start = text_font(parts["h"] * 0.62, bold=True)
        box = parts["counter"]
        px = min((fitted_lines(start, self.texts.counter(c.counter), box.width(), box.height())[0].pixelSize()
                  for c in calls), default=start.pixelSize())
        self.counter_px = px
        return text_font(px, bold=True)

    def _parts(self, rect: QRectF, number_w: float | None = None) -> dict:
        """Where a card's number, arrow and counter go (relative to the card); `number_w`:
        the numbers' room (at most two fifths of the card)."""
        u = self.u
        inner = rect.adjusted(2 * u, 0.8 * u, -2 * u, -0.8 * u)
        h = inner.height()
        widest = inner.width() * 0.40
        number_w = widest if number_w is None else min(widest, number_w)
        arrow_w = min(inner.width() * 0.13, h * 0.9)
        pad = arrow_w * 0.2     # the arrow never touches the number or the counter
        return {"h": h,
                "number": QRectF(inner.left(), inner.top(), number_w, h),
                "arrow": QRectF(inner.left() + number_w + pad, inner.top() + h * 0.3, arrow_w - 2 * pad, h * 0.4),
                "counter": QRectF(inner.left() + number_w + arrow_w, inner.top(),
                                  inner.width() - number_w - arrow_w, h)}

    def _card(self, p: QPainter, rect: QRectF, call: Call, number_font, counter_font, number_w: float,
              fresh: bool = False) -> None:
        # A call waiting for its turn on the big panel stands out: it is the newest news.
        style.panel(p, rect, self.u, line=style.ACCENT if fresh else style.PANEL_LINE)
        parts = self._parts(rect, number_w)
        style.draw_text(p, parts["number"], call.number, number_font, style.NUMBER, Qt.AlignmentFlag.AlignLeft)
        arrow(p, parts["arrow"], style.MUTED)
        box = parts["counter"]
        # At the cards' one size: on one line if it fits, else on two.
        font, lines = fitted_lines(counter_font, self.texts.counter(call.counter), box.width(), box.height(),
                                   prefer_one_line=1.0)
        self.drawn[call.counter] = (font.pixelSize(), len(lines))
        metrics = QFontMetricsF(font)
        y = box.top() + (box.height() - metrics.lineSpacing() * (len(lines) - 1) - metrics.height()) / 2
        for line in lines:
            style.draw_text(p, QRectF(box.left(), y, box.width(), metrics.height()), line, font, style.TEXT,
                            Qt.AlignmentFlag.AlignRight)
            y += metrics.lineSpacing()
