"""Appointment check-in at the kiosk: the button, the keypad, the ticket, the refusals."""
from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from queuedesk.kiosk.checkin_page import BACK, CLEAR
from queuedesk.operations import appointments, tickets
from tests.support.halls import MidMorning

from .conftest import WAIT_MS


@pytest.fixture(autouse=True)
def mid_morning(hall):
    hall.clock = MidMorning()        # a booking ten minutes ahead is today's, whatever the hour


def booked(hall, minutes_ahead=10):
    appointments.set_bookable(hall, "A", slot_minutes=5, capacity=4, horizon_days=7)
    local = hall.now().astimezone(hall.config.timezone) + timedelta(minutes=minutes_ahead)
    slot = local.replace(minute=local.minute - local.minute % 5, second=0, microsecond=0) + timedelta(minutes=5)
    return appointments.book(hall, "A", slot)


def type_code(qtbot, kiosk, code):
    for digit in code:
        qtbot.mouseClick(kiosk.checkin.keys[digit], Qt.MouseButton.LeftButton)


def test_no_button_in_a_hall_without_bookings(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    qtbot.wait(200)
    assert not kiosk.checkin_button.isVisible()


def test_a_code_on_the_keypad_becomes_a_ticket_with_appointment_priority(qtbot, hall, make_kiosk, tmp_path):
    booking = booked(hall)
    tickets.issue_ticket(hall, "A")
    kiosk = make_kiosk(hall, lang="zh_CN")
    qtbot.waitUntil(kiosk.checkin_button.isVisible, timeout=WAIT_MS)
    assert kiosk.checkin_button.button.text() == "预约签到  ·  Check in"
    qtbot.mouseClick(kiosk.checkin_button.button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.checkin
    type_code(qtbot, kiosk, "12")
    qtbot.mouseClick(kiosk.checkin.keys[CLEAR], Qt.MouseButton.LeftButton)
    type_code(qtbot, kiosk, booking.code[:5] + "9")
    qtbot.mouseClick(kiosk.checkin.keys[BACK], Qt.MouseButton.LeftButton)
    assert not kiosk.checkin.check_in.isEnabled()            # five digits: not yet
    type_code(qtbot, kiosk, booking.code[5])
    assert [d.text() for d in kiosk.checkin.digits] == list(booking.code)
    _save(kiosk, tmp_path, "checkin-typed")
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(kiosk.checkin.check_in, Qt.MouseButton.LeftButton)
    number = shown.args[0]
    listed = {a.code: a for a in appointments.listing(hall)}[booking.code]
    assert listed.state == "checked_in" and listed.ticket == number
    assert kiosk.confirmation.info.priority == "appointment" and kiosk.confirmation.info.position == 0
    assert "预约" in kiosk.confirmation.note.text() and kiosk.confirmation.note.isVisible()


def test_used_and_unknown_codes_are_refused_on_the_page(qtbot, hall, make_kiosk, tmp_path):
    booking = booked(hall)
    first = appointments.check_in(hall, booking.code).ticket.number
    kiosk = make_kiosk(hall, lang="en")
    qtbot.waitUntil(kiosk.checkin_button.isVisible, timeout=WAIT_MS)
    kiosk.open_check_in()
    type_code(qtbot, kiosk, booking.code)
    qtbot.mouseClick(kiosk.checkin.check_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first in kiosk.checkin.message_title.text(), timeout=WAIT_MS)
    assert kiosk.stack.currentWidget() is kiosk.checkin
    unknown = "000000" if booking.code != "000000" else "111111"
    qtbot.mouseClick(kiosk.checkin.keys[CLEAR], Qt.MouseButton.LeftButton)
    type_code(qtbot, kiosk, unknown)
    qtbot.mouseClick(kiosk.checkin.check_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No booking today" in kiosk.checkin.message_title.text(), timeout=WAIT_MS)
    _save(kiosk, tmp_path, "checkin-refused")


def test_portrait_and_landscape_keypads_fit(qtbot, hall, make_kiosk, tmp_path):
    booked(hall)
    for size in ((1080, 1920), (1920, 1080)):
        kiosk = make_kiosk(hall, lang="zh_CN", size=size)
        qtbot.waitUntil(kiosk.checkin_button.isVisible, timeout=WAIT_MS)
        kiosk.open_check_in()
        type_code(qtbot, kiosk, "123")
        qtbot.wait(100)
        page = kiosk.checkin
        for widget in [*page.keys.values(), page.check_in, page.go_back, *page.digits]:
            corner = widget.mapTo(kiosk, widget.rect().bottomRight())
            assert widget.isVisible() and corner.x() <= kiosk.width() and corner.y() <= kiosk.height()
            assert widget.height() >= 60
        _save(kiosk, tmp_path, f"checkin-{size[0]}x{size[1]}")


def _save(kiosk, tmp_path, name):
    folder = os.environ.get("QUEUEDESK_KIOSK_SHOTS")
    kiosk.grab().save(os.path.join(folder, f"{name}.png") if folder else str(tmp_path / f"{name}.png"))
