"""Bold Chinese stays bold when it is biggest (the lobby's counter line, a large-text
kiosk's names), with the family we ship, which has no bold face of its own."""
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from queuedesk.qtkit import fonts
from queuedesk.qtkit.painting import paint_text

TEXT = "请到 1号窗口"


def drawn(px: int, bold: bool, draw, text: str, size: tuple[int, int], box: QRectF,
          flags=Qt.AlignmentFlag.AlignCenter) -> QImage:
    """`text` at `px` in the family we ship, drawn by `draw` into `box` of a white image."""
    image = QImage(*size, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    try:
        painter.setFont(fonts.text_font(px, bold=bold, family="WenQuanYi Micro Hei"))
        painter.setPen(QColor("black"))
        draw(painter, box, int(flags), text)
    finally:
        painter.end()
    return image


def pixels(image: QImage, dark: bool = True) -> list[tuple[int, int]]:
    """Where the image is dark (or light)."""
    bits, line = image.constBits(), image.bytesPerLine()
    return [(x, y) for y in range(image.height()) for x in range(image.width())
            if (bits[y * line + x] < 128) == dark]


def ink(px: int, bold: bool, draw) -> int:
    """How many pixels of `TEXT` at `px` are dark: how heavy it looks."""
    return len(pixels(drawn(px, bold, draw, TEXT, (12 * px, 2 * px), QRectF(0, 0, 12 * px, 2 * px))))


def plain(painter, rect, flags, text):
    painter.drawText(rect, flags, text)


@pytest.fixture(autouse=True)
def shipped_font(qapp):
    fonts.ensure_cjk_font()
    if fonts.has_bold("WenQuanYi Micro Hei"):
        pytest.skip("this machine's WenQuanYi has a bold face")


def test_bold_below_the_outline_size_is_drawn_as_qt_does():
    assert ink(48, True, paint_text) == ink(48, True, plain)


@pytest.mark.parametrize("px", [64, 90, 160])
def test_bold_from_the_outline_size_on_is_heavier_than_regular_as_below_it(px):
    heavy = ink(48, True, plain) / ink(48, False, plain)       # FreeType's synthetic bold: ~1.55
    assert ink(px, True, plain) / ink(px, False, plain) < 1.1  # what Qt alone draws from 64 px: thin
    assert 1.15 < ink(px, True, paint_text) / ink(px, False, plain) < heavy
    assert ink(px, False, paint_text) == ink(px, False, plain)  # regular text as it was


def open_space(px: int, char: str, draw, bold: bool) -> int:
    """The pixels of the spaces `char` encloses (the little rooms of 櫃 or 醫): what a
    thickening too heavy fills in, leaving a blot."""
    size = 2 * px
    light = set(pixels(drawn(px, bold, draw, char, (size, size), QRectF(0, 0, size, size)), dark=False))
    spaces = []
    while light:
        todo, area = [light.pop()], 1
        while todo:
            x, y = todo.pop()
            for near in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if near in light:
                    light.remove(near)
                    todo.append(near)
                    area += 1
        spaces.append(area)
    return sum(spaces) - max(spaces)            # all but the space around the character


@pytest.mark.parametrize("px", [100, 200])
@pytest.mark.parametrize("char", ["櫃", "醫", "號"])
def test_dense_characters_keep_their_open_spaces_when_thickened(px, char):
    # A pen of a 24th of the size, as FreeType thickens below 64 px, left 醫 two fifths of its.
    assert open_space(px, char, paint_text, bold=True) > 0.6 * open_space(px, char, plain, bold=False)


def label_ink(qtbot, style_sheet: str, keep: bool) -> int:
    """The dark pixels of a label styled as the kiosk's titles are, drawn by the
    application's style or by one that keeps bold bold."""
    from PySide6.QtWidgets import QLabel, QStyleFactory

    from queuedesk.qtkit.painting import BoldKeepingStyle

    label = QLabel(TEXT)
    qtbot.addWidget(label)
    style = BoldKeepingStyle("Fusion") if keep else QStyleFactory.create("Fusion")
    label.setStyle(style)     # whatever style the application has by now
    label.setStyleSheet(f"QLabel {{ background: white; color: black; font-family: 'WenQuanYi Micro Hei'; "
                        f"{style_sheet} }}")
    label.resize(1400, 200)
    return len(pixels(label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)))


def test_a_widgets_big_bold_text_is_as_heavy_as_below_the_outline_size(qtbot):
    regular = label_ink(qtbot, "font-size: 90px;", keep=False)
    assert label_ink(qtbot, "font-size: 90px; font-weight: 800;", keep=False) / regular < 1.1
    assert label_ink(qtbot, "font-size: 90px; font-weight: 800;", keep=True) / regular > 1.15
    assert label_ink(qtbot, "font-size: 90px;", keep=True) == regular


def ink_box(px: int, flags, draw, width: int = 14) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the dark pixels of bold `TEXT` drawn in a box `width`
    sizes wide."""
    dark = pixels(drawn(px, True, draw, TEXT, (16 * px, 4 * px), QRectF(px, px / 2, width * px, 3 * px), flags))
    return (min(x for x, _ in dark), min(y for _, y in dark), max(x for x, _ in dark), max(y for _, y in dark))


@pytest.mark.parametrize("flags", [Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignCenter,
                                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom])
def test_thickened_text_sits_where_qt_would_draw_it(flags):
    px = 90
    thin, thick = ink_box(px, flags, plain), ink_box(px, flags, paint_text)
    assert all(abs(a - b) <= px / 24 + 1 for a, b in zip(thin, thick)), (thin, thick)


def test_thickened_text_wraps_where_qt_would():
    # A long branch name on a portrait lobby (display.style.draw_wrapped): two lines.
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    px = 70
    thin, thick = ink_box(px, flags, plain, width=5), ink_box(px, flags, paint_text, width=5)
    assert thin[3] - thin[1] > 1.5 * px                       # it did wrap
    assert all(abs(a - b) <= px / 24 + 1 for a, b in zip(thin, thick)), (thin, thick)
