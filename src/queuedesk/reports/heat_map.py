"""Arrivals by weekday × hour, painted: the busiest hours of the week at a glance, with
the count in each cell. (Qt Charts has no heat map; this draws into any painter, the
window's widget and the PDF page alike.)"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from queuedesk.reports.table import Words

LOW = QColor("#eef4fb")
HIGH = QColor("#1d4f91")
TEXT = QColor("#1f2a36")


def _blend(share: float) -> QColor:
    return QColor(round(LOW.red() + (HIGH.red() - LOW.red()) * share),
                  round(LOW.green() + (HIGH.green() - LOW.green()) * share),
                  round(LOW.blue() + (HIGH.blue() - LOW.blue()) * share))


def hours_of(heat: dict[tuple[int, int], int], hours: list[int]) -> list[int]:
    """The hours to show: those of the report, and any hour with arrivals."""
    return sorted(set(hours) | {h for (_d, h), n in heat.items() if n})


def hour_label(hour: int, cell_w: float, metrics: QFontMetricsF) -> str:
    """An hour over its column: "11:00" where it fits (a lone "11" reads as a stray
    number), else "11"."""
    whole = f"{hour:02d}:00"
    return whole if metrics.horizontalAdvance(whole) + metrics.height() <= cell_w else f"{hour:02d}"


def paint(painter: QPainter, area: QRectF, heat: dict[tuple[int, int], int], hours: list[int], words: Words,
          font: QFont) -> None:
    """Weekdays down, hours across, darker for more arrivals."""
    hours = hours_of(heat, hours) or list(range(8, 18))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title = QFont(font)
    title.setBold(True)
    title.setPointSizeF(font.pointSizeF() * 1.25)
    painter.setFont(title)
    painter.setPen(TEXT)
    title_h = QFontMetricsF(title, painter.device()).height() * 1.5
    painter.drawText(QRectF(area.left(), area.top(), area.width(), title_h), Qt.AlignmentFlag.AlignCenter,
                     words.translate("Reports", "Arrivals by weekday and hour"))
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())   # the device's resolution, not the screen's
    left = max(metrics.horizontalAdvance(w) for w in words.weekdays) + metrics.height() * 0.8
    top = area.top() + title_h + metrics.height() * 1.3
    cell_w = (area.width() - left) / len(hours)
    cell_h = (area.bottom() - top) / 7
    peak = max(heat.values(), default=0)
    for n, hour in enumerate(hours):
        painter.setPen(TEXT)
        painter.drawText(QRectF(area.left() + left + n * cell_w, top - metrics.height() * 1.3, cell_w,
                                metrics.height() * 1.2), Qt.AlignmentFlag.AlignCenter,
                         hour_label(hour, cell_w, metrics))
    for day in range(7):
        y = top + day * cell_h
        painter.setPen(TEXT)
        painter.drawText(QRectF(area.left(), y, left - metrics.height() * 0.4, cell_h),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, words.weekdays[day])
        for n, hour in enumerate(hours):
            count = heat.get((day, hour), 0)
            share = count / peak if peak else 0.0
            cell = QRectF(area.left() + left + n * cell_w, y, cell_w, cell_h).adjusted(1, 1, -1, -1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_blend(share))
            painter.drawRect(cell)
            if count:
                painter.setPen(QPen(QColor("white") if share > 0.55 else TEXT))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
    painter.restore()
