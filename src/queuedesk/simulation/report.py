"""What a manager asks of a day: waits, targets, utilisation, and how honest the
estimates printed on the tickets were."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from statistics import fmean

from queuedesk.domain.model import Service


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


@dataclass(frozen=True)
class DayReport:
    tickets: int
    served: int
    mean_wait_min: float
    p95_wait_min: float
    max_wait_min: float
    share_over_target: float       # waited longer than their service's target wait
    share_over_30_min: float
    utilisation: dict[int, float]  # counter → share of the day spent serving
    estimate_mae_min: float        # mean |printed estimate − actual wait|
    estimate_bias_min: float       # mean (actual − printed): > 0 means we promised too little
    day_minutes: float

    def to_dict(self) -> dict:
        return asdict(self)

    def text(self) -> str:
        util = "  ".join(f"{n}:{u:.0%}" for n, u in sorted(self.utilisation.items()))
        return "\n".join([
            f"tickets issued        {self.tickets}",
            f"customers called      {self.served}",
            f"wait mean / p95 / max {self.mean_wait_min:.1f} / {self.p95_wait_min:.1f} / {self.max_wait_min:.1f} min",
            f"over target wait      {self.share_over_target:.1%}",
            f"over 30 minutes       {self.share_over_30_min:.1%}",
            f"counter utilisation   {util}",
            f"estimate error (MAE)  {self.estimate_mae_min:.1f} min (bias {self.estimate_bias_min:+.1f} min)",
            f"day length            {self.day_minutes / 60:.1f} h",
        ])


def report(promised: dict[str, float], waits: dict[str, float], service_of: dict[str, str],
           services: dict[str, Service], utilisation: dict[int, float], day_minutes: float) -> DayReport:
    called = [n for n in promised if n in waits]
    actual = [waits[n] for n in called]
    errors = [waits[n] - promised[n] for n in called]
    return DayReport(
        tickets=len(promised), served=len(called),
        mean_wait_min=round(fmean(actual), 2) if actual else 0.0,
        p95_wait_min=round(_percentile(actual, 95), 2),
        max_wait_min=round(max(actual, default=0.0), 2),
        share_over_target=round(sum(1 for n in called if waits[n] > services[service_of[n]].target_wait_min)
                                / max(1, len(called)), 4),
        share_over_30_min=round(sum(1 for w in actual if w > 30) / max(1, len(called)), 4),
        utilisation={n: round(u, 3) for n, u in utilisation.items()},
        estimate_mae_min=round(fmean(abs(e) for e in errors), 2) if errors else 0.0,
        estimate_bias_min=round(fmean(errors), 2) if errors else 0.0,
        day_minutes=round(day_minutes, 1))
