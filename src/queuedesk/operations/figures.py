"""Queue figures computed from the store through the domain's rules (position, estimate)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.model import Counter, Service, Ticket, TicketState
from queuedesk.store.unit_of_work import UnitOfWork


def open_counters_serving(uow: UnitOfWork, code: str, now: datetime) -> int:
    """Counters open for `code` with someone there (an unattended one serves nobody)."""
    return sum(1 for c in uow.counters.all() if c.serving(now) and code in c.services)


@dataclass(frozen=True)
class Counters:
    """The open counters (with a teller there) and which of them have a customer, read
    once for every estimate of one read."""

    open: Sequence[Counter]
    busy: Sequence[bool]
    waiting_services: set[str]

    @classmethod
    def read(cls, uow: UnitOfWork, day: date, now: datetime) -> Counters:
        serving = [c for c in uow.counters.all() if c.serving(now)]
        occupied = {t.counter for t in uow.tickets.in_states(TicketState.CALLED, TicketState.SERVING, day=day)}
        busy = {s for s, n in uow.tickets.waiting_counts(day).items() if n > 0}
        return cls(serving, [c.number in occupied for c in serving], busy)

    def share(self, code: str) -> float:
        """Counters' worth of service `code` can expect now (see domain.estimate)."""
        return estimate.counter_share([c.services for c in self.open], self.waiting_services, code)

    def free(self, code: str) -> int:
        return estimate.free_counters([c.services for c in self.open], self.busy, code)

    def serving(self, code: str) -> int:
        return sum(1 for c in self.open if code in c.services)


def service_times(uow: UnitOfWork, service: Service, day: date) -> tuple[float, float | None]:
    """The service's mean service time now and how unlike one another they are (domain.estimate)."""
    recent = uow.tickets.recent_service_minutes(service.code, day, estimate.RECENT)
    return estimate.mean_service_min(recent, service.expected_service_min), estimate.service_spread(recent)


def wait_for(uow: UnitOfWork, service: Service, ahead: int, day: date, now: datetime,
             counters: Counters | None = None, times: tuple[float, float | None] | None = None) -> WaitEstimate:
    """The promise for a customer of `service` with `ahead` people before them."""
    counters = counters or Counters.read(uow, day, now)
    mean, spread = times or service_times(uow, service, day)
    code = service.code
    return estimate.wait(ahead, mean, counters.share(code), counters.free(code), counters.serving(code), spread)


def new_ticket_position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date, now: datetime,
                                    policy: routing.Policy = routing.DEFAULT_POLICY) -> tuple[int, WaitEstimate]:
    """`position_and_estimate` for a ticket just issued (already added), by counting
    (routing.passed_by_new): issuing costs the same however long the queue."""
    queue = uow.tickets.waiting_count(service.code, day, untargeted=True)   # the new ticket included
    ahead = queue - 1 - uow.tickets.count_passed(service.code, day, routing.passed_by_new(ticket, service, now, policy))
    return ahead, wait_for(uow, service, ahead, day, now)


def position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date, now: datetime,
                          policy: routing.Policy = routing.DEFAULT_POLICY) -> tuple[int, WaitEstimate]:
    waiting = [t for t in uow.tickets.in_states(TicketState.WAITING, day=day) if t.service == service.code]
    ahead = routing.ahead_of(ticket, waiting, service, now, policy)
    return ahead, wait_for(uow, service, ahead, day, now)
