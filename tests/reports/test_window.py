"""The reports window: what a branch manager sees, in each language, and its exports."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt

from queuedesk.domain.periods import period
from queuedesk.ui.language import set_language

from .conftest import open_reports

WAIT_MS = 15_000


pytestmark = pytest.mark.usefixtures("quick_feed")


@pytest.fixture
def window(qtbot, report_hall):
    w = open_reports(qtbot, report_hall, period("week", date(2026, 11, 23)), ("teller",), WAIT_MS)
    yield w
    w.shutdown()
    set_language("zh_CN")


def table(w) -> list[list[str]]:
    model = w.table_model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def headers(w) -> list[str]:
    model = w.table_model
    return [model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in range(model.columnCount())]


def tiles(w) -> dict[str, str]:
    return {t.caption.text(): t.value.text() for t in w.tiles}


def test_the_week_at_a_glance_and_per_teller(window, tmp_path):
    assert tiles(window)["取号人数"] == "10" and tiles(window)["办结数"] == "8"
    assert tiles(window)["“1020”达标天数"] == "1 / 2"
    assert tiles(window)["满意率"] == "50.0%"                 # 3 of 6 ratings 满意 or better
    rows = {r[0]: r for r in table(window)}
    assert rows["李娜 (li)"][1] == "4" and rows["王强 (wang)"][1] == "4"
    rated, satisfied = headers(window).index("评价率"), headers(window).index("满意率")
    assert (rows["李娜 (li)"][rated], rows["李娜 (li)"][satisfied]) == ("75.0%", "66.7%")
    assert (rows["王强 (wang)"][rated], rows["王强 (wang)"][satisfied]) == ("75.0%", "33.3%")
    assert rows["合计"][satisfied] == "50.0%"
    assert table(window)[-1][0] == "合计"
    assert "示例银行 中心支行" in window.branch.text() and "服务周报" in window.branch.text()
    window.grab().save(str(tmp_path / "reports-zh.png"))


def test_picking_a_grouping_and_a_period_reads_again(window, qtbot):
    with qtbot.waitSignal(window.session.loaded, timeout=WAIT_MS):
        window.by_first.setCurrentIndex(window.by_first.findData("service"))
    assert headers(window)[0] == "业务类型" and headers(window)[1] == "取号人数"
    assert [r[0] for r in table(window)][:2] == ["A 个人现金业务", "B 个人非现金业务"]
    with qtbot.waitSignal(window.session.loaded, timeout=WAIT_MS):
        window.kind.setCurrentIndex(window.kind.findData("day"))
    assert window.report.period.first == window.report.period.last == date(2026, 11, 23)
    assert tiles(window)["取号人数"] == "5"
    with qtbot.waitSignal(window.session.loaded, timeout=WAIT_MS):
        window.by_second.setCurrentIndex(window.by_second.findData("hour"))
    assert window.report.by == ("service", "hour")
    assert table(window)[0][1] == "合计" and table(window)[1][1].strip() == "10:00–11:00"


def test_every_word_changes_with_the_language(window, qtbot, tmp_path):
    set_language("en")
    qtbot.wait(100)                      # the layouts take the new widths on the next turn of the loop
    assert window.export_buttons["pdf"].text() == "Export PDF"
    assert tiles(window)["Arrivals"] == "10" and headers(window)[1] == "Served"
    window.grab().save(str(tmp_path / "reports-en.png"))
    set_language("zh_TW")
    qtbot.wait(100)
    assert window.export_buttons["xlsx"].text() == "匯出 Excel"
    assert "工作人員" in headers(window)[0] and tiles(window)["取號人數"] == "10"


def test_export_runs_beside_the_window(window, qtbot, tmp_path):
    path = tmp_path / "week.csv"
    with qtbot.waitSignal(window.session.exported, timeout=60_000) as done:
        window.export_to("csv", str(path))
        assert not window.export_buttons["csv"].isEnabled()      # one export of a kind at a time
    assert done.args == ["csv", str(path)]
    assert window.export_buttons["csv"].isEnabled() and str(path) in window.status.text()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "工作人员" and rows[-1][0] == "合计"
    assert "平均等候(分)" in rows[0] and "窗口利用率 (%)" in rows[0]     # one line in a file


def test_chinese_headers_break_between_words_not_inside_them(window):
    # Balanced by width they read "平均等 / 候(分)" and "投诉按 / 时办结率".
    shown = {line for line in headers(window)}
    assert {"平均等候 (分)", "最长办理 (分)", "有客等候时 空闲(分)", "窗口 利用率"} <= shown
    assert not any(word in line for line in shown for word in ("平均等 候", "投诉按 时"))


def test_a_failed_export_says_why_in_one_line(window, qtbot):
    with qtbot.waitSignal(window.session.exportFailed, timeout=60_000):
        window.export_to("pdf", "/no/such/folder/week.pdf")
    assert "/no/such/folder/week.pdf" in window.status.text() and window.status.property("tone") == "red"


def axis_labels(view) -> list[tuple[str, float, float]]:
    """The minutes axis of the waits chart as drawn: (label, left, right) in pixels."""
    from PySide6.QtCharts import QCategoryAxis
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetricsF

    chart = view.chart()
    axis = next(a for a in chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis))
    series = chart.series()[0]
    metrics = QFontMetricsF(axis.labelsFont())
    drawn = []
    for label in axis.categoriesLabels():
        x = chart.mapToPosition(QPointF(axis.endValue(label), 0), series).x()
        half = metrics.horizontalAdvance(label) / 2
        drawn.append((label, x - half, x + half))
    return sorted(drawn, key=lambda d: d[1])


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_minutes_under_the_waits_chart_never_run_into_each_other(qtbot, report_hall, size):
    # Monday's waits are 0, 0, 4 and 12 minutes: under half an hour, yet the chart shows
    # the 30-minute line, and its labels must be read one by one ("24>24" was not).
    w = open_reports(qtbot, report_hall, period("day", date(2026, 11, 23)), ("teller",), WAIT_MS)
    try:
        w.resize(*size)
        qtbot.wait(200)
        drawn = axis_labels(w.waits_view)
        assert len(drawn) >= 4
        for (first, _, right), (second, left, _) in zip(drawn, drawn[1:]):
            assert right + 4 <= left, f"{first!r} runs into {second!r}"
        labels = [label for label, _, _ in drawn]
        assert not any(label.startswith(">") for label in labels)     # no wait is over the chart
        lines = [s.name() for s in w.waits_view.chart().series()[1:]]
        assert "30 分钟" in lines                     # the 30-minute line is on the chart
    finally:
        w.shutdown()


def test_the_heat_maps_hours_read_as_hours_where_they_fit(qapp):
    from PySide6.QtGui import QFont, QFontMetricsF

    from queuedesk.reports.heat_map import hour_label

    metrics = QFontMetricsF(QFont())
    assert hour_label(11, 300, metrics) == "11:00"    # one hour across the card: not a lone "11"
    assert hour_label(9, 12, metrics) == "09"          # fourteen hours on a laptop: the number alone


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_table_fits_a_laptop_and_every_header_is_whole(qtbot, report_hall, lang):
    # 1366×768: no sideways scrolling, and no header cut short ("%等候不超过(分)" was):
    # long Chinese headers go onto two lines, the columns are as wide as their figures.
    from PySide6.QtGui import QFontMetrics

    set_language(lang)
    w = open_reports(qtbot, report_hall, period("week", date(2026, 11, 23)), ("day",), WAIT_MS)
    try:
        w.resize(1366, 768)
        qtbot.wait(300)
        view, model = w.table, w.table_model
        assert not view.horizontalScrollBar().isVisible()
        header = view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(model.columnCount()):
            for line in model.headerData(column, Qt.Orientation.Horizontal).split("\n"):
                assert metrics.horizontalAdvance(line) <= header.sectionSize(column), (line, column)
    finally:
        w.shutdown()
        set_language("zh_CN")


def test_the_1020_tile_says_what_1020_asks(window):
    # The window named it without a word of what it means (only the PDF's notes did).
    tile = next(t for t in window.tiles if "1020" in t.caption.text())
    assert tile.toolTip() == "等候时长自取号起至首次叫号止；“1020”指平均等候不超过10分钟且无人超过20分钟。"
    assert all(not t.toolTip() for t in window.tiles if t is not tile)
