"""Queue figures computed from the store through the domain's rules (position, estimate),
without reading the queue: a count below each routing group's bound for the ticket
under the hall's calling policy (domain.routing.group_bound), the plain group's from the
back, with what the estimate needs (domain.estimate.wait: the counters serving the
service, which of them are free, the recent service times), in one round trip.

`HallFigures` is what every service's status is made of; a window that shows them keeps
it current from the events (`apply`) and reads it again only for what events cannot
tell (a counter opening, a service renamed, the clock).
"""
from __future__ import annotations

import collections
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from queuedesk.domain import estimate, routing
from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.model import Counter, Service, Ticket, TicketState
from queuedesk.domain.numbering import local_time
from queuedesk.operations.info import ServiceStatus
from queuedesk.store.unit_of_work import UnitOfWork


def _read_again() -> tuple:
    """Events after which the figures must be read again: they change what events do not
    carry (imported here, not at the top: `queuedesk status` needs no event types)."""
    from queuedesk.domain import events

    return events.CounterEvent, events.DayClosed, *events.SERVICES_CHANGED


@dataclass(frozen=True)
class Counters:
    """The open counters (with a teller there) and which of them have a customer, read
    once for every estimate of one read."""

    open: Sequence[Counter]
    busy: Sequence[bool]
    waiting_services: set[str]

    @classmethod
    def of(cls, counters: Iterable[Counter], occupied: Iterable[int], counts: Mapping[str, int],
           now: datetime) -> Counters:
        """From the hall's counters, the numbers of those with a customer called or being
        served, and the waiting counts."""
        serving = [c for c in counters if c.serving(now)]
        occupied = set(occupied)
        return cls(serving, [c.number in occupied for c in serving], {s for s, n in counts.items() if n > 0})

    @classmethod
    def read(cls, uow: UnitOfWork, day: date, now: datetime) -> Counters:
        counters, at_counters, counts = uow.read(uow.counters.all_reading(), uow.tickets.at_counters_reading(day),
                                                 uow.tickets.counts_reading(day))
        return cls.of(counters, at_counters, counts, now)

    def share(self, code: str) -> float:
        """Counters' worth of service `code` can expect now (see domain.estimate)."""
        return estimate.counter_share([c.services for c in self.open], self.waiting_services, code)

    def free(self, code: str) -> int:
        return estimate.free_counters([c.services for c in self.open], self.busy, code)

    def serving(self, code: str) -> int:
        return sum(1 for c in self.open if code in c.services)

    def numbers(self, code: str) -> tuple[int, ...]:
        """The open counters serving `code`, by number."""
        return tuple(c.number for c in self.open if code in c.services)

    def wait(self, service: Service, ahead: int, recent: Sequence[float]) -> WaitEstimate:
        """The promise for a customer of `service` with `ahead` people before them, from
        the service's recent service times (oldest first)."""
        code = service.code
        mean = estimate.mean_service_min(recent, service.expected_service_min)
        return estimate.wait(ahead, mean, self.share(code), self.free(code), self.serving(code),
                             estimate.service_spread(recent))


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


def _place_reading(uow: UnitOfWork, ticket: Ticket, service: Service, day: date, now: datetime,
                   policy: routing.Policy):
    """How many are called before `ticket` (domain.routing.ahead_of), counted by index."""
    bounds = {group: routing.group_bound(group, ticket, service, now, policy) for group in routing.GROUPS}
    return uow.tickets.ahead_reading(service.code, day, bounds)


#: Counting one ticket's place by index costs the store about as much as reading this
#: many waiting tickets whole (benchmarks/web_pages.py: 500 pages of a 500-long queue).
PLACE_COST = 4


def places(uow: UnitOfWork, tickets: Iterable[Ticket], services: Mapping[str, Service], day: date,
           now: datetime, policy: routing.Policy = routing.DEFAULT_POLICY) -> dict[int, int]:
    """{ticket id: people ahead} for the waiting ones of `tickets` (of `day`): what ticket
    pages and notices tell. Each place is counted by index, so a long queue costs no
    more — unless the places to tell are many for their queue's length: then that queue
    is read and sorted once (routing.positions), which costs less."""
    waiting = [t for t in tickets
               if t.state is TicketState.WAITING and t.business_date == day and t.service in services]
    if not waiting:
        return {}
    asked = collections.Counter(t.service for t in waiting)
    lengths = uow.tickets.waiting_counts(day)
    sorted_here = {code for code, n in asked.items() if n * PLACE_COST >= lengths.get(code, 0)}
    found: dict[int, int] = {}
    if sorted_here:
        queue = uow.tickets.in_states(TicketState.WAITING, day=day, services=sorted_here)
        for code in sorted_here:
            found.update(routing.positions(queue, services[code], now, policy))
    counted = [t for t in waiting if t.service not in sorted_here]
    found.update(zip((t.id for t in counted),
                     uow.read(*(_place_reading(uow, t, services[t.service], day, now, policy) for t in counted))))
    return {t.id: found[t.id] for t in waiting}


def position_and_estimate(uow: UnitOfWork, ticket: Ticket, service: Service, day: date, now: datetime,
                          policy: routing.Policy = routing.DEFAULT_POLICY) -> tuple[int, WaitEstimate]:
    """People ahead of a waiting ticket under `policy` and the wait to promise it, in one
    round trip, however long the queue. A ticket not stored yet counts as the newest
    (domain.routing.UNSTORED): issuing asks before it adds the ticket."""
    people, recent, counts, counters, at_counters = uow.read(
        _place_reading(uow, ticket, service, day, now, policy),
        uow.tickets.recent_reading(service.code, day, estimate.RECENT),
        uow.tickets.counts_reading(day), uow.counters.all_reading(), uow.tickets.at_counters_reading(day))
    return people, Counters.of(counters, at_counters, counts, now).wait(service, people, recent)


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
    occupied: dict[int, int]                   # {counter: the ticket called or served there}
    last_event: int = 0                        # the events up to this one are in the figures
    stale: bool = field(default=False)         # an event asked for a new read

    def statuses(self, now: datetime, timezone: str) -> list[ServiceStatus]:
        counters = Counters.of(self.counters, self.occupied, self.waiting, now)   # an unattended one serves nobody
        result = []
        for service in self.services.values():
            code = service.code
            waiting = self.waiting.get(code, 0)
            refusal = service.refusal(local_time(now, timezone), self.issued.get(code, 0))
            oldest = self.oldest.get(code)
            longest = max(0.0, (now - oldest).total_seconds() / 60) if waiting and oldest else 0.0
            serving = counters.numbers(code)
            # A customer taking a ticket now has everyone already waiting ahead of them.
            wait = counters.wait(service, waiting, self.recent.get(code, []))
            result.append(ServiceStatus.of(
                service, waiting=waiting, longest_wait_min=round(longest, 1),
                estimated_wait_min=wait.minutes, open_counters=len(serving),
                refusal=str(refusal) if refusal else None, refusal_kind=refusal.kind if refusal else None,
                serving=serving, wait=wait.to_dict()))
        return result

    def apply(self, batch: Iterable) -> bool:
        """Take in what these events tell (waiting counts, numbers issued, service
        times, which counters have a customer); True if anything changed. Those they
        cannot tell set `stale`. The longest wait is kept as read (the next longest is
        not in the events)."""
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
            # Each queue the event tells the waiting count of (Event.counts).
            for code, waiting in ((getattr(event, svc), getattr(event, count)) for count, svc in event.counts):
                if waiting is not None and code is not None and self.waiting.get(code) != waiting:
                    self.waiting[code] = waiting
                    changed = True
            if isinstance(event, events.TicketCalled) and event.counter is not None:
                changed = changed or self.occupied.get(event.counter) != event.ticket_id
                self.occupied[event.counter] = event.ticket_id
            elif isinstance(event, events.LEAVES_COUNTER):
                for number in [n for n, held in self.occupied.items() if held == event.ticket_id]:
                    del self.occupied[number]          # that counter is free now
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
