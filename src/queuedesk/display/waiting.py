"""How many are waiting for each business type: the queue's length, at a glance.

Rows keep a size read from across the hall (ROW_MIN_U); a hall with more business
types than that holds turns the list's pages (the window says when), with a page
indicator by the title, instead of shrinking every row to a whisper.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.paging import page_count, rows_for
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fit import fitted_lines
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour
from queuedesk.ui.language import current_language

ROW_MAX_U = 8.0
ROW_MIN_U = 5.2       # 56 px rows on a 1080p panel: a name read from 10 m
COUNT_SHARE = 0.22    # of a row's width, for the count


def service_name(service, lang: str | None = None) -> str:
    """Names are data (one per language), not translations; see domain.languages for the fallbacks."""
    return service.name(lang or current_language())


class WaitingPanel(Surface):
    def __init__(self, texts, parent=None):
        super().__init__(texts, parent)
        self.services: list = []          # ServiceStatus, in the engine's order
        self.counts: dict[str, int] = {}
        self.page = 0
        self.pages = 1
        self.row_h = 0.0                  # as last drawn: tests read it

    def show_services(self, services: list) -> None:
        self.services = list(services)
        self.update()

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.update()

    def turn_page(self) -> None:
        if self.pages > 1:
            self.page = (self.page + 1) % self.pages
            self.update()

    def rows_per_page(self, height: float) -> tuple[int, float]:
        return rows_for(height, ROW_MIN_U * self.u, ROW_MAX_U * self.u, len(self.services))

    def paintEvent(self, _event) -> None:
        p = self.painter()
        per_page, row_h = self.rows_per_page(self.body_height())
        self.pages = page_count(len(self.services), per_page)
        self.page = min(self.page, self.pages - 1)
        self.row_h = row_h
        body = self.titled_panel(p, t.WAITING, marks=(self.page, self.pages))
        shown = self.services[self.page * per_page:(self.page + 1) * per_page]
        if not self.services:
            style.draw_text(p, QRectF(body.left(), body.top(), body.width(), row_h), self.texts.text(t.NO_SERVICES),
                            text_font(row_h * 0.45), style.MUTED, Qt.AlignmentFlag.AlignLeft)
        # One size for the page (the largest at which each name fits on two lines at most).
        name_w = self._name_width(body.width(), row_h)
        name_px = min((fitted_lines(text_font(row_h * 0.44), service_name(s), name_w, row_h * 0.92,
                                    prefer_one_line=0.9)[0].pixelSize() for s in shown), default=1)
        name_font = text_font(name_px)
        for i, service in enumerate(shown):
            row = QRectF(body.left(), body.top() + i * row_h, body.width(), row_h)
            if i:
                p.setPen(colour(style.PANEL_LINE))
                p.drawLine(row.topLeft(), row.topRight())
            self._row(p, row, service, name_font)
        p.end()

    def _badge_width(self, h: float) -> float:
        return h * 0.64 * 1.25

    def _name_width(self, width: float, h: float) -> float:
        return width * (1 - COUNT_SHARE) - self._badge_width(h) - 3.4 * self.u

    def _row(self, p: QPainter, row: QRectF, service, name_font) -> None:
        u = self.u
        h = row.height()
        badge = QRectF(row.left(), row.top() + h * 0.18, self._badge_width(h), h * 0.64)
        style.panel(p, badge, u * 0.6, fill=style.BADGE, line=None)
        style.draw_text(p, badge.adjusted(0.3 * u, 0, -0.3 * u, 0), service.prefix,
                        number_font(badge.height() * 0.7), style.TEXT)
        count_w = row.width() * COUNT_SHARE
        name_rect = QRectF(badge.right() + 1.4 * u, row.top(), self._name_width(row.width(), h), h)
        font, lines = fitted_lines(name_font, service_name(service), name_rect.width(), h * 0.92, prefer_one_line=0.9)
        style.draw_lines(p, name_rect, lines, font, style.TEXT)
        count = self.counts.get(service.code, service.waiting)
        style.draw_text(p, QRectF(row.right() - count_w, row.top(), count_w, h), str(count),
                        number_font(h * 0.6), style.NUMBER if count else style.MUTED,
                        Qt.AlignmentFlag.AlignRight)
