"""Opening, pausing and closing counters; staff signing in and out.

The rules (which state may follow which, who may act) are the counter's own
(domain.model.Counter); these use cases load, ask it, save and record the event.
"""
from __future__ import annotations

from collections.abc import Callable

from queuedesk.domain.errors import NotAllowed, QueueError
from queuedesk.domain.events import (
    CounterClosed,
    CounterEvent,
    CounterOpened,
    CounterPaused,
    CounterResumed,
    StaffSignedIn,
    StaffSignedOut,
)
from queuedesk.domain.model import Counter, CounterState, Staff, Ticket
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import CounterStatus
from queuedesk.operations.passwords import check_password
from queuedesk.store.unit_of_work import UnitOfWork

PAUSE_REASONS = ("break", "meeting", "system down", "other")


Change = Callable[[UnitOfWork, Counter, Ticket | None], list[tuple[type[CounterEvent], dict]]]


def _change(hall: Hall, number: int, change: Change, by: str | None = None) -> CounterStatus:
    """Load counter `number` (locked) and its current ticket, let `change` act on the
    counter and name the events that caused, save, record them. `by`: who acts; they
    must hold the counter."""
    now = hall.now()
    with hall.write() as uow:
        counter = uow.counters.get(number, lock=True)
        counter.require_holder(by)
        current = uow.tickets.at_counter(number, hall.today(now))
        for event_type, payload in change(uow, counter, current):
            uow.events.append(event_type(at=now, counter=number, **{"staff": counter.staff, **payload}))
        uow.counters.save(counter)
        return CounterStatus.of(counter, current)


def open_counter(hall: Hall, number: int, staff: str | None = None, by: str | None = None) -> CounterStatus:
    def change(uow: UnitOfWork, counter: Counter, _current):
        if staff is not None:
            uow.staff.get(staff)   # must exist
        counter.open(staff)
        return [(CounterOpened, {})]
    return _change(hall, number, change, by)


def pause_counter(hall: Hall, number: int, reason: str, by: str | None = None) -> CounterStatus:
    def change(_uow, counter: Counter, _current):
        counter.pause(reason)
        return [(CounterPaused, {"reason": counter.pause_reason})]
    return _change(hall, number, change, by)


def resume_counter(hall: Hall, number: int, by: str | None = None) -> CounterStatus:
    def change(_uow, counter: Counter, _current):
        counter.resume()
        return [(CounterResumed, {})]
    return _change(hall, number, change, by)


def close_counter(hall: Hall, number: int) -> CounterStatus:
    def change(_uow, counter: Counter, current):
        counter.close(current)
        return [(CounterClosed, {})]
    return _change(hall, number, change)


def authenticate(hall: Hall, user: str, password: str) -> Staff:
    with hall.read() as uow:
        try:
            member, stored = uow.staff.get(user)
        except QueueError:
            member, stored = None, ""
    if member is None or not check_password(password, stored):
        raise NotAllowed("wrong user name or password", "wrong_password")   # same words either way: no user probing
    return member


def sign_in(hall: Hall, user: str, password: str, counter: int) -> tuple[Staff, CounterStatus]:
    """Check the password, take the counter and open it. Recorded as events."""
    member = authenticate(hall, user, password)

    def change(uow: UnitOfWork, c: Counter, _current):
        elsewhere = [o.number for o in uow.counters.all()
                     if o.number != counter and o.staff == user and o.state is not CounterState.CLOSED]
        c.sign_in(user, elsewhere)
        return [(StaffSignedIn, {}), (CounterOpened, {})]
    return member, _change(hall, counter, change)


def sign_out(hall: Hall, user: str, counter: int) -> CounterStatus:
    """Close the counter and leave it. A customer still at the counter must be dealt with first."""
    def change(_uow, c: Counter, current):
        c.sign_out(user, current)
        return [(CounterClosed, {"staff": user}), (StaffSignedOut, {"staff": user})]
    return _change(hall, counter, change)
