"""Opening, pausing and closing counters; staff signing in and out; the desk's lease.

The rules (which state may follow which, who may act, when a counter's desk is gone)
are the counter's own (domain.model.Counter); these use cases load, ask it, save and
record the events.

A desk renews a lease on its counter every few seconds (`renew_lease`). A counter whose
lease lapsed (hall.lease_seconds) is unattended: not counted in wait estimates, and its
teller may sign in again at any desk, or a manager may release it. A desk stopped on
purpose (SIGTERM, SIGHUP, the session ending) leaves its counter with `leave`. Either
way the customer still at the counter is handed on as a teller would: one being served
is finished (the service ended when the desk went), one called but not yet there goes
back to the head of the queue with the same number.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from queuedesk.domain import limits
from queuedesk.domain.access import Actor, Permission
from queuedesk.domain.events import (
    CounterClosed,
    CounterEvent,
    CounterOpened,
    CounterPaused,
    CounterReleased,
    CounterResumed,
    StaffSignedIn,
    StaffSignedOut,
    TicketFinished,
    TicketReturned,
)
from queuedesk.domain.model import AT_COUNTER, Counter, CounterState, Staff, Ticket, TicketState, logged_minutes
from queuedesk.operations.calling import record
from queuedesk.operations.hall import Hall, checks_actor, needs
from queuedesk.operations.info import CounterStatus
from queuedesk.operations.staff import authenticate, may_sign_in_at_a_counter
from queuedesk.store.unit_of_work import UnitOfWork

PAUSE_REASONS = ("break", "meeting", "system down", "other")
#: Idempotency keys older than this are forgotten even without a `day close`.
KEYS_KEPT = timedelta(hours=48)
KEYS_PURGED_AT_SIGN_IN = 5_000

Change = Callable[[UnitOfWork, Counter, Ticket | None, datetime], list[tuple[type[CounterEvent], dict]]]


class _Undone(Exception):
    """Raised out of a transaction to roll it back, carrying what it would have answered."""

    def __init__(self, answer: CounterStatus):
        super().__init__("undone")
        self.answer = answer


def _change(hall: Hall, number: int, change: Change, by: str | None = None, keep: bool = True) -> CounterStatus:
    """Load counter `number` (locked) and its current ticket, let `change` act on the
    counter and name the events that caused, save, record them. `by`: who acts; they
    must hold the counter. Without `keep`: the counter as the change would leave it, and
    all of it rolled back."""
    number = limits.counter_number(number)
    try:
        with hall.write() as uow:
            day = hall.today()
            _key, counter, current, _head = uow.take_counter(number, day, names=True)
            now = hall.now()
            counter.require_holder(by)
            if hall.today(now) != day:
                current = uow.tickets.at_counter(number, hall.today(now))   # the day turned meanwhile
            for event_type, payload in change(uow, counter, current, now):
                uow.events.append(event_type(at=now, counter=number, **{"staff": counter.staff, **payload}))
            uow.counters.save(counter)
            if current is not None and current.state not in AT_COUNTER:
                current = None     # handed on by the change
            status = CounterStatus.of(counter, current, now)
            if not keep:
                raise _Undone(status)
            return status
    except _Undone as undone:
        return undone.answer


def _lease(hall: Hall) -> timedelta:
    return timedelta(seconds=hall.config["hall.lease_seconds"])


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def open_counter(hall: Hall, number: int, staff: str | None = None, by: str | None = None) -> CounterStatus:
    hall.actor.require_at(number, Permission.RUN_OWN_COUNTER)
    if staff is not None:
        hall.require(Permission.RUN_ANY_COUNTER)    # putting someone at a counter is a manager's call

    def change(uow: UnitOfWork, counter: Counter, _current, now):
        elsewhere = []
        if staff is not None:
            uow.staff.get(staff)   # must exist
            elsewhere = [o.number for o in uow.counters.all()
                         if o.number != number and o.staff == staff and not o.unattended(now)]
        counter.open(staff, elsewhere)
        return [(CounterOpened, {})]
    return _change(hall, number, change, by)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def pause_counter(hall: Hall, number: int, reason: str, by: str | None = None) -> CounterStatus:
    hall.actor.require_at(number, Permission.RUN_OWN_COUNTER)

    def change(_uow, counter: Counter, _current, _now):
        counter.pause(reason)
        return [(CounterPaused, {"reason": counter.pause_reason})]
    return _change(hall, number, change, by)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def resume_counter(hall: Hall, number: int, by: str | None = None) -> CounterStatus:
    hall.actor.require_at(number, Permission.RUN_OWN_COUNTER)

    def change(_uow, counter: Counter, _current, _now):
        counter.resume()
        return [(CounterResumed, {})]
    return _change(hall, number, change, by)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def close_counter(hall: Hall, number: int) -> CounterStatus:
    hall.actor.require_at(number, Permission.RUN_OWN_COUNTER)

    def change(_uow, counter: Counter, current, _now):
        counter.close(current)
        return [(CounterClosed, {})]
    return _change(hall, number, change)


def _hand_on(uow: UnitOfWork, counter: Counter, current: Ticket | None, now: datetime) -> None:
    """The counter goes away with `current` still there: finish one being served, send
    one called but not yet there back to the head of the queue."""
    if current is None:
        return
    if current.state is TicketState.SERVING:
        current.finish(now)
        record(uow, TicketFinished, now, current, counter, service_min=logged_minutes(current.service_time()))
    else:
        current.return_to_queue()
        record(uow, TicketReturned, now, current, counter)


_UNREAD = object()


def _release(uow: UnitOfWork, hall: Hall, counter: Counter, now: datetime, by: str | None,
             current=_UNREAD) -> None:
    """Close `counter`, sign its teller out and hand its customer (`current`, read if
    not given) on."""
    lapsed, user = counter.unattended(now), counter.staff
    if current is _UNREAD:
        current = uow.tickets.at_counter(counter.number, hall.today(now))
    _hand_on(uow, counter, current, now)
    counter.release()
    uow.counters.save(counter)
    uow.events.append(CounterReleased(at=now, counter=counter.number, staff=user, by=by, lapsed=lapsed))


@checks_actor()
def sign_in(hall: Hall, user: str, password: str, counter: int) -> tuple[Staff, CounterStatus]:
    """Check the password, take the counter and open it. Recorded as events. A counter
    the teller (or anyone) held from a desk that is gone is released first."""
    return _sign_in(hall, user, password, counter, keep=True)


@checks_actor()
def preview_sign_in(hall: Hall, user: str, password: str, counter: int) -> tuple[Staff, CounterStatus]:
    """What `sign_in` would show, changing nothing in the hall: the same checks and rules,
    in a transaction rolled back (`queuedesk desk --user U --screenshot F`: a picture must
    not open a counter, take it from a live desk or leave a sign-in behind to lapse)."""
    return _sign_in(hall, user, password, counter, keep=False)


def _sign_in(hall: Hall, user: str, password: str, counter: int, keep: bool) -> tuple[Staff, CounterStatus]:
    member = authenticate(hall, user, password)
    may_sign_in_at_a_counter(member)
    user = member.user
    hall = hall.as_actor(Actor(member.role, member.user, counter))   # their own sign-in, in their name

    def change(uow: UnitOfWork, c: Counter, current, now: datetime):
        if c.staff is not None and c.staff != user and c.unattended(now):
            _release(uow, hall, c, now, by=user, current=current)
        held = [o for o in uow.counters.all() if o.number != c.number and o.staff == user
                and o.state is not CounterState.CLOSED]
        for gone in (o for o in held if o.unattended(now)):
            _release(uow, hall, uow.counters.get(gone.number, lock=True), now, by=user)
        c.sign_in(user, [o.number for o in held if not o.unattended(now)], now, _lease(hall))
        # A hall that never closes its day stays small, a bounded bite at each sign-in.
        uow.requests.purge(before=now - KEYS_KEPT, limit=KEYS_PURGED_AT_SIGN_IN)
        return [(StaffSignedIn, {}), (CounterOpened, {})]
    return member, _change(hall, counter, change, keep=keep)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def renew_lease(hall: Hall, user: str, counter: int) -> None:
    """The desk of `user` at `counter` is alive (called every few seconds by the desk)."""
    number = limits.counter_number(counter)
    hall.actor.require_at(number, Permission.RUN_OWN_COUNTER)
    with hall.write() as uow:
        c = uow.counters.get(number, lock=True)
        c.renew(user, hall.now(), _lease(hall))
        uow.counters.save(c)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def sign_out(hall: Hall, user: str, counter: int) -> CounterStatus:
    """Close the counter and leave it. A customer still at the counter must be dealt with first."""
    hall.actor.require_at(counter, Permission.RUN_OWN_COUNTER)

    def change(_uow, c: Counter, current, _now):
        c.sign_out(user, current)
        return [(CounterClosed, {"staff": user}), (StaffSignedOut, {"staff": user})]
    return _change(hall, counter, change)


@checks_actor(Permission.RUN_OWN_COUNTER, Permission.RUN_ANY_COUNTER)
def leave(hall: Hall, user: str, counter: int) -> CounterStatus:
    """The desk is being stopped (SIGTERM, SIGHUP, the session ending): sign out now,
    handing on whoever is at the counter (see the module's docstring)."""
    hall.actor.require_at(counter, Permission.RUN_OWN_COUNTER)

    def change(uow: UnitOfWork, c: Counter, current, now: datetime):
        c.require_holder(user)
        _release(uow, hall, c, now, by=user, current=current)
        return [(StaffSignedOut, {"staff": user})]
    return _change(hall, counter, change)


@needs(Permission.RUN_ANY_COUNTER)
def release_counter(hall: Hall, counter: int, by: str | None = None) -> CounterStatus:
    """A manager frees a counter whose desk is gone (or that must be freed now)."""
    def change(uow: UnitOfWork, c: Counter, current, now: datetime):
        user = c.staff
        _release(uow, hall, c, now, by=by, current=current)
        return [(StaffSignedOut, {"staff": user})] if user else []
    return _change(hall, counter, change)
