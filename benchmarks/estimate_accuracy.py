"""How honest the promise on a ticket is: the estimate (domain/estimate.py) against the
waits that followed, across loads, beside the estimator it replaced.

    .venv/bin/python benchmarks/estimate_accuracy.py [--days 40] [--seed 7]

Cases: the textbook M/M/c queue (1, 3 and 6 counters) and the three sample halls at a
flat load of ρ = 0.5 … 0.95 of their counters, and each sample on its own day (the bank's
is overloaded at its 72/h morning peak). Over the customers promised a wait (not "no
wait", not "no counter open"): the mean absolute error as a share of their mean wait,
the bias (actual − promised: > 0 promised too little), and the share of waits inside
the range shown. The old estimator (people ahead × mean service ÷ counters, with its
range of −max(2 min, 20 %) … +max(3 min, 30 %)) is scored on the same customers, from
what each estimate was made of (the memory hall records it), so both see the same days.
Targets (issue 16): |bias| ≤ 0.5 min, coverage 75–85 %.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from queuedesk.config import Config  # noqa: E402
from queuedesk.domain import figures  # noqa: E402
from queuedesk.domain.estimate import WAIT  # noqa: E402
from queuedesk.simulation import layout, plans, profile, study  # noqa: E402

DAY = date(2026, 11, 30)
LOADS = (0.5, 0.7, 0.8, 0.9, 0.95)


def old_estimate(ahead: int, mean: float, share: float) -> tuple[float, int, int]:
    """The first estimator and its range (issue 18), as they were."""
    minutes = 0.0 if ahead <= 0 else round(ahead * mean / (share if share > 0 else 1), 1)
    if minutes <= 0:
        return 0.0, 0, 0
    low = max(0, int(minutes - max(2.0, minutes * 0.2)))
    return minutes, low, max(low + 1, round(minutes + max(3.0, minutes * 0.3)))


def score(runs) -> dict:
    new, old, waits = [], [], []
    inside_new = inside_old = 0
    for run in runs:
        legs = {t.number: t for t in run.legs if t.number not in run.present_at_opening}
        for number, issued in run.promises.items():
            leg = legs.get(number)
            if leg is None or figures.wait_ms(leg) is None or issued.estimate.kind != WAIT:
                continue
            wait = figures.wait_ms(leg) / figures.MINUTE_MS
            promise = issued.estimate
            ahead, mean, share = issued.inputs[:3]
            minutes, low, high = old_estimate(ahead, mean, share)
            waits.append(wait)
            new.append(wait - promise.minutes)
            old.append(wait - minutes)
            inside_new += promise.low <= wait <= promise.high
            inside_old += low <= wait <= high
    mean_wait = statistics.fmean(waits)
    return {"customers": len(waits), "mean_wait": mean_wait,
            "new": (statistics.fmean(map(abs, new)) / mean_wait, statistics.fmean(new), inside_new / len(waits)),
            "old": (statistics.fmean(map(abs, old)) / mean_wait, statistics.fmean(old), inside_old / len(waits))}


def cases():
    for counters in (1, 3, 6):
        for load in LOADS:
            plan, _theory = plans.mmc(load * counters * 12, 5.0, counters)
            yield f"M/M/{counters}, 5 min", load, plan
    for name in ("bank", "hospital", "government"):
        hall = layout.from_sample(name)
        times = profile.service_times(hall.services, "lognormal")
        for load in LOADS:
            yield f"{name} sample", load, plans.hall_day(hall, plans.flat_for_load(hall, times, load), times)
        yield f"{name} sample, its own day", None, plans.hall_day(hall, profile.sample_profile(name), times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    config = Config()
    print(f"{args.days} simulated days a case, seed {args.seed}, policy {config['hall.policy']}, memory engine\n")
    print("| hall | ρ | customers | mean wait | MAE ÷ mean wait | bias (min) | inside the range "
          "| old: MAE ÷ mean wait | old: bias | old: inside its range |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, load, plan in cases():
        runs = study.run_in_memory(study.Study(plan, args.days, args.seed), config, DAY)
        s = score(runs)
        (e, b, c), (oe, ob, oc) = s["new"], s["old"]
        print(f"| {name} | {'—' if load is None else f'{load:g}'} | {s['customers']:,} | {s['mean_wait']:.1f} | "
              f"{e:.0%} | {b:+.2f} | {c:.0%} | {oe:.0%} | {ob:+.2f} | {oc:.0%} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
