"""Geometry that follows the screen: how service buttons tile, and sizes that scale.

Kiosk screens run from 15" to 43", portrait or landscape, so every size is a share of
the window's short side (the "unit") with a physical floor: nothing a finger must hit
is smaller than TOUCH_MM. Plain functions, tested without a window.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRect

# Width / height a service button looks best at: room for a name on one line and its
# figures, yet tall enough to hit without aiming. Portrait screens get a list of wide
# bars, landscape screens two or three columns of cards.
TARGET_ASPECT = 2.8
# Smallest touch target, in mm (finger pad ~ 1.6–2 cm; elderly hands tremble).
TOUCH_MM = 20.0
MM_PER_INCH = 25.4


def touch_px(dpi: float) -> int:
    """TOUCH_MM in device-independent pixels for a screen of `dpi` (never below 96 dpi:
    some panels report nonsense)."""
    return math.ceil(TOUCH_MM * max(dpi, 96.0) / MM_PER_INCH)


def grid_shape(count: int, width: float, height: float, gap: float = 0.0) -> tuple[int, int]:
    """(columns, rows) whose cells come closest to TARGET_ASPECT; portrait screens get one
    wide column, landscape screens two or three."""
    if count <= 0:
        return 0, 0
    best, best_score = (1, count), math.inf
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        if cols > 1 and math.ceil(count / (cols - 1)) == rows:
            continue   # as many rows with one column fewer: this one only leaves holes
        w = (width - (cols - 1) * gap) / cols
        h = (height - (rows - 1) * gap) / rows
        if w <= 0 or h <= 0:
            continue
        score = abs(math.log((w / h) / TARGET_ASPECT))
        if score < best_score - 1e-9:
            best, best_score = (cols, rows), score
    return best


def cell_rects(count: int, area: QRect, gap: int, max_height: int, max_width: int | None = None) -> list[QRect]:
    """Rectangles for `count` buttons in `area`: the grid is centred, cells are at most
    max_height tall (a lone button must not fill the screen), and a short last row is
    centred under the others."""
    cols, rows = grid_shape(count, area.width(), area.height(), gap)
    if not count:
        return []
    w = (area.width() - (cols - 1) * gap) // cols
    h = min((area.height() - (rows - 1) * gap) // rows, max_height)
    if max_width is not None:
        w = min(w, max_width)
    total_w = cols * w + (cols - 1) * gap
    total_h = rows * h + (rows - 1) * gap
    left = area.left() + (area.width() - total_w) // 2
    top = area.top() + (area.height() - total_h) // 2
    rects = []
    for i in range(count):
        row, col = divmod(i, cols)
        in_row = min(cols, count - row * cols)
        row_left = left + (cols - in_row) * (w + gap) // 2
        rects.append(QRect(row_left + col * (w + gap), top + row * (h + gap), w, h))
    return rects
