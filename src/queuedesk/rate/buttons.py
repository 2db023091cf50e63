"""The touch targets: one card per level (face, colour, words) and one per reason.

Painted so that the words of any language fit the card the layout hands out; every card
of a page shares its sizes, so the five levels look like one row, not five sizes.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy

from queuedesk.qtkit.fit import fitted_all
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour
from queuedesk.rate import style
from queuedesk.rate.painted import paint_face

FLOOR_PX = 9
#: From this width / height on, a card puts its face beside the words (a portrait screen's rows).
WIDE_ASPECT = 1.8
#: The share of a tall card's height its words may take (the face has the rest).
WORDS_SHARE = 0.36


class Card(QAbstractButton):
    """A white card that a finger can find: no focus ring, no keyboard."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.u = 6.0
        self.first = self.second = ""
        self.first_lines: list[str] = []
        self.rows = 1
        self.first_px = self.second_px = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_words(self, first: str, second: str) -> None:
        self.first, self.second = first, second
        self.first_lines = [first]
        self.setAccessibleName(first)
        self.update()

    def set_sizes(self, u: float, first_px: int, second_px: int, rows: int = 1, wrap: bool = False) -> None:
        """`rows`: the lines every card of the set keeps room for (so faces line up);
        `wrap`: this card's words need two of them."""
        self.u, self.first_px, self.second_px, self.rows = u, first_px, second_px, rows
        self.first_lines = list(two_lines(self.first)) if wrap else [self.first]
        self.update()

    def word_box(self) -> tuple[float, float]:
        """Width and height the words may take in this card."""
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        return QSize(180, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 60)   # the layout shares out the screen; the painting fits what it gets

    def inset(self) -> float:
        """How far the card's face lies inside the button: room for its thickest border."""
        return max(2.0, 0.3 * self.u) * 1.5 + 1

    def _card(self, p: QPainter, fill: str, line: str, width: float) -> QRectF:
        rect = QRectF(self.rect()).adjusted(*(self.inset(),) * 2, *(-self.inset(),) * 2)
        path = QPainterPath()
        radius = 1.6 * self.u
        path.addRoundedRect(rect, radius, radius)
        p.fillPath(path, colour(fill))
        p.setPen(QPen(colour(line), width))
        p.drawPath(path)
        return rect

    def words_height(self) -> float:
        """The height the two lines of words take at the sizes set."""
        first_h = QFontMetricsF(text_font(self.first_px, bold=True)).height() * self.rows
        return first_h + (QFontMetricsF(text_font(self.second_px)).height() if self.second else 0.0)

    def _words(self, p: QPainter, box: QRectF, align) -> None:
        """The words (one or two lines) and the second language under them, centred as a
        block of the rows every card keeps: their first lines level across the cards."""
        first_font, second_font = text_font(self.first_px, bold=True), text_font(self.second_px)
        h1 = QFontMetricsF(first_font).height()
        h2 = QFontMetricsF(second_font).height() if self.second else 0.0
        top = box.top() + (box.height() - h1 * max(self.rows, len(self.first_lines)) - h2) / 2
        elide = Qt.TextElideMode.ElideRight
        p.setPen(colour(style.INK))
        p.setFont(first_font)
        for line in self.first_lines:
            paint_text(p, QRectF(box.left(), top, box.width(), h1), align | Qt.AlignmentFlag.AlignVCenter,
                          QFontMetricsF(first_font).elidedText(line, elide, box.width()))
            top += h1
        if self.second:
            p.setPen(colour(style.SUBTLE))
            p.setFont(second_font)
            paint_text(p, QRectF(box.left(), top, box.width(), h2), align | Qt.AlignmentFlag.AlignVCenter,
                          QFontMetricsF(second_font).elidedText(self.second, elide, box.width()))


class LevelButton(Card):
    """A level to touch: its face, its colour and its words."""

    def __init__(self, score: int, parent=None):
        super().__init__(parent)
        self.score = score

    def wide(self) -> bool:
        return self.width() / max(1, self.height()) >= WIDE_ASPECT

    def word_box(self) -> tuple[float, float]:
        inner = self.width() - 2 * self.inset()
        if self.wide():
            return inner - self.face_radius() * 2 - 3 * self.pad(), self.height() - 2 * self.pad()
        return inner - 2 * self.pad(), self.height() * WORDS_SHARE

    def pad(self) -> float:
        return max(6.0, 1.4 * self.u)

    def face_radius(self) -> float:
        if self.wide():
            return self.height() * 0.34
        return max(8.0, min(self.width() * 0.36, self.height() * 0.3))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        down = self.isDown()
        level = style.LEVEL_COLOURS[self.score]
        line_w = max(2.0, 0.3 * self.u) * (3 if down else 1)
        card = self._card(p, style.LEVEL_TINTS[self.score] if down else style.PAPER,
                          level if down else style.LINE, line_w)
        pad, radius = self.pad(), self.face_radius()
        # A band of the level's colour along the bottom: colour as well as face and words.
        band = QRectF(card.left() + pad, card.bottom() - pad * 0.9, card.width() - 2 * pad, max(3.0, 0.7 * self.u))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour(level))
        p.drawRoundedRect(band, band.height() / 2, band.height() / 2)
        if self.wide():
            centre = QPointF(card.left() + pad + radius, card.center().y())
            paint_face(p, centre, radius, self.score)
            left = centre.x() + radius + pad
            self._words(p, QRectF(left, card.top(), card.right() - pad - left, card.height() - pad),
                        Qt.AlignmentFlag.AlignLeft)
        else:
            # The face and the words as one block, centred above the colour band.
            gap = pad * 0.8
            words_h = self.words_height()
            radius = min(radius, (band.top() - card.top() - words_h - gap - pad) / 2)
            top = card.top() + (band.top() - card.top() - (2 * radius + gap + words_h)) / 2
            paint_face(p, QPointF(card.center().x(), top + radius), radius, self.score)
            self._words(p, QRectF(card.left() + pad, top + 2 * radius + gap, card.width() - 2 * pad, words_h),
                        Qt.AlignmentFlag.AlignHCenter)
        p.end()


class ReasonButton(Card):
    """A reason to tick; touched again, it is unticked."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.code = code
        self.setCheckable(True)

    def box_size(self) -> float:
        return min(self.height() * 0.42, 5.5 * self.u)

    def word_box(self) -> tuple[float, float]:
        pad = max(6.0, 1.4 * self.u)
        return self.width() - 2 * self.inset() - self.box_size() - 3 * pad, self.height() - 2 * self.u

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        on = self.isChecked()
        line_w = max(2.0, 0.3 * self.u) * (2.5 if on or self.isDown() else 1)
        card = self._card(p, "#e3edfb" if on else style.PAPER, style.BLUE if on or self.isDown() else style.LINE,
                          line_w)
        pad = max(6.0, 1.4 * self.u)
        size = self.box_size()
        box = QRectF(card.left() + pad, card.center().y() - size / 2, size, size)
        p.setPen(QPen(colour(style.BLUE if on else style.OFF), max(2.0, 0.35 * self.u)))
        p.setBrush(colour(style.BLUE) if on else colour(style.PAPER))
        p.drawRoundedRect(box, size * 0.18, size * 0.18)
        if on:
            tick = QPainterPath(QPointF(box.left() + size * 0.22, box.top() + size * 0.52))
            tick.lineTo(QPointF(box.left() + size * 0.43, box.top() + size * 0.72))
            tick.lineTo(QPointF(box.left() + size * 0.78, box.top() + size * 0.3))
            p.setPen(QPen(colour(style.PAPER), size * 0.13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(tick)
        left = box.right() + pad
        self._words(p, QRectF(left, card.top(), card.right() - pad - left, card.height()), Qt.AlignmentFlag.AlignLeft)
        p.end()


def two_lines(text: str) -> tuple[str, ...]:
    """`text` broken at the space that makes its two lines most even; as it is without spaces."""
    words = text.split()
    if len(words) < 2:
        return (text,)
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))


def _fit(texts: list[str], start: float, width: float, bold: bool) -> int:
    return fitted_all(text_font(start, bold=bold), texts, width, floor=FLOOR_PX).pixelSize()


def _fits(text: str, px: int, width: float) -> bool:
    return QFontMetricsF(text_font(px, bold=True)).horizontalAdvance(text) <= width


def share_sizes(cards: list[Card], u: float, first_units: float, second_units: float) -> None:
    """One set of font sizes for a set of cards: the largest at which every card's words fit
    its box. Words too long for one line at that size (English, mostly) go onto two, when
    that lets every card's words be much larger."""
    if not cards:
        return
    width = min(card.word_box()[0] for card in cards) * 0.98
    height = min(card.word_box()[1] for card in cards)
    start = first_units * u
    has_second = any(card.second for card in cards)

    def fit(rows: int) -> tuple[int, int]:
        if rows == 1:
            px = _fit([c.first for c in cards], start, width, bold=True)
        else:   # each text on one line or two, whichever lets it be larger
            px = min(max(_fit([c.first], start, width, True), _fit(list(two_lines(c.first)), start, width, True))
                     for c in cards)
        second = _fit([c.second for c in cards], min(second_units * u, px * 0.7), width, bold=False)
        # Both must fit the height too: about 1.35 line heights per pixel of type.
        while px > FLOOR_PX and rows * px + (second if has_second else 0) > height / 1.35:
            px -= 1
            second = min(second, max(FLOOR_PX, int(px * 0.7)))
        return px, second

    first_px, second_px = fit(1)
    rows = 1
    if any(len(two_lines(c.first)) == 2 for c in cards):
        wrapped = fit(2)
        if wrapped[0] > first_px * 1.15:
            (first_px, second_px), rows = wrapped, 2
    for card in cards:
        card.set_sizes(u, first_px, second_px, rows=rows,
                       wrap=rows == 2 and not _fits(card.first, first_px, width))
