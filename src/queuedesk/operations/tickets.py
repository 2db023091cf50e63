"""Issuing, showing and cancelling tickets."""
from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime

from queuedesk.domain import estimate, limits, routing
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import ServiceClosed, UnknownTicket
from queuedesk.domain.events import PrinterProblem, TicketCancelled, TicketIssued
from queuedesk.domain.model import Channel, Priority, Ticket, TicketState
from queuedesk.domain.numbering import local_time, ticket_number
from queuedesk.operations.figures import Counters, position_and_estimate
from queuedesk.operations.hall import Hall, checks_actor, needs
from queuedesk.operations.info import TicketInfo
from queuedesk.store.repositories.calls import GENERAL
from queuedesk.store.repositories.issues import NUMBERS_AHEAD, IssueNow
from queuedesk.store.unit_of_work import UnitOfWork


def new_token() -> str:
    """128 random bits: unguessable, so a status page can be reached only by the holder."""
    return secrets.token_hex(16)


def ticket_fields(ticket: Ticket) -> dict:
    """The envelope of an event about `ticket`."""
    return {"ticket_id": ticket.id, "ticket_number": ticket.number, "service": ticket.service}


def fingerprint(*request) -> str:
    """What an idempotency key is bound to: the use case and its arguments."""
    return hashlib.sha256(json.dumps(request, default=str).encode()).hexdigest()


def claim_key(uow: UnitOfWork, hall: Hall, key: str | None, now: datetime, *request) -> tuple[bool, Ticket | None]:
    """(True, None) to go on; (False, the ticket answered before, or None) for a repeat."""
    if not key:
        return True, None
    fresh, earlier = uow.requests.claim(limits.request_key(key), now, fingerprint(*request))
    return fresh, (uow.tickets.get(earlier) if earlier else None)


@needs(Permission.ISSUE_TICKET)
@checks_actor(Permission.ISSUE_PRIORITY)        # a priority ticket, besides
def issue_ticket(hall: Hall, service_code: str, priority: Priority = Priority.NORMAL,
                 channel: Channel = Channel.CLI, key: str | None = None) -> TicketInfo:
    """Round trips, whatever the queue: the key, the services and the number; the
    figures for the ticket's place and wait; the ticket; the events and the COMMIT."""
    if priority is not Priority.NORMAL:
        hall.require(Permission.ISSUE_PRIORITY)   # a person decides who goes first, never a kiosk alone
    code = limits.code(service_code)
    key = limits.request_key(key) if key else None
    at_once = _issue_at_once(hall, code, priority, channel, key)
    if at_once is not GENERAL:
        return at_once
    try:
        with hall.write() as uow:
            # The number first: it locks the service's sequence, and the time read after it
            # keeps numbers and issue times in the same order under contention.
            day = hall.today()
            keyed = (uow.requests.claiming(key, hall.now(), _issue_request(code, priority, channel))
                     if key else None)
            claimed, _services, sequence = uow.read(keyed, uow.services.all_reading(),
                                                    uow.tickets.sequence_reading(code, day))
            if claimed is not None and not claimed[0]:
                # A repeated request: the first answer, and the number taken with the key
                # given back (rolled back), so the next customer's is not skipped.
                raise _Repeated(describe(uow, hall, uow.tickets.get(claimed[1])) if claimed[1] else None)
            info, ticket = _new_ticket(uow, hall, code, day, sequence, priority, channel)
            if key:
                uow.requests.settle(key, ticket.id)
            return info
    except _Repeated as repeated:
        return repeated.answer


def _issue_request(code: str, priority: Priority, channel: Channel) -> str:
    """What an issue's idempotency key is bound to, whichever way the issue goes."""
    return fingerprint("issue", code, priority.value, channel.value)


class _Repeated(Exception):
    """The answer to a repeated request, raised out of its transaction to roll it back."""

    def __init__(self, answer: TicketInfo | None):
        super().__init__("a repeated request")
        self.answer = answer


def _issue_at_once(hall: Hall, code: str, priority: Priority, channel: Channel, key: str | None) -> TicketInfo | str:
    """Issue in two round trips where the database can (store.repositories.issues): the
    figures read, then the ticket added in one message with the COMMIT; GENERAL when it
    is the general way's (a service unknown or refusing, a day turning, a key used
    before: nothing was written)."""
    if hall.db.dialect != "postgresql":
        return GENERAL
    day = hall.today()
    with hall.write() as uow:
        services, (version, issued), recent, counts, counters, at_counters = uow.read(
            uow.services.all_reading(), uow.issues.snapshot_reading(code, day),
            uow.tickets.recent_reading(code, day, estimate.RECENT), uow.tickets.counts_reading(day),
            uow.counters.all_reading(), uow.tickets.at_counters_reading(day))
        now = hall.now()
        service = services.get(code)
        if service is None or version is None or hall.today(now) != day \
                or service.refusal(local_time(now, hall.config.timezone), issued):
            return GENERAL
        ticket = Ticket(number="", service=code, business_date=day, token=new_token(), issued_at=now, queued_at=now,
                        priority=priority, channel=channel, sequence=issued + 1)
        policy = hall.policy()
        figures = Counters.of(counters, at_counters, counts, now)
        added = uow.issues.issue(IssueNow(
            ticket=ticket, bounds={g: routing.group_bound(g, ticket, service, now, policy) for g in routing.GROUPS},
            version=version, cap=service.daily_cap, issued=issued,
            numbers=tuple(ticket_number(service.prefix, n, service.number_width)
                          for n in range(issued, issued + NUMBERS_AHEAD + 1)),
            mean=estimate.mean_service_min(recent, service.expected_service_min), share=figures.share(code),
            free=figures.free(code), key=key,
            fingerprint=_issue_request(code, priority, channel) if key else "",
            actor=uow.events.actor))
    if added == GENERAL:
        return GENERAL
    ticket, ahead = added
    return TicketInfo.of(ticket, service, ticket.issued_at, ahead, figures.wait(service, ahead, recent))


def add_ticket(uow: UnitOfWork, hall: Hall, code: str, priority: Priority, channel: Channel,
               over_cap: bool = False) -> tuple[TicketInfo, Ticket]:
    """Issue a ticket inside the caller's transaction (a check-in issues one together with
    marking its booking). `over_cap`: the daily cap does not apply (a booked customer)."""
    day = hall.today()
    _services, sequence = uow.read(uow.services.all_reading(), uow.tickets.sequence_reading(code, day))
    return _new_ticket(uow, hall, code, day, sequence, priority, channel, over_cap)


def _new_ticket(uow: UnitOfWork, hall: Hall, code: str, day, sequence: int, priority: Priority, channel: Channel,
                over_cap: bool = False) -> tuple[TicketInfo, Ticket]:
    """Number `sequence` of service `code`, unless the service refuses it now: added with
    its place and wait as the newest ticket, and its event (whose waiting count comes from
    the kept counts: store.event_log)."""
    service = uow.services.get(code)
    now = hall.now()
    refusal = service.refusal(local_time(now, hall.config.timezone), 0 if over_cap else sequence - 1)
    if refusal:
        raise ServiceClosed(service.code, str(refusal), refusal.kind)
    ticket = Ticket(number=ticket_number(service.prefix, sequence, service.number_width),
                    service=service.code, business_date=day, token=new_token(), issued_at=now,
                    queued_at=now, priority=priority, channel=channel, sequence=sequence)
    ahead, wait = position_and_estimate(uow, ticket, service, day, now, hall.policy())
    ticket.estimated_wait_min = wait.minutes
    uow.tickets.add(ticket)
    uow.events.append(TicketIssued(
        at=now, **ticket_fields(ticket), priority=priority.value, channel=channel.value, position=ahead,
        estimated_wait_min=wait.minutes))
    return TicketInfo.of(ticket, service, now, ahead, wait), ticket


def describe(uow: UnitOfWork, hall: Hall, ticket: Ticket) -> TicketInfo:
    """The ticket as it is now; a waiting one with its place and estimate."""
    now = hall.now()
    service = uow.services.get(ticket.service)
    if ticket.state is TicketState.WAITING:
        ahead, wait = position_and_estimate(uow, ticket, service, ticket.business_date, now, hall.policy())
        return TicketInfo.of(ticket, service, now, ahead, wait)
    return TicketInfo.of(ticket, service, now)


def find(uow: UnitOfWork, hall: Hall, number: str, lock: bool = True) -> Ticket:
    """Today's ticket `number`, locked for the transaction unless asked not to."""
    ticket = uow.tickets.by_number(limits.code(number, "ticket number"), hall.today(), lock=lock)
    if ticket is None:
        raise UnknownTicket(number)
    return ticket


@needs(Permission.VIEW)
def show_ticket(hall: Hall, number: str) -> TicketInfo:
    with hall.read() as uow:
        return describe(uow, hall, find(uow, hall, number))


@needs(Permission.VIEW)
def show_by_token(hall: Hall, token: str) -> TicketInfo:
    with hall.read() as uow:
        ticket = uow.tickets.by_token(token)
        if ticket is None:
            raise UnknownTicket("token")
        return describe(uow, hall, ticket)


@needs(Permission.FIX_TICKETS)
def cancel_ticket(hall: Hall, number: str, staff: str | None = None) -> TicketInfo:
    with hall.write() as uow:
        ticket = find(uow, hall, number)
        now = hall.now()
        ticket.cancel(now)
        uow.tickets.save(ticket)
        uow.events.append(TicketCancelled(at=now, **ticket_fields(ticket), staff=staff))
        return describe(uow, hall, ticket)


@needs(Permission.ISSUE_TICKET)
def record_print_failure(hall: Hall, number: str, target: str, message: str, station: str | None = None) -> None:
    """A ticket was issued but not printed: staff must see it (lobby manager, status)."""
    with hall.write() as uow:
        now = hall.now()
        ticket = uow.tickets.by_number(number, hall.today(now))
        uow.events.append(PrinterProblem(at=now, **(ticket_fields(ticket) if ticket else {}), target=target,
                                         message=message, station=station))
