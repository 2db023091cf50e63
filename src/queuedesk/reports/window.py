"""`queuedesk reports`: the branch manager's reports window.

Pick a period (day, week, month, quarter or a range of days) and a grouping (with an
optional second one) and, at a head office, the branch (or all of them); see the figures at a glance, arrivals and mean wait by hour, how
long people waited against the target and 20/30 minutes, arrivals by weekday × hour,
and the table; export the same report as PDF, Excel or CSV. The report is read on the
engine link's read worker; exports run in a separate process.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from queuedesk.domain.languages import LocalText
from queuedesk.domain.periods import Period, period
from queuedesk.domain.ratings import SATISFACTION_TARGET
from queuedesk.operations.hall import Hall
from queuedesk.operations.reports import GROUPINGS, Report
from queuedesk.reports import charts, style
from queuedesk.reports.session import ReportsSession
from queuedesk.reports.table import Words
from queuedesk.reports.widgets import FigureTile, HeatMapView, ReportTableModel
from queuedesk.ui.language import current_language

KINDS = ("day", "week", "month", "quarter", "range")
EXPORTS = ("pdf", "xlsx", "csv")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsWindow(QMainWindow):
    shown = Signal()              # the first report is on screen (for --screenshot)

    def __init__(self, hall: Hall, span: Period, by: tuple[str, ...] = ("teller",),
                 branches: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.hall = hall
        self.report: Report | None = None
        self._shown = False
        self._choices: list[tuple[str, dict]] = []
        self._asked_branches = branches
        self.session = ReportsSession(hall, span, by, branches, self)
        self.session.loaded.connect(self._on_loaded)
        self.session.branchesLoaded.connect(self._on_branches)
        self.session.failed.connect(self._on_failed)
        self.session.onlineChanged.connect(self._on_online)
        self.session.exported.connect(self._on_exported)
        self.session.exportFailed.connect(self._on_export_failed)

        root = QWidget(objectName="reportsRoot")
        root.setStyleSheet(style.SHEET)
        self.setCentralWidget(root)
        page = QVBoxLayout(root)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self._header())
        page.addWidget(self._controls(span, by))
        body = QVBoxLayout()
        body.setContentsMargins(14, 12, 14, 12)
        body.setSpacing(12)
        page.addLayout(body, 1)

        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.tiles = [FigureTile() for _ in range(8)]
        for tile in self.tiles:
            tiles.addWidget(tile)
        body.addLayout(tiles)

        charts_row = QHBoxLayout()
        charts_row.setSpacing(12)
        self.arrivals_view = self._chart_view()
        self.waits_view = self._chart_view()
        self.heat = HeatMapView()
        charts_row.addWidget(self._card(self.arrivals_view), 4)
        charts_row.addWidget(self._card(self.waits_view), 3)
        charts_row.addWidget(self._card(self.heat), 3)
        body.addLayout(charts_row, 5)

        self.table_model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Long headers ("Idle while people waited (min)") wrap onto three lines.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(56)
        self.table_title = QLabel(objectName="cardTitle")
        body.addWidget(self._card(self.table, self.table_title), 6)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------

    def _header(self) -> QFrame:
        header = QFrame(objectName="header")
        row = QHBoxLayout(header)
        row.setContentsMargins(18, 10, 18, 10)
        self.title = QLabel(objectName="title")
        self.branch = QLabel(objectName="branch")
        row.addWidget(self.title)
        row.addSpacing(16)
        row.addWidget(self.branch)
        row.addStretch(1)
        self.export_buttons = {}
        for kind in EXPORTS:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, k=kind: self._ask_export(k))
            row.addWidget(button)
            self.export_buttons[kind] = button
        return header

    def _controls(self, span: Period, by: tuple[str, ...]) -> QFrame:
        bar = QFrame(objectName="controls")
        row = QHBoxLayout(bar)
        row.setContentsMargins(18, 8, 18, 8)
        row.setSpacing(8)
        self.period_label, self.by_label, self.then_label = QLabel(), QLabel(), QLabel()
        self.branch_label = QLabel()
        self.branch_pick = QComboBox()       # head office only: every branch, or one
        self.branch_pick.setMinimumContentsLength(14)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(KINDS.index(span.kind if span.kind in KINDS else "range"))
        self.first = QDateEdit(_qdate(span.first), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.dash = QLabel("–")
        self.last = QDateEdit(_qdate(span.last), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.by_first, self.by_second = QComboBox(), QComboBox()
        self.by_second.addItem("", None)
        for grouping in GROUPINGS:
            if grouping == "branch" and "branch" not in by:
                continue                     # offered once the database turns out to hold several
            self.by_first.addItem("", grouping)
            self.by_second.addItem("", grouping)
        self.by_first.setCurrentIndex(self.by_first.findData(by[0]) if by else 1)
        self.by_second.setCurrentIndex(self.by_second.findData(by[1]) if len(by) > 1 else 0)
        self.status = QLabel(objectName="status")
        for widget in (self.period_label, self.kind, self.first, self.dash, self.last):
            row.addWidget(widget)
        row.addSpacing(24)
        for widget in (self.branch_label, self.branch_pick):
            widget.setVisible(False)
            row.addWidget(widget)
        row.addSpacing(24)
        for widget in (self.by_label, self.by_first, self.then_label, self.by_second):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.status)
        self.kind.currentIndexChanged.connect(self._on_controls)
        self.first.dateChanged.connect(self._on_controls)
        self.last.dateChanged.connect(self._on_controls)
        self.by_first.currentIndexChanged.connect(self._on_controls)
        self.by_second.currentIndexChanged.connect(self._on_controls)
        self.branch_pick.currentIndexChanged.connect(self._on_controls)
        self._show_range_controls()
        return bar

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setMinimumHeight(240)
        return view

    @staticmethod
    def _card(widget: QWidget, title: QLabel | None = None) -> QFrame:
        card = QFrame(objectName="card")
        column = QVBoxLayout(card)
        column.setContentsMargins(8, 8, 8, 8)
        if title is not None:
            column.addWidget(title)
        column.addWidget(widget, 1)
        return card

    # -- words -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        self.title.setText(self.tr("Service reports"))
        self.period_label.setText(self.tr("Period"))
        self.by_label.setText(self.tr("Rows by"))
        self.then_label.setText(self.tr("then by"))
        names = [self.tr("Day"), self.tr("Week"), self.tr("Month"), self.tr("Quarter"), self.tr("Days from … to")]
        for n, name in enumerate(names):
            self.kind.setItemText(n, name)
        groupings = {"day": self.tr("day"), "teller": self.tr("staff"), "counter": self.tr("counter"),
                     "service": self.tr("service"), "hour": self.tr("hour"), "weekday": self.tr("weekday"),
                     "branch": self.tr("branch")}
        for combo in (self.by_first, self.by_second):
            for n in range(combo.count()):
                if combo.itemData(n) is not None:
                    combo.setItemText(n, groupings[combo.itemData(n)])
        self.by_second.setItemText(0, self.tr("(nothing)"))
        self.branch_label.setText(self.tr("Branch"))
        self._name_branches()
        texts = {"pdf": self.tr("Export PDF"), "xlsx": self.tr("Export Excel"), "csv": self.tr("Export CSV")}
        for kind, button in self.export_buttons.items():
            button.setText(texts[kind])
        if self.report is not None:
            self._show(self.report)
            self._show_as_of(self.report)


    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- asking ------------------------------------------------------------------------------------

    def start(self) -> None:
        self._set_status(self.tr("Loading …"))
        self.session.start()

    def shutdown(self) -> None:
        self.session.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _show_range_controls(self) -> None:
        is_range = self.kind.currentData() == "range"
        self.dash.setVisible(is_range)
        self.last.setVisible(is_range)

    def span(self) -> Period:
        kind = self.kind.currentData()
        first = _date(self.first.date())
        if kind == "range":
            last = _date(self.last.date())
            return Period(first, max(first, last))
        return period(kind, first)

    def grouping(self) -> tuple[str, ...]:
        first, second = self.by_first.currentData(), self.by_second.currentData()
        by = (first,) if second in (None, first) else (first, second)
        if self.branches() is None and len(self._choices) > 1 and {"teller", "counter"} & set(by) \
                and "branch" not in by:
            # A teller or a counter is one branch's: each branch's own, under it.
            by = ("branch", next(g for g in by if g in ("teller", "counter")))
        return by

    def branches(self) -> list[str] | None:
        """The branch picked (None: every one)."""
        if not self.branch_pick.isVisible() and not self._choices:
            return self._asked_branches
        code = self.branch_pick.currentData()
        return None if code is None else [code]

    def _on_controls(self, *_args) -> None:
        if self._filling:
            return
        self._show_range_controls()
        self._set_status(self.tr("Loading …"))
        self.session.show(self.span(), self.grouping(), self.branches())

    # -- branches (at a head office) -----------------------------------------------------------

    _filling = False

    def _on_branches(self, choices: list) -> None:
        """The branches one may pick: shown only where there are several (a head office)."""
        if choices == self._choices:
            return
        self._choices = choices
        several = len(choices) > 1
        self._filling = True
        try:
            picked = self.branch_pick.currentData() if self.branch_pick.count() else \
                (self._asked_branches[0] if self._asked_branches and len(self._asked_branches) == 1 else None)
            self.branch_pick.clear()
            self.branch_pick.addItem("", None)
            for code, _names in choices:
                self.branch_pick.addItem("", code)
            self.branch_pick.setCurrentIndex(max(0, self.branch_pick.findData(picked)) if picked else 0)
            if several:
                for combo in (self.by_first, self.by_second):
                    if combo.findData("branch") < 0:
                        combo.addItem(self.tr("branch"), "branch")
            self._name_branches()
        finally:
            self._filling = False
        self.branch_label.setVisible(several)
        self.branch_pick.setVisible(several)

    def _name_branches(self) -> None:
        if not self.branch_pick.count():
            return
        self.branch_pick.setItemText(0, self.tr("All branches"))
        lang = current_language()
        for n, (code, names) in enumerate(self._choices, start=1):
            self.branch_pick.setItemText(n, f"{code} {LocalText(names).text(lang)}".strip())

    # -- showing -----------------------------------------------------------------------------------

    def _on_loaded(self, report: Report) -> None:
        self.report = report
        self._show(report)
        self._show_as_of(report)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self.shown.emit)

    def _show_as_of(self, report: Report) -> None:
        self._set_status(self.tr("As of {0}").format(
            report.generated_at.astimezone(self.hall.config.timezone).strftime("%H:%M")))

    def _show(self, report: Report) -> None:
        words = Words(current_language())
        self.branch.setText(f"{words.branch(report)}  ·  {words.periods[report.period.kind]}  ·  "
                            f"{words.period(report)}")
        self._show_tiles(report, words)
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, self.font().pointSizeF()))
        data = report.charts
        if data is not None:
            self.arrivals_view.setChart(charts.arrivals_chart(data.by_hour, words, font))
            self.waits_view.setChart(charts.waits_chart(data.waits, data.target_min, words, font))
            self.heat.show_heat(data.heat, [r.key[0] for r in data.by_hour], words)
        self.table_title.setText(" · ".join(words.groupings[g] for g in report.by) or words.total)
        self.table.ensurePolished()          # styled by now: the model's totals take the view's font
        self.table_model.strong_font = self.table.font()
        self.table_model.show_report(report, words)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents; the figures' share the room left, if any
        (added to their own widths: equal widths would clip the longer Chinese headers,
        which cannot wrap)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        labels = len(self.report.by) or 1 if self.report else 1
        # Room the vertical scroll bar will take once the rows are in, so that sharing out
        # the spare room never makes the horizontal one appear.
        bar = self.table.verticalScrollBar()
        spare = self.table.viewport().width() - header.length() - (0 if bar.isVisible() else bar.sizeHint().width())
        figures = range(labels, self.table_model.columnCount())
        if spare <= 0 or not figures:
            return
        widths = {column: header.sectionSize(column) for column in figures}
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for n, column in enumerate(figures):
            share = spare // len(figures) + (1 if n < spare % len(figures) else 0)
            header.resizeSection(column, widths[column] + share)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.report is not None:
            self._fit_columns()

    def _show_tiles(self, report: Report, words: Words) -> None:
        f = report.total
        minutes = self.tr("{0} min")
        share = lambda v: "–" if v is None else f"{v:.1%}"  # noqa: E731
        mean = "–" if f.mean_wait_min is None else minutes.format(words.language.format_number(f.mean_wait_min, 1))
        p90 = "–" if f.p90_wait_min is None else minutes.format(f.p90_wait_min)
        days = report.days_with_customers
        met = report.days_meeting_1020
        wait_tone = "" if f.mean_wait_min is None else ("green" if f.mean_wait_min <= 10 else
                                                         "amber" if f.mean_wait_min <= 20 else "red")
        long_tone = "" if not f.over_30 else ("amber" if f.over_30 < 0.05 else "red")
        tiles = [
            (words.headers["arrivals"], words.language.format_number(f.arrivals, 0), ""),
            (words.headers["served"], words.language.format_number(f.served, 0), ""),
            (self.tr("Mean wait"), mean, wait_tone),
            (self.tr("90% waited at most"), p90, ""),
            (words.headers["within_target"], share(f.within_target), ""),
            (words.headers["over_30"], share(f.over_30), long_tone),
            (self.tr("Days meeting \"1020\""), f"{met} / {days}" if days else "–",
             "" if not days else ("green" if met == days else "red"),
             words.waits_note()),
            (words.headers["satisfaction"], share(f.satisfaction),
             "" if f.satisfaction is None else ("green" if f.satisfaction >= SATISFACTION_TARGET else "red")),
        ]
        for tile, figure in zip(self.tiles, tiles, strict=True):
            tile.show_figure(*figure)         # caption, value, tone (and what it means)

    def _set_status(self, text: str, tone: str = "") -> None:
        self.status.setText(text)
        if self.status.property("tone") != tone:
            self.status.setProperty("tone", tone)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _on_failed(self, message: str) -> None:
        self._set_status(self.tr("Cannot read the report: {0}").format(message), "red")

    def _on_online(self, online: bool) -> None:
        if not online:
            self._set_status(self.tr("Database unreachable; retrying …"), "red")

    # -- exports -------------------------------------------------------------------------------------

    def _ask_export(self, kind: str) -> None:
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV for Excel (*.csv)")}
        span = self.span()
        name = f"report-{span.first.isoformat()}" + ("" if span.first == span.last else f"-{span.last.isoformat()}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), f"{name}.{kind}", filters[kind])
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> None:
        """Write what is shown as `kind` (pdf, xlsx, csv) to `path`, in the background."""
        self._set_status(self.tr("Exporting {0} …").format(path))
        self.export_buttons[kind].setEnabled(False)
        self.session.export(kind, path, current_language())

    def _on_exported(self, kind: str, path: str) -> None:
        self.export_buttons[kind].setEnabled(True)
        self._set_status(self.tr("Saved {0}").format(path), "")

    def _on_export_failed(self, kind: str, message: str) -> None:
        self.export_buttons[kind].setEnabled(True)
        self._set_status(self.tr("Export failed: {0}").format(message), "red")

