"""The lobby screen's look: bright figures on a dark ground, sizes from the screen.

A hall reads the screen from 10–15 m: every size is a share of the window's short side
(the "unit", a hundredth of it), so a 32" and a 65" panel look alike, and text is fitted
to its box instead of being given fixed pixels. Colours are the hall convention (dark
background, amber numbers, white counters); every text colour is at least 7:1 on its fill.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication

from queuedesk.ui.fonts import number_family

BACKGROUND = "#060b14"
PANEL = "#0f1a2c"
PANEL_LINE = "#22324a"
TEXT = "#f4f7fb"          # 18:1 on BACKGROUND
MUTED = "#a9b8cc"         # titles, times, the second language: 9.6:1 on PANEL
NUMBER = "#ffc83d"        # ticket numbers: 11:1 on PANEL
HERO_FILL = "#13264a"
FLASH_FILL = "#ffc83d"    # the newest call flashes to amber ...
FLASH_INK = "#0a1424"     # ... with dark text on it: 12:1
ACCENT = "#4da3ff"        # the newest call's frame
ALERT = "#ff7a7a"         # offline mark: 7.4:1 on BACKGROUND
BADGE = "#1d3a66"


def colour(name: str) -> QColor:
    return QColor(name)


def unit(width: int, height: int) -> float:
    """One hundredth of the short side: 10.8 px on a 1080p screen either way round."""
    return max(1.0, min(width, height) / 100.0)




def text_font(px: float, bold: bool = False) -> QFont:
    """The application's (CJK-capable) family at `px` pixels."""
    font = QFont(QApplication.font())
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def number_font(px: float) -> QFont:
    font = QFont(number_family())
    font.setPixelSize(max(1, round(px)))
    font.setBold(True)
    return font


def fitted(font: QFont, text: str, width: float, height: float) -> QFont:
    """`font` shrunk until `text` fits width × height on one line (never grown): nothing
    is clipped, whatever the language or the screen."""
    result = QFont(font)
    px = font.pixelSize()
    metrics = QFontMetricsF(result)
    if not text or width <= 0 or height <= 0:
        return result
    w, h = metrics.horizontalAdvance(text), metrics.height()
    if w <= width and h <= height:
        return result
    scale = min(width / w if w else 1.0, height / h if h else 1.0)
    result.setPixelSize(max(1, int(px * scale)))
    # Rounding can leave it a pixel too wide; step down until it fits.
    while result.pixelSize() > 1 and QFontMetricsF(result).horizontalAdvance(text) > width:
        result.setPixelSize(result.pixelSize() - 1)
    return result


def fitted_all(font: QFont, texts: list[str], width: float, height: float) -> QFont:
    """One size for a column of texts (the one the widest needs): rows that differ in
    size look like a mistake."""
    result = QFont(font)
    for text in texts:
        smaller = fitted(font, text, width, height)
        if smaller.pixelSize() < result.pixelSize():
            result = smaller
    return result


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, color: str,
              align=Qt.AlignmentFlag.AlignCenter) -> QFont:
    """Draw `text` on one line in `rect`, shrunk to fit; returns the font used."""
    font = fitted(font, text, rect.width(), rect.height())
    painter.setFont(font)
    painter.setPen(colour(color))
    if not align & Qt.AlignmentFlag.AlignVertical_Mask:
        align = align | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(rect, align, text)
    return font


def draw_wrapped(painter: QPainter, rect: QRectF, text: str, font: QFont, color: str, lines: int = 2) -> None:
    """Left-aligned text that may wrap onto `lines` lines rather than shrink to a whisper
    (a long branch name on a portrait screen)."""
    one_line = fitted(font, text, rect.width(), rect.height())
    if one_line.pixelSize() >= 0.7 * font.pixelSize() or lines < 2:
        draw_text(painter, rect, text, one_line, color, Qt.AlignmentFlag.AlignLeft)
        return
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    wrapped = QFont(font)
    wrapped.setPixelSize(max(1, min(font.pixelSize(), int(rect.height() / lines / 1.25))))
    while wrapped.pixelSize() > one_line.pixelSize():
        needed = QFontMetricsF(wrapped).boundingRect(rect, flags, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width():
            break
        wrapped.setPixelSize(wrapped.pixelSize() - 1)
    painter.setFont(wrapped)
    painter.setPen(colour(color))
    painter.drawText(rect, flags, text)


def panel(painter: QPainter, rect: QRectF, u: float, fill: str = PANEL, line: str | None = PANEL_LINE) -> None:
    painter.setPen(colour(line) if line else Qt.PenStyle.NoPen)
    painter.setBrush(colour(fill))
    radius = 1.2 * u
    painter.drawRoundedRect(rect, radius, radius)
