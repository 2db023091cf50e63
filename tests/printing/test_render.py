"""The ticket image: right width for the head, ink on it, and a QR code a phone can read."""
import io
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from queuedesk.printing import render, thermal
from queuedesk.printing.errors import PrinterError
from queuedesk.printing.outputs import png_bytes


def ink_share(image: Image.Image) -> float:
    grey = image.convert("L")
    return sum(grey.histogram()[:128]) / (grey.width * grey.height)


def qr_texts(image: Image.Image) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize("paper_mm, dots", [(58, 384), (80, 576)])
def test_image_fills_the_thermal_head(gui, view, paper_mm, dots):
    image = render.render_image(view, paper_mm)
    assert image.width() == dots
    assert image.height() > image.width()  # a slip, not a label
    assert image.pixelColor(0, 0).lightness() == 255  # white paper, margin on top
    assert 0.04 < ink_share(thermal.to_bitmap(image)) < 0.5


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_qr_code_reads_back_the_ticket_url(gui, view, paper_mm):
    png = Image.open(io.BytesIO(png_bytes(view, paper_mm)))
    assert qr_texts(png) == [view.qr_url]
    # and what the thermal printer actually gets: the 1-bit raster
    raster = thermal.to_bitmap(render.render_image(view, paper_mm))
    assert qr_texts(raster) == [view.qr_url]
    # still readable from a soft, low-resolution phone photo (half the dots, smoothed)
    photo = raster.convert("L").resize((raster.width // 2, raster.height // 2), Image.Resampling.BILINEAR)
    assert qr_texts(photo) == [view.qr_url]


def test_resolution_scales_the_same_layout(gui, view):
    thermal_px = render.render_image(view, 80)
    fine = render.render_image(view, 80, dpi=406)
    assert fine.width() == 2 * thermal_px.width()
    assert fine.height() == pytest.approx(2 * thermal_px.height(), rel=0.05)


def test_priority_ticket_carries_a_badge(gui, view):
    normal = render.render_image(view, 80)
    vip = render.render_image(replace(view, priority="vip"), 80)
    assert vip.height() > normal.height()


def test_long_names_wrap_instead_of_running_off_the_paper(gui, view):
    long = replace(view, number="VIP1024", branch_name="中国示例银行股份有限公司北京市海淀区中关村科技园区支行营业部",
                   service_name_second="Wealth management advice and corporate account opening (second review required)")
    image = render.render_image(long, 58)
    assert image.width() == 384
    assert image.height() > render.render_image(view, 58).height()


def test_no_qr_url_no_qr_code(gui, view):
    image = render.render_image(replace(view, qr_url=""), 80)
    assert qr_texts(thermal.to_bitmap(image)) == []


def test_unknown_paper_width_is_refused(gui, view):
    with pytest.raises(PrinterError, match="58 or 80"):
        render.render_image(view, 76)


def test_paint_fits_the_kiosk_rect(gui, view):
    canvas = QImage(600, 500, QImage.Format.Format_RGB32)
    canvas.fill(0x336699)
    painter = QPainter(canvas)
    try:
        slip = render.paint(view, painter, QRectF(50, 20, 500, 460), paper_mm=80)
    finally:
        painter.end()
    assert QRectF(50, 20, 500, 460).contains(slip)
    assert slip.height() > 400  # shrunk to fit, not to a stamp
    assert canvas.pixelColor(int(slip.center().x()), int(slip.top()) + 2).lightness() == 255
    assert canvas.pixelColor(10, 10).lightness() < 255  # nothing painted outside


def test_a_name_that_needs_two_lines_gets_two_even_ones(qapp):
    from queuedesk.printing.render import balanced
    from queuedesk.qtkit.fonts import ensure_cjk_font, text_font

    ensure_cjk_font()
    font = text_font(40, bold=True)
    one = balanced("个人非现金业务", font, 2000)
    assert one == "个人非现金业务"                                     # fits: untouched
    lines = balanced("个人非现金业务与外汇", font, 300).split("\n")
    assert len(lines) == 2 and min(map(len, lines)) >= 4              # never a lone character
