"""The desk and the customers' ratings: 请评价, and today's figures as ratings arrive."""
from __future__ import annotations

from PySide6.QtCore import Qt

from queuedesk.domain import events
from queuedesk.operations import ratings, tickets
from queuedesk.store.event_log import read_events

from .conftest import WAIT_MS, press, settle, sign_in


def test_ask_for_a_rating_once_the_visit_is_over(qtbot, hall, desk):
    sign_in(qtbot, desk)
    ask = desk.actions["ask_rating"]
    assert not ask.isEnabled()                          # nobody served yet
    assert ask.shortcut().toString() == "F11"
    tickets.issue_ticket(hall, "B")
    qtbot.waitUntil(lambda: desk.buttons["call_next"].isEnabled(), timeout=WAIT_MS)
    press(qtbot, desk, "call_next")
    number = desk.current.number.text()
    assert not ask.isEnabled()                          # the customer is still at the counter
    settle(qtbot)
    press(qtbot, desk, "finish")
    qtbot.waitUntil(ask.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(desk.ask_rating_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(e, events.RatingRequested) for e in read_events(hall.db)),
                    timeout=WAIT_MS)
    asked = [e for e in read_events(hall.db) if isinstance(e, events.RatingRequested)]
    assert [(e.ticket_number, e.counter, e.actor) for e in asked] == [(number, 3, "li")]
    ratings.rate_ticket(hall, number, 4, channel="keypad")
    qtbot.waitUntil(lambda: not ask.isEnabled(), timeout=WAIT_MS)   # rated: nothing left to ask


def test_the_side_panel_shows_today_s_rates_and_the_rating_as_it_arrives(qtbot, hall, desk):
    sign_in(qtbot, desk)
    panel = desk.rating_panel
    assert (panel.satisfaction.text(), panel.evaluation.text()) == ("—", "—")
    assert panel.last.text() == "No rating yet."
    served = []
    for _ in range(2):
        tickets.issue_ticket(hall, "B")
        qtbot.waitUntil(lambda: desk.buttons["call_next"].isEnabled(), timeout=WAIT_MS)
        settle(qtbot)
        press(qtbot, desk, "call_next")
        served.append(desk.current.number.text())
        settle(qtbot)
        press(qtbot, desk, "finish")
    qtbot.waitUntil(lambda: panel.evaluation.text() == "0%", timeout=WAIT_MS)
    ratings.rate_ticket(hall, served[0], 2, ["long_wait"])
    qtbot.waitUntil(lambda: panel.last.text().startswith(f"Last: {served[0]} · Dissatisfied"), timeout=WAIT_MS)
    assert "Long wait" in panel.last.text()
    assert (panel.satisfaction.text(), panel.evaluation.text()) == ("0%", "50%")
    assert panel.last.property("fresh") is True         # it stands out for a moment
    ratings.rate_ticket(hall, served[1], 5)
    qtbot.waitUntil(lambda: panel.satisfaction.text() == "50%", timeout=WAIT_MS)
    assert panel.evaluation.text() == "100%"
