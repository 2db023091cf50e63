"""Does an action cost more with a long queue or a long history? The same hall three times:

- nearly empty: a morning's start (50 waiting, 30 served today);
- queue: the same, and 100,000 more waiting today (each with its ticket_issued event);
- history: the same as nearly empty, after three months of history (300,000 tickets
  on the 90 days before, 1,000,000 events).

    .venv/bin/python benchmarks/scaling.py [--repeat 30] [--databases sqlite,postgresql]

Each data set is written by the database itself (INSERT … SELECT over a generated
series: seconds, not minutes). Then each action runs `--repeat` times on each data set,
the three interleaved: issue, call next, `status` (what `queuedesk status` reads), the
lobby display's start, a desk's refresh (everything it reads after signing in), a
kiosk's refresh, a ticket's web page and the page server's look for notices now due.
Prints p50 and p95 per data set and the ratio of p50 to the nearly empty hall's, the
baseline (target 1.5 at most), and the wall time of the `queuedesk status` command
(target 300 ms).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

from _common import ROOT, databases, percentile  # noqa: F401

from queuedesk.config import Config
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Channel, Role, Service, TicketState
from queuedesk.operations import calling, counters, follow, notices, queries, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database

SERVICES = ("A", "B", "C", "D")
COUNTERS = 6
HISTORY_DAYS = 90


def prepared(url: str) -> Hall:
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    # Call next moves on from a customer called and never started, as the floor does
    # (main's default asks the teller: hall.call_next_on_called).
    hall.config.set("hall.call_next_on_called", "no_show")
    for code in SERVICES:
        setup.add_service(hall, Service(code, LocalText({"zh_CN": f"业务{code}", "en": f"Business {code}"}), code,
                                        number_width=6))
    setup.add_staff(hall, "li", Role.TELLER, "pw-1234")
    for n in range(1, COUNTERS + 1):
        setup.add_counter(hall, n, [SERVICES[(n - 1 + i) % 4] for i in range(2)])
        if n == 1:
            counters.sign_in(hall, "li", "pw-1234", 1)
        else:
            counters.open_counter(hall, n)
    return hall


def _sql(hall: Hall, statements: list[str], **params) -> None:
    import sqlalchemy as sa

    with hall.db.engine.connect() as conn:
        if not hall.db.is_sqlite:
            conn = conn.execution_options(isolation_level="READ COMMITTED")
        with conn.begin():
            for statement in statements:
                conn.execute(sa.text(statement), params)


def _series(dialect: str, n: int) -> str:
    """A FROM item of the numbers 1..n as column i."""
    if dialect == "sqlite":
        return (f"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) "
                "SELECT i FROM s) AS s")
    return f"generate_series(1, {n}) AS s(i)"


def _time(dialect: str, base: str, seconds: str) -> str:
    """SQL: the time `seconds` after `base` (a parameter), as queuedesk keeps times."""
    if dialect == "sqlite":
        return f"strftime('%Y-%m-%d %H:%M:%S', {base}, '+' || ({seconds}) || ' seconds') || '.000000'"
    return f"({base} + ({seconds}) * interval '1 second')"


def _day(dialect: str, base: str, days: str) -> str:
    if dialect == "sqlite":
        return f"date({base}, '-' || ({days}) || ' days')"
    return f"(CAST({base} AS date) - ({days}))"


def _token(dialect: str, i: str, salt: int) -> str:
    """A unique token; its first eight digits (what a page looks it up by) differ, as
    random tokens' do."""
    if dialect == "sqlite":
        return f"printf('%08x%024x', {i}, {salt})"
    return f"lpad(to_hex({i}), 8, '0') || lpad(to_hex({salt}), 24, '0')"


def _service(i: str) -> str:
    return f"CASE ({i}) % 4 WHEN 0 THEN 'A' WHEN 1 THEN 'B' WHEN 2 THEN 'C' ELSE 'D' END"


def _ts(hall: Hall, moment: datetime):
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ") if hall.db.is_sqlite else moment


def morning(hall: Hall) -> None:
    """The nearly empty hall: 30 served today (service times for the estimates), 50 waiting."""
    now = hall.now()
    for i in range(30):
        tickets.issue_ticket(hall, SERVICES[i % 4], channel=Channel.KIOSK)
        if calling.call_next(hall, 2 + i % 5) is not None:
            calling.start_service(hall, 2 + i % 5)
    for n in range(2, COUNTERS + 1):
        if queries.counter_status(hall, n)[1] is not None:
            calling.finish(hall, n)
    for i in range(50):
        tickets.issue_ticket(hall, SERVICES[i % 4], channel=Channel.KIOSK)
    assert hall.now() - now < timedelta(hours=1)


def long_queue(hall: Hall, n: int = 100_000) -> None:
    """`n` waiting today (1 % in a priority class), queued over the last hours (before the
    morning's tickets), each with its ticket_issued event."""
    d = hall.db.dialect
    day = hall.today()
    start = hall.now() - timedelta(seconds=n / 10 + 3600)
    issued = _time(d, ":start", "i / 10.0" if d == "postgresql" else "i / 10")
    priority = "CASE WHEN i % 100 = 0 THEN 'priority' ELSE 'normal' END"
    number = ("'Q' || lpad(CAST(i AS TEXT), 6, '0')" if d == "postgresql" else "'Q' || printf('%06d', i)")
    _sql(hall, [
        f"INSERT INTO tickets (number, service, business_date, sequence, token, priority, state, channel, "
        f"issued_at, queued_at, recalls, head_of_queue) SELECT {number}, {_service('i')}, :day, 100000 + i, "
        f"{_token(d, 'i', 1)}, {priority}, 'waiting', 'kiosk', {issued}, {issued}, 0, false "
        f"FROM {_series(d, n)}",
        "INSERT INTO events (at, type, version, ticket_id, ticket_number, service, payload) "
        "SELECT queued_at, 'ticket_issued', 1, id, number, service, '{\"priority\": \"' || priority || '\"}' "
        "FROM tickets WHERE business_date = :day AND number LIKE 'Q%' ORDER BY id",
        "INSERT INTO queue_counts (business_date, service, waiting) SELECT business_date, service, count(*) "
        "FROM tickets WHERE state = 'waiting' AND business_date = :day GROUP BY business_date, service",
    ], day=day, start=_ts(hall, start))


def long_history(hall: Hall, n_tickets: int = 300_000, n_events: int = 1_000_000) -> None:
    """Three months before today: `n_tickets` served tickets on the 90 days before, and
    `n_events` events about them, in time order. Written first: the tickets are 1..n."""
    d = hall.db.dialect
    today = hall.today()
    first = datetime.combine(today - timedelta(days=HISTORY_DAYS), datetime.min.time(), timezone.utc)
    per_day = -(-n_tickets // HISTORY_DAYS)     # rounded up: the last of them are yesterday's, none today's
    # Ticket i: day i // per_day after the first, issued a few seconds apart during it.
    day_of = f"(i - 1) / {per_day}"
    issued = _time(d, ":first", f"{day_of} * 86400 + 3600 + ((i - 1) % {per_day}) * 10")
    called = _time(d, ":first", f"{day_of} * 86400 + 3600 + ((i - 1) % {per_day}) * 10 + 300")
    done = _time(d, ":first", f"{day_of} * 86400 + 3600 + ((i - 1) % {per_day}) * 10 + 600")
    business = (f"date(:first, '+' || ({day_of}) || ' days')" if d == "sqlite"
                else f"(CAST(:first AS date) + ({day_of}))")
    number = "'H' || lpad(CAST(i AS TEXT), 6, '0')" if d == "postgresql" else "'H' || printf('%06d', i)"
    events_per_ticket = n_events / n_tickets
    _sql(hall, [
        f"INSERT INTO tickets (number, service, business_date, sequence, token, priority, state, channel, "
        f"issued_at, queued_at, called_at, started_at, finished_at, counter, staff, recalls, head_of_queue) "
        f"SELECT {number}, {_service('i')}, {business}, i, {_token(d, 'i', 2)}, 'normal', 'done', 'kiosk', "
        f"{issued}, {issued}, {called}, {called}, {done}, 1 + i % {COUNTERS}, 'li', 0, false "
        f"FROM {_series(d, n_tickets)}",
        # Event e is about ticket 1 + (e - 1) / k, k events per ticket: issued, called,
        # finished, called, … — in time order.
        "INSERT INTO events (at, type, version, ticket_id, ticket_number, service, counter, staff, payload) "
        "SELECT CASE (s.i - 1) % 3 WHEN 0 THEN t.issued_at WHEN 1 THEN t.called_at ELSE t.finished_at END, "
        "CASE (s.i - 1) % 3 WHEN 0 THEN 'ticket_issued' WHEN 1 THEN 'ticket_called' ELSE 'ticket_finished' END, "
        "1, t.id, t.number, t.service, t.counter, 'li', '{}' "
        f"FROM {_series(d, n_events)} JOIN tickets t ON t.id = 1 + CAST((s.i - 1) / {events_per_ticket} AS INTEGER) "
        "ORDER BY s.i",
    ], first=_ts(hall, first), today=today)
    if not hall.db.is_sqlite:
        _sql(hall, ["ANALYZE"])


# -- the actions ------------------------------------------------------------------------

def actions(hall: Hall) -> dict:
    from queuedesk.desk.rules import ALL_PARTS
    from queuedesk.desk.session import load as desk_load
    from queuedesk.kiosk.session import figures as kiosk_figures
    from queuedesk.operations.lobby import lobby_snapshot

    def status():
        return queries.services_status(hall), queries.counters_status(hall)

    # A customer of the morning follows their ticket from a phone, with an "almost your
    # turn" text asked for: their page, and the page server's look for notices now due.
    with hall.read() as uow:
        followed = max((t for t in uow.tickets.in_states(TicketState.WAITING, day=hall.today())
                        if t.service == "B" and not t.number.startswith("Q")), key=lambda t: t.id)
    notices.request_notice(hall, followed.token, "13800138000", 3, "zh_CN")

    return {
        "issue": lambda: tickets.issue_ticket(hall, "A", channel=Channel.KIOSK),
        "call next": lambda: calling.call_next(hall, 3),
        "status": status,
        "display start": lambda: lobby_snapshot(hall, 6),
        "desk refresh": lambda: desk_load(hall, 1, "li", ALL_PARTS),
        "kiosk refresh": lambda: kiosk_figures(hall),
        "ticket page": lambda: follow.ticket_page(hall, followed.token),
        "notices due": lambda: notices.queue_due_notices(hall),
    }


def cli_status_ms(url: str, runs: int = 5) -> float:
    exe = os.path.join(os.path.dirname(sys.executable), "queuedesk")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([exe, "--db", url, "status"], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--queue", type=int, default=100_000)
    parser.add_argument("--tickets", type=int, default=300_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    sets = ("nearly empty", f"{args.queue:,} waiting", f"{args.tickets:,} tickets + {args.events:,} events")
    print(f"scaling: {args.repeat} runs per action and data set (load {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores)", flush=True)
    with databases(tuple(args.databases.split(","))) as kinds:
        for kind, new_url in kinds:
            halls, urls = {}, {}
            for name in sets:
                urls[name] = new_url()
                t0 = time.perf_counter()
                hall = prepared(urls[name])
                if name == sets[2]:
                    long_history(hall, args.tickets, args.events)
                if name == sets[1]:
                    long_queue(hall, args.queue)
                morning(hall)
                halls[name] = hall
                print(f"  {kind}: built {name} in {time.perf_counter() - t0:.1f} s", flush=True)
            runs = {name: actions(hall) for name, hall in halls.items()}
            timings: dict[tuple, list] = {}
            for _ in range(args.repeat):
                for action in runs[sets[0]]:
                    for name in sets:
                        t0 = time.perf_counter()
                        runs[name][action]()
                        timings.setdefault((action, name), []).append(time.perf_counter() - t0)
            print(f"\n{kind}: p50 / p95 ms ({os.getloadavg()[0]:.1f} load); ratio = p50 over the nearly "
                  "empty hall's (the baseline), the larger of the two data sets")
            print(f"{'action':<15} " + " ".join(f"{name:>34}" for name in sets) + "   ratio")
            for action in runs[sets[0]]:
                p50 = [percentile(timings[(action, name)], 50) * 1000 for name in sets]
                p95 = [percentile(timings[(action, name)], 95) * 1000 for name in sets]
                ratio = max(m / p50[0] for m in p50[1:])
                print(f"{action:<15} " + " ".join(f"{f'{a:.2f} / {b:.2f}':>34}" for a, b in zip(p50, p95))
                      + f"   {ratio:>5.2f}")
            cli = [cli_status_ms(urls[name]) for name in sets]
            print(f"{'status (CLI)':<15} " + " ".join(f"{m:>34.0f}" for m in cli) + "   wall ms, whole process",
                  flush=True)
            for hall in halls.values():
                hall.db.dispose()


if __name__ == "__main__":
    main()
