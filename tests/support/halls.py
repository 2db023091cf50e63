"""Building blocks of test halls: names in two languages, a clock the test moves, and one
that runs from mid-morning."""
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from queuedesk.domain.languages import LocalText


def names(zh: str, en: str = "") -> LocalText:
    """A service's name in Simplified Chinese and English, as most tests give it."""
    return LocalText({"zh_CN": zh, "en": en})


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
