"""Appointments: bookable business types, booking, cancelling, checking in, no-shows.

The rules (slots, the check-in window, what may be booked) are domain.appointments';
these use cases load, ask, save and record the events. A check-in issues its ticket in
the same transaction as it marks the booking, so a booking is never used twice and a
ticket never lacks its booking.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from queuedesk.domain import appointments as rules
from queuedesk.domain import limits
from queuedesk.domain.access import Permission
from queuedesk.domain.appointments import (
    Appointment,
    BookingPlan,
    CheckInWindow,
    UnknownAppointment,
)
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import (
    AppointmentBooked,
    AppointmentCancelled,
    AppointmentCheckedIn,
    AppointmentNoShow,
    BookingPlanChanged,
)
from queuedesk.domain.model import Channel, TicketState
from queuedesk.domain.periods import Period
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.info import TicketInfo
from queuedesk.operations.tickets import add_ticket, claim_key, describe, ticket_fields
from queuedesk.store.unit_of_work import UnitOfWork


@needs(Permission.VIEW)
def window(hall: Hall) -> CheckInWindow:
    c = hall.config
    return CheckInWindow(c["appointments.early_minutes"], c["appointments.late_minutes"],
                         c["appointments.grace_minutes"])


# -- what clients get back ---------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    service: str
    service_names: dict[str, str]
    business_date: str
    slot: str                     # the slot's start, ISO with the branch's offset
    slot_end: str
    code: str
    state: str                    # booked | checked_in | cancelled | no_show
    late: bool                    # booked, not here, past the on-time window
    arrival: str | None           # early | on_time | late, once checked in
    ticket: str | None
    ticket_state: str | None      # the ticket's state now (waiting, called, …)
    waited_min: float | None      # a checked-in holder still waiting: how long
    phone_last4: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _info(a: Appointment, hall: Hall, names: dict, now: datetime, ticket=None) -> AppointmentInfo:
    tz = hall.config.timezone
    waiting = ticket is not None and ticket.state is TicketState.WAITING
    return AppointmentInfo(
        id=a.id, service=a.service, service_names=names, business_date=a.business_date.isoformat(),
        slot=a.slot_start.astimezone(tz).isoformat(), slot_end=a.slot_end.astimezone(tz).isoformat(),
        code=a.code, state=a.state.value, late=a.late(now, window(hall)),
        arrival=a.arrival.value if a.arrival else None, ticket=a.ticket_number,
        ticket_state=ticket.state.value if ticket is not None else None,
        waited_min=round(ticket.waited_min(now), 1) if waiting else None, phone_last4=a.phone_last4)


@dataclass(frozen=True)
class SlotInfo:
    start: str                    # ISO with the branch's offset
    end: str
    capacity: int
    booked: int
    free: int
    bookable: bool                # not begun, within the horizon, places left

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CheckIn:
    """A booking turned into a ticket: `arrival` early | on_time | late. Early or late,
    the ticket is a normal one, and the customer is told why."""

    ticket: TicketInfo
    arrival: str
    slot: str
    minutes: float                # from the slot's start (negative: before it)

    def to_dict(self) -> dict[str, Any]:
        return {"ticket": self.ticket.to_dict(), "arrival": self.arrival, "slot": self.slot,
                "minutes": self.minutes}


# -- set-up --------------------------------------------------------------------------------

@needs(Permission.SET_UP)
def set_bookable(hall: Hall, code: str, slot_minutes: int = 30, capacity: int = 4, horizon_days: int = 14
                 ) -> BookingPlan:
    """Make a business type bookable, or change its slots (bookings already made stay)."""
    plan = BookingPlan(code, slot_minutes, capacity, horizon_days).checked()
    with hall.write() as uow:
        uow.services.get(plan.service)   # must exist
        uow.appointments.set_plan(plan, plan.service)
        uow.events.append(BookingPlanChanged(at=hall.now(), code=plan.service, bookable=True,
                                             slot_minutes=plan.slot_minutes, slot_capacity=plan.capacity,
                                             horizon_days=plan.horizon_days))
    return plan


@needs(Permission.SET_UP)
def set_not_bookable(hall: Hall, code: str) -> None:
    """The business type takes no more bookings; those made stay and may check in."""
    code = limits.code(code)
    with hall.write() as uow:
        uow.services.get(code)
        uow.appointments.set_plan(None, code)
        uow.events.append(BookingPlanChanged(at=hall.now(), code=code, bookable=False))


@needs(Permission.VIEW)
def plans(hall: Hall) -> dict[str, BookingPlan]:
    with hall.read() as uow:
        return uow.appointments.plans()


# -- slots and bookings -------------------------------------------------------------------

def _day_bounds(hall: Hall, day: date) -> tuple[datetime, datetime]:
    tz = hall.config.timezone
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return start, datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)


@needs(Permission.VIEW)
def slots(hall: Hall, code: str, day: date) -> list[SlotInfo]:
    """The day's slots of a bookable business type and the places left in each."""
    code = limits.code(code)
    tz = hall.config.timezone
    now = hall.now()
    with hall.read() as uow:
        service = uow.services.get(code)
        plan = uow.appointments.plan(code)
        if plan is None:
            raise rules.refusal(None, service, now, now, tz, 0)
        booked = uow.appointments.booked_in(code, *_day_bounds(hall, day))
    booked = {at.astimezone(tz): n for at, n in booked.items()}
    result = []
    for slot in rules.day_slots(plan, service.hours, day, tz, booked):
        why = rules.refusal(plan, service, slot.start, now, tz, slot.booked)
        result.append(SlotInfo(slot.start.isoformat(), slot.end.isoformat(), slot.capacity, slot.booked,
                               slot.free, why is None))
    return result


@needs(Permission.BOOK)
def book(hall: Hall, code: str, slot: datetime, phone_last4: str | None = None) -> AppointmentInfo:
    """Book a place in the slot starting at `slot` (aware, or the branch's local time)."""
    code = limits.code(code)
    phone_last4 = rules.check_phone_last4(phone_last4)
    tz = hall.config.timezone
    if slot.tzinfo is None:
        slot = slot.replace(tzinfo=tz)
    with hall.write() as uow:
        service = uow.services.get(code)
        plan = uow.appointments.plan(code, lock=True)   # one booking of this service at a time
        now = hall.now()
        taken = uow.appointments.booked_in(code, slot, slot + timedelta(seconds=1)).get(slot, 0) \
            if plan else 0
        refusal = rules.refusal(plan, service, slot, now, tz, taken)
        if refusal is not None:
            raise refusal
        day = slot.astimezone(tz).date()
        appointment = Appointment(service=code, business_date=day, slot_start=slot,
                                  slot_end=slot + timedelta(minutes=plan.slot_minutes),
                                  code=rules.new_code(uow.appointments.codes(day)), booked_at=now,
                                  phone_last4=phone_last4)
        uow.appointments.add(appointment)
        uow.events.append(AppointmentBooked(at=now, service=code, appointment_id=appointment.id,
                                            slot=slot.astimezone(tz).isoformat()))
        return _info(appointment, hall, dict(service.names), now)


def _find(uow: UnitOfWork, hall: Hall, code: str, lock: bool = True) -> Appointment:
    """Today's booking with `code`; the same refusal for a code of another day as for none."""
    code = rules.check_code(code)
    appointment = uow.appointments.by_code(code, hall.today(), lock=lock)
    if appointment is None:
        raise UnknownAppointment(code)
    return appointment


@needs(Permission.BOOK)
def cancel(hall: Hall, code: str, day: date | None = None) -> AppointmentInfo:
    """Cancel a booking by its code. Codes are unique within a day, so without `day` the
    one booking still to come with that code is meant (several: give the date). Staff
    cancel, not the kiosk, so saying which days have the code reveals nothing to a stranger."""
    code = rules.check_code(code)
    with hall.write() as uow:
        now = hall.now()
        if day is not None:
            found = [a for a in [uow.appointments.by_code(code, day, lock=True)] if a is not None]
        else:
            found = uow.appointments.upcoming_with_code(code, hall.today(now), lock=True)
        if not found:
            raise UnknownAppointment(code)
        if len(found) > 1:
            raise QueueError(f"bookings with code {code} on {', '.join(a.business_date.isoformat() for a in found)};"
                             f" give --date", "appointment_ambiguous", booking=code)
        appointment = found[0]
        appointment.cancel(now)
        uow.appointments.save(appointment)
        uow.events.append(AppointmentCancelled(
            at=now, service=appointment.service, appointment_id=appointment.id,
            slot=appointment.slot_start.astimezone(hall.config.timezone).isoformat()))
        return _info(appointment, hall, dict(uow.services.get(appointment.service).names), now)


@needs(Permission.ISSUE_TICKET)
def check_in(hall: Hall, code: str, key: str | None = None) -> CheckIn:
    """The code typed at the kiosk (or `ticket checkin`): today's booking becomes a ticket,
    with appointment priority when on time, else a normal one. A used code is refused,
    naming the ticket it gave; an unknown one says nothing of other days."""
    code = rules.check_code(code)
    tz = hall.config.timezone
    with hall.write() as uow:
        fresh, earlier = claim_key(uow, hall, key, hall.now(), "checkin", code)
        if not fresh:
            if earlier is None:
                raise UnknownAppointment(code)
            again = uow.appointments.by_code(code, earlier.business_date)
            return CheckIn(describe(uow, hall, earlier), again.arrival.value, again.slot_start.astimezone(tz)
                           .isoformat(), _minutes(again.checked_in_at, again.slot_start))
        appointment = _find(uow, hall, code)
        now = hall.now()
        if appointment.is_no_show(now, window(hall)):
            _record_no_show(uow, hall, appointment, now)
        arrival = appointment.check_in(now, window(hall))
        info, ticket = add_ticket(uow, hall, appointment.service, rules.priority_for(arrival), Channel.APPOINTMENT,
                                  over_cap=True)
        appointment.ticket_id, appointment.ticket_number = ticket.id, ticket.number
        uow.appointments.save(appointment)
        minutes = _minutes(now, appointment.slot_start)
        slot = appointment.slot_start.astimezone(tz).isoformat()
        uow.events.append(AppointmentCheckedIn(at=now, **ticket_fields(ticket), appointment_id=appointment.id,
                                               slot=slot, arrival=arrival.value, minutes=minutes,
                                               priority=ticket.priority.value))
        if key:
            uow.requests.settle(key, ticket.id)
        return CheckIn(info, arrival.value, slot, minutes)


def _minutes(now: datetime, slot_start: datetime) -> float:
    return round((now - slot_start).total_seconds() / 60, 1)


def _record_no_show(uow: UnitOfWork, hall: Hall, appointment: Appointment, now: datetime) -> None:
    appointment.mark_no_show()
    uow.appointments.save(appointment)
    uow.events.append(AppointmentNoShow(at=now, service=appointment.service, appointment_id=appointment.id,
                                        slot=appointment.slot_start.astimezone(hall.config.timezone).isoformat()))


@needs(Permission.ISSUE_TICKET)
def mark_no_shows(hall: Hall) -> int:
    """Bookings not checked in by their slot's end plus the grace become no-shows (an
    event each). Run by the console's clock, `appointment list` and `day close`."""
    with hall.write() as uow:
        now = hall.now()
        due = uow.appointments.due_no_shows(before=now - timedelta(minutes=window(hall).grace_min))
        for appointment in due:
            _record_no_show(uow, hall, appointment, now)
        return len(due)


@needs(Permission.VIEW)
def listing(hall: Hall, day: date | None = None) -> list[AppointmentInfo]:
    """The bookings of a day (today), by slot, with the ticket each became."""
    now = hall.now()
    with hall.read() as uow:
        found = uow.appointments.on(day or hall.today(now))
        names = {code: dict(s.names) for code, s in uow.services.all().items()}
        tickets = uow.tickets.by_ids([a.ticket_id for a in found if a.ticket_id])
        return [_info(a, hall, names.get(a.service, {}), now, tickets.get(a.ticket_id)) for a in found]


@needs(Permission.READ_REPORTS)
def figures(hall: Hall, start: date, end: date | None = None) -> rules.AppointmentFigures:
    """Appointment share of visits, check-in punctuality, no-shows for days [start, end]
    (a period as a report's: refused backwards or longer than ten years)."""
    span = Period(start, end or start)
    start, end = span.first, span.last
    with hall.read() as uow:
        found = uow.appointments.on(start, end)
        visits, booked_visits = uow.tickets.visits(start, end)
    return rules.appointment_figures(found, visits, booked_visits)
