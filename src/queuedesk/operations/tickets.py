"""Issuing, showing and cancelling tickets."""
from __future__ import annotations

import secrets

from queuedesk.domain.errors import ServiceClosed, UnknownTicket
from queuedesk.domain.model import Channel, Priority, Ticket, TicketState
from queuedesk.domain.numbering import local_time, ticket_number
from queuedesk.operations.figures import position_and_estimate, waiting_count
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.store.repository import Tx


def new_token() -> str:
    """128 random bits: unguessable, so a status page can be reached only by the holder."""
    return secrets.token_hex(16)


def issue_ticket(hall: Hall, service_code: str, priority: Priority = Priority.NORMAL,
                 channel: Channel = Channel.CLI, key: str | None = None) -> TicketInfo:
    now = hall.now()
    day = hall.today(now)
    with hall.write() as tx:
        if key:
            fresh, earlier = tx.claim_request(key, now)
            if not fresh:
                return _replay(tx, hall, earlier)
        service = tx.service(service_code)
        refusal = service.refusal(local_time(now, hall.config.timezone),
                                  tx.issued_count(service.code, day))
        if refusal:
            raise ServiceClosed(service.code, str(refusal), refusal.kind)
        sequence = tx.next_sequence(service.code, day)
        ticket = Ticket(number=ticket_number(service.prefix, sequence, service.number_width),
                        service=service.code, business_date=day, token=new_token(), issued_at=now,
                        queued_at=now, priority=priority, channel=channel, sequence=sequence)
        tx.add_ticket(ticket)
        ahead, wait = position_and_estimate(tx, ticket, service, day, now)
        ticket.estimated_wait_min = wait
        tx.save_ticket(ticket)
        tx.append_event(now, "ticket_issued", ticket, priority=priority.value, channel=channel.value,
                        position=ahead, estimated_wait_min=wait,
                        waiting=waiting_count(tx, service.code, day))
        if key:
            tx.settle_request(key, ticket.id)
        return TicketInfo.of(ticket, service, now, ahead, wait)


def _replay(tx: Tx, hall: Hall, ticket_id: int | None) -> TicketInfo | None:
    """The answer a repeated request gets: the ticket as it is now."""
    if ticket_id is None:
        return None
    return describe(tx, hall, tx.ticket(ticket_id))


def describe(tx: Tx, hall: Hall, ticket: Ticket) -> TicketInfo:
    now = hall.now()
    service = tx.service(ticket.service)
    if ticket.state is TicketState.WAITING:
        ahead, wait = position_and_estimate(tx, ticket, service, ticket.business_date, now)
        return TicketInfo.of(ticket, service, now, ahead, wait)
    return TicketInfo.of(ticket, service, now)


def find(tx: Tx, hall: Hall, number: str) -> Ticket:
    ticket = tx.ticket_by_number(number.strip().upper(), hall.today(), lock=True)
    if ticket is None:
        raise UnknownTicket(number)
    return ticket


def show_ticket(hall: Hall, number: str) -> TicketInfo:
    with hall.read() as tx:
        return describe(tx, hall, find(tx, hall, number))


def show_by_token(hall: Hall, token: str) -> TicketInfo:
    with hall.read() as tx:
        ticket = tx.ticket_by_token(token)
        if ticket is None:
            raise UnknownTicket("token")
        return describe(tx, hall, ticket)


def cancel_ticket(hall: Hall, number: str, staff: str | None = None) -> TicketInfo:
    now = hall.now()
    with hall.write() as tx:
        ticket = find(tx, hall, number)
        ticket.cancel(now)
        tx.save_ticket(ticket)
        tx.append_event(now, "ticket_cancelled", ticket, staff_user=staff,
                        waiting=waiting_count(tx, ticket.service, ticket.business_date))
        return describe(tx, hall, ticket)


def record_print_failure(hall: Hall, number: str, target: str, message: str, station: str | None = None) -> None:
    """A ticket was issued but not printed: staff must see it (lobby manager, status)."""
    now = hall.now()
    with hall.write() as tx:
        ticket = tx.ticket_by_number(number, hall.today(now))
        tx.append_event(now, "printer_problem", ticket, target=target, message=message, station=station)
