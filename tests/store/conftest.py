from datetime import datetime, timedelta, timezone

import pytest

from queuedesk.config import Config
from queuedesk.domain.model import Service
from queuedesk.operations import counters, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database


class Clock:
    """A hand-moved clock: tests decide how long customers wait."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock():
    # 10:00 in Shanghai on a Monday.
    return Clock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))


@pytest.fixture
def hall(db_url, clock):
    db = Database(db_url)
    migrate.upgrade(db)
    h = Hall(db, Config(), clock)
    setup.add_service(h, Service("A", "个人现金业务", "Personal cash", "A", expected_service_min=4))
    setup.add_service(h, Service("B", "个人非现金业务", "Personal non-cash", "B", expected_service_min=6))
    setup.add_service(h, Service("C", "对公业务", "Corporate", "C", max_wait_min=30, target_wait_min=15))
    setup.add_counter(h, 1, ["A", "B"])
    setup.add_counter(h, 2, ["B", "A"])
    setup.add_counter(h, 3, ["C"])
    for number in (1, 2, 3):
        counters.open_counter(h, number)
    yield h
    db.dispose()
