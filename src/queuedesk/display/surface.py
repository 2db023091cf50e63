"""The base of the screen's parts: each paints itself, sized from the window's unit.

Painting (rather than labels and style sheets) lets every text be fitted to its box, so
a long English counter name or a portrait screen never clips a number.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from queuedesk.display import style
from queuedesk.display.texts import DisplayTexts
from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.theme import colour


class Surface(QWidget):
    def __init__(self, texts: DisplayTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.u = 10.0
        # Parts take the room the window's layout gives them, never what a text would like.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def painter(self) -> QPainter:
        """A painter on this part, with smooth shapes and text."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return p

    def titled_panel(self, p: QPainter, title: str) -> QRectF:
        """Draw the framed panel with its title (a texts key); return the room under it."""
        u = self.u
        area = QRectF(self.rect())
        style.panel(p, area.adjusted(0.2 * u, 0.2 * u, -0.2 * u, -0.2 * u), u)
        inner = area.adjusted(2 * u, 1 * u, -2 * u, -1 * u)
        head = QRectF(inner.left(), inner.top(), inner.width(), 4.6 * u)
        title_block(p, head, self.texts, title)
        return QRectF(inner.left(), head.bottom() + 0.6 * u, inner.width(), inner.bottom() - head.bottom() - 0.6 * u)

    def set_unit(self, u: float) -> None:
        if u != self.u:
            self.u = u
            self.update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)


def title_block(p: QPainter, rect: QRectF, texts, source: str) -> None:
    """A panel title in the interface language, the other language after it, smaller."""
    title = texts.text(source)
    font = fitted(text_font(rect.height() * 0.72, bold=True), title, rect.width() * 0.6, rect.height())
    p.setFont(font)
    p.setPen(colour(style.TEXT))
    p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    other = texts.other(source)
    if other:
        used = p.fontMetrics().horizontalAdvance(title) + rect.height() * 0.4
        rest = QRectF(rect.left() + used, rect.top(), rect.width() - used, rect.height())
        style.draw_text(p, rest, other, text_font(rect.height() * 0.5), style.MUTED,
                        Qt.AlignmentFlag.AlignLeft)
