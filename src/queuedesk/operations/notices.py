""""Almost your turn" notices: the customer's request, which notices are due, and their delivery.

    request_notice(hall, token, phone, ahead, lang)   # from the ticket page
    queue_due_notices(hall)                           # after events: queue what became due
    claim_deliveries(hall) → [Delivery]               # a sender takes the due ones …
    delivered(hall, id) | delivery_failed(hall, id, reason)   # … and says how it went

Delivery itself (the webhook) belongs to the client that sends; these use cases keep
the promise "each notice once": a notice is queued once per (request, kind, leg) and a
claim leases it, so a second sender skips it. The phone number never leaves this module
except in a `Delivery` for the sender, and is wiped when its business day is over.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from queuedesk.domain.access import Permission
from queuedesk.domain.events import NoticeCancelled, NoticeFailed, NoticeRequested, NoticeSent
from queuedesk.domain.languages import resolve
from queuedesk.domain.notices import (
    DeliveryState,
    Notice,
    NoticeKind,
    NoticeRequest,
    due,
    phone_number,
    retry_delay_s,
    threshold,
)
from queuedesk.operations.figures import places
from queuedesk.operations.follow import current_legs, require_visit
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.tickets import ticket_fields

#: A claimed delivery is another sender's to retry only after this long.
LEASE_S = 60


@dataclass(frozen=True)
class Delivery:
    """A notice handed to a sender: everything the message needs, the number unmasked."""

    notice_id: int
    kind: str                      # ahead | called
    attempts: int                  # this one included
    phone: str
    lang: str
    number: str
    service: str
    service_names: dict[str, str]
    ahead: int | None              # people ahead ("ahead" notices)
    counter: int | None            # where to go ("called" notices)
    counter_names: dict[str, str]
    token: str                     # of the visit's page


@needs(Permission.TAKE_NOTICES)
def request_notice(hall: Hall, token: str, phone: str, ahead: int, lang: str) -> None:
    """Ask to be told at `ahead` people ahead and when called. Refusals: bad_phone,
    bad_threshold, notice_changes (asked too often), unknown_ticket."""
    phone, ahead, lang = phone_number(phone), threshold(ahead), resolve(lang)
    now = hall.now()
    with hall.write() as uow:
        ticket = require_visit(uow, hall, token)
        request = uow.notices.request_for(ticket.id, lock=True)
        if request is None:
            request = NoticeRequest(ticket_id=ticket.id, business_date=ticket.business_date, phone=phone,
                                    ahead=ahead, lang=lang, created_at=now)
            uow.notices.add_request(request)
        else:
            request.change(phone, ahead, lang)
            uow.notices.save_request(request)
        uow.events.append(NoticeRequested(at=now, **ticket_fields(ticket), ahead=ahead, lang=lang))


@needs(Permission.TAKE_NOTICES)
def cancel_notice(hall: Hall, token: str) -> None:
    """No more notices for this ticket; the number is wiped at once."""
    now = hall.now()
    with hall.write() as uow:
        ticket = require_visit(uow, hall, token)
        request = uow.notices.request_for(ticket.id, lock=True)
        if request is None or not request.active:
            return
        request.cancel()
        uow.notices.save_request(request)
        uow.events.append(NoticeCancelled(at=now, **ticket_fields(ticket)))


@needs(Permission.TAKE_NOTICES)
def has_requests(hall: Hall) -> bool:
    """Whether any request of today may still need a notice (a cheap read before a write)."""
    with hall.read() as uow:
        return bool(uow.notices.active_on(hall.today()))


@needs(Permission.TAKE_NOTICES)
def queue_due_notices(hall: Hall) -> int:
    """Queue every notice that became due; how many were queued."""
    now = hall.now()
    day = hall.today(now)
    queued_now = 0
    with hall.write() as uow:
        requests = uow.notices.active_on(day)
        if not requests:
            return 0
        visits = uow.tickets.by_ids([r.ticket_id for r in requests])
        legs = current_legs(uow, visits)
        positions = places(uow, legs.values(), uow.services.all(), day, now, hall.policy())
        queued = uow.notices.queued(r.id for r in requests)
        for request in requests:
            leg = legs.get(request.ticket_id)
            if leg is None:
                continue
            for kind in due(request, leg.state, positions.get(leg.id), leg.id, queued[request.id]):
                if uow.notices.queue(Notice(request_id=request.id, kind=kind, ticket_id=leg.id,
                                            created_at=now, next_attempt_at=now)):
                    queued_now += 1
    return queued_now


@needs(Permission.TAKE_NOTICES)
def claim_deliveries(hall: Hall, limit: int = 20) -> list[Delivery]:
    """The notices due for sending now, each leased to the caller for `LEASE_S`."""
    now = hall.now()
    day = hall.today(now)
    found = []
    with hall.write() as uow:
        due_now = uow.notices.due(now, limit)
        if not due_now:
            return []
        legs = uow.tickets.by_ids([n.ticket_id for n in due_now])
        services = uow.services.all()
        counters = {c.number: c for c in uow.counters.all()}
        told_ahead = [legs[n.ticket_id] for n in due_now if n.kind is NoticeKind.AHEAD and n.ticket_id in legs]
        positions = places(uow, told_ahead, services, day, now, hall.policy())
        requests = uow.notices.requests_by_id({n.request_id for n in due_now})
        for notice in due_now:
            request = requests.get(notice.request_id)
            leg = legs.get(notice.ticket_id)
            if request is None or leg is None or not request.phone or not request.active:
                # Withdrawn, or its day is over: nobody to tell any more.
                notice.state, notice.last_error = DeliveryState.FAILED, "withdrawn"
                uow.notices.save(notice)
                continue
            notice.attempts += 1
            notice.next_attempt_at = now + timedelta(seconds=LEASE_S)
            uow.notices.save(notice)
            service = services.get(leg.service)
            ahead = positions.get(leg.id) if notice.kind is NoticeKind.AHEAD else None
            counter = counters.get(leg.counter) if leg.counter is not None else None
            visit = uow.tickets.get(request.ticket_id)
            found.append(Delivery(
                notice_id=notice.id, kind=notice.kind.value, attempts=notice.attempts, phone=request.phone,
                lang=request.lang, number=leg.number, service=leg.service,
                service_names=dict(service.names) if service else {}, ahead=ahead,
                counter=leg.counter if notice.kind is NoticeKind.CALLED else None,
                counter_names=dict(counter.names) if counter else {}, token=visit.token))
    return found


@needs(Permission.TAKE_NOTICES)
def delivered(hall: Hall, notice_id: int) -> None:
    now = hall.now()
    with hall.write() as uow:
        notice = uow.notices.get(notice_id, lock=True)
        if notice.state is not DeliveryState.PENDING:
            return
        notice.state, notice.sent_at, notice.last_error = DeliveryState.SENT, now, None
        uow.notices.save(notice)
        leg = uow.tickets.get(notice.ticket_id)
        uow.events.append(NoticeSent(at=now, **ticket_fields(leg), kind=notice.kind.value,
                                     attempts=notice.attempts))


@needs(Permission.TAKE_NOTICES)
def delivery_failed(hall: Hall, notice_id: int, reason: str, max_attempts: int) -> bool:
    """Record a failed try: retried later with back-off, or given up after `max_attempts`
    (True). `reason` must not hold the phone number: it is kept and logged."""
    now = hall.now()
    with hall.write() as uow:
        notice = uow.notices.get(notice_id, lock=True)
        if notice.state is not DeliveryState.PENDING:
            return notice.state is DeliveryState.FAILED
        notice.last_error = reason[:200]
        if notice.attempts >= max_attempts:
            notice.state = DeliveryState.FAILED
            uow.notices.save(notice)
            leg = uow.tickets.get(notice.ticket_id)
            uow.events.append(NoticeFailed(at=now, **ticket_fields(leg), kind=notice.kind.value,
                                           attempts=notice.attempts, reason=notice.last_error))
            return True
        notice.next_attempt_at = now + timedelta(seconds=retry_delay_s(notice.attempts))
        uow.notices.save(notice)
        return False


@needs(Permission.TAKE_NOTICES)
def forget_phones(hall: Hall) -> int:
    """Wipe the phone numbers given on earlier business days; how many were wiped."""
    with hall.write() as uow:
        return uow.notices.forget_phones(hall.today())
