"""A sample bank with two hand-built days (23 and 24 November 2026), their ratings and
two complaints, for the report command, its files and the reports window."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from queuedesk.config import Config
from queuedesk.domain.model import TicketState
from queuedesk.operations import calling, complaints, counters, ratings, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import PASSWORD, Clock

MONDAY_10AM = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def a_day(hall: Hall, clock: Clock, late: float) -> None:
    """At 10:00 A001, A002, B001, A003 and D001 arrive; li at counter 1 and wang at
    counter 2 call A001 and A002 at once; D001 leaves at 10:04, when li calls the next
    (waited 4 min); wang calls the last one after `late` minutes; both finish 5 minutes
    later and close. Waits: 0, 0, 4 and `late` minutes."""
    counters.open_counter(hall, 1, staff="li")
    counters.open_counter(hall, 2, staff="wang")
    for code in ("A", "A", "B", "A", "D"):
        tickets.issue_ticket(hall, code)
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)
    calling.start_service(hall, 1)
    calling.start_service(hall, 2)
    clock.advance(4)
    tickets.cancel_ticket(hall, "D001")
    calling.call_next(hall, 1)
    clock.advance(late - 4)
    calling.call_next(hall, 2)
    clock.advance(5)
    calling.finish(hall, 1)
    calling.finish(hall, 2)
    counters.close_counter(hall, 1)
    counters.close_counter(hall, 2)


def rate_the_day(hall: Hall, scores: dict[str, list[int]]) -> None:
    """Each teller's visits that day, oldest first, rated with their `scores` (from the
    ticket's web page)."""
    with hall.read() as uow:
        done = uow.tickets.in_states(TicketState.DONE, day=hall.today())
    for user, given in scores.items():
        for leg, score in zip([t for t in done if t.staff == user], given, strict=False):
            ratings.rate_ticket(hall, leg.number, score, ["long_wait"] if score <= 2 else [], channel="web")


def visit_of(hall: Hall, user: str) -> str:
    with hall.read() as uow:
        return next(t.number for t in uow.tickets.in_states(TicketState.DONE, day=hall.today()) if t.staff == user)


@pytest.fixture
def clock():
    return Clock(MONDAY_10AM)


@pytest.fixture
def report_hall(tmp_path, clock):
    db = Database(f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    migrate.upgrade(db)
    hall = Hall(db, Config(), clock)
    setup.load_sample(hall, "bank", password=PASSWORD)
    a_day(hall, clock, late=12)
    # Monday: li's two visits rated 非常满意 and 基本满意, wang's 满意 and 不满意; a general
    # complaint about li's visit answered at once, a serious one about wang's (due Wednesday).
    rate_the_day(hall, {"li": [5, 3], "wang": [4, 2]})
    quick = complaints.add_complaint(hall, "onsite", "general", "等候时间长", ticket=visit_of(hall, "li"))
    complaints.answer_complaint(hall, quick.id, "已致歉")
    slow = complaints.add_complaint(hall, "phone", "serious", "柜员态度不好", ticket=visit_of(hall, "wang"))
    clock.now = MONDAY_10AM.replace(day=24)
    a_day(hall, clock, late=25)                # Tuesday: somebody waits 25 minutes
    rate_the_day(hall, {"li": [5], "wang": [1]})  # li's second and wang's second visit not rated
    clock.now = MONDAY_10AM.replace(day=27)    # Friday: the serious complaint answered late
    complaints.answer_complaint(hall, slow.id, "已核实并培训")
    yield hall
    db.dispose()


@pytest.fixture
def report_url(report_hall):
    return report_hall.db.url


@pytest.fixture
def quick_feed(monkeypatch):
    import queuedesk.ui.feed
    monkeypatch.setattr(queuedesk.ui.feed, "WAIT_S", 0.1)


def open_reports(qtbot, hall, span, by, timeout_ms):
    """The reports window as `queuedesk reports` opens it (ui.app.make_app's fonts, in
    Chinese), shown with its first figures."""
    from queuedesk.qtkit.fonts import ensure_cjk_font
    from queuedesk.reports.window import ReportsWindow
    from queuedesk.ui.language import set_language

    ensure_cjk_font()
    set_language("zh_CN")
    w = ReportsWindow(hall, span, by)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.shown, timeout=timeout_ms):
        w.show()
        w.start()
    return w
