"""What a manager asks of a simulated day: the day's figures, as the domain defines them
(domain/figures.py, the same as `queuedesk report`), and how honest the estimates
printed on the tickets were."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import fmean

from queuedesk.domain import figures
from queuedesk.domain.figures import Figures, Tally


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _minutes(value: float | None) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.1f}"    # percentiles are whole minutes


@dataclass(frozen=True)
class DayReport:
    business_date: date
    figures: Figures               # the whole day
    utilisation: dict[int, float]  # counter → share of its open time spent with a customer
    estimate_mae_min: float        # mean |printed estimate − actual wait|
    estimate_bias_min: float       # mean (actual − printed): > 0 means we promised too little
    day_minutes: float

    def to_dict(self) -> dict:
        f = self.figures.to_dict()
        return {"business_date": self.business_date.isoformat(), "tickets": f["arrivals"], **f,
                "utilisation": self.utilisation, "estimate_mae_min": self.estimate_mae_min,
                "estimate_bias_min": self.estimate_bias_min, "day_minutes": self.day_minutes}

    def text(self) -> str:
        f = self.figures
        util = "  ".join(f"{n}:{u:.0%}" for n, u in sorted(self.utilisation.items()))
        waits = " / ".join(_minutes(v) for v in (f.mean_wait_min, f.median_wait_min, f.p90_wait_min, f.max_wait_min))
        verdict = {True: "met", False: "not met", None: "-"}[f.meets_1020]
        return "\n".join([
            f"business date             {self.business_date.isoformat()}",
            f"tickets issued            {f.arrivals}",
            f"served / no-show          {f.served} / {f.no_shows}",
            f"wait mean/median/p90/max  {waits} min",
            f"within target wait        {_share(f.within_target)}",
            f"over 30 minutes           {_share(f.over_30)}",
            f"\"1020\" (mean ≤ 10, max ≤ 20) {verdict}",
            f"counter utilisation       {util}",
            f"estimate error (MAE)      {self.estimate_mae_min:.1f} min (bias {self.estimate_bias_min:+.1f} min)",
            f"day length                {self.day_minutes / 60:.1f} h",
        ])


def report(day: date, per_counter: dict[int | None, Tally], promised: dict[str, float], waits: dict[str, float],
           day_minutes: float) -> DayReport:
    """`per_counter`: the day's tallies per counter (None: legs never called), added up by
    the domain's rules; `promised` and `waits`: the estimate printed on each ticket and the
    wait that followed, in minutes."""
    errors = [waits[n] - promised[n] for n in promised if n in waits]
    utilisation = {}
    for counter, tally in per_counter.items():
        share = Figures.of(tally).utilisation
        if counter is not None and share is not None:
            utilisation[counter] = round(share, 3)
    return DayReport(
        business_date=day, figures=Figures.of(figures.total(per_counter.values())), utilisation=utilisation,
        estimate_mae_min=round(fmean(abs(e) for e in errors), 2) if errors else 0.0,
        estimate_bias_min=round(fmean(errors), 2) if errors else 0.0,
        day_minutes=round(day_minutes, 1))
