"""The small screen over one counter (`queuedesk display --counter N`): it follows the
hall's events, and only those of its own counter."""
from __future__ import annotations

from datetime import datetime, timezone

from queuedesk.display.counter_screen import CounterScreen, follow
from queuedesk.domain import events
from queuedesk.operations import calling, counters, setup, tickets
from queuedesk.operations.lobby import CounterSign

from .conftest import WAIT_MS

AT = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def called(event_id, number, counter):
    return events.TicketCalled(at=AT, id=event_id, ticket_id=event_id, ticket_number=number, service="A",
                               counter=counter)


def test_follow_takes_only_its_own_counters_events():
    sign = CounterSign(last_id=10, number=2, names={}, state="open", current=None, staff_number="T002")
    sign, flash, reread = follow(sign, [called(11, "A001", 1), called(12, "A002", 3)])
    assert (sign.current, flash, reread) == (None, False, False)
    sign, flash, _ = follow(sign, [called(13, "A003", 2)])
    assert (sign.current, flash) == ("A003", True)
    done = events.TicketFinished(at=AT, id=14, ticket_id=13, ticket_number="A003", service="A", counter=2)
    other_done = events.TicketFinished(at=AT, id=15, ticket_id=11, ticket_number="A001", service="A", counter=1)
    sign, flash, _ = follow(sign, [other_done])
    assert sign.current == "A003"
    sign, flash, _ = follow(sign, [done])
    assert (sign.current, flash) == (None, False)
    _, _, reread = follow(sign, [events.CounterPaused(at=AT, id=16, counter=2, reason="break")])
    assert reread


def test_a_counter_screen_shows_its_number_name_and_staff_number_only(qtbot, hall):
    setup.add_staff(hall, "li", setup.Role.TELLER, "123456", name="李娜", staff_number="T007")
    setup.rename_counter(hall, 2, {"zh_CN": "贵宾室", "en": "VIP room"})
    counters.close_counter(hall, 2)
    counters.sign_in(hall, "li", "123456", 2)
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    screen = CounterScreen(hall, 2)
    qtbot.addWidget(screen)
    screen.resize(1280, 400)
    screen.show()
    with qtbot.waitSignal(screen.ready, timeout=WAIT_MS):
        screen.start()
    try:
        assert screen.sign.staff_number == "T007" and screen.sign.current is None
        calling.call_next(hall, 1)                          # another counter: nothing here
        calling.call_next(hall, 2, staff="li")
        qtbot.waitUntil(lambda: screen.sign.current is not None, timeout=WAIT_MS)
        assert screen.sign.current == "A002" and screen.flash_on
        calling.start_service(hall, 1)
        calling.finish(hall, 1)                             # still nothing here
        qtbot.wait(300)
        assert screen.sign.current == "A002"
        calling.finish(hall, 2, staff="li")
        qtbot.waitUntil(lambda: screen.sign.current is None, timeout=WAIT_MS)
        counters.pause_counter(hall, 2, "break", by="li")
        qtbot.waitUntil(lambda: screen.sign.state == "paused", timeout=WAIT_MS)
        assert not screen.grab().isNull()
    finally:
        screen.shutdown()
