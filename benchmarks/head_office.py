"""A busy branch and a head office on PostgreSQL logical replication: WAL, ingest, outages.

    .venv/bin/python benchmarks/head_office.py [--per-hour 600] [--backlog-minutes 240]
                                               [--outages 30,120] [--clones 10] [--lag-samples 200]

Two throw-away servers on this machine: a branch (wal_level = logical) and a head office
that subscribes to it. The branch's traffic is a busy hall's: `--per-hour` customers an
hour, eight counters whose tellers call, start and finish (every fifth customer never
comes forward), and eight desks renewing their lease every 15 s, all through the use
cases, on a simulated clock, with a CHECKPOINT every five simulated minutes (as
checkpoint_timeout does) so the WAL counts its full-page writes. It prints:

- WAL the branch writes per ticket and per hour: how long an outage it survives for a
  given max_slot_wal_keep_size;
- replication lag while the line is up: from a branch's commit to the row at head
  office, p50/p95, beside the same poller seeing the row at the branch itself (the
  measurement's own floor, the baseline), with the other branch idle and then busy;
- head office's ingest rate per branch (events/s and row changes/s applied by one
  subscription's worker, from its first applied row to its last), from a backlog kept
  while the subscription was disabled, with and without head office's stale-summary
  triggers (the baseline), and two branches at once;
- catch-up time after an outage of N minutes at that traffic (head office's server
  stopped, then started: from its start to holding the branch's last event);
- head office's cost per branch-day: disk, summarising for the reports, and a month's
  report by branch over `--clones` copies of the branch beside the same report of one
  branch (the baseline). docs/scale.md uses these.
"""
from __future__ import annotations

import argparse
import os
import statistics
import threading
import time
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from _common import ROOT, percentile  # noqa: F401  (ROOT puts tests.support on the path)

from queuedesk.config import Config
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Role
from queuedesk.domain.periods import period
from queuedesk.operations import branches, calling, counters, head_office, reports, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate, publication
from queuedesk.store.database import Database
from tests.support.halls import Clock, names
from tests.support.postgres import Cluster

COUNTERS = 8
LEASE_EVERY_S = 15
CHECKPOINT_EVERY_MIN = 5
BRANCH_SETTINGS = {"wal_level": "logical", "max_slot_wal_keep_size": "16GB"}
HEAD_OFFICE_SETTINGS = {"max_logical_replication_workers": "8", "max_worker_processes": "16"}
#: A month ago, a Monday 09:00 in Shanghai: the branch's days are over when head office reports.
START = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)


class Branch:
    """A busy hall with eight tellers signed in, on a simulated clock."""

    def __init__(self, url: str, code: str, clock: Clock):
        db = Database(url)
        migrate.upgrade(db)
        self.clock = clock
        self.hall = Hall(db, Config({"hall.call_next_on_called": "no_show"}), clock)
        for code_, zh, minutes in (("A", "个人现金业务", 4), ("B", "个人非现金业务", 6), ("C", "对公业务", 10)):
            setup.add_service(self.hall, _service(code_, zh, minutes))
        for n in range(1, COUNTERS + 1):
            setup.add_counter(self.hall, n, ["A", "B", "C"] if n <= 6 else ["C", "B"])
            setup.add_staff(self.hall, f"t{n}", Role.TELLER, "secret", name=f"柜员{n}")
            counters.sign_in(self.hall, f"t{n}", "secret", n)
        branches.set_branch(self.hall, code, f"{code} 支行")
        self.issued = 0
        self._next_lease = clock.now
        self._next_checkpoint = clock.now

    def traffic(self, minutes: float, per_hour: int, checkpoints: bool = True) -> int:
        """`minutes` of a busy hall; how many tickets were issued."""
        gap = timedelta(hours=1) / per_hour
        end = self.clock.now + timedelta(minutes=minutes)
        issued = 0
        while self.clock.now < end:
            tickets.issue_ticket(self.hall, "ABCAB"[self.issued % 5])
            counter = 1 + self.issued % COUNTERS
            try:
                called = calling.call_next(self.hall, counter, staff=f"t{counter}")
                if called is not None and self.issued % 5 != 4:
                    calling.start_service(self.hall, counter, staff=f"t{counter}")
            except QueueError:
                pass
            self.issued += 1
            issued += 1
            self.clock.now += gap
            while self._next_lease <= self.clock.now:
                for n in range(1, COUNTERS + 1):
                    counters.renew_lease(self.hall, f"t{n}", n)
                self._next_lease += timedelta(seconds=LEASE_EVERY_S)
            if checkpoints and self._next_checkpoint <= self.clock.now:
                self.sql("CHECKPOINT")
                # From now, not from the last one: after a stretch without checkpoints (the
                # ingest backlogs) a catch-up run of them would make every write a full page.
                self._next_checkpoint = self.clock.now + timedelta(minutes=CHECKPOINT_EVERY_MIN)
        return issued

    def sql(self, statement: str):
        with self.hall.db.engine.connect() as conn:
            result = conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text(statement))
            return result.scalar() if result.returns_rows else None

    def lsn(self) -> str:
        return self.sql("SELECT pg_current_wal_lsn()::text")

    def wal_since(self, lsn: str) -> int:
        return int(self.sql(f"SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '{lsn}')"))

    def last_event(self) -> int:
        return int(self.sql("SELECT coalesce(max(id), 0) FROM events"))


def _service(code: str, zh: str, minutes: float):
    from queuedesk.domain.model import Service
    return Service(code, names(zh, code), code, expected_service_min=minutes)


def hq_sql(hq: Hall, statement: str, params=None):
    with hq.db.engine.connect() as conn:
        result = conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text(statement), params or {})
        return result.scalar() if result.returns_rows else None


def applied_changes(hq: Hall) -> int:
    tables = ", ".join(f"'{t}'" for t in publication.CURRENT)
    return int(hq_sql(hq, f"SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables "
                          f"WHERE relname IN ({tables})"))


def held(hq: Hall, code: str) -> int:
    """Branch `code`'s newest event at head office (-1: head office's server still starting)."""
    try:
        return hq_sql(hq, "SELECT coalesce(max(id), 0) FROM events WHERE branch = :b", {"b": code})
    except Exception:       # noqa: BLE001
        hq.db.dispose()
        return -1


def wait_for(hq: Hall, code: str, event_id: int, timeout_s: float = 1800, poll_s: float = 0.05) -> float:
    """Seconds until head office holds branch `code`'s event `event_id`."""
    started = time.monotonic()
    while held(hq, code) < event_id:
        if time.monotonic() - started > timeout_s:
            raise SystemExit(f"head office did not catch up with {code} in {timeout_s} s")
        time.sleep(poll_s)
    return time.monotonic() - started


def lag(hq: Hall, branch: Branch, code: str, samples: int, per_hour: int, busy: Branch | None) -> tuple[list, list]:
    """`samples` commits at the branch, a few a second (each a ticket issued, called and
    started); seconds from each commit until a poller sees its last event at the branch
    itself (the floor) and at head office. `busy`: another branch working flat out meanwhile."""
    at_branch: list[tuple[float, int]] = []
    at_hq: list[tuple[float, int]] = []
    stop = threading.Event()

    def poll(seen, newest):
        while not stop.is_set():
            event = newest()
            seen.append((time.monotonic(), event))     # the moment the answer is in hand
            time.sleep(0.002)

    def work():
        while not stop.is_set():
            busy.traffic(1, per_hour, checkpoints=False)

    threads = [threading.Thread(target=poll, args=(at_branch, branch.last_event)),
               threading.Thread(target=poll, args=(at_hq, lambda: held(hq, code)))]
    threads += [threading.Thread(target=work)] if busy else []
    for t in threads:
        t.start()
    commits = []
    for _ in range(samples):
        branch.traffic(60 / per_hour / 60, per_hour, checkpoints=False)     # one customer
        commits.append((time.monotonic(), branch.last_event()))
        time.sleep(0.2)
    time.sleep(2.0)
    stop.set()
    for t in threads:
        t.join()
    def first_seen(seen, committed, event):
        return next(at for at, newest in seen if at >= committed and newest >= event) - committed

    return ([first_seen(at_branch, *c) for c in commits], [first_seen(at_hq, *c) for c in commits])


def subscription(hq: Hall, code: str) -> str:
    with hq.read() as uow:
        return uow.branches.get(code).subscription


def set_enabled(hq: Hall, codes: list[str], enabled: bool) -> None:
    """In one transaction: PostgreSQL 15's launcher starts workers at most every
    wal_retrieve_retry_interval, so one at a time would start the second 5 s late."""
    names = [subscription(hq, code) for code in codes]
    with hq.db.engine.begin() as conn:
        for name in names:
            conn.execute(sa.text(f"ALTER SUBSCRIPTION {name} {'ENABLE' if enabled else 'DISABLE'}"))


def wait_streaming(hq: Hall) -> None:
    deadline = time.monotonic() + 600
    while {s.state for s in head_office.statuses(hq)} != {head_office.STREAMING}:
        if time.monotonic() > deadline:
            raise SystemExit("the branches never reached streaming")
        time.sleep(0.5)


def triggers(hq: Hall, on: bool) -> None:
    for table in ("tickets", "events"):
        hq_sql(hq, f"ALTER TABLE {table} {'ENABLE ALWAYS' if on else 'DISABLE'} TRIGGER summary_stale")


def ingest(hq: Hall, group: list[Branch], codes: list[str], minutes: float, per_hour: int) -> tuple[float, int, int]:
    """A backlog of `minutes` at each branch while head office listens to none of them;
    then (seconds from the first row applied to the last, events, row changes)."""
    set_enabled(hq, codes, False)
    first = {code: b.last_event() for code, b in zip(codes, group, strict=True)}
    for b in group:
        b.traffic(minutes, per_hour, checkpoints=False)
    last = {code: b.last_event() for code, b in zip(codes, group, strict=True)}
    before = applied_changes(hq)
    set_enabled(hq, codes, True)
    # The clock starts at the first new row seen, not at ENABLE: the launcher's start-up
    # (up to a second or so) is not the ingest rate.
    deadline = time.monotonic() + 600
    while all(held(hq, code) <= first[code] for code in codes):
        if time.monotonic() > deadline:
            raise SystemExit("head office applied nothing of the backlog in 600 s")
        time.sleep(0.005)
    started = time.monotonic()
    waiters = [threading.Thread(target=wait_for, args=(hq, code, last[code]), kwargs={"poll_s": 0.01})
               for code in codes]
    for w in waiters:
        w.start()
    for w in waiters:
        w.join()
    took = time.monotonic() - started
    time.sleep(1.0)              # the statistics collector is a moment behind
    return took, sum(last[c] - first[c] for c in codes), applied_changes(hq) - before


def clone_branches(hq: Hall, code: str, count: int) -> list[str]:
    """Copies of branch `code`'s rows under other codes (C0001 …), as if `count` more
    branches had the same day."""
    clones = [f"C{n:04d}" for n in range(1, count + 1)]
    with hq.db.engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE tickets DISABLE TRIGGER summary_stale"))
        conn.execute(sa.text("ALTER TABLE events DISABLE TRIGGER summary_stale"))
        for table, spec in publication.CURRENT.items():
            columns = ", ".join(f'"{c}"' for c in spec.all if c != "branch")
            for clone in clones:
                conn.execute(sa.text(f'INSERT INTO "{table}" (branch, {columns}) SELECT :c, {columns} '
                                     f'FROM "{table}" WHERE branch = :b'), {"c": clone, "b": code})
        conn.execute(sa.text("ALTER TABLE tickets ENABLE ALWAYS TRIGGER summary_stale"))
        conn.execute(sa.text("ALTER TABLE events ENABLE ALWAYS TRIGGER summary_stale"))
    hq_sql(hq, "ANALYZE")
    return clones


def b1_tickets(minutes: float, per_hour: int) -> int:
    return round(minutes / 60 * per_hour)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-hour", type=int, default=600, help="customers an hour at the busy branch")
    parser.add_argument("--backlog-minutes", type=float, default=240, help="the backlog for the ingest rate")
    parser.add_argument("--outages", default="30,120", help="outages to time the catch-up of, in minutes")
    parser.add_argument("--clones", type=int, default=10, help="branches at head office for its per-day costs")
    parser.add_argument("--lag-samples", type=int, default=200, help="commits timed for the replication lag")
    args = parser.parse_args()
    per_hour = args.per_hour
    clusters = {"B01": Cluster(settings=BRANCH_SETTINGS), "B02": Cluster(settings=BRANCH_SETTINGS),
                "HQ": Cluster(settings=HEAD_OFFICE_SETTINGS)}
    starters = [threading.Thread(target=c.start) for c in clusters.values()]
    for t in starters:
        t.start()
    for t in starters:
        t.join()
    try:
        clock = Clock(START)
        b1 = Branch(clusters["B01"].create_database("hall"), "B01", clock)
        b2 = Branch(clusters["B02"].create_database("hall"), "B02", Clock(START))
        hq = Hall(Database(clusters["HQ"].create_database("hq")), Config())
        head_office.prepare(hq)
        for code in ("B01", "B02"):
            head_office.add_branch(hq, code, clusters[code].conninfo("hall"))
        wait_streaming(hq)
        print(f"a busy branch: {per_hour} customers an hour, {COUNTERS} counters, leases every {LEASE_EVERY_S} s, "
              f"a checkpoint every {CHECKPOINT_EVERY_MIN} simulated minutes\n")

        # -- WAL per ticket, and the outage a slot's allowance covers --------------------------------
        b1.traffic(10, per_hour)                              # warm: pages in place, first checkpoint
        lsn, issued = b1.lsn(), b1.issued
        wall = time.monotonic()
        hours = 1.0
        b1.traffic(60 * hours, per_hour)
        made = time.monotonic() - wall
        wal = b1.wal_since(lsn)
        tickets_made = b1.issued - issued
        per_ticket = wal / tickets_made
        per_hour_bytes = wal / hours
        print("WAL at the branch (everything it writes, full-page writes included)")
        print(f"  {per_ticket / 1024:8.1f} kB per ticket   {per_hour_bytes / 2**20:8.1f} MB per hour at {per_hour}/h   "
              f"(an hour of the hall simulated in {made:.0f} s)")
        print("  outage a branch survives before its slot is lost (max_slot_wal_keep_size ÷ WAL an hour):")
        for gigabytes in (1, 4, 16, 64):
            print(f"    {gigabytes:>3} GB → {gigabytes * 2**30 / per_hour_bytes:8.1f} h "
                  f"({gigabytes * 2**30 / per_hour_bytes / 10:6.1f} business days of 10 h)")
        wait_for(hq, "B01", b1.last_event())

        # -- replication lag, line up --------------------------------------------------------------------
        print(f"\nreplication lag with the line up: commit at B01 → its row seen ({args.lag_samples} commits, "
              f"each side polled by a thread of its own, 2 ms apart)")
        for label, busy in (("B02 idle", None), ("B02 working flat out", b2)):
            here, there = lag(hq, b1, "B01", args.lag_samples, per_hour, busy)
            print(f"  {label:22s} at the branch itself (baseline): p50 {percentile(here, 50) * 1000:6.1f} ms, "
                  f"p95 {percentile(here, 95) * 1000:6.1f} ms   at head office: p50 {percentile(there, 50) * 1000:6.1f} ms, "
                  f"p95 {percentile(there, 95) * 1000:6.1f} ms")
        wait_for(hq, "B02", b2.last_event())

        # -- ingest rate --------------------------------------------------------------------------------
        print(f"\ningest at head office: a backlog of {args.backlog_minutes:g} minutes of the busy branch "
              f"(subscription disabled, then enabled)")
        results = {}
        for label, with_triggers in (("without the stale-summary triggers (baseline)", False),
                                     ("with them (as shipped)", True)):
            triggers(hq, with_triggers)
            took, events, changes = ingest(hq, [b1], ["B01"], args.backlog_minutes, per_hour)
            results[with_triggers] = events / took
            print(f"  one branch, {label:45s} {events:7d} events in {took:6.1f} s: {events / took:8.0f} events/s, "
                  f"{changes / took:8.0f} row changes/s")
        triggers(hq, True)
        produced = b1.issued and (b1.last_event() / (b1.clock.now - START).total_seconds())
        print(f"  the busy branch itself writes {produced:.2f} events/s: one worker keeps up with "
              f"{results[True] / produced:,.0f} such branches")
        took, events, changes = ingest(hq, [b1, b2], ["B01", "B02"], args.backlog_minutes / 2, per_hour)
        print(f"  two branches at once (three servers on {os.cpu_count()} cores): {events} events in "
              f"{took:.1f} s: {events / took:.0f} events/s in all, {changes / took:.0f} row changes/s")

        # -- catch-up after an outage ----------------------------------------------------------------------
        print(f"\ncatch-up after head office was away (its server stopped; the branch at {per_hour}/h)")
        for minutes in (float(m) for m in args.outages.split(",")):
            clusters["HQ"].halt()
            lsn = b1.lsn()
            b1.traffic(minutes, per_hour)
            kept = b1.wal_since(lsn)
            last = b1.last_event()
            clusters["HQ"].resume()
            hq.db.dispose()
            took = wait_for(hq, "B01", last)
            print(f"  {minutes:5.0f} min outage ({b1_tickets(minutes, per_hour)} tickets): {kept / 2**20:7.1f} MB kept "
                  f"by the slot ({kept / 2**20 / minutes * 60:4.1f} MB an hour); caught up {took:6.1f} s after head office's "
                  f"server was back up")

        # -- head office's cost per branch-day -----------------------------------------------------------
        day = START.astimezone(Config().timezone).date()
        ticket_rows = hq_sql(hq, "SELECT count(*) FROM tickets WHERE branch = 'B01' AND business_date = :d", {"d": day})
        clones = clone_branches(hq, "B01", args.clones)
        size = hq_sql(hq, "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relname IN "
                          "('tickets', 'events')")
        branch_days = hq_sql(hq, "SELECT count(DISTINCT (branch, business_date)) FROM tickets")
        print(f"\nhead office, per branch-day ({ticket_rows} tickets on {day} at B01; {len(clones)} copies of B01)")
        print(f"  disk (tickets and events, with indexes): {size / branch_days / 2**20:.2f} MB per branch-day")
        started = time.monotonic()
        reports.summarise_days(hq, [day], ["B01", *clones])
        took = time.monotonic() - started
        print(f"  summarising one day of {len(clones) + 1} branches: {took:.1f} s "
              f"({took / (len(clones) + 1) * 1000:.0f} ms per branch-day)")
        started = time.monotonic()
        report = reports.build(hq, period("month", day), ("branch",))
        took = time.monotonic() - started
        print(f"  a month's report by branch over {len(report.rows)} branches, the first "
              f"(summarising the days still missing): {took:.2f} s")
        for label, chosen in (("one branch (baseline)", ["B01"]), (f"{len(report.rows)} branches", None)):
            timings = []
            for _ in range(5):
                started = time.monotonic()
                reports.build(hq, period("month", day), ("branch",), branches=chosen)
                timings.append(time.monotonic() - started)
            print(f"  … from the summaries, {label:22s} median of 5: {statistics.median(timings):.3f} s")
    finally:
        for cluster in clusters.values():
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
