"""The wait a new ticket is promised.

    estimate = people ahead × mean service time ÷ counters serving the service

The mean service time is that of the service's recent finished tickets today (start of
service to finish, the last `RECENT` of them); before there are `MIN_HISTORY` of them
the service's configured expected time is used.

Counters serving are counted by the share of their time the service can expect: an open
counter that serves three services which all have people waiting gives each a third of
a counter (one that serves only this service, a whole one). Counting every such counter
as whole promised too little whenever counters are shared: in `queuedesk simulate`
(bank sample, 45/h, 6 counters) the mean error fell from 4.3 to 3.2 minutes and the
bias from +4.2 to +1.6 (waits longer than promised). With no
counter open the estimate assumes one will open.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from statistics import fmean

RECENT = 20
MIN_HISTORY = 3


def mean_service_min(recent_minutes: Sequence[float], expected_min: float) -> float:
    recent = list(recent_minutes)[-RECENT:]
    if len(recent) < MIN_HISTORY:
        return expected_min
    return fmean(recent)


def counter_share(open_counter_services: Iterable[Sequence[str]], busy_services: set[str],
                  code: str) -> float:
    """How many counters' worth of service `code` can expect: each open counter that serves
    it splits its time among its services that have people waiting (this one included)."""
    share = 0.0
    for services in open_counter_services:
        if code in services:
            share += 1 / len({s for s in services if s in busy_services or s == code})
    return share


def estimated_wait_min(ahead: int, mean_service: float, counters: float) -> float:
    if ahead <= 0:
        return 0.0
    return round(ahead * mean_service / (counters if counters > 0 else 1), 1)


def wait_range(minutes: float) -> tuple[int, int]:
    """An estimate as the range a customer is shown, in whole minutes: wider the longer the
    wait, and wider above than below, since waits run longer than promised more often
    than shorter (the simulated bias is +1.6 min)."""
    if minutes <= 0:
        return 0, 0
    low = max(0, int(minutes - max(2.0, minutes * 0.2)))
    high = max(low + 1, round(minutes + max(3.0, minutes * 0.3)))
    return low, high
