"""One simulated business day on a virtual clock: customers arrive and take tickets,
tellers call, serve and finish, until the last customer has gone.

The same day runs in either hall (`backend.SimulatedHall`): every random draw is made
here, in the same order whichever hall answers, so one seed is one day in both.
"""
from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from queuedesk.domain.errors import ServiceClosed
from queuedesk.domain.model import Priority, Ticket
from queuedesk.simulation import customers
from queuedesk.simulation.backend import Issued, SimulatedHall
from queuedesk.simulation.customers import Profile, ServiceTimes
from queuedesk.simulation.layout import Layout

#: A customer who does not come forward is marked no-show after this many minutes.
NO_SHOW_AFTER_MIN = 1.0


class VirtualClock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class DayPlan:
    """What one simulated day is made of."""

    layout: Layout
    counters: tuple[int, ...]                 # the counters open all day
    profile: Profile
    service_times: ServiceTimes
    priorities: tuple[tuple[Priority, float], ...] = customers.PRIORITY_MIX
    no_show_share: float = customers.NO_SHOW_SHARE
    #: Customers already in the hall at opening (the M/M/c mode starts in its steady
    #: state); their waits are not counted.
    present_at_opening: Callable[[random.Random], int] | None = None

    def tellers(self) -> list[str | None]:
        return list(self.layout.tellers[:len(self.counters)])


@dataclass
class DayRun:
    """What happened: every ticket leg, the promise made on each, the counters' day."""

    business_date: date
    legs: list[Ticket]
    promises: dict[str, Issued]               # ticket number → what it was promised
    counters: tuple[int, ...]
    opened_at: datetime
    closed_at: datetime
    present_at_opening: set[str] = field(default_factory=set)
    refused: int = 0                          # customers turned away (a closed service)


def midnight(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of the business day, in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc)


def run_day(hall: SimulatedHall, plan: DayPlan, rng: random.Random, clock: VirtualClock, day: date,
            tz: ZoneInfo) -> DayRun:
    start = midnight(day, tz)

    def at(minute: float) -> None:
        clock.now = start + timedelta(minutes=minute)

    arrivals = customers.arrivals(rng, plan.profile, plan.priorities)
    opening = plan.profile.start_min
    at(opening)
    hall.open(plan.counters, plan.tellers())
    opened_at = clock.now
    agenda: list = []                          # (minute, order, kind, data)
    order = itertools.count()
    for a in arrivals:
        heapq.heappush(agenda, (a.at_min, next(order), "arrive", a))
    idle = {n: True for n in plan.counters}
    promises: dict[str, Issued] = {}
    early: set[str] = set()
    refused = 0

    def try_call(number: int, minute: float) -> bool:
        called = hall.call_next(number)
        if called is None:
            idle[number] = True
            return False
        idle[number] = False
        if customers.shows_up(rng, plan.no_show_share):
            hall.start(number)   # the customer comes forward at once: the wait ends at the call
            length = plan.service_times.draw(rng, called.service)
            heapq.heappush(agenda, (minute + length, next(order), "finish", number))
        else:                    # nobody comes: the teller waits a little, then moves on
            heapq.heappush(agenda, (minute + NO_SHOW_AFTER_MIN, next(order), "no_show", number))
        return True

    def call_idle(minute: float) -> None:
        for number in plan.counters:
            if idle[number] and try_call(number, minute):
                return

    if plan.present_at_opening is not None:
        first = plan.profile.hours[0].rates
        codes = [code for code, rate in first.items() if rate > 0]
        for _ in range(plan.present_at_opening(rng)):
            code = codes[0] if len(codes) == 1 else rng.choices(codes, [first[c] for c in codes])[0]
            issued = hall.issue(code, Priority.NORMAL)
            early.add(issued.number)
            call_idle(opening)
    while agenda:
        minute, _, kind, data = heapq.heappop(agenda)
        at(minute)
        if kind == "arrive":
            try:
                issued = hall.issue(data.service, data.priority)
            except ServiceClosed:
                refused += 1
                continue
            promises[issued.number] = issued
            call_idle(minute)
        elif kind == "finish":
            hall.finish(data)
            try_call(data, minute)
        else:
            hall.no_show(data)
            try_call(data, minute)
    at(max(plan.profile.end_min, (clock.now - start) / timedelta(minutes=1)))
    hall.close(plan.counters)
    return DayRun(business_date=day, legs=hall.legs(), promises=promises, counters=plan.counters,
                  opened_at=opened_at, closed_at=clock.now, present_at_opening=early, refused=refused)
