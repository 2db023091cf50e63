"""Who is called next: the one rule every counter follows.

Order, for a counter and the waiting tickets it may serve:

1. emergency (green channel) — jumps every queue;
2. anyone past their service's maximum wait — priority must not starve the ordinary;
3. transferred in (一次取号) — a transferred customer keeps their place at the head;
4. appointment holders, then the priority groups, then VIP;
5. everyone else by the counter's own service order.

Within a class the longest waiting goes first. Ties are broken by ticket id so the
order is total and every counter agrees on it.

Groups. Split a service's waiting tickets by priority and whether they were transferred
in (those sent to one counter aside): within such a group this order is simply the
oldest first, whatever the time (a ticket of the group is overdue or not, and the older
is overdue first). So a store can keep the queue in an index by group and time and never
read the queue whole: the next ticket is among the first few of each group (`queue_order`
over those gives it), and the tickets of a group called before a given one are those
below a bound (`group_bound`), which an index counts. Most tickets are in one group, the
plain one (ordinary customers, `is_plain`). tests/domain/test_routing.py proves both
equal to the definitions above, and tests/store/test_queue_in_sql.py the store's SQL.
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
    """The order within a group (see the module's docstring): oldest first."""
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


#: Routing's groups within a service: (priority, transferred in).
GROUPS = tuple((priority, head) for priority in Priority for head in (False, True))
#: The group of ordinary customers: most of any queue.
PLAIN = (Priority.NORMAL, False)
#: `group_bound` for a group whose every ticket comes first.
EVERYBODY = "everybody"


def group_of(ticket: Ticket) -> tuple[Priority, bool] | None:
    """The ticket's group in its service; None for one sent to one counter (for it alone)."""
    return None if ticket.target_counter is not None else (ticket.priority, ticket.head_of_queue)


def is_plain(ticket: Ticket) -> bool:
    """In the plain group: an ordinary customer, not transferred in, not sent to one counter."""
    return group_of(ticket) == PLAIN


def group_bound(group: tuple[Priority, bool], ticket: Ticket, service: Service, now: datetime):
    """Which tickets of `group` (in `ticket`'s service) are called before `ticket`: those
    whose `plain_key` is below the bound returned; None for none of them, EVERYBODY for
    all. (Within the group the older is called first, and is overdue first.)"""
    priority, head = group
    mine = order_key(ticket, service, [service.code], now)[0]
    if priority is Priority.EMERGENCY:
        return EVERYBODY if mine > 0 else plain_key(ticket)
    if mine == 0:
        return None
    if mine == 1:
        return plain_key(ticket)          # only overdue ones, older than it
    fresh = 2 if head else _CLASS_RANK[priority]     # the group's rank while not overdue
    if fresh < mine:
        return EVERYBODY
    if fresh == mine:
        return plain_key(ticket)
    return overdue_before(service, now), 0      # its overdue ones only
