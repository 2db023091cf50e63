"""The lobby manager's board and actions on both databases."""
from datetime import timedelta

import pytest

from queuedesk.domain.access import Actor, Role
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import (
    AlertAcknowledged,
    CounterClosed,
    CounterOpened,
    HallTextChanged,
    PriorityGranted,
    TicketCalled,
    TicketMoved,
)
from queuedesk.operations import calling, console, counters, queries, tickets
from queuedesk.store.event_log import read_events


def as_manager(hall):
    """The hall as the lobby manager signed in at the console sees and acts on it."""
    return hall.as_actor(Actor(Role.MANAGER, "manager"))


def kinds(board):
    return {(a.kind, a.params.get("ticket") or a.params.get("counter") or a.params.get("service"))
            for a in board.alerts}


def test_a_customer_past_target_then_maximum_is_an_alert(hall, clock):
    first = tickets.issue_ticket(hall, "C")          # target 15, maximum 30
    assert kinds(console.board(hall)) == set()
    clock.advance(16)
    b = console.board(hall)
    assert ("over_target", first.number) in kinds(b)
    row = next(s for s in b.services if s.code == "C")
    assert row.level == "over_target" and row.waiting == 1
    clock.advance(15)
    b = console.board(hall)
    assert ("over_max", first.number) in kinds(b) and ("over_target", first.number) not in kinds(b)
    assert next(s for s in b.services if s.code == "C").level == "over_max"


def test_acknowledged_alerts_stay_acknowledged(hall, clock):
    tickets.issue_ticket(hall, "C")
    clock.advance(16)
    alert = console.board(hall).alerts[0]
    console.acknowledge(as_manager(hall), alert.key, alert.kind)
    assert [a.acknowledged for a in console.board(hall).alerts] == [True]
    event = [e for e in read_events(hall.db) if isinstance(e, AlertAcknowledged)][-1]
    assert (event.alert, event.actor) == (alert.key, "manager")
    with pytest.raises(QueueError):
        console.acknowledge(hall, alert.key, "printer")


def test_counters_paused_long_unattended_and_no_open_counter(hall, clock):
    counters.pause_counter(hall, 1, "break")
    clock.advance(16)
    tickets.issue_ticket(hall, "C")
    counters.close_counter(hall, 3)
    b = console.board(hall)
    assert ("long_pause", 1) in kinds(b) and ("no_open_counter", "C") in kinds(b)
    rows = {c.number: c for c in b.counters}
    assert rows[1].activity == "paused" and rows[1].pause_reason == "break" and rows[1].minutes == 16
    assert rows[3].activity == "closed" and rows[2].activity == "idle"


def test_idle_while_people_wait_and_serving_for_how_long(hall, clock):
    tickets.issue_ticket(hall, "A")
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    calling.start_service(hall, 1)
    clock.advance(3)
    rows = {c.number: c for c in console.board(hall).counters}
    assert rows[1].activity == "serving" and rows[1].minutes == 3 and rows[1].ticket == "A001"
    assert rows[2].activity == "idle_waiting" and rows[2].waiting_for_it == 1


def test_a_counter_paused_or_gone_quiet_with_a_customer_called_shows_both(hall, clock):
    # The manager must see that counter 1 is on a break although B001 was called there,
    # and which customer stands at counter 2 whose desk stopped answering.
    from queuedesk.domain.model import Role
    from queuedesk.operations import setup

    for code in ("B", "A"):
        tickets.issue_ticket(hall, code)
    at_one = calling.call_next(hall, 1).number
    counters.pause_counter(hall, 1, "break")
    setup.add_staff(hall, "li", Role.TELLER, "123456")
    counters.close_counter(hall, 2)
    counters.sign_in(hall, "li", "123456", 2)
    at_two = calling.call_next(hall, 2, staff="li").number
    clock.advance(2)
    rows = {c.number: c for c in console.board(hall).counters}
    assert (rows[1].activity, rows[1].pause_reason, rows[1].ticket) == ("paused", "break", at_one)
    assert (rows[2].activity, rows[2].ticket) == ("unattended", at_two)


def test_a_priority_ticket_is_issued_and_audited(hall):
    info = console.issue_priority_ticket(as_manager(hall), "A", "elderly")
    assert info.priority == "priority" and info.channel == "console"
    granted = [e for e in read_events(hall.db) if isinstance(e, PriorityGranted)][-1]
    assert (granted.ticket_number, granted.priority_class, granted.actor) == (info.number, "elderly", "manager")
    assert console.issue_priority_ticket(hall, "A", "emergency").priority == "emergency"
    with pytest.raises(QueueError):
        console.issue_priority_ticket(hall, "A", "friend")


def test_move_keeps_number_and_place(hall, clock):
    wrong = tickets.issue_ticket(hall, "A")
    clock.advance(5)
    later = [tickets.issue_ticket(hall, "B").number for _ in range(2)]
    moved = console.move_ticket(as_manager(hall), wrong.number, "B")
    assert moved.number == wrong.number and moved.service == "B" and moved.position == 0
    assert [t.number for t in queries.waiting_for_counter(hall, 2)][:3] == [wrong.number, *later]
    event = [e for e in read_events(hall.db) if isinstance(e, TicketMoved)][-1]
    assert (event.from_service, event.service, event.actor) == ("A", "B", "manager")
    with pytest.raises(QueueError):
        console.move_ticket(hall, wrong.number, "B")


def test_counter_actions_and_notice_are_audited(hall):
    number = tickets.issue_ticket(hall, "A").number
    tickets.issue_ticket(hall, "A")
    third = tickets.issue_ticket(hall, "A").number
    assert console.call_number(as_manager(hall), 1, third).number == third
    called = [e for e in read_events(hall.db) if isinstance(e, TicketCalled)][-1]
    assert (called.how, called.actor, called.counter) == ("pick", "manager", 1)
    assert console.cancel_ticket(as_manager(hall), number).state == "cancelled"
    console.close_counter(as_manager(hall), 2)
    console.open_counter(as_manager(hall), 2)
    log = read_events(hall.db)
    assert [e.actor for e in log if isinstance(e, (CounterClosed, CounterOpened)) and e.counter == 2][-2:] == \
        ["manager", "manager"]
    console.set_notice(as_manager(hall), {"zh_CN": "今天下午三点停电检修", "en": "Power maintenance at 15:00"})
    assert console.board(hall).notice["en"] == "Power maintenance at 15:00"
    assert [e for e in read_events(hall.db) if isinstance(e, HallTextChanged)][-1].actor == "manager"


def test_unattended_counter_alert_and_release(hall, clock):
    from queuedesk.domain.model import Role
    from queuedesk.operations import setup

    setup.add_staff(hall, "li", Role.TELLER, "123456")
    counters.close_counter(hall, 2)
    counters.sign_in(hall, "li", "123456", 2)
    clock.advance(2)
    b = console.board(hall)
    assert ("unattended", 2) in kinds(b)
    assert {c.number: c for c in b.counters}[2].activity == "unattended"
    console.release_counter(as_manager(hall), 2)
    assert ("unattended", 2) not in kinds(console.board(hall))


def test_staffing_hint_has_a_wait_with_one_more_counter(hall, clock):
    for _ in range(8):
        tickets.issue_ticket(hall, "C")
        clock.advance(7)
    row = next(s for s in console.board(hall).services if s.code == "C")
    assert row.arrivals_last_hour == 8 and row.open_counters == 1 and row.one_more_helps
    assert row.wait_now_min is not None and row.wait_one_more_min is not None
    assert row.wait_one_more_min < row.wait_now_min
    assert console.board(hall).to_dict()["services"][0]["code"] == "A"


def test_checked_in_appointment_waiting_long_is_an_alert(hall, clock):
    from queuedesk.operations import appointments

    appointments.set_bookable(hall, "C", 30, 4, 7)
    slot = hall.now().astimezone(hall.config.timezone) + timedelta(minutes=30)
    code = appointments.book(hall, "C", slot).code
    clock.advance(15)
    number = appointments.check_in(hall, code).ticket.number
    clock.advance(11)
    b = console.board(hall)
    assert ("appointment_waiting", number) in kinds(b)
    assert [(a.code, a.state) for a in b.appointments] == [(code, "checked_in")]
