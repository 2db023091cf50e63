"""Text that fits its box: the one fitter of every window and the ticket.

A hall's texts have any length in any language (a 30-character business type in
English, a branch name on a portrait screen); instead of clipping, a font shrinks until
the text fits on one line. Fonts are never grown, so one size set by a layout stays the
largest.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF


def fitted(font: QFont, text: str, width: float, height: float | None = None, floor: int = 1) -> QFont:
    """`font`, shrunk (never below `floor` px) until `text` fits `width` × `height` on one line."""
    result = QFont(font)
    px = font.pixelSize()
    if not text or width <= 0 or (height is not None and height <= 0):
        return result
    metrics = QFontMetricsF(result)
    w, h = metrics.horizontalAdvance(text), metrics.height()
    if w <= width and (height is None or h <= height):
        return result
    scale = min(width / w if w else 1.0, height / h if height is not None and h else 1.0)
    result.setPixelSize(max(floor, int(px * scale)))
    # Rounding can leave it a pixel too wide; step down until it fits.
    while result.pixelSize() > floor and QFontMetricsF(result).horizontalAdvance(text) > width:
        result.setPixelSize(result.pixelSize() - 1)
    return result


def fitted_all(font: QFont, texts, width: float, height: float | None = None, floor: int = 1) -> QFont:
    """One size for a set of texts (the one the widest needs): rows or buttons that differ
    in size look like a mistake."""
    result = QFont(font)
    for text in texts:
        smaller = fitted(font, text, width, height, floor)
        if smaller.pixelSize() < result.pixelSize():
            result = smaller
    return result
