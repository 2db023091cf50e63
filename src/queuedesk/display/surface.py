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
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.painting import paint_text
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

    def titled_panel(self, p: QPainter, title: str, marks: tuple[int, int] | None = None) -> QRectF:
        """Draw the framed panel with its title (a texts key) and, with `marks` (page,
        pages) of more than one page, a page indicator; return the room under it."""
        u = self.u
        area = QRectF(self.rect())
        style.panel(p, area.adjusted(0.2 * u, 0.2 * u, -0.2 * u, -0.2 * u), u)
        inner = area.adjusted(2 * u, 1 * u, -2 * u, -1 * u)
        head = QRectF(inner.left(), inner.top(), inner.width(), 4.6 * u)
        used = page_marks(p, head, *marks, u) if marks and marks[1] > 1 else 0.0
        title_block(p, head.adjusted(0, 0, -used, 0), self.texts, title)
        return QRectF(inner.left(), head.bottom() + 0.6 * u, inner.width(), inner.bottom() - head.bottom() - 0.6 * u)

    def body_height(self) -> float:
        """The height titled_panel leaves under its title."""
        return self.height() - 2 * self.u - 4.6 * self.u - 0.6 * self.u

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
    paint_text(p, rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    other = texts.other(source)
    if other:
        used = p.fontMetrics().horizontalAdvance(title) + rect.height() * 0.4
        rest = QRectF(rect.left() + used, rect.top(), rect.width() - used, rect.height())
        style.draw_text(p, rest, other, text_font(rect.height() * 0.5), style.MUTED,
                        Qt.AlignmentFlag.AlignLeft)


def page_marks(p: QPainter, rect: QRectF, page: int, pages: int, u: float) -> float:
    """A page indicator at the right of a title row: a dot per page (the one shown filled)
    and "2/3". Returns the width it took, so the title keeps clear of it."""
    h = rect.height()
    label = f"{page + 1}/{pages}"
    font = number_font(h * 0.5)
    p.setFont(font)
    label_w = p.fontMetrics().horizontalAdvance(label)
    d = min(h * 0.32, 1.6 * u)
    dots_w = pages * d * 1.8 - d * 0.8
    total = dots_w + u + label_w
    x = rect.right() - total
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(pages):
        p.setBrush(colour(style.NUMBER if i == page else style.PANEL_LINE))
        p.drawEllipse(QRectF(x + i * d * 1.8, rect.center().y() - d / 2, d, d))
    style.draw_text(p, QRectF(rect.right() - label_w, rect.top(), label_w, h), label, font, style.MUTED,
                    Qt.AlignmentFlag.AlignRight)
    return total + 1.5 * u
