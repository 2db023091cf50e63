"""The staff menu: a long press on the hidden corner, the hall's staff PIN (every try in
the audit trail, five wrong ones lock the pad), then quit, reprint, a test slip or a
priority ticket in the staff member's name."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF

from queuedesk.domain.events import KioskUnlocked, TicketIssued
from queuedesk.domain.model import LOCK_AFTER, PIN_DIGITS, Priority
from queuedesk.kiosk import window as kiosk_window
from queuedesk.kiosk.staff_corner import HOLD_MS
from queuedesk.operations import kiosk_staff, tickets
from queuedesk.store.event_log import read_events

from .conftest import WAIT_MS, tap

PIN = "246810"


@pytest.fixture
def pin_hall(hall):
    kiosk_staff.set_kiosk_pin(hall, PIN)
    return hall


def events(hall, kind):
    return [e for e in read_events(hall.db) if isinstance(e, kind)]


def enter(qtbot, kiosk, pin: str) -> None:
    """Type a PIN on the pad's keys and touch OK."""
    for digit in pin:
        qtbot.mouseClick(kiosk.pin_pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pin_pad.keys["ok"], Qt.MouseButton.LeftButton)


def wrong_pin(qtbot, kiosk, pin="135790") -> None:
    with qtbot.waitSignal(kiosk.staff.refused, timeout=WAIT_MS):
        enter(qtbot, kiosk, pin)


def unlock(qtbot, kiosk) -> None:
    kiosk.open_pin_pad()
    with qtbot.waitSignal(kiosk.staff.unlocked, timeout=WAIT_MS):
        enter(qtbot, kiosk, PIN)
    assert kiosk.stack.currentWidget() is kiosk.staff_menu


def touch(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# -- the way in ----------------------------------------------------------------------------

def test_a_long_press_on_the_corner_opens_the_pin_pad_and_a_short_one_does_not(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    corner = kiosk.corner
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.wait(HOLD_MS // 3)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.wait(HOLD_MS)
    assert kiosk.stack.currentWidget() is kiosk.home          # a tap, or a short press: nothing
    with qtbot.waitSignal(corner.longPressed, timeout=HOLD_MS + 2000):
        qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert kiosk.stack.currentWidget() is kiosk.pin_pad
    assert kiosk.pin_pad.typed == 0 and kiosk.pin_pad.title.text() == "Staff PIN"
    assert not events(pin_hall, KioskUnlocked)                # opening the pad is no try


def test_the_pin_is_masked_and_cancel_goes_back_to_the_customers(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    kiosk.open_pin_pad()
    for digit in "2468":
        touch(qtbot, kiosk.pin_pad.keys[digit])
    assert kiosk.pin_pad.dots.text() == "● ● ● ●"
    assert not kiosk.pin_pad.keys["ok"].isEnabled()          # shorter than any PIN
    touch(qtbot, kiosk.pin_pad.keys["delete"])
    assert kiosk.pin_pad.typed == 3
    qtbot.keyClick(kiosk.pin_pad, Qt.Key.Key_5)               # a keyboard's digits work too
    assert kiosk.pin_pad.typed == 4
    touch(qtbot, kiosk.pin_pad.cancel)
    assert kiosk.stack.currentWidget() is kiosk.home and kiosk.staff.actor is None
    assert kiosk.pin_pad.typed == 0


# -- wrong and right ------------------------------------------------------------------------

def test_a_wrong_pin_is_refused_and_audited(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    kiosk.open_pin_pad()
    wrong_pin(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.pin_pad and kiosk.staff.actor is None
    assert kiosk.pin_pad.message.text() == "Wrong PIN. 4 more tries, then the pad locks for 5 minutes."
    [tried] = events(pin_hall, KioskUnlocked)
    assert (tried.granted, tried.station, tried.audited) == (False, "kiosk", True)


def test_five_wrong_pins_lock_the_pad(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    kiosk.open_pin_pad()
    for _ in range(LOCK_AFTER):
        wrong_pin(qtbot, kiosk)
    pad = kiosk.pin_pad
    assert pad.locked and not any(key.isEnabled() for key in pad.keys.values())
    assert pad.message.text() == "Too many wrong PINs: the pad is locked. Try again in 5 min."
    # Even the right PIN is not asked while locked: the engine hears no more tries.
    assert kiosk.staff.unlock(PIN) is False
    touch(qtbot, pad.cancel)
    kiosk.open_pin_pad()                                      # closing and opening the pad does not help
    assert kiosk.pin_pad.locked
    assert len(events(pin_hall, KioskUnlocked)) == LOCK_AFTER
    assert kiosk.staff.actor is None


def test_a_hall_without_a_pin_says_so(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, lang="zh_CN", locked=True)
    kiosk.open_pin_pad()
    assert kiosk.pin_pad.title.text() == "员工密码"
    with qtbot.waitSignal(kiosk.staff.refused, timeout=WAIT_MS):
        enter(qtbot, kiosk, "123456")
    assert kiosk.pin_pad.message.text() == "尚未设置取号机员工密码。管理员可用此命令设置：queuedesk kiosk pin"
    assert [e.granted for e in events(hall, KioskUnlocked)] == [False]
    assert not kiosk.pin_pad.locked                           # no PIN is no wrong PIN


def test_the_right_pin_opens_the_menu_and_quit_closes_the_kiosk(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    kiosk.open_pin_pad()
    wrong_pin(qtbot, kiosk)
    unlock(qtbot, kiosk)
    assert [e.granted for e in events(pin_hall, KioskUnlocked)] == [False, True]
    assert kiosk.staff.guard.wrong_tries == 0                 # the count starts again
    assert kiosk.staff_menu.title.text() == "Staff menu"
    touch(qtbot, kiosk.staff_menu.quit)
    assert not kiosk.isVisible()
    assert not kiosk.lockdown.engaged


def test_close_the_menu_locks_it_again(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True)
    unlock(qtbot, kiosk)
    touch(qtbot, kiosk.staff_menu.close_menu)
    assert kiosk.stack.currentWidget() is kiosk.home and kiosk.staff.actor is None
    assert kiosk.close() is False                             # still locked down


def test_the_menu_closes_itself_when_left_alone(qtbot, pin_hall, make_kiosk, monkeypatch):
    monkeypatch.setattr(kiosk_window, "STAFF_IDLE_SECONDS", 0.5)
    kiosk = make_kiosk(pin_hall, locked=True, kiosk__idle_seconds=1)
    unlock(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.home, timeout=WAIT_MS)
    assert kiosk.staff.actor is None


# -- what the menu does -------------------------------------------------------------------

@pytest.mark.parametrize("priority", [Priority.VIP, Priority.EMERGENCY])
def test_a_priority_ticket_names_the_kiosk_staff(qtbot, pin_hall, make_kiosk, priority):
    kiosk = make_kiosk(pin_hall, locked=True)
    unlock(qtbot, kiosk)
    touch(qtbot, kiosk.staff_menu.priority)
    page = kiosk.priority_page
    assert kiosk.stack.currentWidget() is page
    assert set(page.classes) == {Priority.PRIORITY, Priority.VIP, Priority.EMERGENCY}
    touch(qtbot, page.classes[priority])
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS) as shown:
        touch(qtbot, page.buttons["B"])
    number = shown.args[0]
    assert tickets.show_ticket(pin_hall, number).priority == priority.value
    [issued] = events(pin_hall, TicketIssued)
    assert (issued.ticket_number, issued.actor, issued.actor_role) == (number, "kiosk:kiosk", "manager")
    assert issued.audited
    # The customer takes the ticket; the menu is locked again behind them.
    assert kiosk.stack.currentWidget() is kiosk.confirmation
    assert kiosk.confirmation.slip.view.priority == priority.value
    assert kiosk.staff.actor is None


def test_the_kiosk_alone_issues_no_priority_ticket(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.session.failed, timeout=WAIT_MS) as failed:
        assert kiosk.session.issue("A", Priority.VIP)
    assert failed.args[0].code == "not_permitted"
    assert not events(hall, TicketIssued)
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS):   # an ordinary ticket: as the kiosk
        tap(qtbot, kiosk, "A")
    [issued] = events(hall, TicketIssued)
    assert (issued.actor, issued.actor_role, issued.audited) == ("kiosk", "kiosk", False)


def test_reprint_prints_the_last_ticket_again(qtbot, pin_hall, make_kiosk, tmp_path):
    slip = tmp_path / "slip.png"
    kiosk = make_kiosk(pin_hall, locked=True, printer__target=f"png:{slip}")
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    slip.unlink()
    unlock(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.slipPrinted, timeout=WAIT_MS) as printed:
        touch(qtbot, kiosk.staff_menu.reprint)
    assert printed.args == ["reprint", ""]
    assert slip.read_bytes().startswith(b"\x89PNG")
    assert kiosk.staff_menu.message.text() == "Ticket A001 printed again."
    assert len(events(pin_hall, TicketIssued)) == 1             # the same ticket, not a new one


def test_reprint_with_nothing_to_reprint_says_so(qtbot, pin_hall, make_kiosk, tmp_path):
    kiosk = make_kiosk(pin_hall, locked=True, printer__target=f"png:{tmp_path}/slip.png")
    unlock(qtbot, kiosk)
    touch(qtbot, kiosk.staff_menu.reprint)
    assert kiosk.staff_menu.message.text() == "No ticket has been issued at this kiosk since it started."
    assert not (tmp_path / "slip.png").exists()


def test_a_test_slip_is_printed_and_is_no_ticket(qtbot, pin_hall, make_kiosk, tmp_path):
    pdf = tmp_path / "test.pdf"
    kiosk = make_kiosk(pin_hall, lang="zh_CN", locked=True, printer__target=f"pdf:{pdf}")
    unlock(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.slipPrinted, timeout=WAIT_MS) as printed:
        touch(qtbot, kiosk.staff_menu.test)
    assert printed.args == ["test", ""]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert kiosk.staff_menu.message.text() == "测试单已打印。"
    assert not events(pin_hall, TicketIssued)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "TEST" in text and "打印测试" in text and "Printer test" in text
        assert "不是排队号票" in text


def test_without_a_printer_the_menu_says_so(qtbot, pin_hall, make_kiosk):
    kiosk = make_kiosk(pin_hall, locked=True, printer__target="")
    unlock(qtbot, kiosk)
    touch(qtbot, kiosk.staff_menu.test)
    assert kiosk.staff_menu.message.text() == "This kiosk has no printer (printer.target is empty)."


def test_a_menu_shown_without_the_pin_does_nothing(qtbot, pin_hall, make_kiosk, tmp_path):
    """What a screenshot's --preview shows: the page, and none of its powers."""
    kiosk = make_kiosk(pin_hall, locked=True, printer__target=f"png:{tmp_path}/slip.png")
    kiosk.preview("menu")
    for button in (kiosk.staff_menu.test, kiosk.staff_menu.quit, kiosk.staff_menu.priority):
        touch(qtbot, button)
    qtbot.wait(200)
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.staff_menu
    assert not (tmp_path / "slip.png").exists()


def test_the_pin_preview_shows_a_pad_ready_to_submit(qtbot, pin_hall, make_kiosk):
    """The README's picture of the pad: a full-length PIN typed, OK lit, nothing sent."""
    kiosk = make_kiosk(pin_hall, locked=True)
    kiosk.preview("pin")
    assert kiosk.stack.currentWidget() is kiosk.pin_pad
    assert kiosk.pin_pad.keys["ok"].isEnabled() and kiosk.pin_pad.dots.text().count("●") >= 6
    assert not events(pin_hall, KioskUnlocked) and kiosk.staff.actor is None


# -- sizes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("size,large", [((1920, 1080), False), ((1080, 1920), True), ((1366, 768), True),
                                        ((1280, 800), False)])
def test_the_staff_pages_are_big_enough_and_whole_on_any_screen(qtbot, pin_hall, make_kiosk, size, large):
    from queuedesk.kiosk.layout import touch_px

    kiosk = make_kiosk(pin_hall, size=size)
    kiosk.set_large(large)
    minimum = touch_px(kiosk.screen().physicalDotsPerInch())

    def whole_and_big(widgets):
        boxes = []
        for widget in widgets:
            assert widget.height() >= minimum and widget.width() >= minimum, widget
            box = widget.rect().translated(widget.mapTo(kiosk, widget.rect().topLeft()))
            assert kiosk.rect().contains(box), widget
            assert not any(box.intersects(other) for other in boxes), widget   # no key over another
            boxes.append(box)

    kiosk.open_pin_pad()
    qtbot.wait(50)
    whole_and_big([*kiosk.pin_pad.keys.values(), kiosk.pin_pad.cancel])
    kiosk.preview("menu")
    qtbot.wait(50)
    menu = kiosk.staff_menu
    whole_and_big([menu.priority, menu.reprint, menu.test, menu.close_menu, menu.quit])
    kiosk.open_priority_page()
    qtbot.wait(50)
    whole_and_big([*kiosk.priority_page.classes.values(), kiosk.priority_page.back_button])
    assert kiosk.size().toTuple() == size


@pytest.mark.parametrize("size,large", [((1920, 1080), False), ((1080, 1920), True), ((1366, 768), True)])
def test_every_digit_of_the_longest_pin_shows_as_a_whole_dot(qtbot, pin_hall, make_kiosk, size, large):
    kiosk = make_kiosk(pin_hall, lang="zh_CN", size=size)
    kiosk.set_large(large)
    kiosk.open_pin_pad()
    pad = kiosk.pin_pad
    short_px = None
    for digit in "1234567890123456"[:PIN_DIGITS[1]]:
        pad.press(digit)
        short_px = short_px or pad.dots.font().pixelSize()
        assert QFontMetricsF(pad.dots.font()).horizontalAdvance(pad.dots.text()) <= pad.dots.contentsRect().width()
    assert pad.dots.text().count("●") == PIN_DIGITS[1]
    pad.press("delete")
    for _ in range(PIN_DIGITS[1]):
        pad.press("delete")
    pad.press("1")
    assert pad.dots.font().pixelSize() == short_px          # a short PIN gets its full size back
