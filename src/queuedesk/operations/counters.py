"""Opening, pausing and closing counters; staff signing in and out."""
from __future__ import annotations

from queuedesk.domain.errors import NotAllowed, QueueError
from queuedesk.domain.model import CounterState, Staff
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import CounterStatus
from queuedesk.operations.passwords import check_password

PAUSE_REASONS = ("break", "meeting", "system down", "other")


def _set_state(hall: Hall, number: int, state: CounterState, event: str, verb: str, *,
               staff: str | None = None, by: str | None = None, reason: str | None = None,
               allowed_from: tuple[CounterState, ...]) -> CounterStatus:
    """`staff` signs that user in at the counter; `by` is who acts, and must hold it."""
    now = hall.now()
    with hall.write() as tx:
        counter = tx.counter(number, lock=True)
        if by is not None and counter.staff != by:
            raise NotAllowed(f"{by} is not signed in at counter {number}", "not_signed_in", user=by, counter=number)
        if counter.state not in allowed_from:
            raise QueueError(f"counter {number} is {counter.state.value}; cannot {verb}", "counter_state",
                             counter=number, state=counter.state.value, action=verb)
        if staff is not None:
            tx.staff_member(staff)  # must exist
            counter.staff = staff
        counter.state = state
        counter.pause_reason = reason if state is CounterState.PAUSED else None
        tx.save_counter(counter)
        tx.append_event(now, event, counter=number, staff_user=counter.staff,
                        **({"reason": reason} if reason else {}))
        return CounterStatus.of(counter, tx.current_ticket(number, hall.today(now)))


def open_counter(hall: Hall, number: int, staff: str | None = None, by: str | None = None) -> CounterStatus:
    return _set_state(hall, number, CounterState.OPEN, "counter_opened", "open", staff=staff, by=by,
                      allowed_from=(CounterState.CLOSED, CounterState.OPEN))


def pause_counter(hall: Hall, number: int, reason: str, by: str | None = None) -> CounterStatus:
    if not reason or not reason.strip():
        raise QueueError("pausing a counter needs a reason", "pause_needs_reason")
    return _set_state(hall, number, CounterState.PAUSED, "counter_paused", "pause", by=by,
                      reason=reason.strip(), allowed_from=(CounterState.OPEN,))


def resume_counter(hall: Hall, number: int, by: str | None = None) -> CounterStatus:
    return _set_state(hall, number, CounterState.OPEN, "counter_resumed", "resume", by=by,
                      allowed_from=(CounterState.PAUSED,))


def close_counter(hall: Hall, number: int) -> CounterStatus:
    now = hall.now()
    with hall.write() as tx:
        counter = tx.counter(number, lock=True)
        current = tx.current_ticket(number, hall.today(now))
        if current is not None:
            raise QueueError(f"counter {number} still has {current.number} ({current.state.value}); "
                             f"finish or transfer it first", "counter_busy", counter=number, ticket=current.number)
        counter.state, counter.pause_reason = CounterState.CLOSED, None
        tx.save_counter(counter)
        tx.append_event(now, "counter_closed", counter=number, staff_user=counter.staff)
        return CounterStatus.of(counter, None)


def authenticate(hall: Hall, user: str, password: str) -> Staff:
    with hall.read() as tx:
        try:
            member, stored = tx.staff_member(user)
        except QueueError:
            member, stored = None, ""
    if member is None or not check_password(password, stored):
        raise NotAllowed("wrong user name or password", "wrong_password")   # same words either way: no user probing
    return member


def sign_in(hall: Hall, user: str, password: str, counter: int) -> tuple[Staff, CounterStatus]:
    """Check the password, take the counter and open it. Recorded as events."""
    member = authenticate(hall, user, password)
    now = hall.now()
    with hall.write() as tx:
        c = tx.counter(counter, lock=True)
        if c.staff and c.staff != user and c.state is not CounterState.CLOSED:
            raise NotAllowed(f"counter {counter} is in use by {c.staff}", "counter_in_use", counter=counter,
                             user=c.staff)
        elsewhere = [o.number for o in tx.counters()
                     if o.number != counter and o.staff == user and o.state is not CounterState.CLOSED]
        if elsewhere:   # one teller, one counter: their figures and calls must not mix
            raise NotAllowed(f"{user} is already signed in at counter {elsewhere[0]}", "signed_in_elsewhere",
                             user=user, counter=elsewhere[0])
        c.staff, c.state, c.pause_reason = user, CounterState.OPEN, None
        tx.save_counter(c)
        tx.append_event(now, "staff_signed_in", counter=counter, staff_user=user)
        tx.append_event(now, "counter_opened", counter=counter, staff_user=user)
        return member, CounterStatus.of(c, tx.current_ticket(counter, hall.today(now)))


def sign_out(hall: Hall, user: str, counter: int) -> CounterStatus:
    """Close the counter and leave it. A customer still at the counter must be dealt with first."""
    now = hall.now()
    with hall.write() as tx:
        c = tx.counter(counter, lock=True)
        if c.staff != user:
            raise NotAllowed(f"{user} is not signed in at counter {counter}", "not_signed_in", user=user,
                             counter=counter)
        current = tx.current_ticket(counter, hall.today(now))
        if current is not None:
            raise QueueError(f"counter {counter} still has {current.number}; finish or transfer it first",
                             "counter_busy", counter=counter, ticket=current.number)
        c.staff, c.state, c.pause_reason = None, CounterState.CLOSED, None
        tx.save_counter(c)
        tx.append_event(now, "counter_closed", counter=counter, staff_user=user)
        tx.append_event(now, "staff_signed_out", counter=counter, staff_user=user)
        return CounterStatus.of(c, None)
