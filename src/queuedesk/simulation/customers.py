"""Who arrives when and how long they take: the random parts of a simulated day.

Arrivals are Poisson streams whose rate may change every hour (`Profile`): a flat rate,
an hourly profile from a file, or the hall's own history. Service times are drawn per
business type around its mean minutes: log-normal by default, which is how counter
service times look in practice (most are quick, a few take much longer; the spread
`sigma` is measured from the log when there is one), or exponential (the textbook
M/M/c) or fixed.
"""
from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from queuedesk.domain.model import Priority

#: The default spread of log-normal service times: a coefficient of variation of about 0.47.
SERVICE_SIGMA = 0.45
#: Shortest service a simulated customer takes, in minutes.
SHORTEST_MIN = 0.5
NO_SHOW_SHARE = 0.03
PRIORITY_MIX = ((Priority.NORMAL, 0.86), (Priority.PRIORITY, 0.06), (Priority.VIP, 0.04),
                (Priority.APPOINTMENT, 0.035), (Priority.EMERGENCY, 0.005))
ONLY_NORMAL = ((Priority.NORMAL, 1.0),)
DISTRIBUTIONS = ("lognormal", "exponential", "fixed")
#: Customers an hour, at most, of any business type in any hour: a very large hall's whole
#: day in one hour.
MAX_RATE = 5000


@dataclass(frozen=True)
class Arrival:
    at_min: float        # minutes after the business day's local midnight
    service: str
    priority: Priority


@dataclass(frozen=True)
class Hour:
    """One stretch of a profile: from `start_min` to `end_min` (minutes after local
    midnight) customers arrive at `rates` per hour, per business type."""

    start_min: float
    end_min: float
    rates: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.rates.values())


@dataclass(frozen=True)
class Profile:
    """Arrival rates through the day, stretch by stretch (usually an hour each)."""

    hours: tuple[Hour, ...]

    @property
    def start_min(self) -> float:
        return self.hours[0].start_min

    @property
    def end_min(self) -> float:
        return self.hours[-1].end_min

    def expected_customers(self) -> float:
        return sum(h.total * (h.end_min - h.start_min) / 60 for h in self.hours)

    def services(self) -> list[str]:
        seen: dict[str, None] = {}
        for h in self.hours:
            seen.update((code, None) for code, rate in h.rates.items() if rate > 0)
        return list(seen)

    def only(self, codes) -> Profile:
        """The same day with only these business types."""
        keep = set(codes)
        return Profile(tuple(Hour(h.start_min, h.end_min, {c: r for c, r in h.rates.items() if c in keep})
                             for h in self.hours))

    @classmethod
    def flat(cls, per_hour: float, mix: Mapping[str, float], start_min: float, hours: float) -> Profile:
        """`per_hour` customers an hour for `hours`, shared among business types by `mix`."""
        total = sum(mix.values())
        return cls((Hour(start_min, start_min + hours * 60, {c: per_hour * w / total for c, w in mix.items()}),))


@dataclass(frozen=True)
class ServiceTimes:
    """How long customers of each business type take: `means` in minutes, the family
    (`distribution`) and, for log-normal, a spread per type (`sigmas`, else SERVICE_SIGMA)."""

    means: dict[str, float]
    distribution: str = "lognormal"
    sigmas: dict[str, float] = field(default_factory=dict)

    def draw(self, rng: random.Random, service: str) -> float:
        mean = self.means[service]
        if self.distribution == "fixed":
            return mean
        if self.distribution == "exponential":
            return rng.expovariate(1 / mean)
        sigma = self.sigmas.get(service, SERVICE_SIGMA)
        return max(SHORTEST_MIN, rng.lognormvariate(math.log(mean) - sigma ** 2 / 2, sigma))


def arrivals(rng: random.Random, profile: Profile,
             priorities: tuple[tuple[Priority, float], ...] = PRIORITY_MIX) -> list[Arrival]:
    """All of a day's arrivals, in time order: a Poisson stream per stretch of the profile."""
    kinds = [p for p, _ in priorities]
    kind_weights = [w for _, w in priorities]
    result = []
    for hour in profile.hours:
        codes = [c for c, r in hour.rates.items() if r > 0]
        if not codes:
            continue
        weights = [hour.rates[c] for c in codes]
        per_min = hour.total / 60
        t = hour.start_min
        while True:
            t += rng.expovariate(per_min)
            if t >= hour.end_min:
                break
            service = rng.choices(codes, weights)[0]
            priority = kinds[0] if len(kinds) == 1 else rng.choices(kinds, kind_weights)[0]
            result.append(Arrival(t, service, priority))
    return result


def shows_up(rng: random.Random, no_show_share: float = NO_SHOW_SHARE) -> bool:
    return no_show_share <= 0 or rng.random() >= no_show_share
