"""Several processes book the last place of a slot at once: exactly one wins, on SQLite
and on PostgreSQL."""
import multiprocessing as mp
from datetime import datetime, timedelta, timezone

import pytest

from queuedesk.config import Config
from queuedesk.domain.model import Service
from queuedesk.operations import appointments, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support import booking_workers
from tests.support.halls import names

pytestmark = pytest.mark.slow

BOOKERS = 6


def test_the_last_place_goes_to_one_booker(db_url):
    now = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
    db = Database(db_url)
    migrate.upgrade(db)
    hall = Hall(db, Config(), clock=lambda: now)
    setup.add_service(hall, Service("M", names("内科", "Medicine"), "M"))
    appointments.set_bookable(hall, "M", slot_minutes=30, capacity=3, horizon_days=7)
    slot = (now + timedelta(days=1)).astimezone(hall.config.timezone)
    appointments.book(hall, "M", slot)
    appointments.book(hall, "M", slot)            # one place left

    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=booking_workers.book_once, args=(db_url, "M", slot.isoformat(), now.isoformat(),
                                                                  start, out)) for _ in range(BOOKERS)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs)
    assert sorted(kind for kind, _ in results) == ["booked"] + ["refused"] * (BOOKERS - 1)
    assert {why for kind, why in results if kind == "refused"} == {"slot_full"}
    day = {s.start: s for s in appointments.slots(hall, "M", slot.date())}
    assert day[slot.isoformat()].booked == 3 and day[slot.isoformat()].free == 0
    db.dispose()
