"""Who arrives when and how long they take: the random parts of a simulated day.

Arrivals are a Poisson stream per service with a morning peak (the hour after opening
runs at `PEAK_FACTOR` times the mean rate, the rest of the day slower, so the day's
total matches the asked rate). Service times are log-normal around each service's
expected minutes, which is how counter service times look in practice: most are quick,
a few take much longer.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

from queuedesk.domain.model import Priority, Service

PEAK_FACTOR = 1.6
PEAK_HOURS = 1.5
SERVICE_SIGMA = 0.45
NO_SHOW_SHARE = 0.03
PRIORITY_MIX = ((Priority.NORMAL, 0.86), (Priority.PRIORITY, 0.06), (Priority.VIP, 0.04),
                (Priority.APPOINTMENT, 0.035), (Priority.EMERGENCY, 0.005))


@dataclass(frozen=True)
class Arrival:
    at_min: float        # minutes after opening
    service: str
    priority: Priority


def rate_factor(minute: float, hours: float) -> float:
    """Arrival rate relative to the mean at this minute of the day (averages to 1)."""
    peak = min(PEAK_HOURS, hours)
    rest = hours - peak
    if rest <= 0:
        return 1.0
    off_peak = (hours - PEAK_FACTOR * peak) / rest
    return PEAK_FACTOR if minute < peak * 60 else max(0.1, off_peak)


def arrivals(rng: random.Random, services: list[Service], per_hour: float, hours: float,
             weights: dict[str, float] | None = None) -> list[Arrival]:
    """All of a day's arrivals, in time order (thinning a Poisson stream at the peak rate)."""
    weights = weights or {s.code: 1.0 for s in services}
    codes = [s.code for s in services]
    shares = [weights.get(c, 1.0) for c in codes]
    peak_rate = per_hour * PEAK_FACTOR / 60          # per minute, the highest rate of the day
    result, t = [], 0.0
    while True:
        t += rng.expovariate(peak_rate)
        if t >= hours * 60:
            return result
        if rng.random() <= rate_factor(t, hours) / PEAK_FACTOR:
            result.append(Arrival(t, rng.choices(codes, shares)[0], _priority(rng)))


def _priority(rng: random.Random) -> Priority:
    return rng.choices([p for p, _ in PRIORITY_MIX], [w for _, w in PRIORITY_MIX])[0]


def service_minutes(rng: random.Random, service: Service) -> float:
    """Log-normal with the service's expected minutes as its mean."""
    mu = math.log(service.expected_service_min) - SERVICE_SIGMA ** 2 / 2
    return max(0.5, rng.lognormvariate(mu, SERVICE_SIGMA))


def shows_up(rng: random.Random) -> bool:
    return rng.random() >= NO_SHOW_SHARE
