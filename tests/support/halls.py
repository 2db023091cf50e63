"""Building blocks of test halls: names in two languages, a clock the test moves, and one
that runs from mid-morning."""
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from queuedesk.config import Config
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Service
from queuedesk.operations import counters, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database


def names(zh: str, en: str = "") -> LocalText:
    """A service's name in Simplified Chinese and English, as most tests give it."""
    return LocalText({"zh_CN": zh, "en": en})


def three_counter_hall(url: str, clock) -> Hall:
    """The hall most tests run on: cash (A) and non-cash (B) at counters 1 and 2, corporate
    (C, its own wait targets) at counter 3, all three open, on a fresh database."""
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config(), clock)
    setup.add_service(hall, Service("A", names("个人现金业务", "Personal cash"), "A", expected_service_min=4))
    setup.add_service(hall, Service("B", names("个人非现金业务", "Personal non-cash"), "B", expected_service_min=6))
    setup.add_service(hall, Service("C", names("对公业务", "Corporate"), "C", max_wait_min=30, target_wait_min=15))
    setup.add_counter(hall, 1, ["A", "B"])
    setup.add_counter(hall, 2, ["B", "A"])
    setup.add_counter(hall, 3, ["C"])
    for number in (1, 2, 3):
        counters.open_counter(hall, number)
    return hall


def one_counter_hall(url: str) -> Hall:
    """Cash (A) at counter 1, open, on a fresh database, on the real clock."""
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    setup.add_service(hall, Service("A", names("现金", "Cash"), "A"))
    setup.add_counter(hall, 1, ["A"])
    counters.open_counter(hall, 1)
    return hall


class Clock:
    """A hand-moved clock: tests decide how long customers wait."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


class MidMorning:
    """A clock that reads 10:30 in the hall today and then runs as real time does: tests
    of today's bookings, with windows that wait on real time, pass whatever the hour the
    suite runs at (late at night a booking ten minutes ahead would be tomorrow's)."""

    def __init__(self, timezone: str = "Asia/Shanghai"):
        self.start = datetime.now(ZoneInfo(timezone)).replace(hour=10, minute=30, second=0, microsecond=0)
        self._started = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._started)


#: The password tests give the sample halls' staff (`setup.load_sample(..., password=PASSWORD)`).
PASSWORD = "123456"


#: The hall's own tables: what a refused or read-only command must leave as it was.
TABLES = ("services", "service_names", "counters", "counter_names", "staff", "tickets", "daily_sequences",
          "events", "requests", "hall_texts")


def snapshot(url: str) -> dict:
    """Every row of the hall's tables, to compare before and after."""
    import sqlalchemy as sa

    from queuedesk.store.database import Database

    db = Database(url)
    try:
        with db.connect(write=False) as conn:
            return {t: sorted(map(repr, conn.execute(sa.text(f"SELECT * FROM {t}")).all())) for t in TABLES}
    finally:
        db.dispose()
