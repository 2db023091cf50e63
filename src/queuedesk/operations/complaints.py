"""The complaints register (投诉登记): add, answer, list, and the on-time figure.

The rules (working days, due, overdue, on time, no personal numbers in the text) are the
domain's (domain.complaints); these use cases load, ask it, save and record the events,
each with the staff user who took the step where known (`by`).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from queuedesk.domain import complaints, limits
from queuedesk.domain.access import Permission
from queuedesk.domain.complaints import Channel, Complaint, Grade, OnTime
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import ComplaintAdded, ComplaintAnswered
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.tickets import find, ticket_fields
from queuedesk.store.unit_of_work import UnitOfWork


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    channel: str
    grade: str
    text: str
    received_at: str
    received_date: str
    due_date: str
    ticket: str | None
    counter: int | None
    staff: str | None               # the teller concerned
    recorded_by: str | None
    answered_at: str | None
    answered_date: str | None
    answer: str | None
    answered_by: str | None
    open: bool
    overdue: bool
    on_time: bool | None            # answered on or before the due date; None while open

    @classmethod
    def of(cls, c: Complaint, today: date) -> "ComplaintInfo":
        return cls(id=c.id, channel=c.channel.value, grade=c.grade.value, text=c.text,
                   received_at=_iso(c.received_at), received_date=_iso(c.received_date), due_date=_iso(c.due_date),
                   ticket=c.ticket_number, counter=c.counter, staff=c.staff, recorded_by=c.recorded_by,
                   answered_at=_iso(c.answered_at), answered_date=_iso(c.answered_date), answer=c.answer,
                   answered_by=c.answered_by, open=c.is_open, overdue=c.is_overdue(today),
                   on_time=None if c.is_open else c.answered_on_time)

    def to_dict(self) -> dict:
        return asdict(self)


def _choice(kind, value: str, what: str):
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(k.value for k in kind)
        raise QueueError(f"unknown {what} {value!r}; use {choices}", f"unknown_{what}", value=value) from None


@needs(Permission.HANDLE_COMPLAINTS)
def due_date(hall: Hall, grade: Grade, received: date) -> date:
    """Working days after the day it came in, per grade (settings complaints.*_days)."""
    days = hall.config[f"complaints.{grade.value}_days"]
    if days < 0:
        raise QueueError(f"setting complaints.{grade.value}_days must not be negative")
    return complaints.add_working_days(received, days)


def _recorder(uow: UnitOfWork, hall: Hall, by: str | None) -> str | None:
    """Who the register names: `by` (a staff member, writing down for a colleague), else
    whoever does it. The event log names the actor either way."""
    if by is not None:
        uow.staff.get(limits.user(by))   # must be a staff member (UnknownStaff otherwise)
        return by
    return hall.actor.user


@needs(Permission.HANDLE_COMPLAINTS)
def add_complaint(hall: Hall, channel: str, grade: str, text: str, ticket: str | None = None,
                  counter: int | None = None, by: str | None = None, due: date | None = None) -> ComplaintInfo:
    """Write a complaint down. `ticket`: today's ticket it concerns (its counter and teller
    are taken from the visit, at `counter` if given); `due`: a due date given by hand."""
    channel_, grade_ = _choice(Channel, channel, "channel"), _choice(Grade, grade, "grade")
    text = complaints.check_text(text)
    if counter is not None:
        limits.counter_number(counter)
    now = hall.now()
    today = hall.today(now)
    if due is not None and due < today:
        raise QueueError(f"due date {due} is before today", "due_in_the_past", due=due.isoformat())
    with hall.write() as uow:
        recorder = _recorder(uow, hall, by)
        leg, staff = None, None
        if ticket:
            leg = find(uow, hall, ticket)
            while counter is not None and leg.counter != counter and leg.transferred_from is not None:
                leg = uow.tickets.get(leg.transferred_from)   # the visit at that counter
            if counter is None or leg.counter == counter:
                counter, staff = leg.counter, leg.staff
        if counter is not None:
            uow.counters.get(counter)   # must exist
        c = Complaint(channel=channel_, grade=grade_, text=text, received_at=now, received_date=today,
                      due_date=due or due_date(hall, grade_, today), ticket_number=leg.number if leg else None,
                      ticket_id=leg.id if leg else None, counter=counter, staff=staff, recorded_by=recorder)
        uow.complaints.add(c)
        uow.events.append(ComplaintAdded(at=now, **(ticket_fields(leg) if leg else {}), counter=counter,
                                         staff=staff, complaint_id=c.id, channel=channel_.value,
                                         grade=grade_.value, due_date=c.due_date.isoformat(),
                                         due_by_hand=due is not None))
        return ComplaintInfo.of(c, today)


@needs(Permission.HANDLE_COMPLAINTS)
def answer_complaint(hall: Hall, complaint_id: int, text: str, by: str | None = None) -> ComplaintInfo:
    limits.whole(complaint_id, "complaint id", 1, limits.ID_MAX)
    now = hall.now()
    today = hall.today(now)
    with hall.write() as uow:
        recorder = _recorder(uow, hall, by)
        c = uow.complaints.get(complaint_id, lock=True)
        c.give_answer(text, recorder, now, today)
        uow.complaints.save(c)
        uow.events.append(ComplaintAnswered(at=now, ticket_id=c.ticket_id, ticket_number=c.ticket_number,
                                            counter=c.counter, staff=c.staff, complaint_id=c.id,
                                            due_date=c.due_date.isoformat(), on_time=c.answered_on_time))
        return ComplaintInfo.of(c, today)


@needs(Permission.READ_REPORTS)
def list_complaints(hall: Hall, open_only: bool = False, overdue_only: bool = False) -> list[ComplaintInfo]:
    """The register, oldest first; overdue ones are open by definition."""
    today = hall.today()
    with hall.read() as uow:
        found = uow.complaints.all(open_only=open_only or overdue_only)
    return [ComplaintInfo.of(c, today) for c in found if not overdue_only or c.is_overdue(today)]


@needs(Permission.READ_REPORTS)
def on_time(hall: Hall) -> OnTime:
    """Complaints answered on time ÷ complaints due, as of today."""
    today = hall.today()
    with hall.read() as uow:
        return complaints.on_time(uow.complaints.all(), today)
