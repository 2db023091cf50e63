"""A month of a million tickets: how long `queuedesk report` takes, and its peak memory.

    .venv/bin/python benchmarks/report_speed.py [--tickets 1000000] [--counters N]
                                                [--sqlite-only] [--keep FILE]

Builds the bank sample with enough counters for the busiest day (or `--counters`), a
teller each, then a month of tickets (last calendar month, so every day is over) in bulk
— executemany on SQLite, COPY on PostgreSQL — with a morning peak, quieter weekends, a
month-end peak, customers who give up, no-shows and transfers, and every counter's
opening, lunch pause and closing in the event log. Then it times, on each database:

- summarising the month's days (done once: `day close` or the first report of a past day);
- `queuedesk report --period month --by teller` and `--by hour` as a command, start to
  finish, and its peak memory (the targets: ≤ 1 s, ≤ 200 MB);
- the baseline: the same month added up live from the tickets, without the summaries.

`--keep FILE` keeps the SQLite database (e.g. with --tickets 25000 --counters 8 for a
realistic month to make the README's PDF picture from).
"""
from __future__ import annotations

import argparse
import heapq
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from _common import ROOT, databases

from queuedesk.config import Config
from queuedesk.demo.command import DEMO_PASSWORD
from queuedesk.domain import events as catalogue
from queuedesk.domain.model import Role
from queuedesk.domain.periods import Period, period
from queuedesk.operations import reports, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database

TZ = ZoneInfo("Asia/Shanghai")
OPENS, CLOSES = clock_time(8, 30), clock_time(17, 0)
#: Arrivals per half hour from 08:30 (relative): the morning peak before 10:00, a lunch dip.
PROFILE = [1.6, 2.0, 2.0, 1.7, 1.4, 1.2, 1.0, 0.8, 0.7, 0.8, 1.0, 1.1, 1.1, 1.0, 0.9, 0.8, 0.6]
TARGET_S = 1.0
#: A customer who would wait longer leaves.
PATIENCE = timedelta(minutes=90)
TARGET_MB = 200


def last_month(today: date) -> Period:
    return period("month", today.replace(day=1) - timedelta(days=1))


def day_weights(days: list[date], rng: random.Random) -> list[float]:
    weights = []
    for d in days:
        w = {5: 0.6, 6: 0.4}.get(d.weekday(), 1.0) * rng.uniform(0.85, 1.15)
        if (days[-1] - d).days < 3:
            w *= 1.5                       # month-end peak: salaries, bills
        weights.append(w)
    return weights


def hall_with_counters(url: str, counters_n: int) -> Hall:
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    setup.load_sample(hall, "bank", password=DEMO_PASSWORD)
    have = {n for n, _ in setup.SAMPLES["bank"]["counters"]}
    for n, codes in serving_of(counters_n).items():
        if n not in have:
            setup.add_counter(hall, n, codes)
    sample_users = {u for u, _, _ in setup.SAMPLES["bank"]["staff"]}
    for user in tellers(counters_n):
        if user not in sample_users:
            setup.add_staff(hall, user, Role.TELLER, DEMO_PASSWORD, name=f"柜员{user[1:]}")
    return hall


def counters_needed(tickets_n: int, days: int) -> int:
    """Counters that serve a month's busiest days without the queue running away."""
    busiest = tickets_n / days * 1.5
    return max(6, math.ceil(busiest * 6.5 / (8 * 60 * 0.85)))


class _Counters:
    """Which counter is free first, per service (heaps, stale entries skipped)."""

    def __init__(self, serving: dict[int, list[str]], opening: datetime, pauses: dict[int, tuple]):
        self.free = {n: opening for n in serving}
        self.serving, self.pauses = serving, pauses
        self.heaps = {code: [] for codes in serving.values() for code in codes}
        for n, codes in serving.items():
            for code in codes:
                heapq.heappush(self.heaps[code], (opening, n))

    def first_free(self, code: str) -> tuple[int, datetime]:
        heap = self.heaps[code]
        while heap[0][0] != self.free[heap[0][1]]:
            heapq.heappop(heap)
        return heap[0][1], heap[0][0]

    def start(self, n: int, at: datetime) -> datetime:
        """When counter n can call someone who is there at `at` (not during its pause)."""
        begin = max(at, self.free[n])
        pause_from, pause_to = self.pauses[n]
        return pause_to if pause_from <= begin < pause_to else begin

    def busy_until(self, n: int, end: datetime) -> None:
        self.free[n] = end
        for code in self.serving[n]:
            heapq.heappush(self.heaps[code], (end, n))


def generate(span, tickets_n: int, counters_n: int, seed: int):
    """(ticket rows, event rows) for the month, instants as aware UTC.

    Each day's customers queue for the counter free first that serves their business (a
    teller takes up to a minute to call the next one); a customer who would wait more
    than PATIENCE leaves; some never come when called; some are sent on to another
    service; every counter pauses about 45 minutes at lunch."""
    rng = random.Random(seed)
    sample = setup.SAMPLES["bank"]
    services = {code: (prefix, expected) for code, _n, prefix, _t, _mx, expected in sample["services"]}
    mix = sample["mix"]
    serving = serving_of(counters_n)
    users = tellers(counters_n)
    days = span.days()
    weights = day_weights(days, rng)
    per_day = [round(tickets_n * w / sum(weights)) for w in weights]
    tickets, events = [], []
    ticket_id = 0
    codes, shares = list(mix), list(mix.values())
    for day, count in zip(days, per_day, strict=True):
        opening = datetime.combine(day, OPENS, tzinfo=TZ).astimezone(timezone.utc)
        lunch = datetime.combine(day, clock_time(11, 45), tzinfo=TZ).astimezone(timezone.utc)
        pauses = {}
        for n in serving:
            start = lunch + timedelta(minutes=rng.uniform(0, 60))
            pauses[n] = (start, start + timedelta(minutes=45))
        desks = _Counters(serving, opening, pauses)
        sequence = {code: 0 for code in services}
        arrivals = sorted(opening + timedelta(minutes=30 * rng.choices(range(len(PROFILE)), PROFILE)[0]
                                              + rng.uniform(0, 30)) for _ in range(count))
        for queued in arrivals:
            code = rng.choices(codes, shares)[0]
            prefix, expected = services[code]
            sequence[code] += 1
            ticket_id += 1
            base = dict(id=ticket_id, number=f"{prefix}{sequence[code]:03d}", service=code, business_date=day,
                        sequence=sequence[code], token=f"{ticket_id:032x}", priority="normal", channel="kiosk",
                        issued_at=queued, queued_at=queued, called_at=None, started_at=None, finished_at=None,
                        counter=None, staff=None, recalls=0, note=None, transferred_from=None,
                        target_counter=None, head_of_queue=False, estimated_wait_min=None, first_called_at=None)
            n, _free = desks.first_free(code)
            called = desks.start(n, queued) + timedelta(seconds=rng.uniform(5, 60))
            if called - queued > PATIENCE:                       # gave up before being called
                tickets.append({**base, "state": "cancelled",
                                "finished_at": queued + PATIENCE * rng.uniform(0.4, 1.0)})
                continue
            service = timedelta(minutes=max(0.5, rng.lognormvariate(math.log(expected) - 0.1, 0.45)))
            leg = {**base, "called_at": called, "first_called_at": called, "started_at": called,
                   "counter": n, "staff": users[n - 1]}
            roll = rng.random()
            if roll < 0.03:                                      # never came
                end = called + timedelta(minutes=1)
                tickets.append({**leg, "state": "no_show", "recalls": 3, "started_at": None, "finished_at": end})
                desks.busy_until(n, end)
            elif roll < 0.045:                                   # sent on to another service
                handed = called + service / 2
                tickets.append({**leg, "state": "transferred", "finished_at": handed})
                desks.busy_until(n, handed)
                other = "B" if code != "B" else "A"
                second, _ = desks.first_free(other)
                recalled = desks.start(second, handed) + timedelta(seconds=rng.uniform(5, 60))
                end = recalled + service
                ticket_id += 1
                tickets.append({**base, "id": ticket_id, "token": f"{ticket_id:032x}", "service": other,
                                "queued_at": handed, "head_of_queue": True, "transferred_from": ticket_id - 1,
                                "state": "done", "called_at": recalled, "first_called_at": recalled,
                                "started_at": recalled, "finished_at": end, "counter": second,
                                "staff": users[second - 1]})
                desks.busy_until(second, end)
            else:
                end = called + service
                tickets.append({**leg, "state": "done", "finished_at": end})
                desks.busy_until(n, end)
        for n in serving:
            who = users[n - 1]
            closing = max(desks.free[n], datetime.combine(day, CLOSES, tzinfo=TZ).astimezone(timezone.utc))
            pause_from, pause_to = pauses[n]
            for kind, at in ((catalogue.StaffSignedIn, opening), (catalogue.CounterOpened, opening),
                             (catalogue.CounterPaused, pause_from), (catalogue.CounterResumed, pause_to),
                             (catalogue.CounterClosed, closing), (catalogue.StaffSignedOut, closing)):
                payload = '{"reason": "break"}' if kind is catalogue.CounterPaused else "{}"
                events.append({"at": at, "type": kind.type, "version": kind.version, "counter": n, "staff": who,
                               "payload": payload})
    events.sort(key=lambda e: e["at"])
    return tickets, events


def serving_of(counters_n: int) -> dict[int, list[str]]:
    """The bank sample's counters, and more like them."""
    patterns = [codes.split(",") for _n, codes in setup.SAMPLES["bank"]["counters"]]
    return {n: patterns[(n - 1) % len(patterns)] for n in range(1, counters_n + 1)}


def tellers(counters_n: int) -> list[str]:
    """One teller per counter: the sample's, then t07, t08 …"""
    users = [u for u, _, _ in setup.SAMPLES["bank"]["staff"]]
    return (users + [f"t{n:02d}" for n in range(len(users) + 1, counters_n + 1)])[:max(counters_n, len(users))]


TICKET_COLUMNS = ["id", "number", "service", "business_date", "sequence", "token", "priority", "state", "channel",
                  "issued_at", "queued_at", "called_at", "started_at", "finished_at", "counter", "staff", "recalls",
                  "note", "transferred_from", "target_counter", "head_of_queue", "estimated_wait_min",
                  "first_called_at"]
EVENT_COLUMNS = ["at", "type", "version", "counter", "staff", "payload"]


def _sqlite_value(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def bulk_insert(hall: Hall, tickets: list[dict], events: list[dict]) -> None:
    if hall.db.is_sqlite:
        conn = hall.db.sqlite_connection()
        conn.execute("PRAGMA synchronous=OFF")       # a benchmark's data, not a hall's
        with conn:
            conn.executemany(f"INSERT INTO tickets ({', '.join(TICKET_COLUMNS)}) VALUES "
                             f"({', '.join('?' * len(TICKET_COLUMNS))})",
                             ([_sqlite_value(t[c]) for c in TICKET_COLUMNS] for t in tickets))
            conn.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                             f"({', '.join('?' * len(EVENT_COLUMNS))})",
                             ([_sqlite_value(e[c]) for c in EVENT_COLUMNS] for e in events))
        conn.execute("ANALYZE")
        conn.close()
        return
    raw = hall.db.engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()
        with cur.copy(f"COPY tickets ({', '.join(TICKET_COLUMNS)}) FROM STDIN") as copy:
            for t in tickets:
                copy.write_row([t[c] for c in TICKET_COLUMNS])
        with cur.copy(f"COPY events ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
            for e in events:
                copy.write_row([e[c] for c in EVENT_COLUMNS])
        cur.execute("SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT max(id) FROM tickets))")
        raw.driver_connection.commit()
        raw.driver_connection.autocommit = True
        cur.execute("ANALYZE")
    finally:
        raw.close()


# Commands are started from this small process, started before the month is generated:
# Linux carries a process's peak memory across exec, so a child of this (large) script
# would report this script's size as its own.
LAUNCHER = r"""
import json, os, subprocess, sys, time
for line in sys.stdin:
    args = json.loads(line)
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    print(json.dumps([elapsed, usage.ru_maxrss / 1024, status, proc.stderr.read().decode()]), flush=True)
"""


class Launcher:
    def __init__(self):
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.proc = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)

    def run(self, *args: str) -> tuple[float, float]:
        """Seconds and peak MB of `python -m queuedesk ARGS`, start to finish."""
        self.proc.stdin.write(json.dumps([sys.executable, "-m", "queuedesk", *args]) + "\n")
        self.proc.stdin.flush()
        elapsed, peak, status, err = json.loads(self.proc.stdout.readline())
        if status != 0:
            raise SystemExit(f"queuedesk {' '.join(args)} failed: {err}")
        return elapsed, peak

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def report_work(url: str, span, grouping: str) -> float:
    """The report itself, in this process: what is left once Python and its libraries are loaded."""
    from queuedesk.reports import terminal

    hall = Hall(Database(url), Config())
    started = time.perf_counter()
    terminal.render(reports.build(hall, span, (grouping,)), "zh_CN")
    elapsed = time.perf_counter() - started
    hall.db.dispose()
    return elapsed


def live_baseline(hall: Hall, span, grouping: str) -> float:
    """The month added up live from the tickets (no summaries): why the summaries exist."""
    from queuedesk.domain.periods import utc_bounds, utc_offsets

    offsets = utc_offsets(*utc_bounds(span.first, span.last, TZ), TZ)
    started = time.perf_counter()
    with hall.read() as uow:
        targets = {c: s.target_wait_min for c, s in uow.services.all().items()}
        uow.figures.cells((grouping,), None, (span.first, span.last), offsets, targets)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--counters", type=int, help="default: as many as the busiest day needs")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--keep", metavar="FILE", help="keep the SQLite database here")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each report (the median is shown)")
    args = parser.parse_args()
    span = last_month(datetime.now(TZ).date())
    launcher = Launcher()
    args.counters = args.counters or counters_needed(args.tickets, len(span))
    started = time.perf_counter()
    tickets, events = generate(span, args.tickets, args.counters, args.seed)
    print(f"{span.first:%B %Y}: {len(tickets):,} ticket legs ({args.tickets:,} asked), {len(events):,} counter "
          f"events, {args.counters} counters; generated in {time.perf_counter() - started:.1f} s")
    startup = statistics.median(launcher.run("--version")[0] for _ in range(3))
    print(f"start-up of any command (queuedesk --version: Python, SQLAlchemy, the CLI): {startup:.2f} s")
    kinds = ("sqlite",) if args.sqlite_only or args.keep else ("sqlite", "postgresql")
    with databases(kinds) as dbs:
        for kind, make_url in dbs:
            url = make_url()
            hall = hall_with_counters(url, args.counters)
            started = time.perf_counter()
            bulk_insert(hall, tickets, events)
            loaded = time.perf_counter() - started
            hall.clock = lambda: datetime.combine(span.last + timedelta(days=1), clock_time(9), tzinfo=TZ)
            started = time.perf_counter()
            reports.summarise_days(hall, span.days())
            summarised = time.perf_counter() - started
            print(f"\n{kind}: loaded in {loaded:.1f} s; {len(span)} days summarised in {summarised:.1f} s "
                  f"({summarised / len(span) * 1000:.0f} ms a day, once)")
            for grouping in ("teller", "hour"):
                runs = [launcher.run("--db", url, "report", "--period", "month", "--date", span.first.isoformat(),
                                     "--by", grouping) for _ in range(args.runs)]
                seconds = statistics.median(r[0] for r in runs)
                memory = max(r[1] for r in runs)
                work = statistics.median(report_work(url, span, grouping) for _ in range(args.runs))
                baseline = live_baseline(hall, span, grouping)
                verdict = "ok" if seconds <= TARGET_S and memory <= TARGET_MB else "OVER TARGET"
                print(f"  report --period month --by {grouping:<6} {seconds:5.2f} s  peak {memory:4.0f} MB  "
                      f"[{verdict}; target ≤ {TARGET_S:g} s, ≤ {TARGET_MB} MB]  the report's own work "
                      f"{work:4.2f} s;  baseline, live from the tickets: {baseline:5.2f} s")
            hall.db.dispose()
            if args.keep and kind == "sqlite":
                conn = hall.db.sqlite_connection()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # everything in the one file
                conn.close()
                shutil.copy(hall.db.sqlite_path, args.keep)
                print(f"  kept: {args.keep}")
    launcher.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
