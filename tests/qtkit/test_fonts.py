"""Chinese must render as real glyphs on a machine with no CJK font installed."""
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QRawFont,
)

from queuedesk.qtkit import fonts


def render(text: str, family: str) -> QImage:
    image = QImage(240, 80, QImage.Format.Format_Grayscale8)
    image.fill(255)
    font = QFont()
    font.setFamilies([family])
    font.setPixelSize(48)
    painter = QPainter(image)
    try:
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(0, 0, 240, 80), int(Qt.AlignmentFlag.AlignCenter), text)
    finally:
        painter.end()
    return image


def dark_pixels(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 128)


def test_family_has_the_glyphs_and_becomes_the_app_font(qapp):
    family = fonts.ensure_cjk_font()
    raw = QRawFont.fromFont(QFont(family))
    assert raw.isValid()
    # ord(): PySide6 converts a one-character str to QChar wrongly for some CJK
    # (窗 and 请 come back unsupported); the UCS-4 overload is exact.
    assert all(raw.supportsCharacter(ord(ch)) for ch in "号窗口请取")
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert QGuiApplication.font().family() == family


def test_chinese_renders_with_ink_not_boxes(qapp):
    family = fonts.ensure_cjk_font()
    assert dark_pixels(render("请取号", family)) > 500
    # Missing glyphs all draw the same empty box; real ones differ from each other.
    assert render("请", family) != render("号", family)


def test_idempotent(qapp, monkeypatch):
    family = fonts.ensure_cjk_font()
    monkeypatch.setattr(fonts, "_load_bundled", lambda: (_ for _ in ()).throw(AssertionError("loaded twice")))
    assert fonts.ensure_cjk_font() == family
