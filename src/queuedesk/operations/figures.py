"""Queue figures computed from the store through the domain's rules (position, estimate),
without reading the queue: the kept counts, the few tickets outside the plain queue and
a count at the queue's back (domain.routing.ahead_from), in one round trip."""
from __future__ import annotations

from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.model import Counter, Service, Ticket
from queuedesk.store.unit_of_work import UnitOfWork


def open_counters_serving(counters: list[Counter], code: str, now: datetime) -> int:
    """Counters open for `code` with someone there (an unattended one serves nobody)."""
    return sum(1 for c in counters if c.serving(now) and code in c.services)


def counter_share(counters: list[Counter], counts: dict[str, int], code: str, now: datetime) -> float:
    """Counters' worth of service this service can expect now (see domain.estimate)."""
    busy = {s for s, n in counts.items() if n > 0}
    return estimate.counter_share([c.services for c in counters if c.serving(now)], busy, code)


def ahead(ticket: Ticket, service: Service, now: datetime, queue: tuple[int, list[Ticket], int]) -> int:
    """People ahead of `ticket` (waiting, stored or about to be) from `queue_reading`."""
    waiting, others, plain_above = queue
    bound = routing.plain_bound(ticket, service, now)
    plain_ahead = 0 if bound is None else max(0, waiting - len(others) - plain_above)
    return routing.ahead_from(ticket, others, plain_ahead, service, now)


def position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date,
                          now: datetime) -> tuple[int, float]:
    """People ahead of a waiting ticket and the wait to promise it. A ticket not stored
    yet counts as the newest (domain.routing.UNSTORED)."""
    queue, recent, counts, counters = uow.read(
        uow.tickets.queue_reading(service.code, day, routing.plain_bound(ticket, service, now)),
        uow.tickets.recent_reading(service.code, day, estimate.RECENT),
        uow.tickets.counts_reading(day), uow.counters.all_reading())
    people = ahead(ticket, service, now, queue)
    mean = estimate.mean_service_min(recent, service.expected_service_min)
    return people, estimate.estimated_wait_min(people, mean, counter_share(counters, counts, service.code, now))
