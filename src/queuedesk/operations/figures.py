"""Queue figures computed from the store through the domain's rules (position, estimate)."""
from __future__ import annotations

from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.model import Service, Ticket, TicketState
from queuedesk.store.unit_of_work import UnitOfWork


def open_counters_serving(uow: UnitOfWork, code: str, now: datetime) -> int:
    """Counters open for `code` with someone there (an unattended one serves nobody)."""
    return sum(1 for c in uow.counters.all() if c.serving(now) and code in c.services)


def counters_for(uow: UnitOfWork, code: str, day: date, now: datetime) -> float:
    """Counters' worth of service this service can expect now (see domain.estimate)."""
    busy = {s for s, n in uow.tickets.waiting_counts(day).items() if n > 0}
    return estimate.counter_share([c.services for c in uow.counters.all() if c.serving(now)], busy, code)


def position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date,
                          now: datetime) -> tuple[int, float]:
    waiting = [t for t in uow.tickets.in_states(TicketState.WAITING, day=day) if t.service == service.code]
    ahead = routing.ahead_of(ticket, waiting, service, now)
    mean = estimate.mean_service_min(uow.tickets.recent_service_minutes(service.code, day, estimate.RECENT),
                                     service.expected_service_min)
    return ahead, estimate.estimated_wait_min(ahead, mean, counters_for(uow, service.code, day, now))
