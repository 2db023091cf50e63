"""What a counter does with its customers: call, recall, serve, finish, transfer, park.

Every action runs in one transaction holding the counter row (PostgreSQL) or the
database (SQLite), so two clicks on one counter, or two counters at once, cannot both
take effect on the same ticket. An idempotency `key` makes a repeated request (double
click, retried call) return the first answer instead of acting twice.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from queuedesk.domain import routing
from queuedesk.domain.errors import (CounterNotOpen, InvalidTransition, NoCurrentTicket, NotAllowed,
                                     QueueError)
from queuedesk.domain.model import Counter, Ticket, TicketState
from queuedesk.operations.figures import waiting_count
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.operations.tickets import describe, find, new_token
from queuedesk.store.repository import Tx

Action = Callable[[Tx, Counter, Ticket | None, datetime], Ticket | None]


def _at_counter(hall: Hall, number: int, staff: str | None, key: str | None,
                action: Action, needs_open: bool = True) -> TicketInfo | None:
    now = hall.now()
    with hall.write() as tx:
        if key:
            fresh, earlier = tx.claim_request(key, now)
            if not fresh:
                return describe(tx, hall, tx.ticket(earlier)) if earlier else None
        counter = tx.counter(number, lock=True)
        if staff is not None and counter.staff != staff:
            raise NotAllowed(f"{staff} is not signed in at counter {number}", "not_signed_in", user=staff,
                             counter=number)
        if needs_open and not counter.is_open:
            raise CounterNotOpen(number, counter.state.value)
        ticket = action(tx, counter, tx.current_ticket(number, hall.today(now)), now)
        if key:
            tx.settle_request(key, ticket.id if ticket else None)
        return describe(tx, hall, ticket) if ticket else None


def _require_current(current: Ticket | None, counter: Counter, action: str) -> Ticket:
    if current is None:
        raise NoCurrentTicket(counter.number, action)
    return current


def _event(tx: Tx, now: datetime, type_: str, ticket: Ticket, counter: Counter, **payload) -> None:
    tx.append_event(now, type_, ticket, counter=counter.number, staff_user=counter.staff,
                    waiting=waiting_count(tx, ticket.service, ticket.business_date), **payload)


def _close_current(hall: Hall, tx: Tx, counter: Counter, current: Ticket, now: datetime) -> None:
    """Call next moves the desk along: the current customer is finished first (or marked
    no-show if they never came after the allowed recalls)."""
    if not hall.config["hall.finish_on_next"]:
        raise InvalidTransition(current.number, current.state.value,
                                "call the next one before this one is finished")
    if current.state is TicketState.CALLED and current.recalls >= hall.config["hall.max_recalls"]:
        current.no_show(now)
        tx.save_ticket(current)
        _event(tx, now, "ticket_no_show", current, counter, recalls=current.recalls)
    else:
        current.finish(now)
        tx.save_ticket(current)
        _event(tx, now, "ticket_finished", current, counter, service_min=round(current.service_min(), 2))


def _call(tx: Tx, counter: Counter, ticket: Ticket, now: datetime, how: str) -> Ticket:
    ticket.call(counter.number, counter.staff, now)
    tx.save_ticket(ticket)
    _event(tx, now, "ticket_called", ticket, counter, how=how,
           waited_min=round(ticket.waited_min(now), 2), priority=ticket.priority.value)
    return ticket


def call_next(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo | None:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket | None:
        if current is not None:
            _close_current(hall, tx, c, current, now)
        services = tx.services()
        candidates = tx.call_candidates(c.number, c.services, hall.today(now))
        # Try candidates in routing order; one another counter is taking right now is skipped.
        for candidate in routing.queue_order(candidates, services, c.number, c.services, now):
            claimed = tx.claim_waiting(candidate.id)
            if claimed is not None:
                return _call(tx, c, claimed, now, "next")
        return None
    return _at_counter(hall, counter, staff, key, act)


def call_ticket(hall: Hall, counter: int, number: str, staff: str | None = None,
                key: str | None = None) -> TicketInfo:
    """Call one specific waiting ticket out of turn. Audited: the event says who and how."""
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = find(tx, hall, number)
        if ticket.state is not TicketState.WAITING:
            raise InvalidTransition(ticket.number, ticket.state.value, "call")
        if current is not None:
            _close_current(hall, tx, c, current, now)
        return _call(tx, c, ticket, now, "pick")
    return _at_counter(hall, counter, staff, key, act)


def recall(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "recall")
        limit = hall.config["hall.max_recalls"]
        if ticket.state is TicketState.CALLED and ticket.recalls >= limit:
            raise QueueError(f"{ticket.number} was recalled {ticket.recalls} times already; "
                             f"mark no-show or call next", "recall_limit", ticket=ticket.number,
                             recalls=ticket.recalls)
        ticket.recall()
        tx.save_ticket(ticket)
        _event(tx, now, "ticket_recalled", ticket, c, recalls=ticket.recalls)
        return ticket
    return _at_counter(hall, counter, staff, key, act)


def start_service(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "start service")
        ticket.start(now)
        tx.save_ticket(ticket)
        _event(tx, now, "service_started", ticket, c)
        return ticket
    return _at_counter(hall, counter, staff, key, act)


def finish(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "finish")
        ticket.finish(now)
        tx.save_ticket(ticket)
        _event(tx, now, "ticket_finished", ticket, c, service_min=round(ticket.service_min(), 2))
        return ticket
    # A counter may finish its last customer after pausing or closing.
    return _at_counter(hall, counter, staff, key, act, needs_open=False)


def no_show(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "mark no-show")
        ticket.no_show(now)
        tx.save_ticket(ticket)
        _event(tx, now, "ticket_no_show", ticket, c, recalls=ticket.recalls)
        return ticket
    return _at_counter(hall, counter, staff, key, act, needs_open=False)


def park(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    """Set the current customer aside (e.g. to fill in a form) and keep them at this counter."""
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "park")
        ticket.park()
        tx.save_ticket(ticket)
        _event(tx, now, "ticket_parked", ticket, c)
        return ticket
    return _at_counter(hall, counter, staff, key, act, needs_open=False)


def unpark(hall: Hall, counter: int, number: str, staff: str | None = None,
           key: str | None = None) -> TicketInfo:
    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = find(tx, hall, number)
        if ticket.state is TicketState.PARKED and ticket.counter != c.number:
            raise NotAllowed(f"{ticket.number} is parked at counter {ticket.counter}", "parked_elsewhere",
                             ticket=ticket.number, counter=ticket.counter)
        if current is not None:
            _close_current(hall, tx, c, current, now)
        ticket.unpark(c.number, c.staff, now)
        tx.save_ticket(ticket)
        _event(tx, now, "ticket_called", ticket, c, how="unpark",
               waited_min=round(ticket.waited_min(now), 2), priority=ticket.priority.value)
        return ticket
    return _at_counter(hall, counter, staff, key, act)


def transfer(hall: Hall, counter: int, to_service: str | None = None, to_counter: int | None = None,
             note: str | None = None, staff: str | None = None, key: str | None = None) -> TicketInfo:
    """One ticket, one visit: the customer keeps their number and goes to the head of the
    target queue. The current leg ends as `transferred`; a new leg waits at the target."""
    if (to_service is None) == (to_counter is None):
        raise QueueError("transfer needs exactly one of a target service or a target counter")

    def act(tx: Tx, c: Counter, current: Ticket | None, now: datetime) -> Ticket:
        ticket = _require_current(current, c, "transfer")
        if to_counter is not None:
            target = tx.counter(to_counter)
            if target.number == c.number:
                raise QueueError("cannot transfer a ticket to its own counter", "transfer_to_own_counter")
            service_code = ticket.service if ticket.service in target.services or not target.services \
                else target.services[0]
        else:
            service_code = tx.service(to_service).code
            if service_code == ticket.service:
                raise QueueError(f"{ticket.number} is already in service {service_code}", "already_in_service",
                                 ticket=ticket.number, service=service_code)
        ticket.hand_over(now)
        tx.save_ticket(ticket)
        leg = Ticket(number=ticket.number, service=service_code, business_date=ticket.business_date,
                     token=new_token(), issued_at=ticket.issued_at, queued_at=now,
                     priority=ticket.priority, channel=ticket.channel, sequence=ticket.sequence,
                     note=note, transferred_from=ticket.id, target_counter=to_counter,
                     head_of_queue=True)
        tx.add_ticket(leg)
        _event(tx, now, "ticket_transferred", ticket, c, to_service=service_code,
               to_counter=to_counter, note=note, new_ticket_id=leg.id,
               to_waiting=waiting_count(tx, service_code, leg.business_date))
        return leg
    return _at_counter(hall, counter, staff, key, act, needs_open=False)
