"""How many counters each hour needs to meet a waiting target, and the proof.

For every hour of the day and every pool of business types (those whose counters stand
in for one another in the hall's layout; or each business type alone, on dedicated
counters; or the whole hall on universal counters):

1. queueing theory gives the fewest counters that meet the target — Erlang C for a pool
   of identical counters (simulation.theory: the load a = Σ λᵢ·mᵢ, the pool's mean
   service the load-weighted mean), searched up from the square-root staffing rule's
   neighbourhood;
2. the simulator checks it: that hour's customers, service times, priority classes and
   no-shows on that many counters (and on one fewer), in the hall's calling policy,
   for `replications` stretches of `CHECK_HOURS` hours started in their steady state.

Erlang C assumes exponential service; counter service times are less variable, so the
check usually finds shorter waits than the formula, and says by how much.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from queuedesk.config import Config
from queuedesk.simulation import plans, theory
from queuedesk.simulation.customers import Hour, Profile, ServiceTimes
from queuedesk.simulation.layout import CounterPlan, Layout
from queuedesk.simulation.report import Estimate, summarise
from queuedesk.simulation.study import Study, figures_of, run_in_memory

#: Hours of one hour's customers a check runs, started in the steady state.
CHECK_HOURS = 4.0
FIRST_DAY = date(2000, 1, 3)     # the checks' business days: any will do, they never touch a hall


@dataclass(frozen=True)
class Target:
    mean_min: float = 10.0          # mean wait at most
    within_min: float = 20.0        # … and at least `share` called within this
    share: float = 0.95

    def describe(self) -> str:
        return f"mean wait ≤ {self.mean_min:g} min and ≥ {self.share:.0%} called within {self.within_min:g} min"


@dataclass(frozen=True)
class Pool:
    services: tuple[str, ...]
    counters: tuple[int, ...]       # the hall's counters serving them now


@dataclass(frozen=True)
class Check:
    """One staffing of one hour: what theory says and what the simulated hours showed."""

    counters: int
    theory_mean_min: float          # inf when the load is more than the counters
    theory_within: float
    mean_min: Estimate | None
    within: Estimate | None         # share called within the target's minutes

    def to_dict(self) -> dict:
        return {"counters": self.counters,
                "theory": {"mean_wait_min": _finite(self.theory_mean_min, 2), "within": round(self.theory_within, 4)},
                "simulated": {"mean_wait_min": self.mean_min.to_dict(2) if self.mean_min else None,
                              "within": self.within.to_dict(4) if self.within else None}}


@dataclass(frozen=True)
class HourPlan:
    start_min: float
    pool: int                       # index into Plan.pools
    arrivals: float                 # customers an hour
    load: float                     # counters' worth of work (erlangs)
    mean_service_min: float
    needed: Check                   # the fewest counters meeting the target
    one_fewer: Check | None         # None when needed is one counter

    def to_dict(self) -> dict:
        minute = int(self.start_min)
        return {"hour": f"{minute // 60:02d}:{minute % 60:02d}", "pool": self.pool,
                "arrivals_per_hour": round(self.arrivals, 2), "load": round(self.load, 3),
                "mean_service_min": round(self.mean_service_min, 2), "counters": self.needed.counters,
                "needed": self.needed.to_dict(), "one_fewer": self.one_fewer.to_dict() if self.one_fewer else None}


@dataclass(frozen=True)
class Plan:
    target: Target
    pools: tuple[Pool, ...]
    hours: tuple[HourPlan, ...]
    replications: int
    policy: str

    def peak(self, pool: int) -> int:
        return max((h.needed.counters for h in self.hours if h.pool == pool), default=0)

    def to_dict(self) -> dict:
        return {"target": {"mean_wait_min": self.target.mean_min, "within_min": self.target.within_min,
                           "share": self.target.share},
                "policy": self.policy, "replications": self.replications, "check_hours": CHECK_HOURS,
                "pools": [{"services": list(p.services), "counters_now": list(p.counters), "peak": self.peak(i)}
                          for i, p in enumerate(self.pools)],
                "hours": [h.to_dict() for h in self.hours]}


def _finite(value: float, digits: int) -> float | None:
    return round(value, digits) if math.isfinite(value) else None


#: How counters are grouped: as the hall's layout shares them, every business type
#: alone (dedicated counters), or the whole hall as one pool (universal counters).
GROUPINGS = ("pool", "service", "hall")


def pools_of(layout: Layout, by: str = "pool") -> list[Pool]:
    if by == "service":
        return [Pool((code,), tuple(c.number for c in layout.counters if code in c.services))
                for code in layout.served]
    if by == "hall":
        return [Pool(tuple(layout.served), tuple(c.number for c in layout.counters))]
    return [Pool(tuple(services), tuple(counters)) for services, counters in layout.pools()]


def plan(layout: Layout, profile: Profile, times: ServiceTimes, target: Target, config: Config,
         by: str = "pool", replications: int = 20, seed: int = 1) -> Plan:
    coming = set(profile.services())
    pools = [pool for pool in pools_of(layout, by) if coming & set(pool.services)]
    hours = []
    for hour in profile.hours:
        for index, pool in enumerate(pools):
            rates = {code: hour.rates.get(code, 0.0) for code in pool.services if hour.rates.get(code, 0.0) > 0}
            arrivals = sum(rates.values())
            if arrivals <= 0:
                continue
            load = sum(rate * times.means[code] for code, rate in rates.items()) / 60
            mean = load * 60 / arrivals
            needed = theory.counters_needed(load, mean, target.mean_min, target.within_min, target.share)
            check = _check(layout, pool, rates, times, needed, load, mean, target, config, replications, seed)
            fewer = (_check(layout, pool, rates, times, needed - 1, load, mean, target, config, replications, seed)
                     if needed > 1 else None)
            hours.append(HourPlan(hour.start_min, index, arrivals, load, mean, check, fewer))
    return Plan(target, tuple(pools), tuple(hours), replications, config["hall.policy"])


def _check(layout: Layout, pool: Pool, rates: dict[str, float], times: ServiceTimes, counters: int, load: float,
           mean: float, target: Target, config: Config, replications: int, seed: int) -> Check:
    """`counters` universal counters for the pool's business types, `CHECK_HOURS` of this
    hour's customers, started with as many customers present as the steady state of
    Erlang C's queue would have (when it has one)."""
    services = {code: replace(layout.services[code], target_wait_min=target.within_min) for code in rates}
    hall = Layout(services, tuple(CounterPlan(n, tuple(rates)) for n in range(1, counters + 1)))
    day = Profile((Hour(0.0, CHECK_HOURS * 60, dict(rates)),))
    present = None
    if load < counters:
        def present(rng):
            return theory.stationary_count(rng, counters, load)
    day_plan = replace(plans.hall_day(hall, day, times), present_at_opening=present)
    runs = run_in_memory(Study(day_plan, replications, seed), config, FIRST_DAY)
    figures = summarise(figures_of(runs, Study(day_plan, replications, seed), config))
    return Check(counters, theory.mean_wait(counters, load, mean),
                 theory.share_within(counters, load, mean, target.within_min),
                 figures.get("mean_wait_min"), figures.get("within_target"))

