"""Simulated days ready to run: a hall's day, and the textbook M/M/c queue with what
queueing theory expects of it."""
from __future__ import annotations

from collections.abc import Mapping

from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Service
from queuedesk.simulation import customers, theory
from queuedesk.simulation.customers import Profile, ServiceTimes
from queuedesk.simulation.day import DayPlan
from queuedesk.simulation.layout import CounterPlan, Layout

OPENING_MIN = 8 * 60 + 30


def hall_day(layout: Layout, profile: Profile, times: ServiceTimes) -> DayPlan:
    """The layout's counters all open, customers as the profile says, with the usual
    priority classes and a few no-shows."""
    return DayPlan(layout=layout, counters=tuple(c.number for c in layout.counters), profile=profile,
                   service_times=times)


def flat_for_load(layout: Layout, times: ServiceTimes, utilisation: float, hours: float = 8.0,
                  opening_min: float = OPENING_MIN, mix: Mapping[str, float] | None = None) -> Profile:
    """A flat day whose work keeps the layout's counters busy `utilisation` of the time."""
    mix = mix or layout.mix or {code: 1.0 for code in layout.served}
    total = sum(mix.values())
    minutes_per_customer = sum(times.means[c] * w / total for c, w in mix.items())
    per_hour = utilisation * len(layout.counters) * 60 / minutes_per_customer
    return Profile.flat(per_hour, mix, opening_min, hours)


def mmc(rate: float, mean_service: float, counters: int, hours: float = 8.0,
        opening_min: float = OPENING_MIN, target_min: float = 10.0) -> tuple[DayPlan, dict]:
    """One queue, `counters` identical counters, Poisson arrivals at `rate` an hour and
    exponential service of `mean_service` minutes, starting in its steady state; and what
    Erlang C says of it (the figures' keys as the simulator's)."""
    load = rate * mean_service / 60
    # Nobody jumps the queue: one business type whose maximum wait is never reached.
    service = Service("M", LocalText({"zh_CN": "M/M/c", "en": "M/M/c"}), "M", number_width=5,
                      target_wait_min=target_min, max_wait_min=24 * 60, expected_service_min=mean_service)
    layout = Layout({"M": service}, tuple(CounterPlan(n, ("M",)) for n in range(1, counters + 1)))
    plan = DayPlan(layout=layout, counters=tuple(range(1, counters + 1)),
                   profile=Profile.flat(rate, {"M": 1.0}, opening_min, hours),
                   service_times=ServiceTimes({"M": mean_service}, "exponential"),
                   priorities=customers.ONLY_NORMAL, no_show_share=0.0,
                   present_at_opening=lambda rng: theory.stationary_count(rng, counters, load))
    expected = {"load": round(load, 4), "utilisation": round(load / counters, 4),
                "erlang_c": round(theory.erlang_c(counters, load), 6),
                "mean_wait_min": round(theory.mean_wait(counters, load, mean_service), 4),
                "within_target": round(theory.share_within(counters, load, mean_service, target_min), 6),
                "over_20": round(1 - theory.share_within(counters, load, mean_service, 20), 6),
                "over_30": round(1 - theory.share_within(counters, load, mean_service, 30), 6)}
    return plan, expected
