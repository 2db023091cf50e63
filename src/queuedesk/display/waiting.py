"""How many are waiting for each business type: the queue's length, at a glance."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fit import fitted_all
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour
from queuedesk.ui.language import current_language

ROW_MAX_U = 8.0
COUNT_SHARE = 0.22    # of a row's width, for the count


def service_name(service, lang: str | None = None) -> str:
    """Names are data (one per language), not translations; see domain.languages for the fallbacks."""
    return service.name(lang or current_language())


class WaitingPanel(Surface):
    def __init__(self, texts, parent=None):
        super().__init__(texts, parent)
        self.services: list = []          # ServiceStatus, in the engine's order
        self.counts: dict[str, int] = {}

    def show_services(self, services: list) -> None:
        self.services = list(services)
        self.update()

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.update()

    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        body = self.titled_panel(p, t.WAITING)
        n = max(1, len(self.services))
        row_h = min(ROW_MAX_U * u, body.height() / n)
        if not self.services:
            style.draw_text(p, QRectF(body.left(), body.top(), body.width(), row_h), self.texts.text(t.NO_SERVICES),
                            text_font(row_h * 0.45), style.MUTED, Qt.AlignmentFlag.AlignLeft)
        name_font = fitted_all(text_font(row_h * 0.44), [service_name(s) for s in self.services],
                                     self._name_width(body.width(), row_h), row_h)
        for i, service in enumerate(self.services):
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
        style.draw_text(p, name_rect, service_name(service), name_font, style.TEXT, Qt.AlignmentFlag.AlignLeft)
        count = self.counts.get(service.code, service.waiting)
        style.draw_text(p, QRectF(row.right() - count_w, row.top(), count_w, h), str(count),
                        number_font(h * 0.6), style.NUMBER if count else style.MUTED,
                        Qt.AlignmentFlag.AlignRight)
