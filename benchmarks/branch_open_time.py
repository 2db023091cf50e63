"""Today's counters' open time at a head office with many branches: every branch read at
once (`operations.reports.open_times`, what a report of today and a day's summary do)
against branch by branch (`open_time` per branch, as they did before), in the same run.

    .venv/bin/python benchmarks/branch_open_time.py [--branches 10,100,300] [--rounds 3]

One PostgreSQL database holds a hall's busy day (three counters opened, paused and closed
at random, tests/operations/test_reports.py's `random_day`) copied under N branch codes,
as a head office holds its branches' rows. Prints the medians in ms.
"""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime, timezone

from _common import databases

from queuedesk.operations import reports
from tests.operations.test_reports import MONDAY, random_day
from tests.support.branches import copied_under
from tests.support.halls import Clock, three_counter_hall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--branches", default="10,100,300")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{'branches':>8} | {'branch by branch':>16} | {'all at once':>11} | ratio")
    with databases(("postgresql",)) as kinds:
        for n in (int(x) for x in args.branches.split(",")):
            _kind, new_url = kinds[0]
            clock = Clock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))
            hall = three_counter_hall(new_url(), clock)
            random_day(hall, clock, 2)
            codes = [f"X{i}" for i in range(1, n + 1)]
            copied_under(hall, codes)
            with hall.db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
            tz, now = hall.config.timezone, clock.now
            apart, together = [], []
            for _ in range(args.rounds):
                t = time.perf_counter()
                with hall.read() as uow:
                    one_by_one = {code: reports.open_time(uow, [MONDAY], tz, now, code) for code in codes}
                apart.append(time.perf_counter() - t)
                t = time.perf_counter()
                with hall.read() as uow:
                    at_once = reports.open_times(uow, [MONDAY], tz, now, codes)
                together.append(time.perf_counter() - t)
                assert at_once == one_by_one
            a, b = statistics.median(apart) * 1e3, statistics.median(together) * 1e3
            print(f"{n:>8} | {a:>13.0f} ms | {b:>8.0f} ms | {a / b:4.1f}×", flush=True)
            hall.db.dispose()


if __name__ == "__main__":
    main()
