"""Text painted by hand that stays bold at any size.

A family without a bold face (WenQuanYi Micro Hei, which we ship) is made bold by
FreeType when Qt draws its glyphs from the glyph cache — but Qt draws glyphs from 64
pixels up as outlines (QT_MAX_CACHED_GLYPH_SIZE), and an outline gets no synthetic
bold: the lobby's "请到 3号窗口", the counter screen's name and a large-text kiosk's
service names turned thin exactly where they are biggest, beside smaller text that
stayed bold. There the text's outlines are filled and stroked with a pen a 48th of its
size wide: half what FreeType adds below that size, which fills in the small spaces of
dense characters (櫃檯, 醫, 廳 became blots at a lobby's sizes); this much reads as bold
and keeps every one of them open. `paint_text` where we paint text ourselves,
`BoldKeepingStyle` where Qt's widgets do (a label's or a button's text, the kiosk's
large-text title).
"""
from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPainterPathStroker, QPalette, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QProxyStyle

from queuedesk.qtkit.fonts import has_bold

#: From this size on (in device pixels) Qt draws glyphs as outlines.
OUTLINE_PX = 64
#: The pen that thickens the outlines, as a share of the font's size (half of its width
#: lies outside each stroke).
STROKE = 1 / 48


def needs_thickening(painter: QPainter) -> bool:
    """Whether the painter's font is a bold that Qt would draw thin at this size."""
    font = painter.font()
    if not font.bold() or font.pixelSize() <= 0:
        return False
    scale = math.sqrt(abs(painter.transform().determinant())) or 1.0
    return font.pixelSize() * scale >= OUTLINE_PX and not has_bold(font.family())


def paint_text(painter: QPainter, rect: QRectF, flags, text: str) -> None:
    """`painter.drawText(rect, flags, text)`, bold kept bold at any size."""
    if not needs_thickening(painter):
        painter.drawText(rect, flags, text)
        return
    rect = QRectF(rect)
    shape = _bold_shape(painter.font(), rect.width(), rect.height(), int(flags), text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.fillPath(shape, painter.pen().color())
    painter.restore()


#: The shapes drawn lately: stroking an outline costs a few milliseconds at lobby sizes, and
#: a screen repaints the same texts over and over (a flashing call, a clock beside them).
_SHAPES: OrderedDict[tuple, QPainterPath] = OrderedDict()
_SHAPES_KEPT = 128


def _bold_shape(font: QFont, width: float, height: float, flags: int, text: str) -> QPainterPath:
    """The text laid out in a box of width × height at the origin, thickened: its outlines
    with a band of STROKE of the size around them, corners kept square."""
    key = (font.key(), round(width, 1), round(height, 1), flags, text)
    shape = _SHAPES.get(key)
    if shape is not None:
        _SHAPES.move_to_end(key)
        return shape
    outline = _outline(font, QRectF(0, 0, width, height), flags, text)
    pen = QPen(Qt.GlobalColor.black, font.pixelSize() * STROKE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
               Qt.PenJoinStyle.MiterJoin)
    pen.setMiterLimit(1)      # square corners, no spikes where strokes meet at a sharp angle
    shape = QPainterPathStroker(pen).createStroke(outline).united(outline)
    _SHAPES[key] = shape
    if len(_SHAPES) > _SHAPES_KEPT:
        _SHAPES.popitem(last=False)
    return shape


def _outline(font: QFont, rect: QRectF, flags: int, text: str) -> QPainterPath:
    """The glyphs' outlines laid out in `rect` as drawText lays them out (alignment, and
    word wrap when the flags ask for it)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if flags & int(Qt.TextFlag.TextWordWrap)
                       else QTextOption.WrapMode.NoWrap)
    text = text.replace("\n", "\u2028")          # a line break as QTextLayout knows one
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    lines, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, height))
        height += line.height()
        lines.append(line)
    layout.endLayout()
    top = _aligned(rect.top(), rect.height(), height, flags & int(Qt.AlignmentFlag.AlignBottom),
                   flags & int(Qt.AlignmentFlag.AlignVCenter))
    path = QPainterPath()
    for line in lines:
        left = _aligned(rect.left(), rect.width(), line.naturalTextWidth(), flags & int(Qt.AlignmentFlag.AlignRight),
                        flags & int(Qt.AlignmentFlag.AlignHCenter))
        part = text[line.textStart():line.textStart() + line.textLength()].rstrip("\u2028")
        path.addText(QPointF(left, top + line.y() + line.ascent()), font, part)
    return path


def _aligned(start: float, room: float, used: float, far: int, centre: int) -> float:
    """Where `used` of `room` begins: at its far end, centred, or at `start`."""
    if far:
        return start + room - used
    if centre:
        return start + (room - used) / 2
    return start


class BoldKeepingStyle(QProxyStyle):
    """The application's style, with widgets' plain text (labels, buttons) drawn by
    `paint_text`. Style sheets draw their text through it too."""

    def drawItemText(self, painter, rect, flags, palette, enabled, text, role=QPalette.ColorRole.NoRole):
        mnemonic = int(flags) & int(Qt.TextFlag.TextShowMnemonic) and "&" in text
        if not text or mnemonic or not needs_thickening(painter):
            super().drawItemText(painter, rect, flags, palette, enabled, text, role)
            return
        painter.save()
        if role != QPalette.ColorRole.NoRole:
            group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
            painter.setPen(palette.color(group, role))
        paint_text(painter, QRectF(rect), int(flags), text)
        painter.restore()


def keep_bold(app: QApplication) -> None:
    """Have `app`'s widgets keep big bold text bold (once)."""
    if not isinstance(app.style(), BoldKeepingStyle):
        app.setStyle(BoldKeepingStyle(app.style().name()))
