"""Several OS processes at once, as kiosks and counters are: no number issued twice, no
ticket called twice, none lost. Runs on SQLite and on PostgreSQL."""
import multiprocessing as mp

import pytest

from queuedesk.config import Config
from queuedesk.domain.model import Service, TicketState
from queuedesk.operations import counters, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.store.event_log import read_events
from tests.support import workers
from tests.support.halls import names, one_counter_hall

pytestmark = pytest.mark.slow

KIOSKS, PER_KIOSK, COUNTERS = 3, 30, 4


def test_kiosks_and_counters_racing(db_url):
    db = Database(db_url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    setup.add_service(hall, Service("A", names("现金", "Cash"), "A"))
    for n in range(1, COUNTERS + 1):
        setup.add_counter(hall, n, ["A"])
        counters.open_counter(hall, n)

    ctx = mp.get_context("spawn")
    start, issuers_done, out = ctx.Event(), ctx.Event(), ctx.Queue()
    issuers = [ctx.Process(target=workers.issue_many, args=(db_url, "A", PER_KIOSK, start, out))
               for _ in range(KIOSKS)]
    callers = [ctx.Process(target=workers.call_until_empty, args=(db_url, n, start, issuers_done, out))
               for n in range(1, COUNTERS + 1)]
    for p in issuers + callers:
        p.start()
    start.set()
    results = {"issued": [], "called": []}
    for p in issuers:
        p.join(120)
    issuers_done.set()
    for p in callers:
        p.join(120)
    while not out.empty() or len(results["issued"]) + len(results["called"]) < KIOSKS + COUNTERS:
        kind, ids = out.get(timeout=30)
        results[kind].append(ids)
    assert all(p.exitcode == 0 for p in issuers + callers)

    issued = [i for batch in results["issued"] for i in batch]
    called = [i for batch in results["called"] for i in batch]
    assert len(issued) == KIOSKS * PER_KIOSK
    assert len(called) == len(set(called)), "a ticket was called twice"
    assert sorted(called) == sorted(issued), "a ticket was lost"

    with hall.read() as uow:
        numbers = [t.number for t in uow.tickets.in_states(*TicketState)]
    assert len(numbers) == len(set(numbers)) == KIOSKS * PER_KIOSK, "a number was issued twice"
    assert sorted(int(n[1:]) for n in numbers) == list(range(1, KIOSKS * PER_KIOSK + 1))
    log = read_events(db, limit=100_000)
    assert [e.id for e in log] == sorted(e.id for e in log)
    assert not [(a.id, b.id) for a, b in zip(log, log[1:]) if b.at < a.at], "an event time went backwards"
    assert sum(1 for e in log if e.type == "ticket_called") == len(issued)
    db.dispose()


def test_a_killed_kiosk_leaves_no_half_issued_ticket(db_url):
    """SIGKILL in the middle of issuing: every ticket that exists is whole (numbered in
    sequence, with its event), and the next kiosk carries on from the right number."""
    import os
    import signal
    import time

    from queuedesk.operations import tickets

    db = Database(db_url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    setup.add_service(hall, Service("A", names("现金", "Cash"), "A"))
    ctx = mp.get_context("spawn")
    for _ in range(3):
        started = ctx.Event()
        proc = ctx.Process(target=workers.issue_forever, args=(db_url, "A", started))
        proc.start()
        assert started.wait(60)
        time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(10)

    with hall.read() as uow:
        issued = uow.tickets.in_states(TicketState.WAITING)
        last = uow.tickets.issued_count("A", hall.today())
    numbers = sorted(t.sequence for t in issued)
    assert numbers == list(range(1, len(numbers) + 1)) and last == len(numbers)
    events = [e for e in read_events(db, limit=100_000) if e.type == "ticket_issued"]
    assert sorted(e.ticket_id for e in events) == sorted(t.id for t in issued)
    assert tickets.issue_ticket(hall, "A").number == f"A{len(numbers) + 1:03d}"
    db.dispose()


def test_numbers_times_and_events_keep_one_order(db_url):
    """Kiosks racing: a later number never carries an earlier issue time, and event times
    never go backwards in id order (the order a reader sees)."""
    db = Database(db_url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    setup.add_service(hall, Service("A", names("现金", "Cash"), "A", number_width=4))
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    kiosks = [ctx.Process(target=workers.issue_many, args=(db_url, "A", 700, start, out, 0.01)) for _ in range(3)]
    for p in kiosks:
        p.start()
    start.set()
    for p in kiosks:
        p.join(600)
    assert all(p.exitcode == 0 for p in kiosks)

    with hall.read() as uow:
        issued = sorted(uow.tickets.in_states(TicketState.WAITING), key=lambda t: t.sequence)
    assert len(issued) == 2100
    pairs = list(zip(issued, issued[1:]))
    assert not [(a.number, b.number) for a, b in pairs if b.issued_at < a.issued_at or b.queued_at < a.queued_at]
    log = read_events(db, limit=100_000)
    assert not [(a.id, b.id) for a, b in zip(log, log[1:]) if b.at < a.at]
    db.dispose()


def test_two_desks_pressing_call_next_on_one_counter(db_url):
    """Two clients on one counter (a desk and a lobby console, or one desk's retries) call
    next at once, over and over: each ticket is called once, and the counter never has two
    customers — the one it had is always ended first, whichever press comes second."""
    hall = one_counter_hall(db_url)
    db = hall.db
    from queuedesk.operations import tickets

    issued = [tickets.issue_ticket(hall, "A").id for _ in range(60)]

    ctx = mp.get_context("spawn")
    start, issuers_done, out = ctx.Event(), ctx.Event(), ctx.Queue()
    issuers_done.set()
    presses = [ctx.Process(target=workers.call_until_empty, args=(db_url, 1, start, issuers_done, out))
               for _ in range(3)]
    for p in presses:
        p.start()
    start.set()
    called = [i for _ in presses for i in out.get(timeout=120)[1]]
    for p in presses:
        p.join(60)
    assert all(p.exitcode == 0 for p in presses)
    assert sorted(called) == sorted(issued), "a ticket was called twice, or lost"
    with hall.read() as uow:
        states = [t.state for t in uow.tickets.in_states(*TicketState, counter=1)]
    assert states == [TicketState.NO_SHOW] * len(issued)   # the presses on an empty queue ended the last
    # In the order readers see them, every call finds the counter free: the customer it
    # had was ended first.
    at_counter = None
    for e in read_events(db, limit=100_000):
        if e.type == "ticket_called":
            assert at_counter is None, f"{e.ticket_number} called while {at_counter} was still at the counter"
            at_counter = e.ticket_number
        elif e.type == "ticket_no_show":
            assert e.ticket_number == at_counter
            at_counter = None
    assert at_counter is None
    db.dispose()
