"""The reports window at a head office: every branch or one, and a row per branch."""
from __future__ import annotations

import pytest

from queuedesk.domain.periods import period
from tests.support.branches import sqlite_branches_at_head_office

from .conftest import open_reports

WAIT_MS = 30_000


pytestmark = pytest.mark.usefixtures("quick_feed")


def open_window(qtbot, hall, span, by):
    return open_reports(qtbot, hall, span, by, WAIT_MS)


def labels(w) -> list[str]:
    model = w.table_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.mark.postgres
def test_head_office_shows_every_branch_or_the_one_picked(qtbot, tmp_path, pg_url, clock):
    hq, _halls = sqlite_branches_at_head_office(tmp_path, pg_url, clock)
    w = open_window(qtbot, hq, period("day", clock.now.date()), ("branch",))
    try:
        assert not w.branch_pick.isHidden()
        assert [w.branch_pick.itemText(i) for i in range(w.branch_pick.count())] == \
            ["全部网点", "S01 S01 网点", "S02 S02 网点"]
        assert labels(w) == ["S01 S01 网点", "S02 S02 网点", "合计"]
        assert "2 个网点" in w.branch.text()
        w.grab().save(str(tmp_path / "head-office-zh.png"))
        with qtbot.waitSignal(w.session.loaded, timeout=WAIT_MS):
            w.branch_pick.setCurrentIndex(w.branch_pick.findData("S02"))
        assert w.report.branches == ("S02",) and "S02 网点 (S02)" in w.branch.text()
        assert labels(w) == ["S02 S02 网点", "合计"]
        with qtbot.waitSignal(w.session.loaded, timeout=WAIT_MS):
            w.branch_pick.setCurrentIndex(0)
        with qtbot.waitSignal(w.session.loaded, timeout=WAIT_MS):
            w.by_first.setCurrentIndex(w.by_first.findData("teller"))
        assert w.report.by == ("branch", "teller")            # a teller is one branch's: under it
    finally:
        w.shutdown()


def test_a_hall_has_no_branch_to_pick(qtbot, report_hall, clock):
    w = open_window(qtbot, report_hall, period("week", clock.now.date()), ("teller",))
    try:
        assert w.branch_pick.isHidden() and w.by_first.findData("branch") < 0
    finally:
        w.shutdown()
