"""End of the business day: whatever is still open expires; numbering restarts by date."""
from __future__ import annotations

from datetime import timedelta

from queuedesk.domain.access import Permission
from queuedesk.domain.events import CounterClosed, DayClosed, TicketExpired
from queuedesk.domain.model import FINAL, TicketState
from queuedesk.operations import appointments, reports
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.tickets import ticket_fields


@needs(Permission.CLOSE_DAY)
def close_day(hall: Hall) -> dict:
    """Expire every ticket still open (today's and any left from earlier days), close every
    counter and sign everyone out, forget the day's idempotency keys and the phone numbers
    customers gave for notices. The next ticket of a new business date starts at 001.
    Earlier days whose tickets this changed are summarised again for the reports."""
    open_states = [s for s in TicketState if s not in FINAL]
    appointments.mark_no_shows(hall)
    with hall.write() as uow:
        now = hall.now()
        expired = uow.tickets.in_states(*open_states)
        for ticket in expired:
            ticket.expire(now)
            uow.tickets.save(ticket)
            uow.events.append(TicketExpired(at=now, **ticket_fields(ticket), counter=ticket.counter))
        closed = 0
        for counter in uow.counters.all():
            user = counter.staff
            if counter.release():
                uow.counters.save(counter)
                uow.events.append(CounterClosed(at=now, counter=counter.number, staff=user))
                closed += 1
        keys = uow.requests.purge()
        day = hall.today(now)
        # Phone numbers given for notices are kept only until the end of their business day.
        uow.notices.forget_phones(before=day + timedelta(days=1))
        uow.events.append(DayClosed(at=now, business_date=day.isoformat(), expired=len(expired),
                                    counters_closed=closed))
    for earlier in sorted({t.business_date for t in expired if t.business_date < day}):
        reports.resummarise(hall, earlier)
    return {"business_date": day.isoformat(), "expired": len(expired), "counters_closed": closed,
            "keys_forgotten": keys}
