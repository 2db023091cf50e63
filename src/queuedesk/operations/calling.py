"""What a counter does with its customers: call, recall, serve, finish, transfer, park.

Every action runs in one transaction holding the counter row (PostgreSQL) or the
database (SQLite), so two clicks on one counter, or two counters at once, cannot both
take effect on the same ticket. An idempotency `key` makes a repeated request (double
click, retried call) return the first answer instead of acting twice.

An action costs a fixed number of round trips, whatever the queue and the history: one
to claim the key, lock the counter and read its customer and the services (and, for
call next, the head of its queues), one to claim the next ticket, and one for the
writes, the events and the COMMIT (store.unit_of_work). On PostgreSQL call next, what
a busy hall does most, is first tried as one statement (store.repositories.calls: the
same rules, one round trip); what it leaves to the general way comes here.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from queuedesk.domain import limits, routing
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import (
    CounterNotOpen,
    InvalidTransition,
    NoCurrentTicket,
    NotAllowed,
    QueueError,
)
from queuedesk.domain.events import (
    ServiceStarted,
    TicketCalled,
    TicketEvent,
    TicketFinished,
    TicketNoShow,
    TicketParked,
    TicketRecalled,
    TicketTransferred,
)
from queuedesk.domain.model import Counter, Ticket, TicketState, logged_minutes, moving_on, no_show_after
from queuedesk.operations.hall import Hall, checks_actor
from queuedesk.operations.info import TicketInfo
from queuedesk.operations.tickets import (
    describe,
    find,
    fingerprint,
    new_token,
    ticket_fields,
)
from queuedesk.store.repositories.calls import GENERAL, CallNext
from queuedesk.store.repositories.tickets import HEAD
from queuedesk.store.unit_of_work import UnitOfWork

Action = Callable[[UnitOfWork, Counter, Ticket | None, datetime], Ticket | None]
#: What a call-next request key is bound to, whichever way the call goes.
CALL_NEXT = ("call_next",)


def _at_counter(hall: Hall, number: int, staff: str | None, key: str | None, action: Action,
                needs_open: bool = True, request: tuple = (), head: bool = False) -> TicketInfo | None:
    """Run `action` on counter `number` in one transaction holding the counter. `request`
    names the action and its arguments, which an idempotency key is bound to; `head`:
    the action calls next, so the head of the counter's queues is read at once."""
    number = limits.counter_number(number)
    hall.actor.require_at(number)        # a teller where signed in; a manager anywhere
    with hall.write() as uow:
        keyed = (uow.requests.claiming(limits.request_key(key), hall.now(), fingerprint(*request, number, staff))
                 if key else None)
        day = hall.today()
        claimed, counter, current, _head = uow.take_counter(number, day, key=keyed, head=head)
        if claimed is not None and not claimed[0]:
            earlier = claimed[1]
            return describe(uow, hall, uow.tickets.get(earlier)) if earlier else None
        now = hall.now()   # read holding the counter: its events come in the order they happened
        counter.require_holder(staff)
        if needs_open and not counter.is_open:
            raise CounterNotOpen(number, counter.state.value)
        if hall.today(now) != day:
            current = uow.tickets.at_counter(number, hall.today(now))   # the day turned meanwhile
        ticket = action(uow, counter, current, now)
        if key:
            uow.requests.settle(key, ticket.id if ticket else None)
        return describe(uow, hall, ticket) if ticket else None


def _require_current(current: Ticket | None, counter: Counter, action: str) -> Ticket:
    if current is None:
        raise NoCurrentTicket(counter.number, action)
    return current


def record(uow: UnitOfWork, event_type: type[TicketEvent], now: datetime, ticket: Ticket, counter: Counter,
            **payload) -> None:
    """Save the ticket and record what happened to it at `counter` (the event log adds
    how many wait in its queue afterwards)."""
    uow.tickets.save(ticket)
    uow.events.append(event_type(at=now, **ticket_fields(ticket), counter=counter.number, staff=counter.staff,
                                 **payload))


def _close_current(hall: Hall, uow: UnitOfWork, counter: Counter, current: Ticket, now: datetime,
                   no_show_current: bool = False) -> None:
    """Call next moves the desk along: the customer being served is finished first; one
    who was called but never started is marked no-show when the hall's rule (or the
    teller, `no_show_current`) says so, and otherwise the teller is asked (NotStarted).
    Never "served": that would count a service nobody had."""
    if not hall.config["hall.finish_on_next"]:
        raise InvalidTransition(current.number, current.state.value,
                                "call the next one before this one is finished")
    how = moving_on(current, hall.config["hall.max_recalls"], hall.config["hall.call_next_on_called"],
                    no_show_current)
    if how == "no_show":
        current.no_show(now)
        record(uow, TicketNoShow, now, current, counter, recalls=current.recalls)
    else:
        current.finish(now)
        record(uow, TicketFinished, now, current, counter, service_min=logged_minutes(current.service_time()))


def _call(uow: UnitOfWork, counter: Counter, ticket: Ticket, now: datetime, how: str) -> Ticket:
    ticket.call(counter.number, counter.staff, now)
    record(uow, TicketCalled, now, ticket, counter, how=how, waited_min=logged_minutes(ticket.waited(now)),
            priority=ticket.priority.value)
    return ticket


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def call_next(hall: Hall, counter: int, staff: str | None = None, key: str | None = None,
              no_show_current: bool = False) -> TicketInfo | None:
    at_once = _call_next_at_once(hall, counter, staff, key, no_show_current)
    if at_once is not GENERAL:
        return at_once

    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket | None:
        if current is not None:
            _close_current(hall, uow, c, current, now, no_show_current)
        services = uow.services.all()
        day = hall.today(now)
        policy = hall.policy()
        candidates: dict[int, Ticket] = {}
        after = None
        while True:
            page = uow.tickets.call_candidates(c.number, day, after=after)
            candidates.update((t.id, t) for t in page)
            # The first in routing order that no other counter is taking this moment.
            claimed = uow.tickets.claim_first(
                routing.queue_order(candidates.values(), services, c.number, c.services, now, policy))
            if claimed is not None:
                return _call(uow, c, claimed, now, "next")
            after = _further(page, c.services)
            if after is None:
                return None
    return _at_counter(hall, counter, staff, key, act, request=CALL_NEXT, head=True)


def _call_next_at_once(hall: Hall, counter: int, staff: str | None, key: str | None,
                       no_show_current: bool) -> TicketInfo | None | str:
    """Call next in one round trip where the database can (store.repositories.calls: the
    same rules, spelled into one statement); GENERAL when it is the general way's."""
    if hall.db.dialect != "postgresql":
        return GENERAL
    number = limits.counter_number(counter)
    hall.actor.require_at(number)
    key = limits.request_key(key) if key else None
    config, now = hall.config, hall.now()
    with hall.write() as uow:
        called = uow.calls.call_next(CallNext(
            counter=number, day=hall.today(now), now=now, staff=staff, key=key,
            fingerprint=fingerprint(*CALL_NEXT, number, staff) if key else "",
            finish_on_next=config["hall.finish_on_next"],
            no_show_after=no_show_after(config["hall.max_recalls"], config["hall.call_next_on_called"],
                                        no_show_current),
            policy=hall.policy(), actor=uow.events.actor))
    if called is None or called == GENERAL:
        return called
    ticket, service = called
    return TicketInfo.of(ticket, service, now)


def _further(page: list[Ticket], services: list[str]) -> Ticket | None:
    """Other counters hold every ticket of this page: where the next page starts (the
    earliest last plain ticket of a service that had a full page), or None if no plain
    queue has more."""
    plain: dict[str, list[Ticket]] = {}
    for t in page:
        if routing.is_plain(t):
            plain.setdefault(t.service, []).append(t)
    full = [max(ts, key=routing.plain_key) for ts in plain.values() if len(ts) >= HEAD]
    return min(full, key=routing.plain_key) if full else None


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def call_ticket(hall: Hall, counter: int, number: str, staff: str | None = None,
                key: str | None = None, no_show_current: bool = False) -> TicketInfo:
    """Call one specific waiting ticket out of turn. Audited: the event says who (the
    teller, or the lobby manager who had the counter call it) and how."""
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = find(uow, hall, number)
        if ticket.state is not TicketState.WAITING:
            raise InvalidTransition(ticket.number, ticket.state.value, "call")
        if current is not None:
            _close_current(hall, uow, c, current, now, no_show_current)
        return _call(uow, c, ticket, now, "pick")
    return _at_counter(hall, counter, staff, key, act, request=("pick", number))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def recall(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "recall")
        limit = hall.config["hall.max_recalls"]
        if ticket.state is TicketState.CALLED and ticket.recalls >= limit:
            raise QueueError(f"{ticket.number} was recalled {ticket.recalls} times already; "
                             f"mark no-show or call next", "recall_limit", ticket=ticket.number,
                             recalls=ticket.recalls)
        ticket.recall()
        record(uow, TicketRecalled, now, ticket, c, recalls=ticket.recalls)
        return ticket
    return _at_counter(hall, counter, staff, key, act, request=("recall",))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def start_service(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "start service")
        ticket.start(now)
        record(uow, ServiceStarted, now, ticket, c)
        return ticket
    return _at_counter(hall, counter, staff, key, act, request=("start",))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def finish(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "finish")
        ticket.finish(now)
        record(uow, TicketFinished, now, ticket, c, service_min=logged_minutes(ticket.service_time()))
        return ticket
    # A counter may finish its last customer after pausing or closing.
    return _at_counter(hall, counter, staff, key, act, needs_open=False, request=("finish",))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def no_show(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "mark no-show")
        ticket.no_show(now)
        record(uow, TicketNoShow, now, ticket, c, recalls=ticket.recalls)
        return ticket
    return _at_counter(hall, counter, staff, key, act, needs_open=False, request=("no_show",))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def park(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    """Set the current customer aside (e.g. to fill in a form) and keep them at this counter."""
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "park")
        ticket.park()
        record(uow, TicketParked, now, ticket, c)
        return ticket
    return _at_counter(hall, counter, staff, key, act, needs_open=False, request=("park",))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def unpark(hall: Hall, counter: int, number: str, staff: str | None = None,
           key: str | None = None, no_show_current: bool = False) -> TicketInfo:
    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = find(uow, hall, number)
        if ticket.state is TicketState.PARKED and ticket.counter != c.number:
            raise NotAllowed(f"{ticket.number} is parked at counter {ticket.counter}", "parked_elsewhere",
                             ticket=ticket.number, counter=ticket.counter)
        if current is not None:
            _close_current(hall, uow, c, current, now, no_show_current)
        ticket.unpark(c.number, c.staff, now)
        record(uow, TicketCalled, now, ticket, c, how="unpark", waited_min=logged_minutes(ticket.waited(now)),
                priority=ticket.priority.value)
        return ticket
    return _at_counter(hall, counter, staff, key, act, request=("unpark", number))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def transfer(hall: Hall, counter: int, to_service: str | None = None, to_counter: int | None = None,
             note: str | None = None, staff: str | None = None, key: str | None = None) -> TicketInfo:
    """One ticket, one visit: the customer keeps their number and goes to the head of the
    target queue. The current leg ends as `transferred`; a new leg waits at the target."""
    if (to_service is None) == (to_counter is None):
        raise QueueError("transfer needs exactly one of a target service or a target counter")
    if to_counter is not None:
        to_counter = limits.counter_number(to_counter, "target counter")
    if note is not None:
        note = limits.text(note, "transfer note", limits.NOTE_MAX, empty=True) or None

    def act(uow: UnitOfWork, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "transfer")
        if to_counter is not None:
            target = uow.counters.get(to_counter)
            if target.number == c.number:
                raise QueueError("cannot transfer a ticket to its own counter", "transfer_to_own_counter")
            service_code = ticket.service if ticket.service in target.services or not target.services \
                else target.services[0]
        else:
            service_code = uow.services.get(to_service).code
            if service_code == ticket.service:
                raise QueueError(f"{ticket.number} is already in service {service_code}", "already_in_service",
                                 ticket=ticket.number, service=service_code)
        ticket.hand_over(now)
        leg = Ticket(number=ticket.number, service=service_code, business_date=ticket.business_date,
                     token=new_token(), issued_at=ticket.issued_at, queued_at=now,
                     priority=ticket.priority, channel=ticket.channel, sequence=ticket.sequence,
                     note=note, transferred_from=ticket.id, target_counter=to_counter,
                     head_of_queue=True)
        uow.tickets.add(leg)
        record(uow, TicketTransferred, now, ticket, c, to_service=service_code, to_counter=to_counter,
                note=note, new_ticket_id=leg.id)
        return leg
    return _at_counter(hall, counter, staff, key, act, needs_open=False, request=("transfer", to_service, to_counter, note))
