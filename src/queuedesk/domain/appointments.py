"""Appointments (预约): booked slots of a business type, turned into tickets at the kiosk.

A business type is bookable when it has a `BookingPlan`: slots of `slot_minutes` laid
from the start of each of its opening periods (a slot must end inside the period), each
taking `capacity` bookings, bookable up to `horizon_days` ahead. A booking gets a
6-digit check-in code, random (never sequential: a code must not lead to the next
customer's) and unique among that day's bookings.

At check-in the arrival is judged against the slot: within [slot − early, slot + late]
it is on time and the ticket has appointment priority; otherwise it becomes a normal
ticket and the customer is told why. A booking not checked in by the slot's end plus a
grace is a no-show.

    booked ──check_in──▶ checked_in
       ├──cancel──▶ cancelled
       └──(slot end + grace passed)──▶ no_show
"""
from __future__ import annotations

import enum
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from queuedesk.domain import limits
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import OpeningHours, Priority, Service

SLOT_MINUTES_RANGE = (5, 240)
CAPACITY_RANGE = (1, 1000)
HORIZON_RANGE = (0, 180)        # 0: today only
CODE_DIGITS = 6


class AppointmentState(str, enum.Enum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Arrival(str, enum.Enum):
    """How a check-in stood against its slot."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@dataclass(frozen=True)
class CheckInWindow:
    """On time is [slot − early, slot + late]; no-show once the slot ended `grace` ago."""

    early_min: int = 30
    late_min: int = 15
    grace_min: int = 15

    def arrival(self, slot_start: datetime, now: datetime) -> Arrival:
        if now < slot_start - timedelta(minutes=self.early_min):
            return Arrival.EARLY
        if now > slot_start + timedelta(minutes=self.late_min):
            return Arrival.LATE
        return Arrival.ON_TIME

    def no_show_after(self, slot_end: datetime) -> datetime:
        return slot_end + timedelta(minutes=self.grace_min)


@dataclass(frozen=True)
class BookingPlan:
    """How a business type takes bookings."""

    service: str
    slot_minutes: int = 30
    capacity: int = 4
    horizon_days: int = 14

    def checked(self) -> "BookingPlan":
        return BookingPlan(limits.code(self.service),
                           limits.whole(self.slot_minutes, "slot minutes", *SLOT_MINUTES_RANGE),
                           limits.whole(self.capacity, "slot capacity", *CAPACITY_RANGE),
                           limits.whole(self.horizon_days, "horizon days", *HORIZON_RANGE))

    def slot_starts(self, hours: OpeningHours) -> list[time]:
        """The local start times of the day's slots: laid from each period's start, each
        ending inside its period (a period shorter than a slot has none)."""
        starts = []
        step = timedelta(minutes=self.slot_minutes)
        for begin, end in hours.periods:
            at = datetime.combine(date.min, begin)
            last = datetime.combine(date.min, end)
            while at + step <= last + timedelta(seconds=59):   # 17:00 ends "17:00", 23:59:59 ends the day
                starts.append(at.time())
                at += step
        return starts


@dataclass(frozen=True)
class Slot:
    start: datetime                   # aware
    end: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


def day_slots(plan: BookingPlan, hours: OpeningHours, day: date, tz: ZoneInfo,
              booked: dict[datetime, int]) -> list[Slot]:
    """The day's slots with how many are booked in each (`booked`: slot start → count)."""
    step = timedelta(minutes=plan.slot_minutes)
    result = []
    for start in plan.slot_starts(hours):
        at = datetime.combine(day, start, tzinfo=tz)
        result.append(Slot(at, at + step, plan.capacity, booked.get(at, 0)))
    return result


@dataclass
class Appointment:
    service: str
    business_date: date
    slot_start: datetime
    slot_end: datetime
    code: str
    booked_at: datetime
    state: AppointmentState = AppointmentState.BOOKED
    phone_last4: str | None = None
    id: int | None = None
    checked_in_at: datetime | None = None
    arrival: Arrival | None = None
    ticket_id: int | None = None
    ticket_number: str | None = None
    cancelled_at: datetime | None = None

    def check_in(self, now: datetime, window: CheckInWindow) -> Arrival:
        """Mark the booking checked in; how the arrival stood against the slot."""
        if self.state is AppointmentState.CHECKED_IN:
            raise AlreadyCheckedIn(self.code, self.ticket_number or "")
        if self.state is AppointmentState.CANCELLED:
            raise QueueError(f"booking {self.code} was cancelled", "booking_cancelled", booking=self.code)
        if self.state is AppointmentState.NO_SHOW:
            raise QueueError(f"booking {self.code} has passed (its slot ended); please take a ticket",
                             "appointment_missed", booking=self.code)
        self.arrival = window.arrival(self.slot_start, now)
        self.state, self.checked_in_at = AppointmentState.CHECKED_IN, now
        return self.arrival

    def cancel(self, now: datetime) -> None:
        if self.state is not AppointmentState.BOOKED:
            raise QueueError(f"booking {self.code} is {self.state.value}; cannot cancel", "appointment_state",
                             booking=self.code, state=self.state.value)
        self.state, self.cancelled_at = AppointmentState.CANCELLED, now

    def is_no_show(self, now: datetime, window: CheckInWindow) -> bool:
        return self.state is AppointmentState.BOOKED and now > window.no_show_after(self.slot_end)

    def mark_no_show(self) -> None:
        self.state = AppointmentState.NO_SHOW

    def late(self, now: datetime, window: CheckInWindow) -> bool:
        """Booked, not here, past the on-time window (not yet a no-show): staff may phone."""
        return self.state is AppointmentState.BOOKED and window.arrival(self.slot_start, now) is Arrival.LATE


class AlreadyCheckedIn(QueueError):
    """The code was used: the ticket already issued for it is named, so the customer
    who lost their slip can be told their number."""

    code = "already_checked_in"

    def __init__(self, code: str, ticket: str):
        super().__init__(f"booking {code} is already checked in: ticket {ticket}", booking=code, ticket=ticket)


class UnknownAppointment(QueueError):
    """No booking with that code today. The same words whether or not the code exists
    on another day: a code says nothing about anyone else's booking."""

    code = "unknown_appointment"

    def __init__(self, code: str):
        super().__init__(f"no booking with code {code} today", booking=code)


def priority_for(arrival: Arrival) -> Priority:
    """On time: appointment priority (预约优先); early or late: an ordinary ticket."""
    return Priority.APPOINTMENT if arrival is Arrival.ON_TIME else Priority.NORMAL


def refusal(plan: BookingPlan | None, service: Service, slot_start: datetime, now: datetime,
            tz: ZoneInfo, booked: int) -> QueueError | None:
    """Why `slot_start` of `service` cannot be booked now, or None."""
    code = service.code
    if plan is None:
        return QueueError(f"service {code} takes no bookings", "not_bookable", service=code)
    if not service.enabled:
        return QueueError(f"service {code} is not available", "booking_closed", service=code)
    local = slot_start.astimezone(tz)
    today = now.astimezone(tz).date()
    if slot_start <= now:
        return QueueError(f"slot {local:%Y-%m-%d %H:%M} has begun or passed", "slot_past",
                          service=code, slot=local.isoformat())
    if (local.date() - today).days > plan.horizon_days:
        return QueueError(f"slot {local:%Y-%m-%d} is more than {plan.horizon_days} days ahead", "slot_too_far",
                          service=code, slot=local.isoformat(), days=plan.horizon_days)
    if local.timetz().replace(tzinfo=None) not in plan.slot_starts(service.hours) or local.second:
        return QueueError(f"{local:%Y-%m-%d %H:%M} is not a slot of service {code} "
                          f"(hours {service.hours.describe()}, {plan.slot_minutes}-minute slots)",
                          "no_such_slot", service=code, slot=local.isoformat())
    if booked >= plan.capacity:
        return QueueError(f"slot {local:%Y-%m-%d %H:%M} of service {code} is full", "slot_full",
                          service=code, slot=local.isoformat())
    return None


def new_code(taken: Iterable[str] | None = None, rand=secrets.randbelow) -> str:
    """A random 6-digit check-in code not among `taken` (the day's codes)."""
    taken = set(taken or ())
    if len(taken) >= 10 ** CODE_DIGITS // 2:
        raise QueueError("no check-in codes left for that day", "codes_exhausted")
    while True:
        candidate = f"{rand(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        if candidate not in taken:
            return candidate


def check_code(value) -> str:
    """What a customer types: 6 digits (spaces ignored)."""
    allowed = f"{CODE_DIGITS} digits"
    if not isinstance(value, str):
        raise limits.InvalidValue("check-in code", allowed, value)
    digits = value.replace(" ", "").strip()
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise limits.InvalidValue("check-in code", allowed, value)
    return digits


def check_phone_last4(value) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) != 4 or not value.isascii() or not value.isdigit():
        raise limits.InvalidValue("phone last 4", "4 digits", value)
    return value


# -- figures for the reports ------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentFigures:
    """A period's appointments. Shares are None with nothing to divide by."""

    booked: int                 # bookings for slots in the period, not cancelled
    checked_in: int
    on_time: int
    early: int
    late: int
    no_shows: int
    visits: int                 # arrivals (first legs) in the period
    appointment_visits: int     # of which came through a check-in

    @property
    def appointment_share(self) -> float | None:
        """Visits that came with an appointment ÷ all visits (hospitals aim at ≥ 50 %)."""
        return self.appointment_visits / self.visits if self.visits else None

    @property
    def punctuality(self) -> float | None:
        return punctuality(self.on_time, self.checked_in)

    @property
    def no_show_rate(self) -> float | None:
        return no_show_rate(self.no_shows, self.checked_in)


# The two rules as counts, so the reports (domain/figures.py), which add the counts up
# in SQL, divide them the same way.
def punctuality(on_time: int, checked_in: int) -> float | None:
    """Check-ins on time (within the window) ÷ check-ins; None without a check-in."""
    return on_time / checked_in if checked_in else None


def no_show_rate(no_shows: int, checked_in: int) -> float | None:
    """No-shows ÷ bookings whose outcome is known (checked in or no-show); None without one."""
    decided = checked_in + no_shows
    return no_shows / decided if decided else None


def appointment_figures(appointments: Iterable[Appointment], visits: int, appointment_visits: int
                        ) -> AppointmentFigures:
    found = [a for a in appointments if a.state is not AppointmentState.CANCELLED]
    arrivals = [a.arrival for a in found if a.state is AppointmentState.CHECKED_IN]
    return AppointmentFigures(
        booked=len(found), checked_in=len(arrivals),
        on_time=sum(1 for a in arrivals if a is Arrival.ON_TIME),
        early=sum(1 for a in arrivals if a is Arrival.EARLY),
        late=sum(1 for a in arrivals if a is Arrival.LATE),
        no_shows=sum(1 for a in found if a.state is AppointmentState.NO_SHOW),
        visits=visits, appointment_visits=appointment_visits)
