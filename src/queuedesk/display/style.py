"""The lobby screen's look: bright figures on a dark ground, sizes from the screen.

A hall reads the screen from 10–15 m: every size is a share of the window's short side
(the "unit", a hundredth of it), so a 32" and a 65" panel look alike, and text is fitted
to its box instead of being given fixed pixels. Colours are the hall convention (dark
background, amber numbers, white counters); every text colour is at least 7:1 on its fill.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour

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
BANNER_FILL = "#b3261e"   # offline for long: the whole width says so
BANNER_INK = "#ffffff"    # 6.6:1 on BANNER_FILL


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, color: str,
              align=Qt.AlignmentFlag.AlignCenter) -> QFont:
    """Draw `text` on one line in `rect`, shrunk to fit; returns the font used."""
    font = fitted(font, text, rect.width(), rect.height())
    painter.setFont(font)
    painter.setPen(colour(color))
    if not align & Qt.AlignmentFlag.AlignVertical_Mask:
        align = align | Qt.AlignmentFlag.AlignVCenter
    paint_text(painter, rect, align, text)
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
    paint_text(painter, rect, flags, text)


def draw_lines(painter: QPainter, rect: QRectF, lines: list[str], font: QFont, color: str) -> None:
    """One or two lines (from qtkit.fit.fitted_lines), left-aligned, centred in `rect`."""
    metrics = QFontMetricsF(font)
    y = rect.top() + (rect.height() - metrics.lineSpacing() * (len(lines) - 1) - metrics.height()) / 2
    painter.setFont(font)
    painter.setPen(colour(color))
    for line in lines:
        paint_text(painter, QRectF(rect.left(), y, rect.width(), metrics.height()),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        y += metrics.lineSpacing()


def panel(painter: QPainter, rect: QRectF, u: float, fill: str = PANEL, line: str | None = PANEL_LINE) -> None:
    painter.setPen(colour(line) if line else Qt.PenStyle.NoPen)
    painter.setBrush(colour(fill))
    radius = 1.2 * u
    painter.drawRoundedRect(rect, radius, radius)
