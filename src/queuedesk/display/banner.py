"""Across the whole screen, under the header, once the screen has been offline for a
while: staff across the hall must notice, and customers must not trust old calls."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.surface import Surface
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.theme import colour


class OfflineBanner(Surface):
    def paintEvent(self, _event) -> None:
        u = self.u
        p = self.painter()
        area = QRectF(self.rect())
        p.fillRect(area, colour(style.BANNER_FILL))
        inner = area.adjusted(3 * u, 0.8 * u, -3 * u, -0.8 * u)
        other = self.texts.other(t.OFFLINE_BANNER)
        main_h = inner.height() * (0.62 if other else 1.0)
        style.draw_text(p, QRectF(inner.left(), inner.top(), inner.width(), main_h), self.texts.text(t.OFFLINE_BANNER),
                        text_font(main_h * 0.7, bold=True), style.BANNER_INK)
        if other:
            rest = QRectF(inner.left(), inner.top() + main_h, inner.width(), inner.height() - main_h)
            style.draw_text(p, rest, other, text_font(rest.height() * 0.7), style.BANNER_INK)
        p.end()
