"""What the rating screen paints itself: a line of text that shrinks to fit its box, and
the faces of the five levels.

Painted rather than styled: a counter's name or a level's words have any length in any
language, and every size follows the window (units), so text is fitted, never clipped.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour
from queuedesk.rate import style

#: How far each level's mouth bends, as a share of the face's radius (+ smiles, - frowns).
SMILES = {5: 0.42, 4: 0.26, 3: 0.0, 2: -0.22, 1: -0.36}


class TextLine(QWidget):
    """One line of text at `units` (a share of the window's unit), shrunk to fit its width."""

    def __init__(self, units: float, colour_name: str = style.INK, bold: bool = False,
                 align=Qt.AlignmentFlag.AlignCenter, number: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.units, self.colour_name, self.bold, self.align, self.number = units, colour_name, bold, align, number
        self.text = ""
        self.u = 6.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.setAccessibleName(text)
            self.update()

    def set_unit(self, u: float) -> None:
        self.u = u
        self.setFixedHeight(round(self.units * u * 1.45))
        self.update()

    def set_colour(self, name: str) -> None:
        self.colour_name = name
        self.update()

    def font(self):
        px = self.units * self.u
        return number_font(px) if self.number else text_font(px, bold=self.bold)

    def sizeHint(self) -> QSize:
        return QSize(100, round(self.units * self.u * 1.45))

    def paintEvent(self, _event) -> None:
        if not self.text:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setFont(fitted(self.font(), self.text, self.width() * 0.98, floor=8))
        p.setPen(colour(self.colour_name))
        paint_text(p, QRectF(self.rect()), self.align | Qt.AlignmentFlag.AlignVCenter, self.text)
        p.end()


def paint_face(p: QPainter, centre: QPointF, radius: float, score: int, outline: bool = False) -> None:
    """The face of level `score`: its colour, two eyes, a mouth from a wide smile (5) to a
    deep frown with knitted brows (1)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour(style.FACE_INK), max(1.0, radius * 0.05)) if outline else Qt.PenStyle.NoPen)
    p.setBrush(colour(style.LEVEL_COLOURS[score]))
    p.drawEllipse(centre, radius, radius)
    ink = colour(style.FACE_INK)
    eye = radius * 0.11
    eye_y = centre.y() - radius * 0.2
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    for side in (-1, 1):
        p.drawEllipse(QPointF(centre.x() + side * radius * 0.33, eye_y), eye, eye * 1.15)
    pen = QPen(ink, radius * 0.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if score == 1:   # knitted brows: angry, not only sad
        p.setPen(pen)
        for side in (-1, 1):
            p.drawLine(QPointF(centre.x() + side * radius * 0.48, eye_y - radius * 0.3),
                       QPointF(centre.x() + side * radius * 0.18, eye_y - radius * 0.16))
    bend = SMILES[score] * radius
    mouth_y = centre.y() + radius * (0.36 if bend >= 0 else 0.5)
    half = radius * (0.46 if score in (5, 1) else 0.38)
    mouth = QPainterPath(QPointF(centre.x() - half, mouth_y))
    mouth.quadTo(QPointF(centre.x(), mouth_y + 2 * bend), QPointF(centre.x() + half, mouth_y))
    if score == 5:   # a wide open smile
        mouth.closeSubpath()
        p.setPen(pen)
        p.setBrush(ink)
    else:
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(mouth)
    p.restore()
