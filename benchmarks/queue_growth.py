"""What a long queue costs the engine: the simulated day of an overloaded bank on the
real engine, timing every issue and call against the queue waiting at that moment.

    .venv/bin/python benchmarks/queue_growth.py [--arrivals 120] [--hours 6] [--sqlite-only]

The bank sample on 4 counters at 120 customers an hour is three times overloaded, so
the queue grows all day (to several hundred) and drains in the night. Issuing a ticket
counts its place instead of reading the queue (a count below each routing group's
bound: routing.group_bound, the store's queue_reading) and calling reads only the head
of each queue (call_candidates), so neither should cost more the longer the queue.
Prints the median and 95th percentile per queue length, and the whole day's time. (The
kiosk's and the desk's reads use kept counts and the head of the queue too: issue 12.)
"""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from _common import databases, percentile

from queuedesk.config import Config
from queuedesk.simulation import layout, plans, profile, study
from queuedesk.simulation.customers import Profile
from queuedesk.simulation.engine import EngineHall

BUCKETS = (0, 50, 100, 200, 400, 800, 1600, 10 ** 9)


class Timed(EngineHall):
    """The engine hall, timing each use case against the queue at that moment."""

    waiting = 0
    issues: list[tuple[int, float]] = []
    calls: list[tuple[int, float]] = []

    def issue(self, code, priority):
        t0 = time.perf_counter()
        issued = super().issue(code, priority)
        Timed.issues.append((Timed.waiting, time.perf_counter() - t0))
        Timed.waiting += 1
        return issued

    def call_next(self, number):
        t0 = time.perf_counter()
        called = super().call_next(number)
        Timed.calls.append((Timed.waiting, time.perf_counter() - t0))
        if called:
            Timed.waiting -= 1
        return called


def table(rows: list[tuple[int, float]]) -> list[str]:
    out = []
    for low, high in zip(BUCKETS, BUCKETS[1:]):
        times = [t for n, t in rows if low <= n < high]
        if times:
            out.append(f"{low}–{high - 1 if high < 10 ** 9 else '…'}: p50 {percentile(times, 50) * 1000:.1f} ms, "
                       f"p95 {percentile(times, 95) * 1000:.1f} ms (n={len(times)})")
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--arrivals", type=float, default=120)
    parser.add_argument("--hours", type=float, default=6)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    bank = layout.from_sample("bank").with_counters(4)
    times = profile.service_times(bank.services, "lognormal")
    day = Profile.flat(args.arrivals, bank.mix, 9 * 60, args.hours).only(bank.served)
    the_study = study.Study(plans.hall_day(bank, day, times), 1, seed=1)
    import queuedesk.simulation.study as study_module
    study_module.EngineHall = Timed          # the same day, timed
    with databases(("sqlite",) if args.sqlite_only else ("sqlite", "postgresql")) as kinds:
        for kind, new_url in kinds:
            Timed.waiting, Timed.issues, Timed.calls = 0, [], []
            t0 = time.perf_counter()
            run = study.run_on_engine(the_study, Config(), date(2026, 11, 30), new_url())[0]
            took = time.perf_counter() - t0
            print(f"\n{kind}: {len(run.legs)} customers, the queue at most {max(n for n, _ in Timed.issues)}, "
                  f"{took:.0f} s in all ({took / len(run.legs) * 1000:.0f} ms a customer)")
            print("  issue a ticket, by people already waiting:")
            print("\n".join("    " + line for line in table(Timed.issues)))
            print("  call next, by people waiting:")
            print("\n".join("    " + line for line in table(Timed.calls)))
            early = [t for n, t in Timed.issues if n < 50]
            late = [t for n, t in Timed.issues if n >= 400]
            if early and late:
                print(f"  issue with ≥ 400 waiting / with < 50: × {statistics.median(late) / statistics.median(early):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
