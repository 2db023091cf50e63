"""Appointments on both databases: booking, the check-in window with the hall's clock,
the ticket's place in the queue, refusals, no-shows and their figures."""
from datetime import datetime, timedelta

import pytest

from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import AppointmentCheckedIn, AppointmentNoShow
from queuedesk.operations import appointments, calling
from queuedesk.operations import tickets as tickets_ops
from queuedesk.store.event_log import read_events

# The clock fixture stands at 10:00 in Shanghai on Monday 2026-11-23.


def local(hall, hh, mm, days=0):
    now = hall.now().astimezone(hall.config.timezone)
    return now.replace(hour=hh, minute=mm, second=0, microsecond=0) + timedelta(days=days)


@pytest.fixture
def bookable(hall):
    appointments.set_bookable(hall, "A", slot_minutes=30, capacity=2, horizon_days=7)
    return hall


def test_slots_show_the_places_left(bookable, clock):
    hall = bookable
    appointments.book(hall, "A", local(hall, 11, 0))
    day = {s.start[11:16]: s for s in appointments.slots(hall, "A", hall.today())}
    assert day["11:00"].free == 1 and day["11:00"].bookable
    assert day["09:30"].free == 2 and not day["09:30"].bookable      # begun already


def test_booking_refusals_each_say_why_in_one_line(bookable):
    hall = bookable
    for _ in range(2):
        appointments.book(hall, "A", local(hall, 11, 0))
    cases = [("A", local(hall, 11, 0), "slot_full"), ("A", local(hall, 9, 0), "slot_past"),
             ("A", local(hall, 11, 0, days=8), "slot_too_far"), ("B", local(hall, 11, 0), "not_bookable"),
             ("A", local(hall, 11, 10), "no_such_slot")]
    for code, slot, why in cases:
        with pytest.raises(QueueError) as refused:
            appointments.book(hall, code, slot)
        assert refused.value.code == why and "\n" not in str(refused.value)


def test_codes_are_unique_among_the_days_bookings(bookable):
    hall = bookable
    appointments.set_bookable(hall, "A", slot_minutes=5, capacity=20, horizon_days=7)
    codes = [appointments.book(hall, "A", local(hall, 11, 5 * (i % 6))).code for i in range(60)]
    assert len(set(codes)) == 60 and all(len(c) == 6 and c.isdigit() for c in codes)


@pytest.mark.parametrize("minutes_before, arrival, priority", [(40, "early", "normal"), (20, "on_time", "appointment"),
                                                               (-10, "on_time", "appointment"),
                                                               (-20, "late", "normal")])
def test_check_in_window(bookable, clock, minutes_before, arrival, priority):
    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 11, 0))
    clock.now = local(hall, 11, 0) - timedelta(minutes=minutes_before)
    result = appointments.check_in(hall, booking.code)
    assert (result.arrival, result.ticket.priority, result.ticket.channel) == (arrival, priority, "appointment")
    event = [e for e in read_events(hall.db) if isinstance(e, AppointmentCheckedIn)][-1]
    assert event.ticket_number == result.ticket.number and event.arrival == arrival


def test_a_checked_in_holder_is_called_before_normal_tickets_issued_earlier(bookable, clock):
    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 10, 30))
    earlier = [tickets_ops.issue_ticket(hall, "A").number for _ in range(3)]
    clock.advance(15)
    holder = appointments.check_in(hall, booking.code).ticket
    assert holder.position == 0
    assert calling.call_next(hall, 1).number == holder.number
    calling.start_service(hall, 1)
    assert calling.call_next(hall, 1).number == earlier[0]


def test_double_and_unknown_codes_are_refused(bookable, clock):
    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 10, 30))
    first = appointments.check_in(hall, booking.code).ticket
    with pytest.raises(QueueError) as again:
        appointments.check_in(hall, booking.code)
    assert again.value.code == "already_checked_in" and again.value.params["ticket"] == first.number
    unknown = "000000" if booking.code != "000000" else "111111"
    with pytest.raises(QueueError) as refused:
        appointments.check_in(hall, unknown)
    assert refused.value.code == "unknown_appointment"


def test_a_code_of_another_day_is_refused_as_unknown(bookable, clock):
    hall = bookable
    tomorrow = appointments.book(hall, "A", local(hall, 10, 0, days=1))
    with pytest.raises(QueueError) as refused:
        appointments.check_in(hall, tomorrow.code)
    assert refused.value.code == "unknown_appointment"
    assert str(refused.value) == f"no booking with code {tomorrow.code} today"


def test_the_same_key_gives_the_same_ticket(bookable):
    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 10, 30))
    first = appointments.check_in(hall, booking.code, key="touch-1")
    again = appointments.check_in(hall, booking.code, key="touch-1")
    assert again.ticket.number == first.ticket.number and again.arrival == first.arrival


def test_no_shows_are_marked_after_slot_end_and_grace(bookable, clock):
    hall = bookable
    kept = appointments.book(hall, "A", local(hall, 10, 30))
    missed = appointments.book(hall, "A", local(hall, 10, 30))
    clock.now = local(hall, 10, 40)
    appointments.check_in(hall, kept.code)
    clock.now = local(hall, 11, 15)        # slot ended 11:00, grace 15 min: not yet
    assert appointments.mark_no_shows(hall) == 0
    clock.now = local(hall, 11, 16)
    assert appointments.mark_no_shows(hall) == 1
    assert appointments.mark_no_shows(hall) == 0
    states = {a.code: a.state for a in appointments.listing(hall)}
    assert states == {kept.code: "checked_in", missed.code: "no_show"}
    assert sum(isinstance(e, AppointmentNoShow) for e in read_events(hall.db)) == 1
    with pytest.raises(QueueError) as refused:
        appointments.check_in(hall, missed.code)
    assert refused.value.code == "appointment_missed"
    figures = appointments.figures(hall, hall.today())
    assert (figures.checked_in, figures.no_shows, figures.appointment_visits, figures.visits) == (1, 1, 1, 1)
    assert figures.appointment_share == 1.0 and figures.punctuality == 1.0 and figures.no_show_rate == 0.5


def test_cancel_frees_the_place(bookable):
    hall = bookable
    first = appointments.book(hall, "A", local(hall, 11, 0))
    appointments.book(hall, "A", local(hall, 11, 0))
    assert appointments.cancel(hall, first.code).state == "cancelled"
    appointments.book(hall, "A", local(hall, 11, 0))
    with pytest.raises(QueueError) as refused:
        appointments.check_in(hall, first.code)
    assert refused.value.code == "booking_cancelled"


def test_not_bookable_keeps_bookings_made(bookable):
    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 10, 30))
    appointments.set_not_bookable(hall, "A")
    with pytest.raises(QueueError):
        appointments.book(hall, "A", local(hall, 11, 0))
    assert appointments.check_in(hall, booking.code).arrival == "on_time"
    assert "A" not in appointments.plans(hall)


def test_slots_follow_the_services_opening_hours(hall):
    from queuedesk.domain.model import Service
    from queuedesk.operations import setup
    from tests.support.halls import names

    setup.add_service(hall, Service("M", names("内科", "Medicine"), "M",
                                    hours=__import__("queuedesk.domain.model", fromlist=["OpeningHours"])
                                    .OpeningHours.parse("08:00-11:30,14:00-17:00")))
    appointments.set_bookable(hall, "M", 30, 4, 14)
    starts = [s.start[11:16] for s in appointments.slots(hall, "M", hall.today() + timedelta(days=1))]
    assert starts[0] == "08:00" and starts[-1] == "16:30" and "12:00" not in starts and len(starts) == 13
    assert datetime.fromisoformat(appointments.slots(hall, "M", hall.today())[0].start).utcoffset() \
        == timedelta(hours=8)


def test_the_reports_count_the_appointment_share_of_visits(bookable, clock):
    from queuedesk.domain.periods import period
    from queuedesk.operations import reports

    def report(hall, span):
        return reports.build(hall, span, ())

    hall = bookable
    booking = appointments.book(hall, "A", local(hall, 10, 30))
    tickets_ops.issue_ticket(hall, "A")
    tickets_ops.issue_ticket(hall, "B")
    appointments.check_in(hall, booking.code)
    today = report(hall, period("day", hall.today())).total
    assert today.appointment_share == pytest.approx(1 / 3)
    clock.advance(24 * 60)                      # a past day: read from its summary
    assert report(hall, period("day", hall.today() - timedelta(days=1))).total.appointment_share == \
        pytest.approx(1 / 3)


def test_the_appointment_share_counts_visits_not_legs_over_the_days_asked(bookable, clock):
    """A transferred customer is one visit (their second leg is not counted again); days
    outside the period do not count; the database counts them (a head office's month is
    millions of tickets: loaded one by one it took 1.5 s for 100,000)."""
    hall = bookable
    booked = appointments.book(hall, "A", local(hall, 10, 30))
    clock.now = local(hall, 10, 25)
    appointments.check_in(hall, booked.code)
    tickets_ops.issue_ticket(hall, "A")
    tickets_ops.issue_ticket(hall, "B")
    calling.call_next(hall, 1)
    calling.start_service(hall, 1)
    calling.transfer(hall, 1, to_service="C")                  # the booked customer, on to corporate
    today = hall.today()
    clock.now = local(hall, 10, 0, days=1)
    tickets_ops.issue_ticket(hall, "A")                        # tomorrow's
    figures = appointments.figures(hall, today)
    assert (figures.visits, figures.appointment_visits) == (3, 1)
    both = appointments.figures(hall, today, today + timedelta(days=1))
    assert (both.visits, both.appointment_visits, both.checked_in) == (4, 1, 1)
