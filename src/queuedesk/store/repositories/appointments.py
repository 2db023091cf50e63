"""Booking plans of the bookable business types, and the bookings themselves.

Booking the last place of a slot: the use case locks the service's plan row first
(FOR UPDATE on PostgreSQL; SQLite's write transaction holds the whole database), then
counts, so two bookings of one service are made one after the other.
"""
from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa

from queuedesk.domain.appointments import Appointment, AppointmentState, Arrival, BookingPlan
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import appointments, booking_plans

#: The booking's own columns (branch is stamped by the store: store/publication.py).
_FIELDS = [c.name for c in appointments.columns if c.name not in ("id", "branch")]
_HOLDS_A_PLACE = [AppointmentState.BOOKED.value, AppointmentState.CHECKED_IN.value,
                  AppointmentState.NO_SHOW.value]


def _appointment(row) -> Appointment:
    values = dict(row._mapping)
    values.pop("branch", None)
    values["state"] = AppointmentState(values["state"])
    values["arrival"] = Arrival(values["arrival"]) if values["arrival"] else None
    return Appointment(**values)


def _values(a: Appointment) -> dict:
    values = {name: getattr(a, name) for name in _FIELDS}
    values["state"] = a.state.value
    values["arrival"] = a.arrival.value if a.arrival else None
    return values


class AppointmentRepository(Repository):
    # -- plans ------------------------------------------------------------------------------

    def plan(self, service: str, lock: bool = False) -> BookingPlan | None:
        row = self._row(booking_plans.c.service, service, lock)
        return BookingPlan(row.service, row.slot_minutes, row.slot_capacity, row.horizon_days) if row else None

    def plans(self) -> dict[str, BookingPlan]:
        rows = self.conn.execute(sa.select(booking_plans))
        return {r.service: BookingPlan(r.service, r.slot_minutes, r.slot_capacity, r.horizon_days) for r in rows}

    def set_plan(self, plan: BookingPlan | None, service: str) -> None:
        self.conn.execute(booking_plans.delete().where(booking_plans.c.service == service))
        if plan is not None:
            self.conn.execute(booking_plans.insert().values(
                service=plan.service, slot_minutes=plan.slot_minutes, slot_capacity=plan.capacity,
                horizon_days=plan.horizon_days))

    # -- bookings ----------------------------------------------------------------------------

    def add(self, a: Appointment) -> int:
        a.id = self.conn.execute(appointments.insert().values(**_values(a))
                                 .returning(appointments.c.id)).scalar_one()
        return a.id

    def save(self, a: Appointment) -> None:
        self.conn.execute(appointments.update().where(appointments.c.id == a.id).values(**_values(a)))

    def by_code(self, code: str, day: date, lock: bool = False) -> Appointment | None:
        """The booking with `code` on `day` only: another day's is never found."""
        query = sa.select(appointments).where(appointments.c.business_date == day, appointments.c.code == code)
        row = self.conn.execute(self._locking(query, lock)).first()
        return _appointment(row) if row else None

    def upcoming_with_code(self, code: str, day: date, lock: bool = False) -> list[Appointment]:
        """Bookings still to come (booked, business date `day` or later) with `code`."""
        query = sa.select(appointments).where(appointments.c.business_date >= day, appointments.c.code == code,
                                              appointments.c.state == AppointmentState.BOOKED.value)
        return [_appointment(r) for r in self.conn.execute(self._locking(query.order_by(appointments.c.id), lock))]

    def codes(self, day: date) -> set[str]:
        return set(self.conn.execute(sa.select(appointments.c.code).where(appointments.c.business_date == day))
                   .scalars())

    def booked_in(self, service: str, start: datetime, end: datetime) -> dict[datetime, int]:
        """{slot start: places taken} for slots of `service` starting in [start, end)."""
        rows = self.conn.execute(
            sa.select(appointments.c.slot_start, sa.func.count())
            .where(appointments.c.service == service, appointments.c.slot_start >= start,
                   appointments.c.slot_start < end, appointments.c.state.in_(_HOLDS_A_PLACE))
            .group_by(appointments.c.slot_start))
        return {slot: count for slot, count in rows}

    def on(self, day: date, end: date | None = None, states: tuple[AppointmentState, ...] = ()) -> list[Appointment]:
        """The bookings of business dates [day, end] (end: day), by slot."""
        query = sa.select(appointments).where(appointments.c.business_date >= day,
                                              appointments.c.business_date <= (end or day))
        if states:
            query = query.where(appointments.c.state.in_([s.value for s in states]))
        return [_appointment(r) for r in self.conn.execute(
            query.order_by(appointments.c.slot_start, appointments.c.id))]

    def due_no_shows(self, before: datetime) -> list[Appointment]:
        """Booked, never checked in, whose slot ended before `before` (the grace given)."""
        rows = self.conn.execute(sa.select(appointments).where(
            appointments.c.state == AppointmentState.BOOKED.value, appointments.c.slot_end < before)
            .order_by(appointments.c.slot_start, appointments.c.id))
        return [_appointment(r) for r in rows]
