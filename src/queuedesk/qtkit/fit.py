"""Text that fits its box: the one fitter of every window and the ticket.

A hall's texts have any length in any language (a 30-character business type in
English, a branch name on a portrait screen); instead of clipping, a font shrinks until
the text fits on one line, or, where two lines are allowed (`fitted_lines`), on two
balanced ones. Fonts are never grown, so one size set by a layout stays the largest.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF


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


#: Characters a line must not start with (closing punctuation) or end with (opening).
_NO_START = set("、，。；：？！）》」』】〉,.;:?!)]}·")
_NO_END = set("（《「『【〈([{")


def _breaks(text: str) -> list[int]:
    """Where `text` may be split into two lines: at a space, or between two characters
    of which one is CJK (Chinese has no spaces), never before closing punctuation."""
    spots = []
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if after in _NO_START or before in _NO_END:
            continue
        if before == " " or after == " " or _wide(before) or _wide(after):
            spots.append(i)
    return spots


def _wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def balanced_split(text: str, font: QFont, breaks: Callable[[str], list[int]] | None = None
                   ) -> tuple[str, str] | None:
    """`text` as two lines of as equal a width as its break points allow (so a name never
    leaves a lone character on its second line), or None if it cannot be split. `breaks`:
    where it may be split (default: at a space, or beside a Chinese character)."""
    metrics = QFontMetricsF(font)
    best, best_w = None, None
    for i in (breaks or _breaks)(text):
        first, second = text[:i].rstrip(), text[i:].lstrip()
        if not first or not second:
            continue
        w = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if best_w is None or w < best_w:
            best, best_w = (first, second), w
    return best


def fitted_lines(font: QFont, text: str, width: float, height: float, floor: int = 1,
                 prefer_one_line: float = 0.8) -> tuple[QFont, list[str]]:
    """The largest size ≤ font's at which `text` fits width × height on one line, or on two
    balanced lines: one line while that keeps at least `prefer_one_line` of the size, else
    whichever is larger. Never below `floor` px: there the second line is elided."""
    px = font.pixelSize()
    if not text or width <= 0 or height <= 0:
        return QFont(font), [text] if text else []

    def at(size: int) -> QFont:
        f = QFont(font)
        f.setPixelSize(max(1, size))
        return f

    def one_line_px() -> int:
        w = QFontMetricsF(font).horizontalAdvance(text)
        size = min(px, int(px * width / w) if w else px, int(px * height / QFontMetricsF(font).height()))
        while size > 1 and QFontMetricsF(at(size)).horizontalAdvance(text) > width:
            size -= 1
        return size

    def two_lines_px() -> tuple[int, tuple[str, str] | None]:
        split = balanced_split(text, font)
        if split is None:
            return 0, None
        m = QFontMetricsF(font)
        w = max(m.horizontalAdvance(split[0]), m.horizontalAdvance(split[1]))
        size = min(px, int(px * width / w) if w else px, int(px * height / (m.lineSpacing() + m.height())))
        while size > 1 and max(QFontMetricsF(at(size)).horizontalAdvance(part) for part in split) > width:
            size -= 1
        return size, split

    one = one_line_px()
    if one >= px * prefer_one_line and one >= floor:
        return at(one), [text]
    two, split = two_lines_px()
    if split is not None and two > one and two >= floor:
        return at(two), list(split)
    if one >= floor:
        return at(one), [text]
    # Too long even on two lines at the floor: two lines, the second one elided.
    small = at(floor)
    split = balanced_split(text, small) or (text, "")
    metrics = QFontMetricsF(small)
    first = split[0] if metrics.horizontalAdvance(split[0]) <= width else \
        metrics.elidedText(split[0], Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(text[len(split[0]):].strip(), Qt.TextElideMode.ElideRight, width)
    return small, [first, rest] if rest else [first]


def elided_words(text: str, metrics: QFontMetrics | QFontMetricsF, width: float) -> str:
    """`text` as it fits `width`: whole; else its first whole words and "…"; only a text
    without a word that fits (one long word, Chinese) is cut at a letter, with "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        head = " ".join(words).rstrip(" &+,;:/·-–—")   # not "Social &…"
        if head and metrics.horizontalAdvance(head + "…") <= width:
            return head + "…"
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
