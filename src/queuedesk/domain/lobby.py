"""What the lobby manager (大堂经理) watches for: the rules behind the console.

- Priority classes a manager grants to a customer in front of them, and the routing
  priority each one gets.
- How a wait stands against its service's target and maximum.
- The alerts: each has a stable key (the same situation keeps its key from one look to
  the next, so an acknowledged alert stays acknowledged, and a new situation is a new
  alert), a kind, when it began and what to say about it.
- The staffing hint: the expected wait now and with one more counter, by the M/M/c
  queue (Erlang C).
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from queuedesk.domain.model import Priority

#: A class the manager picks → how routing treats the ticket (domain.routing).
PRIORITY_CLASSES: dict[str, Priority] = {
    "elderly": Priority.PRIORITY, "disabled": Priority.PRIORITY, "pregnant": Priority.PRIORITY,
    "military": Priority.PRIORITY, "vip": Priority.VIP, "emergency": Priority.EMERGENCY,
}

OK, OVER_TARGET, OVER_MAX = "ok", "over_target", "over_max"


def wait_level(minutes: float, target: float, maximum: float) -> str:
    """ok, over_target (past the target wait) or over_max (past the maximum)."""
    if minutes > maximum:
        return OVER_MAX
    if minutes > target:
        return OVER_TARGET
    return OK


# -- alerts ---------------------------------------------------------------------------------

#: Every alert kind, most urgent first (the console's order within one moment).
ALERT_KINDS = ("over_max", "no_open_counter", "unattended", "printer", "over_target", "long_pause",
               "appointment_waiting")


@dataclass(frozen=True)
class Alert:
    key: str                          # stable while the situation lasts
    kind: str                         # one of ALERT_KINDS
    since: datetime                   # when the situation began
    params: dict = field(default_factory=dict)   # what to say (ticket, service, counter, minutes …)


@dataclass(frozen=True)
class WaitingFact:
    ticket_id: int
    number: str
    service: str
    queued_at: datetime
    waited_min: float
    target_min: float
    max_min: float
    appointment: bool                 # checked in with a booking


@dataclass(frozen=True)
class CounterFact:
    number: int
    state: str                        # open | paused | closed
    unattended: bool
    lease_until: datetime | None
    paused_since: datetime | None
    pause_reason: str | None


@dataclass(frozen=True)
class PrinterFact:
    event_id: int
    at: datetime
    target: str
    ticket: str | None
    station: str | None


def alerts(now: datetime, waiting: Iterable[WaitingFact], counters: Iterable[CounterFact],
           printers: Iterable[PrinterFact], no_counter_services: dict[str, datetime],
           pause_alert_min: float, appointment_wait_min: float) -> list[Alert]:
    """The alerts of this moment, newest first. `no_counter_services`: services with people
    waiting and no open counter serving them → since when the oldest of them waits."""
    found: list[Alert] = []
    for w in waiting:
        level = wait_level(w.waited_min, w.target_min, w.max_min)
        if level != OK:
            limit = w.max_min if level == OVER_MAX else w.target_min
            since = w.queued_at + _minutes(limit)
            found.append(Alert(f"{level}:{w.ticket_id}", level, since,
                               {"ticket": w.number, "service": w.service, "minutes": round(w.waited_min)}))
        if w.appointment and w.waited_min > appointment_wait_min:
            found.append(Alert(f"appointment_waiting:{w.ticket_id}", "appointment_waiting",
                               w.queued_at + _minutes(appointment_wait_min),
                               {"ticket": w.number, "service": w.service, "minutes": round(w.waited_min)}))
    for c in counters:
        if c.unattended and c.lease_until is not None:
            found.append(Alert(f"unattended:{c.number}:{c.lease_until.isoformat()}", "unattended", c.lease_until,
                               {"counter": c.number}))
        elif c.state == "paused" and c.paused_since is not None:
            paused = (now - c.paused_since).total_seconds() / 60
            if paused > pause_alert_min:
                found.append(Alert(f"long_pause:{c.number}:{c.paused_since.isoformat()}", "long_pause",
                                   c.paused_since + _minutes(pause_alert_min),
                                   {"counter": c.number, "minutes": round(paused), "reason": c.pause_reason or ""}))
    for p in printers:
        found.append(Alert(f"printer:{p.event_id}", "printer", p.at,
                           {"ticket": p.ticket or "", "target": p.target, "station": p.station or ""}))
    for service, since in no_counter_services.items():
        found.append(Alert(f"no_open_counter:{service}:{since.isoformat()}", "no_open_counter", since,
                           {"service": service}))
    rank = {kind: i for i, kind in enumerate(ALERT_KINDS)}
    return sorted(found, key=lambda a: (-a.since.timestamp(), rank[a.kind], a.key))


def _minutes(value: float):
    from datetime import timedelta

    return timedelta(minutes=value)


# -- staffing hint: M/M/c (Erlang C) -------------------------------------------------------------

def erlang_c(servers: int, load: float) -> float:
    """The probability that an arrival waits, for `servers` counters and an offered load
    of `load` Erlangs (arrival rate × mean service time); 1.0 when load ≥ servers."""
    if servers <= 0 or load >= servers:
        return 1.0
    if load <= 0:
        return 0.0
    # The Erlang B recursion is stable for large numbers of servers; C follows from B.
    b = 1.0
    for k in range(1, servers + 1):
        b = load * b / (k + load * b)
    rho = load / servers
    return b / (1 - rho + rho * b)


def expected_wait_min(arrivals_per_hour: float, mean_service_min: float, counters: int) -> float | None:
    """The mean wait in the queue of an M/M/c system (Poisson arrivals, exponential
    service, `counters` servers), in minutes; None when the counters cannot keep up
    (the queue grows without bound) or there is no counter at all."""
    if counters <= 0:
        return None
    if arrivals_per_hour <= 0:
        return 0.0
    rate = arrivals_per_hour / 60.0              # per minute
    load = rate * mean_service_min
    if load >= counters:
        return None
    return erlang_c(counters, load) * mean_service_min / (counters - load)


@dataclass(frozen=True)
class StaffingHint:
    """The expected wait of a customer arriving now, with the counters open and with one
    more: the people already waiting, cleared by the counters (waiting × mean service ÷
    counters), plus the M/M/c queueing wait of the arrivals of the last hour (Erlang C).
    None: the counters cannot keep up with the arrivals (the queue grows)."""

    service: str
    arrivals_per_hour: float
    mean_service_min: float
    counters: int
    waiting: int
    wait_now_min: float | None
    wait_one_more_min: float | None

    @property
    def one_more_helps(self) -> bool:
        """One more counter brings the wait under control or cuts it by a third and at
        least five minutes — never for a business nobody is waiting for or came for in
        the last hour (with no counter open its wait is endless, but nobody has it)."""
        if self.wait_one_more_min is None or (self.waiting == 0 and self.arrivals_per_hour <= 0):
            return False
        if self.wait_now_min is None:
            return True
        return self.wait_now_min - self.wait_one_more_min >= max(5.0, self.wait_now_min / 3)


def expected_wait_with(arrivals_per_hour: float, mean_service_min: float, counters: int,
                       waiting: int) -> float | None:
    """Backlog cleared by `counters`, plus the M/M/c wait of the arrival flow."""
    queueing = expected_wait_min(arrivals_per_hour, mean_service_min, counters)
    if queueing is None:
        return None
    return waiting * mean_service_min / counters + queueing


def staffing_hint(service: str, arrivals_per_hour: float, mean_service_min: float, counters: int,
                  waiting: int) -> StaffingHint:
    return StaffingHint(service, arrivals_per_hour, mean_service_min, counters, waiting,
                        expected_wait_with(arrivals_per_hour, mean_service_min, counters, waiting),
                        expected_wait_with(arrivals_per_hour, mean_service_min, counters + 1, waiting))


def finite(value: float | None) -> float | None:
    """For JSON: a wait that is not a number is no wait figure at all."""
    return None if value is None or not math.isfinite(value) else round(value, 1)
