"""End of the business day: whatever is still open expires; numbering restarts by date."""
from __future__ import annotations

from queuedesk.domain.model import FINAL, CounterState, TicketState
from queuedesk.operations.hall import Hall


def close_day(hall: Hall) -> dict:
    """Expire every ticket still open (today's and any left from earlier days), close every
    counter and sign everyone out. The next ticket of a new business date starts at 001."""
    now = hall.now()
    open_states = [s for s in TicketState if s not in FINAL]
    with hall.write() as tx:
        expired = tx.tickets_in(*open_states)
        for ticket in expired:
            ticket.expire(now)
            tx.save_ticket(ticket)
            tx.append_event(now, "ticket_expired", ticket, waiting=0)   # nobody waits after closing
        closed = 0
        for counter in tx.counters():
            if counter.state is not CounterState.CLOSED or counter.staff:
                user = counter.staff
                counter.state, counter.pause_reason, counter.staff = CounterState.CLOSED, None, None
                tx.save_counter(counter)
                tx.append_event(now, "counter_closed", counter=counter.number, staff_user=user)
                closed += 1
        day = hall.today(now)
        tx.append_event(now, "day_closed", business_date=day.isoformat(), expired=len(expired),
                        counters_closed=closed)
    return {"business_date": day.isoformat(), "expired": len(expired), "counters_closed": closed}
