"""What a manager asks of simulated days: each day's figures as the domain defines them
(domain/figures.py, the same as `queuedesk report`), how honest the promises on the
tickets were, and — over several days — the mean of every figure with its 95 %
confidence interval and the spread from day to day.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import NormalDist, fmean, stdev
from zoneinfo import ZoneInfo

from queuedesk.domain import figures
from queuedesk.domain.estimate import NO_WAIT, WAIT
from queuedesk.domain.figures import Figures, Tally
from queuedesk.simulation.day import DayRun


@dataclass(frozen=True)
class Promises:
    """How the ranges printed on tickets held up, over the customers promised a wait
    (not "no wait", not "no counter open") who were called."""

    customers: int
    mae_min: float | None          # mean |actual − estimate|
    bias_min: float | None         # mean (actual − estimate): > 0 promised too little
    mae_share: float | None        # mae ÷ the mean wait of the same customers
    coverage: float | None         # share of waits inside the range shown
    no_wait: int                   # promised no wait
    no_wait_kept: float | None     # share of those called at once (within a minute)


@dataclass(frozen=True)
class DayFigures:
    business_date: date
    figures: Figures
    utilisation: dict[int, float]  # counter → share of its open time with a customer
    promises: Promises
    day_minutes: float             # opening to the last customer gone
    refused: int

    def values(self) -> dict[str, float | None]:
        """The day's figures a planner compares, as plain numbers (None: nothing to measure)."""
        f, p = self.figures, self.promises
        return {
            "arrivals": f.arrivals, "served": f.served, "no_shows": f.no_shows,
            "mean_wait_min": f.mean_wait_min, "median_wait_min": f.median_wait_min,
            "p90_wait_min": f.p90_wait_min, "max_wait_min": f.max_wait_min,
            "within_target": f.within_target, "over_20": f.over_20, "over_30": f.over_30,
            "meets_1020": None if f.meets_1020 is None else float(f.meets_1020),
            "busy_share": f.utilisation,
            "estimate_mae_min": p.mae_min, "estimate_bias_min": p.bias_min,
            "estimate_mae_share": p.mae_share, "estimate_coverage": p.coverage,
            "day_hours": self.day_minutes / 60,
        }


def day_figures(run: DayRun, targets: dict[str, float], tz: ZoneInfo) -> DayFigures:
    legs = [t for t in run.legs if t.number not in run.present_at_opening]
    cells = figures.tally_legs(legs, targets, tz, {n: [run.opened_at] for n in run.counters})
    open_ms = figures.instant_ms(run.closed_at) - figures.instant_ms(run.opened_at)
    busy: dict[int, int] = {}
    for t in run.legs:     # those at the counters at opening kept them busy too
        if t.counter is not None:
            busy[t.counter] = busy.get(t.counter, 0) + figures.busy_ms(t)
    whole = figures.total(cells.values())
    whole.busy_ms, whole.open_ms = sum(busy.values()), open_ms * len(run.counters)
    if whole.waits is None:
        whole.waits = {}
    utilisation = {n: round(busy.get(n, 0) / open_ms, 4) if open_ms else 0.0 for n in run.counters}
    return DayFigures(run.business_date, Figures.of(whole), utilisation, promises_kept(run, legs),
                      (run.closed_at - run.opened_at) / timedelta(minutes=1), run.refused)


def promises_kept(run: DayRun, legs) -> Promises:
    waits = {t.number: figures.wait_ms(t) / figures.MINUTE_MS for t in legs
             if figures.is_arrival(t) and figures.wait_ms(t) is not None}
    errors, inside, waited = [], 0, []
    no_wait = kept = 0
    for number, issued in run.promises.items():
        actual = waits.get(number)
        if actual is None:
            continue
        promise = issued.estimate
        if promise.kind == WAIT:
            errors.append(actual - promise.minutes)
            waited.append(actual)
            inside += promise.low <= actual <= promise.high
        elif promise.kind == NO_WAIT:
            no_wait += 1
            kept += actual < 1
    mean_wait = fmean(waited) if waited else None
    mae = fmean(abs(e) for e in errors) if errors else None
    return Promises(
        customers=len(errors), mae_min=mae, bias_min=fmean(errors) if errors else None,
        mae_share=mae / mean_wait if mae is not None and mean_wait else None,
        coverage=inside / len(errors) if errors else None, no_wait=no_wait,
        no_wait_kept=kept / no_wait if no_wait else None)


# -- several days ---------------------------------------------------------------------------------

def t_quantile(df: int, p: float = 0.975) -> float:
    """Student's t quantile (Cornish–Fisher expansion around the normal; exact enough from
    3 degrees of freedom, and the two smallest are tabled)."""
    if df == 1:
        return 12.706 if p == 0.975 else math.tan(math.pi * (p - 0.5))
    if df == 2 and p == 0.975:
        return 4.303
    z = NormalDist().inv_cdf(p)
    return (z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3))


@dataclass(frozen=True)
class Estimate:
    """One figure over several days: its mean, the half-width of the 95 % confidence
    interval of that mean (None for one day), and the 10 % and 90 % points of the days."""

    mean: float
    ci95: float | None
    p10: float
    p90: float
    days: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Estimate | None:
        values = sorted(v for v in values if v is not None)
        if not values:
            return None
        n = len(values)
        half = t_quantile(n - 1) * stdev(values) / math.sqrt(n) if n > 1 else None
        return cls(fmean(values), half, _point(values, 0.1), _point(values, 0.9), n)

    def to_dict(self, digits: int) -> dict:
        return {"mean": round(self.mean, digits), "ci95": None if self.ci95 is None else round(self.ci95, digits),
                "p10": round(self.p10, digits), "p90": round(self.p90, digits), "days": self.days}


def _point(ordered: Sequence[float], share: float) -> float:
    """Linear interpolation between order statistics."""
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(days: Sequence[DayFigures]) -> dict[str, Estimate | None]:
    """Every figure over the days."""
    names = list(days[0].values()) if days else []
    return {name: Estimate.of([d.values()[name] for d in days]) for name in names}
