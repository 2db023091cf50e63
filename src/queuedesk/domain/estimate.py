"""The wait a new ticket is promised.

    estimate = people ahead × mean service time ÷ counters serving the service

The mean service time is that of the service's recent finished tickets today (start of
service to finish, the last `RECENT` of them); before there are `MIN_HISTORY` of them
the service's configured expected time is used. Counters serving = open counters whose
list includes the service; with none open the estimate assumes one will open.
"""
from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean

RECENT = 20
MIN_HISTORY = 3


def mean_service_min(recent_minutes: Sequence[float], expected_min: float) -> float:
    recent = list(recent_minutes)[-RECENT:]
    if len(recent) < MIN_HISTORY:
        return expected_min
    return fmean(recent)


def estimated_wait_min(ahead: int, mean_service: float, open_counters: int) -> float:
    if ahead <= 0:
        return 0.0
    return round(ahead * mean_service / max(1, open_counters), 1)
