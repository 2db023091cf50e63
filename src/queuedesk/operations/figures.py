"""Queue figures computed from the store through the domain's rules (position, estimate)."""
from __future__ import annotations

from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.model import Service, Ticket, TicketState
from queuedesk.store.repository import Tx


def open_counters_serving(tx: Tx, code: str) -> int:
    return sum(1 for c in tx.counters() if c.is_open and code in c.services)


def counters_for(tx: Tx, code: str, day: date) -> float:
    """Counters' worth of service this service can expect now (see domain.estimate)."""
    busy = {s for s, n in tx.waiting_counts(day).items() if n > 0}
    return estimate.counter_share([c.services for c in tx.counters() if c.is_open], busy, code)


def position_and_estimate(tx: Tx, ticket: Ticket, service: Service, day: date,
                          now: datetime, waiting: list[Ticket] | None = None) -> tuple[int, float]:
    if waiting is None:
        waiting = [t for t in tx.tickets_in(TicketState.WAITING, day=day) if t.service == service.code]
    ahead = routing.ahead_of(ticket, waiting, service, now)
    mean = estimate.mean_service_min(tx.recent_service_minutes(service.code, day, estimate.RECENT),
                                     service.expected_service_min)
    return ahead, estimate.estimated_wait_min(ahead, mean, counters_for(tx, service.code, day))


def waiting_count(tx: Tx, code: str, day: date) -> int:
    return tx.waiting_count(code, day)
