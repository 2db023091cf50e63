"""The hall in memory: the domain's rules on plain objects, applied as the use cases
apply them, a few hundred times faster than a database. Replications, policy
comparisons and `queuedesk plan` run here.

It is the engine's double, not a second set of rules: who is called next is
`domain.routing`, the promise on a ticket `domain.estimate`, every state change the
ticket's and counter's own (`domain.model`), and the figures `domain.figures`. What
it does itself is only what the store and the use cases do around them — number the
tickets, keep the waiting queue, know who is at which counter — and on the same seed
it gives the same tickets, calls and waits as the engine on a database
(tests/simulation/test_engines.py holds the two together).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from queuedesk.domain import estimate, routing
from queuedesk.domain.errors import ServiceClosed
from queuedesk.domain.model import Channel, Counter, Priority, Ticket, TicketState, moving_on
from queuedesk.domain.numbering import local_time, ticket_number
from queuedesk.simulation.backend import Called, Issued
from queuedesk.simulation.layout import Layout


def _plain(t: Ticket) -> bool:
    """In the plain queue of its service (what the store reads only the head of)."""
    return t.priority is Priority.NORMAL and not t.head_of_queue and t.target_counter is None


class MemoryHall:
    def __init__(self, layout: Layout, clock: Callable[[], datetime], day: date, tz: ZoneInfo,
                 policy: routing.Policy, max_recalls: int = 3, on_called: str = "ask"):
        self.services = layout.services
        self.counters = {c.number: Counter(c.number, list(c.services)) for c in layout.counters}
        self.clock, self.day, self.tz, self.policy = clock, day, tz, policy
        self.max_recalls, self.on_called = max_recalls, on_called
        self.tickets: list[Ticket] = []
        self.plain: dict[str, deque[Ticket]] = {code: deque() for code in self.services}
        self.special: list[Ticket] = []
        self.current: dict[int, Ticket | None] = {n: None for n in self.counters}
        self.sequence: dict[str, int] = {code: 0 for code in self.services}
        self.recent: dict[str, list[float]] = {code: [] for code in self.services}

    # -- the counters ------------------------------------------------------------------

    def open(self, numbers: Sequence[int], tellers: Sequence[str | None] = ()) -> None:
        for number in numbers:
            self.counters[number].open()

    def close(self, numbers: Sequence[int]) -> None:
        for number in numbers:
            self.counters[number].close(self.current[number])

    # -- the use cases -----------------------------------------------------------------

    def issue(self, code: str, priority: Priority) -> Issued:
        service = self.services[code]
        now = self.clock()
        self.sequence[code] += 1
        sequence = self.sequence[code]
        refusal = service.refusal(local_time(now, self.tz), sequence - 1)
        if refusal:
            raise ServiceClosed(code, str(refusal), refusal.kind)
        ticket = Ticket(number=ticket_number(service.prefix, sequence, service.number_width), service=code,
                        business_date=self.day, token="", issued_at=now, queued_at=now, priority=priority,
                        channel=Channel.KIOSK, sequence=sequence, id=len(self.tickets) + 1)
        self.tickets.append(ticket)
        (self.plain[code].append if _plain(ticket) else self.special.append)(ticket)
        inputs = self._estimate_inputs(ticket, now)
        promise = estimate.wait(*inputs)
        ticket.estimated_wait_min = promise.minutes
        return Issued(ticket.number, promise, inputs)

    def call_next(self, number: int) -> Called | None:
        counter = self.counters[number]
        now = self.clock()
        current = self.current[number]
        if current is not None:
            if moving_on(current, self.max_recalls, self.on_called) == "no_show":
                current.no_show(now)
            else:
                self._finished(current, now)
            self.current[number] = None
        candidates = [t for t in self.special if routing.can_serve(t, number, counter.services)]
        candidates += [self.plain[code][0] for code in counter.services if self.plain.get(code)]
        ordered = routing.queue_order(candidates, self.services, number, counter.services, now, self.policy)
        if not ordered:
            return None
        chosen = ordered[0]
        if _plain(chosen):
            self.plain[chosen.service].popleft()
        else:
            self.special.remove(chosen)
        chosen.call(number, counter.staff, now)
        self.current[number] = chosen
        return Called(chosen.number, chosen.service)

    def start(self, number: int) -> None:
        self.current[number].start(self.clock())

    def finish(self, number: int) -> None:
        self._finished(self.current[number], self.clock())
        self.current[number] = None

    def no_show(self, number: int) -> None:
        self.current[number].no_show(self.clock())
        self.current[number] = None

    def legs(self) -> list[Ticket]:
        return list(self.tickets)

    # -- what the store and the use cases keep -------------------------------------------

    def _finished(self, ticket: Ticket, now: datetime) -> None:
        ticket.finish(now)
        if ticket.state is TicketState.DONE:
            self.recent[ticket.service].append(ticket.service_min())
            del self.recent[ticket.service][:-estimate.RECENT]

    def _estimate_inputs(self, ticket: Ticket, now: datetime) -> tuple[int, float, float, int, int, float | None]:
        """What operations.figures.position_and_estimate reads from the store, from memory."""
        code = ticket.service
        service = self.services[code]
        specials = [t for t in self.special if t.service == code]
        if _plain(ticket):
            # A plain ticket just taken is behind everyone waiting in its service (every
            # policy calls a service's plain queue oldest first, after its special
            # tickets): what routing.ahead_of counts, without a pass over a long queue.
            ahead = len(self.plain[code]) - 1 + sum(1 for t in specials if t.target_counter is None)
        else:
            ahead = routing.ahead_of(ticket, [*specials, *self.plain[code]], service, now, self.policy)
        mean = estimate.mean_service_min(self.recent[code], service.expected_service_min)
        spread = estimate.service_spread(self.recent[code])
        open_counters = [c for c in self.counters.values() if c.is_open]
        busy = {t.service for t in self.special} | {c for c, queue in self.plain.items() if queue}
        share = estimate.counter_share([c.services for c in open_counters], busy, code)
        free = estimate.free_counters([c.services for c in open_counters],
                                      [self.current[c.number] is not None for c in open_counters], code)
        serving = sum(1 for c in open_counters if code in c.services)
        return ahead, mean, share, free, serving, spread
