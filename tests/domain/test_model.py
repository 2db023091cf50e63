from datetime import datetime, time, timedelta, timezone

import pytest

from queuedesk.domain.errors import InvalidTransition
from queuedesk.domain.model import OpeningHours, Service, Ticket, TicketState
from tests.support.halls import names

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=timezone.utc)


def ticket(**kw) -> Ticket:
    values = dict(number="A001", service="A", business_date=T0.date(), token="t", issued_at=T0, queued_at=T0)
    values.update(kw)
    return Ticket(**values)


def test_full_life_stamps_every_transition():
    t = ticket()
    t.call(3, "li", T0 + timedelta(minutes=4))
    t.recall()
    t.start(T0 + timedelta(minutes=5))
    t.finish(T0 + timedelta(minutes=11))
    assert t.state is TicketState.DONE
    assert t.counter == 3 and t.staff == "li" and t.recalls == 1
    assert t.waited_min(T0 + timedelta(hours=1)) == pytest.approx(4)
    assert t.service_min() == pytest.approx(6)


def test_finish_straight_from_call_counts_service_from_the_call():
    t = ticket()
    t.call(1, None, T0 + timedelta(minutes=2))
    t.finish(T0 + timedelta(minutes=5))
    assert t.service_min() == pytest.approx(3)


@pytest.mark.parametrize("action", [
    lambda t: t.recall(), lambda t: t.start(T0), lambda t: t.finish(T0), lambda t: t.no_show(T0),
    lambda t: t.park(), lambda t: t.hand_over(T0),
])
def test_a_waiting_ticket_refuses_counter_actions(action):
    with pytest.raises(InvalidTransition, match="A001 is waiting"):
        action(ticket())


def test_no_show_only_for_a_called_customer():
    t = ticket()
    t.call(1, None, T0)
    t.start(T0)
    with pytest.raises(InvalidTransition):
        t.no_show(T0)


def test_done_ticket_cannot_be_cancelled_or_expired():
    t = ticket()
    t.call(1, None, T0)
    t.finish(T0)
    with pytest.raises(InvalidTransition):
        t.cancel(T0)
    with pytest.raises(InvalidTransition):
        t.expire(T0)


def test_park_and_unpark_return_to_called():
    t = ticket()
    t.call(2, "li", T0)
    t.park()
    assert t.state is TicketState.PARKED
    t.unpark(2, "li", T0 + timedelta(minutes=3))
    assert t.state is TicketState.CALLED


def test_transferred_leg_waits_from_when_it_joined():
    t = ticket(issued_at=T0 - timedelta(minutes=30), queued_at=T0)
    assert t.waited_min(T0 + timedelta(minutes=2)) == pytest.approx(2)


def test_opening_hours_parse_and_check():
    hours = OpeningHours.parse("08:00-11:30, 14:00-17:00")
    assert hours.is_open_at(time(9)) and hours.is_open_at(time(14))
    assert not hours.is_open_at(time(12)) and not hours.is_open_at(time(17, 30))
    assert hours.describe() == "08:00-11:30, 14:00-17:00"
    assert OpeningHours.parse("").is_open_at(time(3))


@pytest.mark.parametrize("bad", ["8-9", "09:00", "12:00-11:00", "x"])
def test_bad_opening_hours_are_refused(bad):
    with pytest.raises(ValueError, match="opening hours"):
        OpeningHours.parse(bad)


def test_service_refusal_reasons():
    s = Service("A", names("现金", "Cash"), "A", hours=OpeningHours.parse("08:00-17:00"), daily_cap=2)
    assert s.refusal(time(9), 0) is None
    assert "opening hours" in s.refusal(time(18), 0)
    assert "daily cap" in s.refusal(time(9), 2)
    s.enabled = False
    assert s.refusal(time(9), 0) == "disabled"
