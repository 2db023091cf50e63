"""The desk window end to end on a real SQLite hall: every action is checked on screen
and in the database."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time

from PySide6.QtCore import Qt

from queuedesk.domain.model import Priority
from queuedesk.operations import calling, counters, day, queries, setup, tickets
from queuedesk.store.event_log import read_events

from .conftest import WAIT_MS, press, settle, sign_in


def issue(hall, *codes, priority=Priority.NORMAL):
    return [tickets.issue_ticket(hall, code, priority) for code in codes]


def db_ticket(hall, number):
    return tickets.show_ticket(hall, number)


def shown_number(desk) -> str:
    return desk.current.number.text()


# -- signing in and out ---------------------------------------------------------------------

def test_sign_in_opens_the_counter_and_is_recorded(qtbot, hall, desk):
    sign_in(qtbot, desk)
    assert desk.stack.currentWidget() is desk.desk_page
    assert desk.counter_label.text() == "Counter 3"
    assert "li" in desk.teller_label.text()
    status, current = queries.counter_status(hall, 3)
    assert (status.state, status.staff, current) == ("open", "li", None)
    types = [(e.type, e.staff) for e in read_events(hall.db) if e.counter == 3]
    assert ("staff_signed_in", "li") in types and ("counter_opened", "li") in types


def test_a_counter_the_hall_named_is_called_by_its_name(qtbot, hall, make_desk):
    # The lobby and the voice send customers to "VIP room": the teller's desk says the same.
    setup.rename_counter(hall, 3, {"zh_CN": "贵宾室", "en": "VIP room"})
    desk = make_desk(hall)
    qtbot.waitUntil(lambda: desk.signin.counter.itemText(0).startswith("VIP room —"), timeout=WAIT_MS)
    sign_in(qtbot, desk)
    assert desk.counter_label.text() == "VIP room"
    assert "VIP room" in desk.windowTitle()
    assert desk.compact_bar.counter.toolTip() == "VIP room"


def test_wrong_password_is_refused(qtbot, hall, desk):
    page = desk.signin
    qtbot.waitUntil(lambda: page.counter.count() > 0, timeout=WAIT_MS)
    page.user.setText("li")
    page.password.setText("4321")
    with qtbot.waitSignal(desk.session.signInFailed, timeout=WAIT_MS):
        qtbot.mouseClick(page.button, Qt.LeftButton)
    assert page.error.isVisible() and page.error.text() == "Wrong user name or password."
    assert page.password.text() == ""
    assert desk.stack.currentWidget() is page
    status, _ = queries.counter_status(hall, 3)
    assert (status.state, status.staff) == ("closed", None)


def test_sign_out_closes_the_counter(qtbot, hall, desk):
    sign_in(qtbot, desk)
    with qtbot.waitSignal(desk.session.signedOut, timeout=WAIT_MS):
        qtbot.mouseClick(desk.header_buttons[1], Qt.LeftButton)
    assert desk.stack.currentWidget() is desk.signin
    status, _ = queries.counter_status(hall, 3)
    assert (status.state, status.staff) == ("closed", None)
    assert read_events(hall.db)[-1].type == "staff_signed_out"


def test_closed_elsewhere_signs_the_teller_out(qtbot, hall, desk):
    sign_in(qtbot, desk)
    day.close_day(hall)   # end of the day: every counter closes, everyone is signed out
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.signin, timeout=WAIT_MS)
    assert "signed out" in desk.signin.error.text()
    assert not desk.buttons["call_next"].isEnabled()


# -- calling ------------------------------------------------------------------------------

def test_call_next_recall_start_finish(qtbot, hall, desk):
    issue(hall, "A", "B")
    sign_in(qtbot, desk)
    # The desk calls whom the hall's calling policy puts first (under aging, the default:
    # the shorter business, A).
    expected = queries.waiting_for_counter(hall, 3)[0].number
    assert desk.buttons["call_next"].isEnabled() and not desk.buttons["finish"].isEnabled()

    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == expected, timeout=WAIT_MS)
    t = db_ticket(hall, expected)
    assert (t.state, t.counter, t.staff) == ("called", 3, "li")
    assert desk.current.chip.text() == "Called"
    assert not desk.buttons["unpark"].isEnabled()

    press(qtbot, desk, "recall")
    qtbot.waitUntil(lambda: desk.current.chip.text() == "Recalled ×1", timeout=WAIT_MS)
    assert db_ticket(hall, expected).recalls == 1

    press(qtbot, desk, "start")
    qtbot.waitUntil(lambda: desk.current.chip.text() == "Serving", timeout=WAIT_MS)
    assert db_ticket(hall, expected).state == "serving"
    assert not desk.buttons["recall"].isEnabled() and not desk.buttons["no_show"].isEnabled()

    press(qtbot, desk, "finish")
    qtbot.waitUntil(lambda: desk.current.number.text() == "Ready to call", timeout=WAIT_MS)
    assert db_ticket(hall, expected).state == "done"
    qtbot.waitUntil(lambda: desk.side.figure_values["served"].text() == "1", timeout=WAIT_MS)
    assert not desk.buttons["finish"].isEnabled()


def test_no_show(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    press(qtbot, desk, "no_show")
    assert db_ticket(hall, "A001").state == "called"      # a no-show is confirmed first ...
    dialog = desk.dialog
    assert dialog.buttons["cancel"].isDefault()           # ... and a stray Enter does not confirm it
    dialog.choose("cancel")
    assert desk.dialog is None and db_ticket(hall, "A001").state == "called"
    settle(qtbot)
    press(qtbot, desk, "no_show")
    desk.dialog.choose("no_show")
    qtbot.waitUntil(lambda: desk.session.state.current is None, timeout=WAIT_MS)
    assert shown_number(desk) == "Ready to call"
    assert db_ticket(hall, "A001").state == "no_show"
    qtbot.waitUntil(lambda: desk.side.figure_values["no_shows"].text() == "1", timeout=WAIT_MS)


def test_transfer_to_a_service_with_a_note(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    press(qtbot, desk, "transfer")
    dialog = desk.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose_service("C", "needs a company stamp")
    dialog.accept()
    qtbot.waitUntil(lambda: desk.session.state.current is None and not desk.session.busy, timeout=WAIT_MS)
    leg = db_ticket(hall, "A001")          # the newest leg of the visit
    assert (leg.state, leg.service, leg.note) == ("waiting", "C", "needs a company stamp")
    assert leg.transferred_from is not None
    qtbot.waitUntil(lambda: desk.side.figure_values["transfers"].text() == "1", timeout=WAIT_MS)


def test_transfer_to_a_counter_arrives_there_with_the_note(qtbot, hall, make_desk):
    issue(hall, "A")
    desk = make_desk(hall, counter=1)
    sign_in(qtbot, desk, user="wang")
    other = make_desk(hall, counter=3)
    sign_in(qtbot, other, user="li")
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    press(qtbot, desk, "transfer")
    desk.dialog.choose_counter(3, "ID checked")
    desk.dialog.accept()
    qtbot.waitUntil(lambda: other.buttons["call_next"].isEnabled(), timeout=WAIT_MS)
    settle(qtbot)
    press(qtbot, other, "call_next")
    qtbot.waitUntil(lambda: shown_number(other) == "A001", timeout=WAIT_MS)
    assert other.current.note.isVisible() and "ID checked" in other.current.note.text()


def test_park_and_unpark(qtbot, hall, desk):
    issue(hall, "A", "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    press(qtbot, desk, "park")
    qtbot.waitUntil(lambda: desk.side.parked.count() == 1, timeout=WAIT_MS)
    assert desk.side.parked.item(0).text().startswith("A001")
    assert shown_number(desk) == "Ready to call"
    assert db_ticket(hall, "A001").state == "parked"

    settle(qtbot)
    press(qtbot, desk, "call_next")              # serve someone else meanwhile
    qtbot.waitUntil(lambda: shown_number(desk) == "A002", timeout=WAIT_MS)
    press(qtbot, desk, "start")
    qtbot.waitUntil(lambda: desk.session.state.current.state == "serving", timeout=WAIT_MS)
    press(qtbot, desk, "unpark")                 # one parked ticket: called back directly
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    assert db_ticket(hall, "A001").state == "called"
    assert db_ticket(hall, "A002").state == "done"   # call moves the desk along
    qtbot.waitUntil(lambda: desk.side.parked.count() == 0, timeout=WAIT_MS)


def test_call_a_specific_waiting_ticket(qtbot, hall, desk):
    issue(hall, "A", "A", "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "pick")
    dialog = desk.dialog
    assert dialog.table.rowCount() == 3
    dialog.choose("A003")
    dialog.accept()
    qtbot.waitUntil(lambda: shown_number(desk) == "A003", timeout=WAIT_MS)
    assert db_ticket(hall, "A003").state == "called"
    event = [e for e in read_events(hall.db) if e.type == "ticket_called"][-1]
    assert (event.payload["how"], event.staff) == ("pick", "li")     # out of turn: audited


def test_pause_with_a_reason_and_resume(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "pause")
    desk.dialog.choose("meeting")
    desk.dialog.accept()
    qtbot.waitUntil(lambda: desk.counter_chip.text() == "Paused: Meeting", timeout=WAIT_MS)
    status, _ = queries.counter_status(hall, 3)
    assert (status.state, status.pause_reason) == ("paused", "meeting")
    assert not desk.buttons["call_next"].isEnabled()
    assert desk.buttons["pause"].text_label.text() == "Resume"
    settle(qtbot)
    press(qtbot, desk, "pause")
    qtbot.waitUntil(lambda: desk.counter_chip.text() == "Open", timeout=WAIT_MS)
    assert queries.counter_status(hall, 3)[0].state == "open"
    assert desk.buttons["call_next"].isEnabled()


def test_pause_other_needs_a_written_reason(qtbot, hall, desk):
    sign_in(qtbot, desk)
    press(qtbot, desk, "pause")
    dialog = desk.dialog
    dialog.choose("other")
    ok = dialog.box.buttons()[0]
    assert not ok.isEnabled()
    dialog.detail.setText("printer jam")
    assert ok.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: queries.counter_status(hall, 3)[0].state == "paused", timeout=WAIT_MS)
    assert queries.counter_status(hall, 3)[0].pause_reason == "other: printer jam"
    qtbot.waitUntil(lambda: desk.counter_chip.text() == "Paused: Other: printer jam", timeout=WAIT_MS)


# -- live updates and repeated clicks ---------------------------------------------------------

def test_ticket_from_another_process_appears_by_itself(qtbot, hall, desk):
    sign_in(qtbot, desk)
    row = desk.side._rows["A"]
    assert row.count.text() == "0"
    subprocess.run([sys.executable, "-m", "queuedesk", "--db", hall.db.url, "ticket", "issue", "A"],
                   check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    qtbot.waitUntil(lambda: row.count.text() == "1", timeout=WAIT_MS)
    assert desk.buttons["call_next"].isEnabled()
    # Pointing at the queue tells what a customer taking a ticket now is promised.
    assert "new ticket: " in row.toolTip() and row.toolTip().endswith(" min")


def test_another_counter_calling_updates_the_queue(qtbot, hall, desk):
    issue(hall, "A", "A")
    sign_in(qtbot, desk)
    counters.sign_in(hall, "wang", "123456", 1)
    qtbot.waitUntil(lambda: desk.side._rows["A"].count.text() == "2", timeout=WAIT_MS)
    calling.call_next(hall, 1)
    qtbot.waitUntil(lambda: desk.side._rows["A"].count.text() == "1", timeout=WAIT_MS)


def test_double_click_calls_one_ticket(qtbot, hall, desk):
    issue(hall, "A", "A", "A")
    sign_in(qtbot, desk)
    button = desk.buttons["call_next"]
    # What a real double click delivers: press, release, double-click press, release.
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.mouseDClick(button, Qt.LeftButton)
    qtbot.mouseRelease(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not desk.session.busy, timeout=WAIT_MS)
    assert len(clicks) == 2                       # the button did see two clicks
    assert db_ticket(hall, "A001").state == "called"
    assert [t.number for t in queries.waiting_for_counter(hall, 3)] == ["A002", "A003"]
    assert sum(e.type == "ticket_called" for e in read_events(hall.db)) == 1


def test_click_during_a_slow_call_has_no_second_effect(qtbot, hall, desk):
    issue(hall, "A", "A", "A")
    sign_in(qtbot, desk)
    # Another process holds the write lock: the call waits on it (a real slow call).
    blocker = sqlite3.connect(hall.db.sqlite_path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.0, blocker.rollback)
    release.start()
    try:
        qtbot.mouseClick(desk.buttons["call_next"], Qt.LeftButton)
        assert desk.session.busy
        qtbot.wait(600)                                  # past the double-click interval
        qtbot.mouseClick(desk.buttons["call_next"], Qt.LeftButton)   # impatient second click
        assert not desk.session.perform("call_next")     # and the shortcut path: refused while busy
        qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    finally:
        release.join()
        blocker.close()
    qtbot.waitUntil(lambda: not desk.session.busy, timeout=WAIT_MS)
    assert [t.number for t in queries.waiting_for_counter(hall, 3)] == ["A002", "A003"]


def test_shortcuts_drive_the_desk(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    desk.activateWindow()
    desk.actions["call_next"].trigger()                  # what F1 does
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    assert desk.actions["call_next"].shortcut().toString() == "F1"
    assert desk.buttons["call_next"].key_label.text() == "F1"


def test_compact_bar(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    desk.actions["compact"].trigger()
    bar = desk.compact_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    assert not desk.isVisible()
    assert bar.windowFlags() & Qt.WindowStaysOnTopHint
    assert bar.number.text() == "A001"
    qtbot.mouseClick(bar.buttons["finish"], Qt.LeftButton)
    qtbot.waitUntil(lambda: bar.number.text() == "—", timeout=WAIT_MS)
    assert db_ticket(hall, "A001").state == "done"
    settle(qtbot)
    qtbot.mouseClick(bar.expand, Qt.LeftButton)
    qtbot.waitUntil(desk.isVisible, timeout=WAIT_MS)
    assert not bar.isVisible()


def test_refusal_is_shown_in_the_banner(qtbot, hall, desk):
    issue(hall, "A")
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: shown_number(desk) == "A001", timeout=WAIT_MS)
    calling.finish(hall, 3)    # e.g. finished from another tool meanwhile
    started = time.monotonic()
    with qtbot.waitSignal(desk.session.refused, timeout=WAIT_MS):
        desk.session.perform("recall")
    assert time.monotonic() - started < WAIT_MS / 1000
    assert desk.banner.isVisible() and "cannot recall" in desk.banner.label.text()
