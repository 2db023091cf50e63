"""Who is called next: the one rule every counter follows.

Order, for a counter and the waiting tickets it may serve:

1. emergency (green channel) — jumps every queue;
2. anyone past their service's maximum wait — priority must not starve the ordinary;
3. transferred in (一次取号) — a transferred customer keeps their place at the head;
4. appointment holders, then the priority groups, then VIP;
5. everyone else by the counter's own service order.

Within a class the longest waiting goes first. Ties are broken by ticket id so the
order is total and every counter agrees on it.

The plain queue. Most of a queue is ordinary customers who were neither transferred in
nor sent to one counter (`is_plain`). Among them this order is simply the oldest first
(a plain ticket is overdue or not, and the older is overdue first), so a store can keep
them in an index by (queued_at, id) and read only its head: the next ticket is among
the heads of the plain queues and the few others (`queue_order` over them), and a
ticket's place needs only a count of plain tickets below a bound (`plain_bound`,
`ahead_from`). tests/domain/test_routing.py proves both equal to the definitions above.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from queuedesk.domain.model import Priority, Service, Ticket, TicketState

_CLASS_RANK = {
    Priority.EMERGENCY: 0,
    # 1: overdue, 2: transferred in — both decided per ticket below
    Priority.APPOINTMENT: 3,
    Priority.PRIORITY: 4,
    Priority.VIP: 5,
    Priority.NORMAL: 6,
}


def overdue_before(service: Service, now: datetime) -> datetime:
    """A waiting ticket that joined its queue before this moment is past its maximum wait."""
    return now - timedelta(minutes=service.max_wait_min)


def joined(ticket: Ticket) -> datetime:
    """When the ticket joined its queue: routing's "oldest"."""
    return ticket.queued_at or ticket.issued_at


def is_overdue(ticket: Ticket, service: Service, now: datetime) -> bool:
    """Waiting longer than the service's maximum wait (a waiting ticket)."""
    return joined(ticket) < overdue_before(service, now)


def is_plain(ticket: Ticket) -> bool:
    """In the plain queue: an ordinary customer, not transferred in, not sent to one counter."""
    return ticket.priority is Priority.NORMAL and not ticket.head_of_queue and ticket.target_counter is None


def can_serve(ticket: Ticket, counter_number: int, counter_services: Sequence[str]) -> bool:
    if ticket.state is not TicketState.WAITING:
        return False
    if ticket.target_counter is not None:
        return ticket.target_counter == counter_number
    return ticket.service in counter_services


#: The id of a ticket not yet stored: it is the newest, after every stored one.
UNSTORED = 2 ** 63 - 1


def _id(ticket: Ticket) -> int:
    return UNSTORED if ticket.id is None else ticket.id


def plain_key(ticket: Ticket) -> tuple[datetime, int]:
    """The plain queue's order (see the module's docstring): oldest first."""
    return joined(ticket), _id(ticket)


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
    return (rank, preference, joined(ticket), _id(ticket))


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


def plain_bound(ticket: Ticket, service: Service, now: datetime) -> tuple[datetime, int] | None:
    """The plain tickets of `ticket`'s service called before it are exactly those whose
    (joined, id) is below this bound; None: no plain ticket comes before it.

    An emergency comes before every plain ticket; an overdue ticket or a plain one after
    the plain tickets that joined before it (older plain tickets are overdue first); any
    other (transferred in, a priority class) after the overdue plain tickets only.
    """
    rank = order_key(ticket, service, [service.code], now)[0]
    if rank == 0:
        return None
    if rank in (1, 6):
        return plain_key(ticket)
    return overdue_before(service, now), 0


def ahead_from(ticket: Ticket, others: Iterable[Ticket], plain_ahead: int, service: Service,
               now: datetime) -> int:
    """`ahead_of` from the queue's few tickets that are not plain (`others`, the service's
    waiting tickets outside the plain queue) and how many plain ones lie below
    `plain_bound`: what a store can give without reading the queue."""
    codes = [service.code]
    mine = order_key(ticket, service, codes, now)
    return plain_ahead + sum(1 for t in others
                             if t is not ticket and t.id != ticket.id and t.service == service.code
                             and t.state is TicketState.WAITING and t.target_counter is None
                             and not is_plain(t) and order_key(t, service, codes, now) < mine)
