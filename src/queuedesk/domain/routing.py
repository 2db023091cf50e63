"""Who is called next: the one rule every counter follows.

Order, for a counter and the waiting tickets it may serve:

1. emergency (green channel) — jumps every queue;
2. anyone past their service's maximum wait — priority must not starve the ordinary;
3. transferred in (一次取号) — a transferred customer keeps their place at the head;
4. appointment holders, then the priority groups, then VIP;
5. everyone else by the counter's own service order.

Within a class the longest waiting goes first. Ties are broken by ticket id so the
order is total and every counter agrees on it.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from queuedesk.domain.model import Priority, Service, Ticket, TicketState

_CLASS_RANK = {
    Priority.EMERGENCY: 0,
    # 1: overdue, 2: transferred in — both decided per ticket below
    Priority.APPOINTMENT: 3,
    Priority.PRIORITY: 4,
    Priority.VIP: 5,
    Priority.NORMAL: 6,
}


def is_overdue(ticket: Ticket, service: Service, now: datetime) -> bool:
    return ticket.waited_min(now) > service.max_wait_min


def can_serve(ticket: Ticket, counter_number: int, counter_services: Sequence[str]) -> bool:
    if ticket.state is not TicketState.WAITING:
        return False
    if ticket.target_counter is not None:
        return ticket.target_counter == counter_number
    return ticket.service in counter_services


def order_key(ticket: Ticket, service: Service, counter_services: Sequence[str], now: datetime):
    """Sort key: smaller is called first."""
    if ticket.priority is Priority.EMERGENCY:
        rank = 0
    elif is_overdue(ticket, service, now):
        rank = 1
    elif ticket.head_of_queue:
        rank = 2
    else:
        rank = _CLASS_RANK[ticket.priority]
    # The counter's own service order only ranks ordinary customers; for the others
    # the longest waiting goes first whatever their business.
    if rank == 6:
        preference = (counter_services.index(ticket.service)
                      if ticket.service in counter_services else len(counter_services))
    else:
        preference = 0
    return (rank, preference, ticket.queued_at or ticket.issued_at, ticket.id or 0)


def queue_order(tickets: Iterable[Ticket], services: Mapping[str, Service],
                counter_number: int, counter_services: Sequence[str], now: datetime) -> list[Ticket]:
    """The waiting tickets this counter may call, in the order it should call them."""
    eligible = [t for t in tickets if can_serve(t, counter_number, counter_services)]
    return sorted(eligible, key=lambda t: order_key(t, services[t.service], counter_services, now))


def ahead_of(ticket: Ticket, waiting: Iterable[Ticket], service: Service, now: datetime) -> int:
    """How many of the service's waiting tickets would be called before this one."""
    codes = [service.code]
    mine = order_key(ticket, service, codes, now)
    return sum(1 for t in waiting
               if t is not ticket and t.id != ticket.id and t.service == service.code
               and t.state is TicketState.WAITING and t.target_counter is None
               and order_key(t, service, codes, now) < mine)


def positions(waiting: Iterable[Ticket], service: Service, now: datetime) -> dict[int, int]:
    """`ahead_of` for every waiting ticket of the service at once, {ticket id: people ahead}:
    one sort instead of one pass per ticket, for a page server following hundreds of them."""
    codes = [service.code]
    mine = [t for t in waiting if t.service == service.code and t.state is TicketState.WAITING]
    keys = sorted(order_key(t, service, codes, now) for t in mine if t.target_counter is None)
    return {t.id: bisect_left(keys, order_key(t, service, codes, now)) for t in mine}
