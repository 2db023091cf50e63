"""Who is called next: the one rule every counter follows.

Order, for a counter and the waiting tickets it may serve:

1. emergency (green channel) — jumps every queue;
2. anyone overdue — priority must not starve the ordinary;
3. transferred in (一次取号) — a transferred customer keeps their place at the head;
4. appointment holders, then the priority groups, then VIP;
5. everyone else, in the order of the hall's calling policy (`Policy`):
   - `service-order`: the counter's own service order, oldest first within a service;
   - `fifo`: oldest first across the counter's services;
   - `aging`: shortest expected service first, then oldest — and "overdue" starts
     earlier, at θ × the service's maximum wait, so the long jobs are not starved.

Overdue is past the service's maximum wait (θ × it under `aging`). Within a class the
longest waiting goes first. Ties are broken by ticket id so the order is total and
every counter agrees on it.

Within one service every policy calls plain customers oldest first, so the head of
each service's queue is enough to find the next one (the store reads only that), and a
customer's place in their own queue does not depend on the policy except through
when "overdue" starts.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from queuedesk.domain.model import Priority, Service, Ticket, TicketState

SERVICE_ORDER = "service-order"
FIFO = "fifo"
AGING = "aging"
POLICIES = (SERVICE_ORDER, FIFO, AGING)
#: θ: bounds and default (a share of the service's maximum wait; see Policy).
AGING_RANGE = (0.1, 1.0)
AGING_DEFAULT = 0.75

_CLASS_RANK = {
    Priority.EMERGENCY: 0,
    # 1: overdue, 2: transferred in — both decided per ticket below
    Priority.APPOINTMENT: 3,
    Priority.PRIORITY: 4,
    Priority.VIP: 5,
    Priority.NORMAL: 6,
}
_PLAIN = 6


@dataclass(frozen=True)
class Policy:
    """How a counter orders its ordinary customers (`name`, one of POLICIES) and, under
    `aging`, the share θ of a service's maximum wait after which a customer goes first."""

    name: str = AGING
    aging: float = AGING_DEFAULT

    def __post_init__(self) -> None:
        if self.name not in POLICIES:
            raise ValueError(f"unknown calling policy {self.name!r}; use {', '.join(POLICIES)}")
        if not AGING_RANGE[0] <= self.aging <= AGING_RANGE[1]:
            raise ValueError(f"aging share θ must be from {AGING_RANGE[0]:g} to {AGING_RANGE[1]:g}, "
                             f"not {self.aging!r}")

    def overdue_after_min(self, service: Service) -> float:
        """Minutes of waiting after which a customer of `service` goes first."""
        return service.max_wait_min * (self.aging if self.name == AGING else 1.0)


#: The hall's default (hall.policy): measured against fifo and service-order on the three
#: sample halls and issue 16's simple/complex hall (benchmarks/policies.py), aging was
#: never worse than fifo beyond the noise and cut the long waits that service-order made.
DEFAULT_POLICY = Policy()


def is_overdue(ticket: Ticket, service: Service, now: datetime, policy: Policy = DEFAULT_POLICY) -> bool:
    return ticket.waited_min(now) > policy.overdue_after_min(service)


def can_serve(ticket: Ticket, counter_number: int, counter_services: Sequence[str]) -> bool:
    if ticket.state is not TicketState.WAITING:
        return False
    if ticket.target_counter is not None:
        return ticket.target_counter == counter_number
    return ticket.service in counter_services


def order_key(ticket: Ticket, service: Service, counter_services: Sequence[str], now: datetime,
              policy: Policy = DEFAULT_POLICY):
    """Sort key: smaller is called first."""
    if ticket.priority is Priority.EMERGENCY:
        rank = 0
    elif is_overdue(ticket, service, now, policy):
        rank = 1
    elif ticket.head_of_queue:
        rank = 2
    else:
        rank = _CLASS_RANK[ticket.priority]
    # The policy only ranks ordinary customers; for the others the longest waiting goes
    # first whatever their business.
    preference: float = 0
    if rank == _PLAIN:
        if policy.name == SERVICE_ORDER:
            preference = (counter_services.index(ticket.service)
                          if ticket.service in counter_services else len(counter_services))
        elif policy.name == AGING:
            preference = service.expected_service_min
    return (rank, preference, ticket.queued_at or ticket.issued_at, ticket.id or 0)


def queue_order(tickets: Iterable[Ticket], services: Mapping[str, Service],
                counter_number: int, counter_services: Sequence[str], now: datetime,
                policy: Policy = DEFAULT_POLICY) -> list[Ticket]:
    """The waiting tickets this counter may call, in the order it should call them."""
    eligible = [t for t in tickets if can_serve(t, counter_number, counter_services)]
    return sorted(eligible, key=lambda t: order_key(t, services[t.service], counter_services, now, policy))


def ahead_of(ticket: Ticket, waiting: Iterable[Ticket], service: Service, now: datetime,
             policy: Policy = DEFAULT_POLICY) -> int:
    """How many of the service's waiting tickets would be called before this one."""
    codes = [service.code]
    mine = order_key(ticket, service, codes, now, policy)
    return sum(1 for t in waiting
               if t is not ticket and t.id != ticket.id and t.service == service.code
               and t.state is TicketState.WAITING and t.target_counter is None
               and order_key(t, service, codes, now, policy) < mine)


@dataclass(frozen=True)
class Passes:
    """Whom a ticket issued now goes before in its service's queue (`passed_by_new`), as
    a store can count it without loading the queue: waiting tickets of the service, not
    sent to one counter, of one of `classes`, transferred in only if `transferred`, and
    queued at `since` or later (not overdue) unless `since` is None. Every other waiting
    ticket of the service not sent to one counter is ahead of the new one."""

    classes: frozenset[Priority]
    transferred: bool
    since: datetime | None

    def matches(self, ticket: Ticket) -> bool:
        """The definition the store's count follows (a test holds the two together)."""
        return (ticket.priority in self.classes and (self.transferred or not ticket.head_of_queue)
                and (self.since is None or (ticket.queued_at or ticket.issued_at) >= self.since))


def passed_by_new(ticket: Ticket, service: Service, now: datetime, policy: Policy = DEFAULT_POLICY) -> Passes:
    """`ahead_of` for a ticket issued at `now`, the newest in its queue, by counting: it
    is ahead of nobody of its own rank or above, and behind nobody ranked below it. An
    emergency passes everyone but emergencies; any other class passes the classes ranked
    below it, except those transferred in and the overdue (waiting past
    `policy.overdue_after_min`)."""
    if ticket.priority is Priority.EMERGENCY:
        return Passes(frozenset(p for p in Priority if p is not Priority.EMERGENCY), True, None)
    mine = _CLASS_RANK[ticket.priority]
    below = frozenset(p for p, rank in _CLASS_RANK.items() if rank > mine)
    return Passes(below, False, now - timedelta(minutes=policy.overdue_after_min(service)))


def positions(waiting: Iterable[Ticket], service: Service, now: datetime,
              policy: Policy = DEFAULT_POLICY) -> dict[int, int]:
    """`ahead_of` for every waiting ticket of the service at once, {ticket id: people ahead}:
    one sort instead of one pass per ticket, for a page server following hundreds of them."""
    codes = [service.code]
    mine = [t for t in waiting if t.service == service.code and t.state is TicketState.WAITING]
    keys = sorted(order_key(t, service, codes, now, policy) for t in mine if t.target_counter is None)
    return {t.id: bisect_left(keys, order_key(t, service, codes, now, policy)) for t in mine}
