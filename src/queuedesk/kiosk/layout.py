"""Geometry that follows the screen: how service buttons tile and page, and sizes that scale.

Kiosk screens run from 15" to 43", portrait or landscape, so every size is a share of
the window's short side (the "unit") with a physical floor: nothing a finger must hit
is smaller than TOUCH_MM. A hall may have 40 business types: a button never shrinks
below what its name needs to be read (MIN_CELL_*), and what does not fit goes on more
pages. Plain functions, tested without a window (tests/kiosk/test_layout.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect

# Width / height a service button looks best at: room for a name on one line and its
# figures, yet tall enough to hit without aiming. Portrait screens get a list of wide
# bars, landscape screens two or more columns of cards.
TARGET_ASPECT = 2.8
# Smallest touch target, in mm (finger pad ~ 1.6–2 cm; elderly hands tremble).
TOUCH_MM = 20.0
MM_PER_INCH = 25.4
# The smallest button, in units: a two-line name at NAME_MIN_U beside its badge, with
# its figures line under it. Large-text mode multiplies both.
MIN_CELL_W_U = 38.0
MIN_CELL_H_U = 15.0
#: The smallest a service's main name gets, in units: 28 px on a 1080p screen.
NAME_MIN_U = 2.6
LARGE_TEXT = 1.3    # how much bigger everything is in large-text mode


def touch_px(dpi: float) -> int:
    """TOUCH_MM in device-independent pixels for a screen of `dpi` (never below 96 dpi:
    some panels report nonsense)."""
    return math.ceil(TOUCH_MM * max(dpi, 96.0) / MM_PER_INCH)


def grid_shape(count: int, width: float, height: float, gap: float = 0.0,
               max_cols: int | None = None, max_rows: int | None = None) -> tuple[int, int]:
    """(columns, rows) whose cells come closest to TARGET_ASPECT, within the limits;
    portrait screens get one wide column, landscape screens two or three."""
    if count <= 0:
        return 0, 0
    best, best_score = None, math.inf
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        if cols > 1 and math.ceil(count / (cols - 1)) == rows:
            continue   # as many rows with one column fewer: this one only leaves holes
        if (max_cols is not None and cols > max_cols) or (max_rows is not None and rows > max_rows):
            continue
        w = (width - (cols - 1) * gap) / cols
        h = (height - (rows - 1) * gap) / rows
        if w <= 0 or h <= 0:
            continue
        score = abs(math.log((w / h) / TARGET_ASPECT))
        if score < best_score - 1e-9:
            best, best_score = (cols, rows), score
    if best is None:   # nothing within the limits: as many columns as allowed
        cols = max(1, min(count, max_cols or count))
        best = (cols, math.ceil(count / cols))
    return best


@dataclass(frozen=True)
class PagePlan:
    """How `count` buttons go on pages: `per_page` on each (the last may hold fewer), in
    `cols` × `rows` cells."""

    count: int
    pages: int
    per_page: int
    cols: int
    rows: int

    def page_of(self, index: int) -> int:
        return index // self.per_page if self.per_page else 0

    def on_page(self, page: int) -> range:
        """Indexes of the buttons on `page`."""
        start = page * self.per_page
        return range(start, min(self.count, start + self.per_page))


def plan_pages(count: int, width: float, height: float, gap: float, min_w: float, min_h: float) -> PagePlan:
    """The fewest pages on which every cell is at least min_w × min_h; the buttons are
    shared out evenly (30 over three pages is 10, 10, 10, not 12, 12, 6)."""
    if count <= 0:
        return PagePlan(0, 1, 0, 0, 0)
    max_cols = max(1, int((width + gap) // (min_w + gap)))
    max_rows = max(1, int((height + gap) // (min_h + gap)))
    pages = math.ceil(count / (max_cols * max_rows))
    per_page = math.ceil(count / pages)
    cols, rows = grid_shape(per_page, width, height, gap, max_cols, max_rows)
    return PagePlan(count, pages, per_page, cols, rows)


def cell_boxes(count: int, x: int, y: int, width: int, height: int, gap: int, cols: int, rows: int,
               max_height: int, max_width: int | None = None) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) for `count` buttons in a cols × rows grid: centred, cells at most
    max_height tall (a lone button must not fill the screen), and a short last row
    centred under the others."""
    if not count:
        return []
    w = (width - (cols - 1) * gap) // cols
    h = min((height - (rows - 1) * gap) // rows, max_height)
    if max_width is not None:
        w = min(w, max_width)
    total_w = cols * w + (cols - 1) * gap
    total_h = rows * h + (rows - 1) * gap
    left = x + (width - total_w) // 2
    top = y + (height - total_h) // 2
    boxes = []
    for i in range(count):
        row, col = divmod(i, cols)
        in_row = min(cols, count - row * cols)
        row_left = left + (cols - in_row) * (w + gap) // 2
        boxes.append((row_left + col * (w + gap), top + row * (h + gap), w, h))
    return boxes


def cell_rects(count: int, area: QRect, gap: int, max_height: int, max_width: int | None = None) -> list[QRect]:
    """Rectangles for `count` buttons on one page of `area`, in the shape that suits them."""
    cols, rows = grid_shape(count, area.width(), area.height(), gap)
    return [QRect(*box) for box in cell_boxes(count, area.left(), area.top(), area.width(), area.height(), gap,
                                             cols, rows, max_height, max_width)]
