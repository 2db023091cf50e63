"""A sample bank with two hand-built days (23 and 24 November 2026), for the report
command, its files and the reports window."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from queuedesk.config import Config
from queuedesk.operations import calling, counters, setup, tickets
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
    clock.now = MONDAY_10AM.replace(day=24)
    a_day(hall, clock, late=25)                # Tuesday: somebody waits 25 minutes
    yield hall
    db.dispose()


@pytest.fixture
def report_url(report_hall):
    return report_hall.db.url
