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

Groups. Split a service's waiting tickets by priority and whether they were transferred
in (those sent to one counter aside): within such a group this order is simply the
oldest first under every policy, whatever the time (a ticket of the group is overdue or
not, the older is overdue first, and a policy ranks plain customers by their service,
which the whole group shares). So a store can keep the queue in an index by group and
time and never read the queue whole: the next ticket is among the first few of each
group (`queue_order` over those gives it), and the tickets of a group called before a
given one are those below a bound (`group_bound`), which an index counts. Most tickets
are in one group, the plain one (ordinary customers, `is_plain`).
tests/domain/test_routing.py proves both equal to the definitions above for every
policy, and tests/store/test_queue_in_sql.py the store's SQL.
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

#: The classes of `order_key`, first called first: emergency, then overdue, then
#: transferred in, then by priority (CLASS_RANK). The store's SQL is built from these.
EMERGENCY_RANK, OVERDUE_RANK, TRANSFERRED_RANK = 0, 1, 2
CLASS_RANK = {
    Priority.EMERGENCY: EMERGENCY_RANK,
    Priority.APPOINTMENT: 3,
    Priority.PRIORITY: 4,
    Priority.VIP: 5,
    Priority.NORMAL: 6,
}
#: Ordinary customers: the only class the policy orders by preference.
PLAIN_RANK = CLASS_RANK[Priority.NORMAL]


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

    @property
    def overdue_share(self) -> float:
        """The share of a service's maximum wait after which a customer goes first."""
        return self.aging if self.name == AGING else 1.0

    def overdue_after_min(self, service: Service) -> float:
        """Minutes of waiting after which a customer of `service` goes first."""
        return service.max_wait_min * self.overdue_share


#: The hall's default (hall.policy): measured against fifo and service-order on the three
#: sample halls and issue 16's simple/complex hall (benchmarks/policies.py), aging was
#: never worse than fifo beyond the noise and cut the long waits that service-order made.
DEFAULT_POLICY = Policy()


def overdue_before(service: Service, now: datetime, policy: Policy = DEFAULT_POLICY) -> datetime:
    """A waiting ticket that joined its queue before this moment is past the point where
    it goes first (`policy.overdue_after_min`)."""
    return now - timedelta(minutes=policy.overdue_after_min(service))


def joined(ticket: Ticket) -> datetime:
    """When the ticket joined its queue: routing's "oldest"."""
    return ticket.queued_at or ticket.issued_at


def is_overdue(ticket: Ticket, service: Service, now: datetime, policy: Policy = DEFAULT_POLICY) -> bool:
    """Waiting longer than the policy allows (a waiting ticket)."""
    return joined(ticket) < overdue_before(service, now, policy)


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


def order_key(ticket: Ticket, service: Service, counter_services: Sequence[str], now: datetime,
              policy: Policy = DEFAULT_POLICY):
    """Sort key: smaller is called first."""
    if ticket.priority is Priority.EMERGENCY:
        rank = EMERGENCY_RANK
    elif is_overdue(ticket, service, now, policy):
        rank = OVERDUE_RANK
    elif ticket.head_of_queue:
        rank = TRANSFERRED_RANK
    else:
        rank = CLASS_RANK[ticket.priority]
    # The policy only ranks ordinary customers; for the others the longest waiting goes
    # first whatever their business.
    chosen = preference(service, counter_services, policy) if rank == PLAIN_RANK else 0
    return (rank, chosen, joined(ticket), _id(ticket))


def preference(service: Service, counter_services: Sequence[str], policy: Policy = DEFAULT_POLICY) -> float:
    """How the policy ranks an ordinary customer of `service` at a counter serving
    `counter_services` (smaller first): by the counter's service order, by the expected
    length of the service (aging), or not at all (fifo)."""
    if policy.name == SERVICE_ORDER:
        return counter_services.index(service.code) if service.code in counter_services else len(counter_services)
    if policy.name == AGING:
        return service.expected_service_min
    return 0


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


def positions(waiting: Iterable[Ticket], service: Service, now: datetime,
              policy: Policy = DEFAULT_POLICY) -> dict[int, int]:
    """`ahead_of` for every waiting ticket of the service at once, {ticket id: people ahead}:
    one sort instead of one pass per ticket, for a page server following hundreds of them."""
    codes = [service.code]
    mine = [t for t in waiting if t.service == service.code and t.state is TicketState.WAITING]
    keys = sorted(order_key(t, service, codes, now, policy) for t in mine if t.target_counter is None)
    return {t.id: bisect_left(keys, order_key(t, service, codes, now, policy)) for t in mine}


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


def group_bound(group: tuple[Priority, bool], ticket: Ticket, service: Service, now: datetime,
                policy: Policy = DEFAULT_POLICY):
    """Which tickets of `group` (in `ticket`'s service) are called before `ticket`: those
    whose `plain_key` is below the bound returned; None for none of them, EVERYBODY for
    all. (Within the group the older is called first, and is overdue first.)"""
    priority, head = group
    mine = order_key(ticket, service, [service.code], now, policy)[0]
    if priority is Priority.EMERGENCY:
        return EVERYBODY if mine > EMERGENCY_RANK else plain_key(ticket)
    if mine == EMERGENCY_RANK:
        return None
    if mine == OVERDUE_RANK:
        return plain_key(ticket)          # only overdue ones, older than it
    fresh = TRANSFERRED_RANK if head else CLASS_RANK[priority]     # the group's rank while not overdue
    if fresh < mine:
        return EVERYBODY
    if fresh == mine:
        return plain_key(ticket)
    return overdue_before(service, now, policy), 0      # its overdue ones only
