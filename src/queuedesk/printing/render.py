"""Draw a ticket with QPainter on any paint device: QImage, PDF, printer, widget.

The layout is written in millimetres of paper and turned into device pixels with one
factor (pixels per mm), so the thermal raster, the PDF and the kiosk screen are the
same ticket. Ink is pure black on white: thermal heads have no grey.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
)

from queuedesk.printing import labels
from queuedesk.printing.errors import PrinterError
from queuedesk.printing.qr import qr_matrix
from queuedesk.printing.qt import ensure_gui_app
from queuedesk.printing.view import TicketView
from queuedesk.qtkit.fit import balanced_split, fitted
from queuedesk.qtkit.fonts import ensure_cjk_font, has_bold, number_family

#: Paper width → printable dots of a 203 dpi thermal head (the industry standard).
PAPER_DOTS = {58: 384, 80: 576}
THERMAL_DPI = 203
MM_PER_INCH = 25.4

BLACK = QColor(0, 0, 0)
WHITE = QColor(255, 255, 255)


def printable_width_mm(paper_mm: int) -> float:
    """About 48 mm on 58 mm paper and 72 mm on 80 mm paper."""
    if paper_mm not in PAPER_DOTS:
        raise PrinterError(f"paper width must be 58 or 80 mm, not {paper_mm!r}")
    return PAPER_DOTS[paper_mm] * MM_PER_INCH / THERMAL_DPI


def dot_width(paper_mm: int, dpi: float = THERMAL_DPI) -> int:
    """Image width in pixels; exactly the head's 384 / 576 dots at 203 dpi."""
    return round(printable_width_mm(paper_mm) * dpi / MM_PER_INCH)


def content_height_mm(view: TicketView, paper_mm: int, dpi: float = THERMAL_DPI) -> float:
    """Length of paper the ticket needs (measured at the dpi it will be drawn at)."""
    px_per_mm = dpi / MM_PER_INCH
    return _Layout(view, paper_mm, px_per_mm).height / px_per_mm


def render_image(view: TicketView, paper_mm: int = 80, dpi: float = THERMAL_DPI) -> QImage:
    """The ticket as a greyscale image, as wide as the printable area, as tall as its content."""
    ensure_gui_app()  # text needs an app and a CJK font, even in an image
    px_per_mm = dpi / MM_PER_INCH
    layout = _Layout(view, paper_mm, px_per_mm)
    image = QImage(dot_width(paper_mm, dpi), math.ceil(layout.height), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        layout.draw(painter, QPointF(0, 0))
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def paint(view: TicketView, painter: QPainter, rect: QRectF, paper_mm: int = 80) -> QRectF:
    """Draw the ticket as a white slip of paper, as large as fits in `rect`; return the slip.

    For the kiosk's confirmation page: the width of `rect` stands for the whole paper
    width (printable area plus its blank edges), and the ticket shrinks, keeping its
    proportions, if `rect` is too short.
    """
    ensure_cjk_font()
    rect = QRectF(rect)
    edge_mm = (paper_mm - printable_width_mm(paper_mm)) / 2
    px_per_mm = rect.width() / paper_mm
    layout = _Layout(view, paper_mm, px_per_mm)
    for _ in range(3):  # font sizes are whole pixels, so one rescale may not land inside
        if layout.height <= rect.height():
            break
        px_per_mm *= rect.height() / layout.height * 0.99
        layout = _Layout(view, paper_mm, px_per_mm)
    paper_w = paper_mm * px_per_mm
    paper = QRectF(rect.x() + (rect.width() - paper_w) / 2, rect.y(), paper_w, layout.height)
    painter.save()
    try:
        painter.fillRect(paper, WHITE)
        layout.draw(painter, paper.topLeft() + QPointF(edge_mm * px_per_mm, 0))
    finally:
        painter.restore()
    return paper


def draw(view: TicketView, painter: QPainter, top_left: QPointF, paper_mm: int, px_per_mm: float) -> float:
    """Draw the ticket at true size on a printer or PDF (px_per_mm = dpi / 25.4); return its height in px."""
    layout = _Layout(view, paper_mm, px_per_mm)
    painter.save()
    try:
        layout.draw(painter, QPointF(top_left))
    finally:
        painter.restore()
    return layout.height


# ---------------------------------------------------------------- layout

# Sizes in mm of paper, for 80 mm paper; 58 mm paper scales them down (not below
# MIN_TEXT_MM, the smallest Chinese a 203 dpi head prints legibly).
MIN_TEXT_MM = 2.5
SCALE_58 = 0.8
MARGIN_TOP_MM = 2.0
MARGIN_BOTTOM_MM = 3.0
NUMBER_CAP_MM = 19.0      # cap height of the ticket number: the thing to read from afar
QR_MM = 25.0              # target side of the QR code, quiet zone included

def balanced(text: str, font: QFont, width: float) -> str:
    """`text` as it wraps on the paper: two lines of even width when it needs two, rather
    than Qt's greedy wrap, which leaves a lone character on a 58 mm ticket ("个人非现金业" /
    "务"); longer texts wrap as Qt does."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return text
    split = balanced_split(text, font)
    if split and max(metrics.horizontalAdvance(part) for part in split) <= width:
        return "\n".join(split)
    return text


@dataclass
class _Block:
    height: float                                   # px
    draw: Callable[[QPainter, float, float], None]  # painter, left x, top y (px)


class _Layout:
    """The ticket as a column of blocks, measured at one scale (px per mm)."""

    def __init__(self, view: TicketView, paper_mm: int, px_per_mm: float):
        self.k = px_per_mm
        self.width = printable_width_mm(paper_mm) * px_per_mm
        self.s = 1.0 if paper_mm == 80 else SCALE_58
        self.family = ensure_cjk_font()
        self.blocks: list[_Block] = []
        self._build(view)
        self.height = (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * self.k + sum(b.height for b in self.blocks)

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(BLACK)
        y = origin.y() + MARGIN_TOP_MM * self.k
        for block in self.blocks:
            block.draw(painter, origin.x(), y)
            y += block.height

    # -- the ticket, top to bottom

    def _build(self, v: TicketView) -> None:
        add = self.blocks.append
        say = labels.Bilingual(v.langs)
        add(self._text(v.branch_name, 4.2, bold=True))
        if v.branch_name_second:
            add(self._text(v.branch_name_second, 2.6))
        add(self._gap(1.5))
        add(self._rule())
        add(self._gap(2.0))
        add(self._text(_joined(say.translate("Ticket", "Your number")), 2.6))
        add(self._gap(1.5))
        add(self._number(v.number))
        add(self._gap(2.5))
        badge = labels.priority_label(v.priority, v.langs)
        if badge:
            add(self._badge(_joined(badge)))
            add(self._gap(2.0))
        add(self._text(v.service_name, 5.0, bold=True))
        if v.service_name_second:
            add(self._text(v.service_name_second, 3.0))
        add(self._gap(2.0))
        add(self._rule())
        add(self._cells((say.translate("Ticket", "Ahead of you")[0], *labels.ahead_text(v.ahead, v.langs)),
                        (say.translate("Ticket", "Expected wait")[0],
                         *labels.wait_text(v.wait, v.langs))))
        add(self._rule())
        add(self._gap(1.5))
        issued = say.translate("Ticket", "Issued")
        add(self._text(f"{_joined(issued)}  {labels.issued_text(v.issued_at)}", 2.6))
        add(self._gap(1.5))
        if v.qr_url:
            add(self._qr(v.qr_url, *say.translate("Ticket", "Scan to follow the queue")))
        for line in labels.footer_lines(v.footer):
            add(self._text(line, 2.6))

    # -- building blocks

    def _size(self, mm: float) -> int:
        """A font size in px: scaled for the paper, never below the legible minimum."""
        return max(1, round(max(mm * self.s, MIN_TEXT_MM) * self.k))

    def _font(self, mm: float, bold: bool = False, family: str | None = None) -> QFont:
        font = QFont()
        font.setFamilies([family or self.family])
        font.setPixelSize(self._size(mm))
        font.setBold(bold)
        # No hinting: glyph advances then scale linearly, so a layout measured at one
        # resolution holds at another (screen preview vs. printer).
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def _gap(self, mm: float) -> _Block:
        return _Block(mm * self.s * self.k, lambda p, x, y: None)

    def _text(self, text: str, mm: float, bold: bool = False) -> _Block:
        font = self._font(mm, bold)
        text = balanced(text, font, self.width)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, self.width, 1e6), flags, text)
        width = self.width

        def draw(p: QPainter, x: float, y: float) -> None:
            _draw_text(p, font, QRectF(x, y, width, box.height()), text, flags)

        return _Block(box.height(), draw)

    def _rule(self) -> _Block:
        thickness = max(1.0, round(0.3 * self.k))
        width = self.width

        def draw(p: QPainter, x: float, y: float) -> None:
            p.fillRect(QRectF(x, round(y), width, thickness), BLACK)

        return _Block(thickness, draw)

    def _number(self, number: str) -> _Block:
        """The ticket number, as large as the paper allows: the one thing everyone reads."""
        family = number_family(self.family)
        font = self._font(NUMBER_CAP_MM / 0.72, bold=True, family=family)  # cap ≈ 0.72 em
        ink = QFontMetricsF(font).tightBoundingRect(number)
        limit = self.width * 0.92
        if ink.width() > limit:  # long numbers ("VIP1024") shrink to fit the paper
            font.setPixelSize(max(1, math.floor(font.pixelSize() * limit / ink.width())))
            ink = QFontMetricsF(font).tightBoundingRect(number)
        width = self.width

        def draw(p: QPainter, x: float, y: float) -> None:
            # Place by ink, not by line box: the big font's ascent/descent would waste paper.
            _draw_text(p, font, QPointF(x + (width - ink.width()) / 2 - ink.left(), y - ink.top()), number)

        return _Block(ink.height(), draw)

    def _badge(self, text: str) -> _Block:
        """White on black: a special ticket is seen at a glance, by the customer and the guard."""
        pad_x, pad_y = 2.5 * self.k, 0.8 * self.k
        font = fitted(self._font(3.4, bold=True), text, self.width - 2 * pad_x)
        metrics = QFontMetricsF(font)
        w = metrics.horizontalAdvance(text) + 2 * pad_x
        h = metrics.height() + 2 * pad_y
        width = self.width

        def draw(p: QPainter, x: float, y: float) -> None:
            box = QRectF(round(x + (width - w) / 2), round(y), round(w), round(h))
            p.fillRect(box, BLACK)
            p.setPen(WHITE)
            _draw_text(p, font, box, text, int(Qt.AlignmentFlag.AlignCenter))
            p.setPen(BLACK)

        return _Block(h, draw)

    def _cells(self, *cells: tuple[str, str, str]) -> _Block:
        """Side-by-side boxes (people ahead | estimated wait), each: title, value, English."""
        n = len(cells)
        cell_w = self.width / n
        pad = 1.2 * self.k
        title_font, en_font = self._font(2.6), self._font(2.6)
        value_fonts = [fitted(self._font(5.5, bold=True), zh, cell_w - 2 * pad) for _, zh, _ in cells]

        def line(font: QFont) -> float:
            return QFontMetricsF(font).height()

        value_h = max(line(f) for f in value_fonts)
        h = 2 * pad + line(title_font) + value_h + line(en_font)
        centre = int(Qt.AlignmentFlag.AlignCenter)

        def draw(p: QPainter, x: float, y: float) -> None:
            for i, ((title, zh, en), value_font) in enumerate(zip(cells, value_fonts, strict=True)):
                left = x + i * cell_w
                if i:  # thin divider between the cells
                    p.fillRect(QRectF(round(left), round(y + pad), max(1.0, round(0.25 * self.k)), h - 2 * pad), BLACK)
                top = y + pad
                for font, text, height in ((title_font, title, line(title_font)),
                                           (value_font, zh, value_h),
                                           (en_font, en, line(en_font))):
                    _draw_text(p, font, QRectF(left, top, cell_w, height), text, centre)
                    top += height

        return _Block(h, draw)

    def _qr(self, url: str, caption_first: str, caption_second: str) -> _Block:
        """The QR code as whole-pixel squares: no resampling blur, so a phone reads it off thermal paper."""
        matrix = qr_matrix(url)
        n = len(matrix)
        # Whole device pixels per module (5 dots on 80 mm, 4 on 58 mm at 203 dpi), never wider than the paper.
        module = max(1, min(round(QR_MM * self.s ** 0.5 * self.k / n), math.floor(self.width / n)))
        side = module * n
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # one fill: no hairline seams between modules
        for r, row in enumerate(matrix):
            c = 0
            while c < n:  # one rectangle per horizontal run of dark modules
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.addRect(start * module, r * module, (c - start) * module, module)
                else:
                    c += 1
        caption = self._font(2.6)
        cap_h = QFontMetricsF(caption).height()
        width = self.width

        def draw(p: QPainter, x: float, y: float) -> None:
            left, top = round(x + (width - side) / 2), round(y)
            p.fillPath(path.translated(left, top), BLACK)
            cap_top = top + side  # below the quiet zone, which must stay blank to scan
            centre = int(Qt.AlignmentFlag.AlignHCenter)
            _draw_text(p, caption, QRectF(x, cap_top, width, cap_h), caption_first, centre)
            if caption_second:
                _draw_text(p, caption, QRectF(x, cap_top + cap_h, width, cap_h), caption_second, centre)

        return _Block(side + (2 if caption_second else 1) * cap_h + 1.5 * self.k, draw)


def _joined(pair: tuple[str, str]) -> str:
    """"您的号码  Your number": both languages on one line, the second left out if empty."""
    return "  ".join(part for part in pair if part)


#: Stroke thickening of the home-made bold, as a fraction of the em.
FAUX_BOLD_EM = 1 / 30


def _draw_text(p: QPainter, font: QFont, where: QRectF | QPointF, text: str, flags: int = 0) -> None:
    """drawText, with one bold look on every device for families that have no bold face.

    Qt's synthetic bold thickens glyphs on screen and in images but not in PDF or on
    printer drivers; drawing twice, a hair apart, looks the same everywhere.
    """
    offsets = (0.0,)
    if font.bold() and not has_bold(font.families()[0]):
        d = font.pixelSize() * FAUX_BOLD_EM / 2
        offsets = (-d, d)
        font = QFont(font)
        font.setBold(False)
    p.setFont(font)
    for dx in offsets:
        if isinstance(where, QRectF):
            p.drawText(where.translated(dx, 0), flags, text)
        else:
            p.drawText(where + QPointF(dx, 0), text)


