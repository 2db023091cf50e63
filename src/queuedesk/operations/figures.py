"""Queue figures computed from the store through the domain's rules (position, estimate),
without reading the queue: a count below each routing group's bound for the ticket
(domain.routing.group_bound), the plain group's from the back, in one round trip.

`HallFigures` is what every service's status is made of; a window that shows them keeps
it current from the events (`apply`) and reads it again only for what events cannot
tell (a counter opening, a service renamed, the clock).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.model import Counter, Service, Ticket
from queuedesk.domain.numbering import local_time
from queuedesk.operations.info import ServiceStatus
from queuedesk.store.unit_of_work import UnitOfWork


def _read_again() -> tuple:
    """Events after which the figures must be read again: they change what events do not
    carry (imported here, not at the top: `queuedesk status` needs no event types)."""
    from queuedesk.domain import events

    return events.CounterEvent, events.DayClosed, *events.SERVICES_CHANGED


def open_counters_serving(counters: list[Counter], code: str, now: datetime) -> int:
    """Counters open for `code` with someone there (an unattended one serves nobody)."""
    return sum(1 for c in counters if c.serving(now) and code in c.services)


def counter_share(counters: list[Counter], counts: dict[str, int], code: str, now: datetime) -> float:
    """Counters' worth of service this service can expect now (see domain.estimate)."""
    busy = {s for s, n in counts.items() if n > 0}
    return estimate.counter_share([c.services for c in counters if c.serving(now)], busy, code)


def position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date,
                          now: datetime) -> tuple[int, float]:
    """People ahead of a waiting ticket and the wait to promise it, in one round trip. A
    ticket not stored yet counts as the newest (domain.routing.UNSTORED)."""
    bounds = {group: routing.group_bound(group, ticket, service, now) for group in routing.GROUPS}
    below, recent, counts, counters = uow.read(
        uow.tickets.queue_reading(service.code, day, bounds),
        uow.tickets.recent_reading(service.code, day, estimate.RECENT),
        uow.tickets.counts_reading(day), uow.counters.all_reading())
    people = sum(below.values())
    mean = estimate.mean_service_min(recent, service.expected_service_min)
    return people, estimate.estimated_wait_min(people, mean, counter_share(counters, counts, service.code, now))


@dataclass
class HallFigures:
    """What every service's status is made of, as read (queries.hall_figures)."""

    day: date
    services: dict[str, Service]
    counters: list[Counter]
    waiting: dict[str, int]                    # kept counts, that day
    oldest: dict[str, datetime]                # when the longest waiting joined, per service
    recent: dict[str, list[float]]             # the service's last service times, oldest first
    issued: dict[str, int]
    last_event: int = 0                        # the events up to this one are in the figures
    stale: bool = field(default=False)         # an event asked for a new read

    def statuses(self, now: datetime, timezone: str) -> list[ServiceStatus]:
        result = []
        for service in self.services.values():
            code = service.code
            waiting = self.waiting.get(code, 0)
            refusal = service.refusal(local_time(now, timezone), self.issued.get(code, 0))
            mean = estimate.mean_service_min(self.recent.get(code, []), service.expected_service_min)
            oldest = self.oldest.get(code)
            longest = max(0.0, (now - oldest).total_seconds() / 60) if waiting and oldest else 0.0
            result.append(ServiceStatus.of(
                service, waiting=waiting, longest_wait_min=round(longest, 1),
                estimated_wait_min=estimate.estimated_wait_min(
                    waiting, mean, counter_share(self.counters, self.waiting, code, now)),
                open_counters=open_counters_serving(self.counters, code, now),
                refusal=str(refusal) if refusal else None, refusal_kind=refusal.kind if refusal else None))
        return result

    def apply(self, batch: Iterable) -> bool:
        """Take in what these events tell (waiting counts, numbers issued, service
        times); True if anything changed. Those they cannot tell set `stale`. The
        longest wait is kept as read (the next longest is not in the events)."""
        from queuedesk.domain import events

        read_again = _read_again()
        changed = False
        for event in batch:
            if event.id <= self.last_event:
                continue                       # in the figures already
            self.last_event = event.id
            if isinstance(event, read_again):
                self.stale = True
            if not isinstance(event, events.TicketEvent):
                continue
            counts = [(event.service, event.waiting)]
            if isinstance(event, events.TicketTransferred):
                counts.append((event.to_service, event.to_waiting))
            for code, waiting in counts:
                if waiting is not None and code is not None and self.waiting.get(code) != waiting:
                    self.waiting[code] = waiting
                    changed = True
            service = self.services.get(event.service)
            if isinstance(event, events.TicketIssued) and service is not None:
                number = event.ticket_number[len(service.prefix):]
                if number.isdigit() and int(number) > self.issued.get(event.service, 0):
                    self.issued[event.service] = int(number)     # the day's numbers so far
                    changed = True
            elif isinstance(event, events.TicketFinished) and event.service_min is not None:
                recent = self.recent.setdefault(event.service, [])
                recent.append(event.service_min)
                del recent[:-estimate.RECENT]
                changed = True
        return changed
