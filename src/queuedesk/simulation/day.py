"""A whole business day on a virtual clock, through the real engine and database."""
from __future__ import annotations

import heapq
import itertools
import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

from queuedesk.domain.model import Channel
from queuedesk.operations import calling, counters, queries, reports, tickets
from queuedesk.operations.hall import Hall
from queuedesk.simulation import customers
from queuedesk.simulation.report import DayReport, report

OPENING = time(8, 30)


class VirtualClock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def opening_instant(hall: Hall, day_offset: int = 0) -> datetime:
    """08:30 local time on today's business date (in the hall's time zone), as UTC."""
    today = hall.today(datetime.now(timezone.utc)) + timedelta(days=day_offset)
    local = datetime.combine(today, OPENING, tzinfo=hall.config.timezone)
    return local.astimezone(timezone.utc)


@dataclass
class _Counter:
    number: int
    current: str | None = None
    idle: bool = True


def simulate_day(hall: Hall, counter_numbers: list[int], per_hour: float, hours: float,
                 seed: int = 1, mix: dict[str, float] | None = None, tellers: list[str] = ()) -> DayReport:
    """Open the counters (the first with `tellers` signed in, one each), let a day of
    customers arrive and be served, close the counters when the last one has gone, then
    report the day by the domain's figures."""
    rng = random.Random(seed)
    start = opening_instant(hall)
    clock = VirtualClock(start)
    hall.clock = clock
    services = queries.services(hall)
    served_codes = {code for c in queries.counters_status(hall) if c.number in counter_numbers
                    for code in c.services}
    day_arrivals = customers.arrivals(rng, [services[c] for c in sorted(served_codes)], per_hour, hours, mix)
    for number, teller in itertools.zip_longest(counter_numbers, tellers[:len(counter_numbers)]):
        counters.open_counter(hall, number, staff=teller)
    desks = {n: _Counter(n) for n in counter_numbers}

    agenda: list = []          # (minute, order, kind, data)
    order = itertools.count()
    for a in day_arrivals:
        heapq.heappush(agenda, (a.at_min, next(order), "arrive", a))
    promised: dict[str, float] = {}
    waits: dict[str, float] = {}

    def at(minute: float) -> None:
        clock.now = start + timedelta(minutes=minute)

    def try_call(desk: _Counter, minute: float) -> None:
        info = calling.call_next(hall, desk.number)
        if info is None:
            desk.idle, desk.current = True, None
            return
        desk.idle, desk.current = False, info.number
        waits[info.number] = info.waited_min
        if customers.shows_up(rng):
            length = customers.service_minutes(rng, services[info.service])
            heapq.heappush(agenda, (minute + length, next(order), "finish", desk))
        else:  # nobody comes: the teller recalls up to the limit, then moves on
            wait = 1.0
            heapq.heappush(agenda, (minute + wait, next(order), "no_show", desk))

    while agenda:
        minute, _, kind, data = heapq.heappop(agenda)
        at(minute)
        if kind == "arrive":
            info = tickets.issue_ticket(hall, data.service, data.priority, Channel.KIOSK)
            promised[info.number] = info.estimated_wait_min
            for desk in desks.values():
                if desk.idle:
                    try_call(desk, minute)
                    if not desk.idle:
                        break
        elif kind == "finish":
            calling.finish(hall, data.number)
            try_call(data, minute)
        else:
            calling.no_show(hall, data.number)
            try_call(data, minute)
    end_min = max(hours * 60, (clock.now - start).total_seconds() / 60)
    at(end_min)
    for number in counter_numbers:
        counters.close_counter(hall, number)
    day = hall.today(start)
    return report(day, reports.reference_tallies(hall, day), promised, waits, end_min)
