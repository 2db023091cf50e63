"""Appointment rules: slots inside the opening hours, the check-in window, codes, figures."""
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain import appointments as rules
from queuedesk.domain.appointments import (
    AlreadyCheckedIn,
    Appointment,
    AppointmentState,
    Arrival,
    BookingPlan,
    CheckInWindow,
)
from queuedesk.domain.errors import QueueError
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import OpeningHours, Priority, Service

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


def service(hours="08:00-11:30,14:00-17:00", enabled=True) -> Service:
    return Service("M", LocalText({"zh_CN": "内科"}), "M", hours=OpeningHours.parse(hours), enabled=enabled)


def test_slots_lie_inside_the_opening_periods():
    plan = BookingPlan("M", slot_minutes=30)
    starts = plan.slot_starts(OpeningHours.parse("08:00-11:30,14:00-17:00"))
    assert starts[0] == time(8, 0) and starts[-1] == time(16, 30)
    assert time(11, 0) in starts and time(11, 30) not in starts and time(14, 0) in starts
    assert len(starts) == 7 + 6


@given(minutes=st.integers(*rules.SLOT_MINUTES_RANGE),
       periods=st.lists(st.tuples(st.integers(0, 22), st.integers(1, 120)), min_size=1, max_size=3))
def test_every_slot_ends_inside_its_period(minutes, periods):
    text = ",".join(f"{h:02d}:00-{min(23, h + (m // 60)):02d}:{m % 60 if h + m // 60 < 23 else 59:02d}"
                    for h, m in sorted(dict(periods).items()))
    try:
        hours = OpeningHours.parse(text)
    except ValueError:
        return
    plan = BookingPlan("M", slot_minutes=minutes)
    for start in plan.slot_starts(hours):
        begin = datetime.combine(date.min, start)
        end = begin + timedelta(minutes=minutes)
        assert any(datetime.combine(date.min, a) <= begin and end <= datetime.combine(date.min, b)
                   + timedelta(seconds=59) for a, b in hours.periods)


@pytest.mark.parametrize("offset, arrival", [(-31, Arrival.EARLY), (-30, Arrival.ON_TIME), (0, Arrival.ON_TIME),
                                             (15, Arrival.ON_TIME), (16, Arrival.LATE)])
def test_check_in_window_is_slot_minus_30_to_slot_plus_15(offset, arrival):
    slot = NOW
    assert CheckInWindow().arrival(slot, slot + timedelta(minutes=offset)) is arrival
    assert rules.priority_for(arrival) is (Priority.APPOINTMENT if arrival is Arrival.ON_TIME else Priority.NORMAL)


def booking(**kw) -> Appointment:
    values = dict(service="M", business_date=NOW.date(), slot_start=NOW, slot_end=NOW + timedelta(minutes=30),
                  code="123456", booked_at=NOW - timedelta(days=1))
    return Appointment(**{**values, **kw})


def test_a_booking_checks_in_once():
    a = booking()
    assert a.check_in(NOW, CheckInWindow()) is Arrival.ON_TIME
    a.ticket_number = "M001"
    with pytest.raises(AlreadyCheckedIn) as refused:
        a.check_in(NOW, CheckInWindow())
    assert refused.value.params["ticket"] == "M001"


def test_no_show_after_slot_end_and_grace():
    a, window = booking(), CheckInWindow(grace_min=15)
    assert not a.is_no_show(NOW + timedelta(minutes=45), window)
    assert a.is_no_show(NOW + timedelta(minutes=45, seconds=1), window)
    assert a.late(NOW + timedelta(minutes=16), window)
    a.mark_no_show()
    with pytest.raises(QueueError) as refused:
        a.check_in(NOW + timedelta(hours=1), window)
    assert refused.value.code == "appointment_missed"


@pytest.mark.parametrize("slot, booked, code", [
    (datetime(2026, 11, 23, 9, 30, tzinfo=TZ), 0, "slot_past"),
    (datetime(2026, 12, 8, 9, 0, tzinfo=TZ), 0, "slot_too_far"),
    (datetime(2026, 11, 24, 12, 0, tzinfo=TZ), 0, "no_such_slot"),
    (datetime(2026, 11, 24, 9, 15, tzinfo=TZ), 0, "no_such_slot"),
    (datetime(2026, 11, 24, 9, 0, tzinfo=TZ), 4, "slot_full"),
])
def test_booking_refusals(slot, booked, code):
    assert rules.refusal(BookingPlan("M", 30, 4, 14), service(), slot, NOW, TZ, booked).code == code


def test_a_bookable_slot_and_the_not_bookable_service():
    slot = datetime(2026, 11, 24, 9, 0, tzinfo=TZ)
    assert rules.refusal(BookingPlan("M", 30, 4, 14), service(), slot, NOW, TZ, 3) is None
    assert rules.refusal(None, service(), slot, NOW, TZ, 0).code == "not_bookable"
    assert rules.refusal(BookingPlan("M"), service(enabled=False), slot, NOW, TZ, 0).code == "booking_closed"


@given(st.lists(st.integers(0, 999_999), min_size=1, max_size=50))
def test_codes_are_six_digits_and_never_one_already_taken(draws):
    taken = {f"{d:06d}" for d in draws}
    fresh = iter([*draws, 1_000_000 - 1 if f"{999_999:06d}" not in taken else 0, *range(1000)])
    code = rules.new_code(taken, rand=lambda _n: next(fresh))
    assert len(code) == 6 and code.isdigit() and code not in taken


def test_codes_are_not_sequential():
    codes = [rules.new_code() for _ in range(50)]
    steps = {int(b) - int(a) for a, b in zip(codes, codes[1:])}
    assert len(steps) > 40     # a counter would give one step


@pytest.mark.parametrize("typed", ["12345", "1234567", "12a456", "１２３４５６", None])
def test_a_code_is_six_ascii_digits(typed):
    with pytest.raises(QueueError):
        rules.check_code(typed)
    assert rules.check_code(" 123 456 ") == "123456"


def test_figures_share_punctuality_no_shows():
    found = [booking(state=AppointmentState.CHECKED_IN, arrival=Arrival.ON_TIME),
             booking(state=AppointmentState.CHECKED_IN, arrival=Arrival.LATE),
             booking(state=AppointmentState.NO_SHOW),
             booking(state=AppointmentState.CANCELLED), booking()]
    f = rules.appointment_figures(found, visits=8, appointment_visits=2)
    assert (f.booked, f.checked_in, f.on_time, f.late, f.no_shows) == (4, 2, 1, 1, 1)
    assert f.appointment_share == 0.25 and f.punctuality == 0.5 and f.no_show_rate == pytest.approx(1 / 3)
    empty = rules.appointment_figures([], 0, 0)
    assert empty.appointment_share is None and empty.punctuality is None and empty.no_show_rate is None


def test_utc_slots_compare_with_local_ones():
    slot = datetime(2026, 11, 24, 1, 0, tzinfo=timezone.utc)   # 09:00 in Shanghai
    assert rules.refusal(BookingPlan("M"), service(), slot, NOW, TZ, 0) is None


def test_report_shares_of_several_branches_pool_their_counts():
    from queuedesk.domain.figures import Figures, Tally

    # One branch: 1 check-in, on time, no no-show; another: 3 check-ins, 1 on time, 3 no-shows.
    small = Tally(bookings_checked_in=1, bookings_on_time=1, booking_no_shows=0)
    big = Tally(bookings_checked_in=3, bookings_on_time=1, booking_no_shows=3)
    both = Figures.of(small + big)
    assert both.appointment_punctuality == 0.5                   # 2 of 4, not the mean of 100 % and 33 %
    assert both.appointment_no_show_rate == pytest.approx(3 / 7)  # 3 of 7, not the mean of 0 % and 50 %
    assert Figures.of(Tally()).appointment_punctuality is None
