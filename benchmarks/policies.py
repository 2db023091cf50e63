"""Calling policies against FIFO: the simulated days of each sample hall and of the
simple/complex hall of issue 16, under service-order, fifo and aging.

    .venv/bin/python benchmarks/policies.py [--days 200] [--seed 1]

Every policy sees the same customers (common random numbers: day r of every policy is
drawn from the same stream), so the differences are the policies', not the luck of the
draw. Prints, per hall and policy, the mean of each figure over the days with its 95 %
confidence interval, and the mean wait's change against fifo, paired day by day.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from queuedesk.config import Config  # noqa: E402
from queuedesk.domain.languages import LocalText  # noqa: E402
from queuedesk.domain.model import Service  # noqa: E402
from queuedesk.domain.routing import POLICIES  # noqa: E402
from queuedesk.simulation import layout, plans, profile, study  # noqa: E402
from queuedesk.simulation.customers import Profile  # noqa: E402
from queuedesk.simulation.layout import CounterPlan, Layout  # noqa: E402
from queuedesk.simulation.report import Estimate, t_quantile  # noqa: E402

DAY = date(2026, 11, 30)


def simple_complex(counters: list[tuple[int, str]]) -> Layout:
    """Issue 16's hall: half the customers simple (about 3 min), half complex (about 10),
    the universal counters taking simple ones first (their service order)."""
    services = {
        "S": Service("S", LocalText({"zh_CN": "简单业务", "en": "Simple"}), "S", target_wait_min=10,
                     max_wait_min=20, expected_service_min=3),
        "X": Service("X", LocalText({"zh_CN": "复杂业务", "en": "Complex"}), "X", target_wait_min=10,
                     max_wait_min=20, expected_service_min=10),
    }
    return Layout(services, tuple(CounterPlan(n, tuple(codes.split(","))) for n, codes in counters),
                  mix={"S": 0.5, "X": 0.5})


def halls() -> list[tuple[str, Layout, Profile]]:
    found = []
    for name in ("bank", "hospital", "government"):
        hall = layout.from_sample(name)
        found.append((f"{name} sample, its own day", hall, profile.sample_profile(name)))
    five = simple_complex([(n, "S,X") for n in range(1, 6)])
    mixed = simple_complex([(1, "S"), (2, "X"), (3, "X"), (4, "S,X"), (5, "S,X")])
    day = Profile.flat(40, {"S": 0.5, "X": 0.5}, 8 * 60 + 30, 8)
    found.append(("simple/complex, 5 universal counters, 40/h", five, day))
    found.append(("simple/complex, 1 simple + 2 complex + 2 universal, 40/h", mixed, day))
    return found


FIGURES = (("mean_wait_min", "mean wait", "min"), ("p90_wait_min", "p90", "min"),
           ("over_20", "> 20 min", "share"), ("over_30", "> 30 min", "share"),
           ("within_target", "within target", "share"), ("max_wait_min", "longest", "min"))


def cell(e: Estimate | None, kind: str) -> str:
    if e is None:
        return "-"
    if kind == "share":
        return f"{e.mean:.1%} ±{e.ci95:.1%}"
    return f"{e.mean:.1f} ±{e.ci95:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--aging-percent", type=int, default=None, help="θ in %% (default: the setting's default)")
    args = parser.parse_args()
    print(f"{args.days} simulated days per hall and policy, seed {args.seed}, memory engine "
          f"(the same customers for every policy)\n")
    print("| hall | policy | " + " | ".join(label for _k, label, _kind in FIGURES) + " | mean wait vs fifo |")
    print("|" + " --- |" * (len(FIGURES) + 3))
    for name, hall, day in halls():
        times = profile.service_times(hall.services, "lognormal")
        plan = plans.hall_day(hall, day, times)
        results = {}
        started = time.perf_counter()
        for policy in POLICIES:
            config = study.with_policy(Config(), policy)
            if args.aging_percent:
                config.set("hall.aging_percent", args.aging_percent)
            runs = study.run_in_memory(study.Study(plan, args.days, args.seed), config, DAY)
            results[policy] = study.figures_of(runs, study.Study(plan, args.days, args.seed), config)
        fifo = [d.values()["mean_wait_min"] for d in results["fifo"]]
        for policy, days in results.items():
            cells = [cell(Estimate.of([d.values()[key] for d in days]), kind) for key, _label, kind in FIGURES]
            mine = [d.values()["mean_wait_min"] for d in days]
            if policy == "fifo":
                change = "—"
            else:
                diffs = [a - b for a, b in zip(mine, fifo)]
                half = t_quantile(len(diffs) - 1) * statistics.stdev(diffs) / len(diffs) ** 0.5
                change = (f"{statistics.fmean(diffs) / statistics.fmean(fifo):+.0%} "
                          f"({statistics.fmean(diffs):+.1f} ±{half:.1f} min)")
            print(f"| {name} | {policy} | " + " | ".join(cells) + f" | {change} |")
        print(f"<!-- {name}: {time.perf_counter() - started:.0f} s -->", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
