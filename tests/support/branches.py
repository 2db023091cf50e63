"""Branch halls and a head office for the tests: halls like the `hall` fixture's, with a
branch code; traffic through the use cases; and waiting for replication by polling
with a generous deadline (a loaded machine is slow), never by sleeping a fixed time."""
from __future__ import annotations

import time

import sqlalchemy as sa

from queuedesk.config import Config
from queuedesk.domain.errors import QueueError
from queuedesk.operations import branches, calling, head_office, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database
from tests.support.halls import three_counter_hall


def export_day(hall: Hall, day, path) -> None:
    """A day file at `path`, as `queuedesk db export-day` writes it."""
    path.write_bytes(branches.day_file(hall, day, compressed=path.suffix == ".gz").data)


#: How long replication may take on a loaded machine before a test gives up.
DEADLINE_S = 180


def branch_hall(url: str, clock, code: str, name: str) -> Hall:
    """The three-counter hall, with its branch code."""
    hall = three_counter_hall(url, clock)
    branches.set_branch(hall, code, name)
    return hall


def head_office_hall(url: str, clock) -> Hall:
    hall = Hall(Database(url), Config(), clock)
    head_office.prepare(hall)
    return hall


def traffic(hall: Hall, clock, customers: int, seed: int = 0) -> None:
    """`customers` arrive a minute apart; each counter calls, starts and finishes its
    next customer in turn, and every fifth one never comes forward."""
    codes = "ABCAB"
    for n in range(customers):
        tickets.issue_ticket(hall, codes[(n + seed) % len(codes)])
        clock.advance(1)
        counter = 1 + (n + seed) % 3
        try:
            called = calling.call_next(hall, counter, no_show_current=True)
        except QueueError:
            continue
        if called is not None and (n + seed) % 5 != 4:
            calling.start_service(hall, counter)
            clock.advance(0.5)
            calling.finish(hall, counter)


def bookings(halls: dict[str, Hall], clock, kept: dict[str, tuple[int, int, int]]) -> None:
    """At each branch, bookings of service A for the next half-hour slot at least half an
    hour ahead, `kept[code]` = (on time, late, missed) of them, and one cancelled: the
    on-time ones check in 10 minutes before the slot, the late ones 20 minutes after, and
    the missed ones are no-shows once the slot's grace is over. Every branch's clock is
    `clock`: it ends past the grace."""
    from datetime import timedelta

    from queuedesk.operations import appointments

    local = clock.now.astimezone(next(iter(halls.values())).config.timezone)
    slot = local.replace(minute=local.minute // 30 * 30, second=0, microsecond=0) + timedelta(hours=1)
    codes = {}
    for code, hall in halls.items():
        appointments.set_bookable(hall, "A", slot_minutes=30, capacity=10, horizon_days=7)
        appointments.cancel(hall, appointments.book(hall, "A", slot, phone_last4="1234").code)
        codes[code] = [[appointments.book(hall, "A", slot, phone_last4="5678").code for _ in range(n)]
                       for n in kept[code]]
    for at, which in ((-10, 0), (20, 1)):
        clock.now = (slot + timedelta(minutes=at)).astimezone(clock.now.tzinfo)
        for code, hall in halls.items():
            for booking in codes[code][which]:
                appointments.check_in(hall, booking)
    grace = appointments.window(hall).grace_min
    clock.now = (slot + timedelta(minutes=30 + grace + 1)).astimezone(clock.now.tzinfo)
    for code, hall in halls.items():
        assert appointments.mark_no_shows(hall) == kept[code][2]


#: How far a copy's counter numbers and event ids are moved on per branch (copied_under).
COUNTER_STEP, EVENT_STEP = 100, 100_000


def copied_under(hall: Hall, codes: list[str]) -> None:
    """The hall's counters and their history (openings, pauses, closings) again under each
    of `codes`, as a head office holds its branches' rows: copy i's counters numbered
    COUNTER_STEP·i on, its events EVENT_STEP·i on."""
    from queuedesk.domain import figures
    from queuedesk.store.schema import counters, events

    shapes = [e.type for e in (*figures.OPENS, *figures.SHUTS)]
    with hall.db.engine.begin() as conn:
        kept = [dict(r._mapping) for r in conn.execute(sa.select(counters))]
        history = [dict(r._mapping) for r in conn.execute(sa.select(events).where(events.c.type.in_(shapes)))]
        for i, code in enumerate(codes, start=1):
            conn.execute(sa.insert(counters), [{**r, "number": r["number"] + COUNTER_STEP * i, "branch": code}
                                               for r in kept])
            conn.execute(sa.insert(events), [{**r, "id": r["id"] + EVENT_STEP * i,
                                              "counter": r["counter"] + COUNTER_STEP * i, "branch": code}
                                             for r in history])


def rows(hall: Hall, table: str, branch: str) -> set[tuple]:
    """Every row of a published table of one branch, as comparable tuples."""
    from queuedesk.store import publication
    from queuedesk.store.schema import metadata

    t = metadata.tables[table]
    query = sa.select(*(t.c[c] for c in publication.CURRENT[table].all)).where(t.c.branch == branch)
    with hall.db.connect(write=False) as conn:
        return {tuple(r) for r in conn.execute(query)}


def wait_until(condition, what: str, deadline_s: float = DEADLINE_S, every_s: float = 0.25) -> float:
    """Poll `condition` until it holds; how long that took. Fails the test past the deadline."""
    started = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - started
        if time.monotonic() - started > deadline_s:
            raise AssertionError(f"{what}: not after {deadline_s} s")
        time.sleep(every_s)


def caught_up(hq: Hall, branch: Hall, code: str, tables=("tickets", "events", "services", "counters")) -> bool:
    """Head office holds exactly the branch's rows of these tables."""
    return all(rows(hq, table, code) == rows(branch, table, code) for table in tables)


def sqlite_branches_at_head_office(tmp_path, hq_url: str, clock, codes=("S01", "S02"),
                                   kept: dict[str, tuple[int, int, int]] | None = None) -> tuple[Hall, dict[str, Hall]]:
    """Halls on SQLite (one PC each) that cannot publish: a morning of traffic each (and
    the `bookings` of `kept`, if given), sent to a head office on PostgreSQL as day files."""
    halls = {}
    for n, code in enumerate(codes):
        halls[code] = branch_hall(f"sqlite:///{tmp_path / f'{code}.sqlite3'}", clock, code, f"{code} 网点")
        traffic(halls[code], clock, 8 + 3 * n, seed=n)
    if kept:
        bookings(halls, clock, kept)
    hq = head_office_hall(hq_url, clock)
    for code, hall in halls.items():
        path = tmp_path / f"{code}.json.gz"
        export_day(hall, hall.today(), path)
        head_office.import_day(hq, path)
    return hq, halls
