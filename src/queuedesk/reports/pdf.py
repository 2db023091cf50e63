"""The A4 report as a PDF: branch and period, the figures at a glance, the charts, then
the tables (by day, per teller, per service, and the grouping asked for). Text is
vector with the Chinese font embedded (Qt's PDF writer embeds the glyphs it uses), so
it prints sharp and reads on a machine without Chinese fonts.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from queuedesk.domain.periods import Period
from queuedesk.operations import reports
from queuedesk.operations.hall import Hall
from queuedesk.operations.reports import Report
from queuedesk.qtkit.fonts import number_family
from queuedesk.qtkit.memory import InMemory
from queuedesk.reports import charts, heat_map
from queuedesk.reports.table import (
    TELLER_COLUMNS,
    Column,
    Words,
    columns_for,
    lines,
)

DPI = 300
MARGIN_MM = 14
INK = QColor("#1f2a36")
MUTED = QColor("#5b6b7c")
RULE = QColor("#c9d2dc")
HEADER_FILL = QColor("#e9eef4")
STRIPE = QColor("#f6f8fa")
ACCENT = QColor("#1d4f91")


@dataclass(frozen=True)
class Parts:
    """The reports one PDF draws: as asked (with its charts), by day, per teller (per
    branch, for several branches), per service."""

    main: Report
    by_day: Report
    by_unit: Report              # per teller; per branch when the report covers several
    by_service: Report


def parts_for(hall: Hall, span: Period, by: tuple[str, ...], main: Report) -> Parts:
    """The tables under the main report, of the same branches; a report on several
    branches has one table per branch where one branch's has one per teller."""
    def grouped(*grouping: str) -> Report:
        return main if main.by == grouping else reports.build(hall, span, grouping, branches=list(main.branches))
    unit = "branch" if len(main.branches) > 1 else "teller"
    return Parts(main=main, by_day=grouped("day"), by_unit=grouped(unit), by_service=grouped("service"))


def mm(value: float) -> float:
    return value * DPI / 25.4


class _Pages:
    """A cursor down A4 pages: what is drawn next goes below what was drawn, on a new
    page when it does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str, font: str):
        self.writer, self.painter, self.footer, self.family = writer, painter, footer, font
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = rect.width(), rect.height()
        self.y = 0.0
        self.page = 1
        self._draw_footer()

    def font(self, points: float, bold: bool = False) -> QFont:
        f = QFont(self.family)
        if bold:
            # Digits and Latin letters from a family with a real bold face; Chinese from ours.
            f.setFamilies([number_family(self.family), self.family])
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    def room(self, height: float) -> None:
        if self.y + height > self.height - mm(8):
            self.writer.newPage()
            self.page += 1
            self.y = 0.0
            self._draw_footer()

    def _draw_footer(self) -> None:
        p = self.painter
        p.setFont(self.font(7))
        p.setPen(MUTED)
        p.drawText(QRectF(0, self.height - mm(5), self.width, mm(5)),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.footer)
        p.drawText(QRectF(0, self.height - mm(5), self.width, mm(5)),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, str(self.page))

    def text(self, text: str, points: float, bold: bool = False, colour: QColor = INK, gap: float = 1.5) -> None:
        font = self.font(points, bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        height = QFontMetricsF(font, self.writer).boundingRect(QRectF(0, 0, self.width, self.height),
                                                               flags, text).height()
        self.room(height)
        self.painter.setFont(font)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(0, self.y, self.width, height), flags, text)
        self.y += height + mm(gap)


def write_pdf(path: str | Path, parts: Parts, lang: str) -> None:
    from queuedesk.printing.qt import ensure_gui_app
    from queuedesk.qtkit.fonts import document_family

    ensure_gui_app()
    words = Words(lang)
    report = parts.main
    family = document_family(lang)    # text that copies and searches as the right characters
    # Made in memory, then written at once, as a ticket's PDF is: Qt's own file writing
    # says nothing when it fails (a full disk), so the file's write must be Python's.
    made = InMemory()
    writer = QPdfWriter(made.device)
    writer.setResolution(DPI)
    writer.setCreator("queuedesk")
    writer.setTitle(f"{words.branch(report)} {words.periods[report.period.kind]} {words.period(report)}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start the PDF")
    try:
        pages = _Pages(writer, painter, f"{words.branch(report)} · {words.periods[report.period.kind]} · "
                                        f"{words.period(report)}", family)
        _title(pages, report, words)
        _tiles(pages, report, words)
        _charts(pages, report, words)
        _heat(pages, report, words)
        queue = columns_for((), report.total)
        _table(pages, parts.by_day, words, queue, words.translate("Reports", "By day"))
        if parts.by_unit.by == ("branch",):
            _table(pages, parts.by_unit, words, queue, words.translate("Reports", "Per branch"))
        else:
            _table(pages, parts.by_unit, words, TELLER_COLUMNS, words.translate("Reports", "Per staff member"))
        _table(pages, parts.by_service, words, queue, words.translate("Reports", "Per service"))
        if report.by and report.by not in (("day",), ("teller",), ("service",)):
            title = " · ".join(words.groupings[g] for g in report.by)
            _table(pages, report, words, columns_for(report.by, report.total), title)
        _notes(pages, report, words)
    finally:
        painter.end()
    Path(path).write_bytes(made.bytes())


def _title(pages: _Pages, report: Report, words: Words) -> None:
    pages.text(words.branch(report), 18, bold=True, colour=ACCENT, gap=1)
    pages.text(f"{words.periods[report.period.kind]}  {words.period(report)}", 13, bold=True, gap=1)
    made = report.generated_at.astimezone(ZoneInfo(report.timezone))
    pages.text(words.translate("Reports", "Business days in {0}; made {1}").format(report.timezone, f"{made:%Y-%m-%d %H:%M}"),
               8, colour=MUTED, gap=4)


def _tiles(pages: _Pages, report: Report, words: Words) -> None:
    f = report.total
    minutes = words.translate("Reports", "{0} min")
    number = lambda v, d=1: "–" if v is None else words.language.format_number(v, d)  # noqa: E731
    share = lambda v: "–" if v is None else f"{v:.1%}"  # noqa: E731
    tiles = [
        (words.headers["arrivals"], number(f.arrivals, 0)),
        (words.headers["served"], number(f.served, 0)),
        (words.translate("Reports", "Mean wait"), "–" if f.mean_wait_min is None else minutes.format(number(f.mean_wait_min))),
        (words.translate("Reports", "90% waited at most"), "–" if f.p90_wait_min is None else minutes.format(f.p90_wait_min)),
        (words.headers["within_target"], share(f.within_target)),
        (words.headers["over_30"], share(f.over_30)),
        (words.translate("Reports", "Days meeting 1020"), f"{report.days_meeting_1020} / {report.days_with_customers}"),
        (words.headers["abandonment_rate"], share(f.abandonment_rate)),
        (words.translate("Reports", "Mean service"), "–" if f.mean_service_min is None else minutes.format(number(f.mean_service_min))),
        (words.headers["satisfaction"], share(f.satisfaction)),
    ]
    per_row, gap = 5, mm(3)
    width = (pages.width - gap * (per_row - 1)) / per_row
    height = mm(19)
    p = pages.painter
    for start in range(0, len(tiles), per_row):
        pages.room(height)
        for n, (label, value) in enumerate(tiles[start:start + per_row]):
            box = QRectF(n * (width + gap), pages.y, width, height)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(HEADER_FILL)
            p.drawRoundedRect(box, mm(1.5), mm(1.5))
            p.setPen(MUTED)
            p.setFont(pages.font(7.5))
            p.drawText(box.adjusted(mm(2), mm(1.5), -mm(2), 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       label)
            p.setPen(INK)
            p.setFont(pages.font(15, bold=True))
            p.drawText(box.adjusted(mm(2), 0, -mm(2), -mm(1.5)),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, value)
        pages.y += height + gap
    pages.y += mm(2)


def _chart_font(pages: _Pages) -> QFont:
    font = QFont(pages.family)
    font.setPointSizeF(9)
    return font


def _charts(pages: _Pages, report: Report, words: Words) -> None:
    data = report.charts
    if data is None:
        return
    font = _chart_font(pages)
    for chart in (charts.arrivals_chart(data.by_hour, words, font),
                  charts.waits_chart(data.waits, data.target_min, words, font)):
        height = mm(64)
        pages.room(height)
        target = QRectF(0, pages.y, pages.width, height)
        # Laid out 800 units wide and scaled to the page: its 9-point labels print at about 7.5.
        charts.render(chart, pages.painter, target, QSizeF(800, 800 * height / pages.width))
        pages.y += height + mm(3)


def _heat(pages: _Pages, report: Report, words: Words) -> None:
    if report.charts is None:
        return
    height = mm(54)
    pages.room(height)
    font = pages.font(7.5)
    heat_map.paint(pages.painter, QRectF(0, pages.y, pages.width, height), report.charts.heat,
                   [r.key[0] for r in report.charts.by_hour], words, font)
    pages.y += height + mm(5)


def _table(pages: _Pages, report: Report, words: Words, columns: tuple[Column, ...], title: str) -> None:
    p = pages.painter
    table_lines = lines(report, words)
    # The labels as wide as the widest (within bounds), the figures share the rest; the
    # body shrinks (down to 5.5 pt) until the widest figure, in bold, fits its column.
    points = 7.0
    while True:
        body, bold = pages.font(points), pages.font(points, bold=True)
        strong = QFontMetricsF(bold, pages.writer)
        widest = max([strong.horizontalAdvance(text) for line in table_lines for text in line.labels] or [0])
        label_w = min(max(widest + mm(2), mm(18)), mm(38) if len(report.by) == 1 else mm(30))
        labels_w = label_w * len(report.by)
        col_w = (pages.width - labels_w) / len(columns)
        figure_w = max([strong.horizontalAdvance(words.value(c, line.figures))
                        for line in table_lines for c in columns] or [0])
        if figure_w <= col_w - mm(1.6) or points <= 5.5:
            break
        points -= 0.25
    # The headings as large as lets every word of theirs fit its column whole: broken
    # inside a word they read "Abandon / ed", "超過30分 / 鐘".
    room = col_w - mm(1.6)
    heading_words = [word for c in columns for word in words.stacked_header(c).split()]
    heading_points = min(6.5, points)
    while True:
        heading = pages.font(heading_points, bold=True)
        heading_metrics = QFontMetricsF(heading, pages.writer)
        if heading_points <= 5.0 or all(heading_metrics.horizontalAdvance(w) <= room for w in heading_words):
            break
        heading_points -= 0.25
    row_h = QFontMetricsF(body, pages.writer).height() * 1.45

    def wrapping(text: str) -> Qt.TextFlag:
        """At its line breaks and spaces, or anywhere when a word is still wider than the column."""
        room = QRectF(0, 0, col_w - mm(1.6), pages.height)
        if heading_metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).width() <= room.width():
            return Qt.TextFlag.TextWordWrap
        return Qt.TextFlag.TextWrapAnywhere

    head_h = max(heading_metrics.boundingRect(QRectF(0, 0, col_w - mm(1.6), pages.height),
                                              wrapping(words.stacked_header(c)), words.stacked_header(c)).height()
                 for c in columns) + mm(2)

    def header() -> None:
        pages.room(head_h + row_h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(HEADER_FILL)
        p.drawRect(QRectF(0, pages.y, pages.width, head_h))
        p.setFont(heading)
        p.setPen(INK)
        cells = [words.groupings[g] for g in report.by] + [words.stacked_header(c) for c in columns]
        for n, text in enumerate(cells):
            x = n * label_w if n < len(report.by) else labels_w + (n - len(report.by)) * col_w
            w = label_w if n < len(report.by) else col_w
            align = Qt.AlignmentFlag.AlignLeft if n < len(report.by) else Qt.AlignmentFlag.AlignRight
            p.drawText(QRectF(x + mm(0.8), pages.y, w - mm(1.6), head_h),
                       align | Qt.AlignmentFlag.AlignVCenter | wrapping(text), text)
        pages.y += head_h

    pages.room(mm(10) + head_h + row_h * 3)
    pages.text(title, 11, bold=True, colour=ACCENT, gap=1)
    header()
    for index, line in enumerate(table_lines):
        if pages.y + row_h > pages.height - mm(8):
            pages.room(pages.height)          # next page, with the header again
            header()
        strong = line.row is None or (len(report.by) == 2 and line.level == 0)
        if index % 2:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(STRIPE)
            p.drawRect(QRectF(0, pages.y, pages.width, row_h))
        if line.row is None:
            p.setPen(QPen(RULE, mm(0.25)))
            p.drawLine(0, pages.y, pages.width, pages.y)
        p.setFont(bold if strong else body)
        p.setPen(INK)
        labels = list(line.labels)
        if len(labels) == 2 and line.level == 1:
            labels[0] = ""
        for n, text in enumerate(labels):
            p.drawText(QRectF(n * label_w + mm(0.8), pages.y, label_w - mm(1.6), row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        for n, column in enumerate(columns):
            p.drawText(QRectF(labels_w + n * col_w, pages.y, col_w - mm(1.2), row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words.value(column, line.figures))
        pages.y += row_h
    pages.y += mm(5)


def _notes(pages: _Pages, report: Report, words: Words) -> None:
    pages.room(mm(14))
    pages.text(words.notes(report), 7, colour=MUTED, gap=1)

