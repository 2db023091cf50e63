"""The report's charts with Qt Charts, for the window and the PDF alike.

- arrivals per hour as bars, the mean wait of those arrivals as a line on its own axis;
- the wait distribution: customers per few minutes waited, coloured by target, 20 and
  30 minutes, with a dashed line at each.

(The weekday × hour heat map is painted in heat_map.py: Qt Charts has no heat map.)
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from queuedesk.domain.figures import LONG_WAIT_MIN
from queuedesk.operations.reports import Row
from queuedesk.reports.table import Words


@dataclass(frozen=True)
class Palette:
    bars: str = "#3b6fb6"
    line: str = "#e07b24"
    within: str = "#3a9a5b"
    over_target: str = "#e3a52c"
    over_30: str = "#cf4336"
    grid: str = "#dde3ea"
    text: str = "#1f2a36"


PALETTE = Palette()
# Bucket widths the distribution may use (minutes), the finest that keeps it readable.
BUCKET_WIDTHS = (1, 2, 5, 10, 15, 30)
MAX_BUCKETS = 24
# Labels along the minutes axis, at most.
LABELS = 8


def _style(chart: QChart, title: str, font: QFont) -> None:
    chart.setTitle(title)
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.25)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(QColor(PALETTE.text))
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QColor("white"))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


def _axis_style(axis, font: QFont, title: str = "") -> None:
    axis.setLabelsFont(font)
    axis.setGridLineColor(QColor(PALETTE.grid))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(font)


def _count_axis(top: float) -> QValueAxis:
    """A value axis from 0 with round steps above `top`."""
    axis = QValueAxis()
    axis.setRange(0, max(4.0, top * 1.08))     # whole numbers on the ticks, even with little data
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    return axis


def arrivals_chart(rows: list[Row], words: Words, font: QFont) -> QChart:
    """Arrivals per hour (bars) and the mean wait of those who arrived then (line)."""
    chart = QChart()
    _style(chart, words.translate("Reports", "Arrivals and mean wait by hour"), font)
    arrivals = QBarSet(words.headers["arrivals"])
    arrivals.setColor(QColor(PALETTE.bars))
    arrivals.setBorderColor(QColor(PALETTE.bars))
    bars = QBarSeries()
    bars.setBarWidth(0.7)
    wait = QLineSeries()
    wait.setName(words.headers["mean_wait_min"])
    wait.setPen(QPen(QColor(PALETTE.line), 3))
    wait.setPointsVisible(True)
    categories = []
    for n, row in enumerate(rows):
        categories.append(f"{row.key[0]:02d}")
        arrivals.append(row.figures.arrivals)
        if row.figures.mean_wait_min is not None:
            wait.append(QPointF(n, row.figures.mean_wait_min))
    bars.append(arrivals)
    chart.addSeries(bars)
    chart.addSeries(wait)
    hours = QBarCategoryAxis()
    hours.append(categories or [""])
    _axis_style(hours, font, words.translate("Reports", "Hour of arrival"))
    count = _count_axis(max((r.figures.arrivals for r in rows), default=0))
    _axis_style(count, font, words.headers["arrivals"])
    minutes = _count_axis(max((r.figures.mean_wait_min or 0 for r in rows), default=0))
    _axis_style(minutes, font, words.headers["mean_wait_min"])
    minutes.setLinePenColor(QColor(PALETTE.line))
    minutes.setGridLineVisible(False)
    chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(count, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(minutes, Qt.AlignmentFlag.AlignRight)
    bars.attachAxis(hours)
    bars.attachAxis(count)
    wait.attachAxis(hours)
    wait.attachAxis(minutes)
    return chart


def bucket_width(bins: dict[int, int]) -> int:
    """The finest width whose buckets reach the longest wait, and 30 minutes at least (the
    chart always shows the 30-minute line, so a wait over it is never in a bucket that
    also holds shorter ones)."""
    longest = max([m for m, n in bins.items() if n] + [LONG_WAIT_MIN[-1]])
    for w in BUCKET_WIDTHS:
        if longest <= w * MAX_BUCKETS:
            return w
    return BUCKET_WIDTHS[-1]


def buckets(bins: dict[int, int]) -> tuple[int, list[int]]:
    """(width, customers per bucket): bucket j holds waits over j×width up to (j+1)×width
    minutes (a wait of 0 in the first), as many buckets as reach the longest wait,
    at least up to 30 minutes."""
    width = bucket_width(bins)
    top = max([m for m, n in bins.items() if n] + [LONG_WAIT_MIN[-1] + 1])
    counts = [0] * min(MAX_BUCKETS + 1, -(-top // width))
    for minutes, n in bins.items():
        counts[min(len(counts) - 1, max(0, minutes - 1) // width)] += n
    return width, counts


def minute_labels(width: int, n: int) -> list[tuple[str, float]]:
    """The labels along the minutes axis of `n` buckets of `width` minutes, and where each
    goes: every few edges, LABELS at most, none closer than a step to the ">…" of the
    open-ended last bucket (a "24" beside a ">24" read as "24>24")."""
    step = max(1, math.ceil(n / LABELS))
    last = n - 1 if n > MAX_BUCKETS else n      # the open-ended bucket has no upper edge
    labels = [(str((j + 1) * width), j + 0.5) for j in range(step - 1, last - 1, step)]
    if n > MAX_BUCKETS:
        labels = [(text, at) for text, at in labels if at <= n - 0.5 - step]
        labels.append((f">{MAX_BUCKETS * width}", n - 0.5))
    return labels


def waits_chart(bins: dict[int, int], target_min: float, words: Words, font: QFont) -> QChart:
    """How long people waited: customers per bucket of minutes, coloured against the target
    and 30 minutes, with dashed lines at the target, 20 and 30 minutes."""
    chart = QChart()
    _style(chart, words.translate("Reports", "How long customers waited"), font)
    width, counts = buckets(bins)
    classes = [(words.headers["within_target"], PALETTE.within, lambda top: top <= target_min),
               (words.translate("Reports", "Over target"), PALETTE.over_target, lambda top: target_min < top <= LONG_WAIT_MIN[-1]),
               (words.headers["over_30"], PALETTE.over_30, lambda top: top > LONG_WAIT_MIN[-1])]
    series = QStackedBarSeries()
    series.setBarWidth(0.92)
    for name, colour, member in classes:
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        for j, n in enumerate(counts):
            bar_set.append(n if member((j + 1) * width) else 0)
        series.append(bar_set)
    chart.addSeries(series)
    # Minutes on the bars' edges, a few of them: "10" between the bar up to 10 and the next.
    axis_x = QCategoryAxis()
    axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis_x.setRange(-0.5, len(counts) - 0.5)
    for label, at in minute_labels(width, len(counts)):
        axis_x.append(label, at)
    _axis_style(axis_x, font, words.translate("Reports", "Minutes waited"))
    axis_y = _count_axis(max(counts, default=0))
    top = axis_y.max()
    _axis_style(axis_y, font, words.translate("Reports", "Customers"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    for minutes, colour, label in ((target_min, PALETTE.within, words.translate("Reports", "Target {0} min")),
                                   (LONG_WAIT_MIN[0], PALETTE.over_target, words.translate("Reports", "{0} min")),
                                   (LONG_WAIT_MIN[1], PALETTE.over_30, words.translate("Reports", "{0} min"))):
        x = minutes / width - 0.5
        if x > len(counts) - 0.5:
            continue
        line = QLineSeries()
        line.setName(label.format(f"{minutes:g}"))
        pen = QPen(QColor(colour), 2.5, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.append(QPointF(x, 0))
        line.append(QPointF(x, top))
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        for marker in chart.legend().markers(line):
            marker.setVisible(False)      # the bars' colours say it; the legend stays short
    return chart


def render(chart: QChart, painter: QPainter, target, size) -> None:
    """Draw `chart` into `target` (a QRectF of the painter), laid out at `size` (QSizeF,
    in the chart's own pixels) and scaled: vector in a PDF."""
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size)
    scene.setSceneRect(chart.rect())
    scene.render(painter, target, chart.rect())
    scene.removeItem(chart)
