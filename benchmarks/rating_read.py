"""What the desk reads after every visit a teller finishes, on a busy day: its ratings
(operations.ratings.teller_day: the day's figures, the newest rating, what 请评价 would
ask about), beside the teller's other figures of the day (queries.teller_today).

    .venv/bin/python benchmarks/rating_read.py [--visits 1000]

The sample bank's six tellers serve `--visits` customers (the busy hall of the domain
notes), four in five rate their visit; then each read is timed 50 times for one teller.
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone

from _common import databases, summary_ms

from queuedesk.config import Config
from queuedesk.demo.command import DEMO_PASSWORD
from queuedesk.operations import calling, counters, queries, ratings, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database

TELLERS = ((1, "li", "A"), (2, "wang", "A"), (3, "zhang", "B"), (4, "liu", "C"), (5, "chen", "D"), (6, "zhao", "V"))


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 23, 0, 30, tzinfo=timezone.utc)   # 08:30 in Shanghai

    def __call__(self):
        return self.now


def busy_day(url: str, visits: int) -> Hall:
    db = Database(url)
    migrate.upgrade(db)
    clock = Clock()
    hall = Hall(db, Config(), clock)
    setup.load_sample(hall, "bank", password=DEMO_PASSWORD)
    for number, user, _code in TELLERS:
        counters.sign_in(hall, user, DEMO_PASSWORD, number)
    rng = random.Random(13)
    for i in range(visits):
        number, user, code = TELLERS[i % len(TELLERS)]
        tickets.issue_ticket(hall, code)
        calling.call_next(hall, number, staff=user)
        served = calling.finish(hall, number, staff=user)
        if rng.random() < 0.8:
            ratings.rate_visit(hall, served.id, rng.choice((5, 5, 5, 4, 4, 3, 2, 1)))
        clock.now += timedelta(seconds=30)
    return hall


def timed(fn, n: int = 50) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1000)
    args = parser.parse_args()
    with databases() as kinds:
        for kind, new_url in kinds:
            hall = busy_day(new_url(), args.visits)
            mine = timed(lambda: ratings.teller_day(hall, "li", 1))
            baseline = timed(lambda: queries.teller_today(hall, "li"))
            figures = ratings.day_figures(hall)
            print(f"{kind:<11} {args.visits} visits, evaluation {figures.evaluation_rate:.1%}, "
                  f"satisfaction {figures.satisfaction_rate:.1%}")
            print(f"  ratings read (teller_day)   {summary_ms(mine)}")
            print(f"  baseline (teller_today)     {summary_ms(baseline)}")
            hall.db.dispose()


if __name__ == "__main__":
    main()
