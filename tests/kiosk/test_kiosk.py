"""The kiosk window end to end on a real SQLite hall: what the customer touches and sees,
checked against the database and the event log."""
from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from queuedesk.kiosk.confirmation import FAILED, NO_PRINTER, PRINTED
from queuedesk.kiosk.layout import touch_px
from queuedesk.operations import queries, setup, tickets
from queuedesk.store.event_log import read_events
from queuedesk.ui.language import current_language
from tests.support.halls import names

from .conftest import WAIT_MS, button, tap


def waiting(hall, code):
    return next(s.waiting for s in queries.services_status(hall) if s.code == code)


def issued_today(hall):
    return [e for e in read_events(hall.db) if e.type == "ticket_issued"]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]   # nobody listens once the socket is closed


# -- taking a ticket ---------------------------------------------------------------------

def test_a_touch_issues_one_kiosk_ticket_and_shows_it(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS) as shown:
        tap(qtbot, kiosk, "B")
    number = shown.args[0]
    ticket = tickets.show_ticket(hall, number)
    assert (ticket.service, ticket.channel, ticket.state) == ("B", "kiosk", "waiting")
    assert [e.ticket_number for e in issued_today(hall)] == [number] == ["B001"]
    assert kiosk.stack.currentWidget() is kiosk.confirmation
    assert kiosk.confirmation.number.text() == "B001"
    assert kiosk.confirmation.service.text() == "Corporate banking"
    assert kiosk.confirmation.slip.view.number == "B001"


def test_a_double_tap_issues_exactly_one_ticket(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        qtbot.mouseDClick(button(kiosk, "A"), Qt.MouseButton.LeftButton)
        tap(qtbot, kiosk, "A")            # a third, impatient tap while the ticket is issued
        assert kiosk.touch("A") is False  # ignored while busy
    # A tap landing on "Done" right after the page appeared does not skip it.
    qtbot.mouseClick(kiosk.confirmation.button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert kiosk.stack.currentWidget() is kiosk.confirmation
    assert waiting(hall, "A") == 1
    assert len(issued_today(hall)) == 1


def test_done_returns_home_for_the_next_customer(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    qtbot.waitUntil(lambda: kiosk.confirmation.button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(kiosk.confirmation.button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.home
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS) as shown:
        tap(qtbot, kiosk, "A")
    assert shown.args == ["A002"]
    assert kiosk.confirmation.figures.text().startswith("1 ahead of you")


def test_closed_services_cannot_be_touched_and_say_why(qtbot, hall, make_kiosk):
    setup.set_service_enabled(hall, "B", False)
    for _ in range(2):
        tickets.issue_ticket(hall, "C")   # C's daily cap is 2
    kiosk = make_kiosk(hall)
    b, c = button(kiosk, "B"), button(kiosk, "C")
    assert not b.isEnabled() and not c.isEnabled()
    assert b.figure_texts()[0] == "Not available today"
    assert c.figure_texts()[0] == "Fully booked today"
    assert button(kiosk, "A").isEnabled()
    tap(qtbot, kiosk, "B")
    tap(qtbot, kiosk, "C")
    qtbot.wait(200)
    assert kiosk.stack.currentWidget() is kiosk.home and not kiosk.busy
    assert len(issued_today(hall)) == 2


def test_a_service_that_closed_since_the_last_refresh_is_explained(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    tickets.issue_ticket(hall, "C")
    tickets.issue_ticket(hall, "C")      # the cap is reached; the kiosk has not heard yet
    assert button(kiosk, "C").isEnabled()
    with qtbot.waitSignal(kiosk.session.refused, timeout=WAIT_MS):
        assert kiosk.touch("C")
    assert kiosk.home.notice.isVisible()
    assert kiosk.home.notice.title.text() == "Cards & loss reports: Fully booked today"
    assert kiosk.stack.currentWidget() is kiosk.home
    qtbot.waitUntil(lambda: not button(kiosk, "C").isEnabled(), timeout=WAIT_MS)
    assert len(issued_today(hall)) == 2


def test_a_service_without_english_name_shows_its_chinese_name(qtbot, hall, make_kiosk):
    from queuedesk.domain.model import Service

    setup.add_service(hall, Service(code="Z", names=names("综合咨询", ""), prefix="Z"))
    kiosk = make_kiosk(hall)
    assert button(kiosk, "Z").accessibleName() == "综合咨询"


# -- language and idle -------------------------------------------------------------------

def test_language_toggle_and_idle_reset(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, lang="zh", kiosk__idle_seconds=1)
    assert kiosk.home.title.text() == "请选择业务"
    assert button(kiosk, "A").accessibleName() == "个人现金业务"
    assert button(kiosk, "A").figure_texts() == ("等候 0 人", "无需等候")
    qtbot.mouseClick(kiosk.header.lang_buttons["en"], Qt.MouseButton.LeftButton)
    assert current_language() == "en"
    assert kiosk.home.title.text() == "Please choose a service"
    assert button(kiosk, "A").accessibleName() == "Personal cash"
    assert button(kiosk, "A").figure_texts() == ("0 waiting", "No wait")
    assert kiosk.header.branch.text == hall.config["hall.branch_name_en"]
    # Traditional Chinese; a service named only in Simplified Chinese and English shows
    # its Simplified name.
    qtbot.mouseClick(kiosk.header.lang_buttons["zh_TW"], Qt.MouseButton.LeftButton)
    assert kiosk.home.title.text() == "請選擇服務項目"
    assert button(kiosk, "A").figure_texts() == ("等候 0 人", "無需等候")
    assert button(kiosk, "A").accessibleName() == "个人现金业务"
    # Nobody touches the screen: back to the start, in the default language.
    qtbot.waitUntil(lambda: current_language() == "zh_CN", timeout=3000)
    assert kiosk.home.title.text() == "请选择业务"
    assert button(kiosk, "A").accessibleName() == "个人现金业务"
    assert kiosk.header.lang_buttons["zh_CN"].isChecked()


def test_the_confirmation_returns_home_in_the_default_language(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, lang="zh", kiosk__confirm_seconds=1)
    kiosk.set_language("en")
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    assert kiosk.confirmation.status_title.text() == "Please note your number"
    # No printer: the ticket stays up longer (time to take a photo), then goes home.
    assert kiosk.confirmation.remaining == 3
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.home, timeout=5000)
    assert current_language() == "zh_CN"
    assert kiosk.home.title.text() == "请选择业务"


# -- printing ------------------------------------------------------------------------------

def test_a_printed_ticket(qtbot, hall, make_kiosk, tmp_path):
    pdf = tmp_path / "ticket.pdf"
    kiosk = make_kiosk(hall, printer__target=f"pdf:{pdf}")
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    assert kiosk.confirmation.state == PRINTED
    assert kiosk.confirmation.status_title.text() == "Please take your printed ticket"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [e for e in read_events(hall.db) if e.type == "printer_problem"]


@pytest.mark.parametrize("target", ["escpos:net:127.0.0.1:{port}", "pdf:{tmp}/no/such/dir/ticket.pdf"])
def test_a_printer_failure_still_shows_the_ticket_and_tells_staff(qtbot, hall, make_kiosk, tmp_path, target):
    spec = target.format(port=closed_port(), tmp=tmp_path)
    kiosk = make_kiosk(hall, printer__target=spec)
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=10_000) as settled:
        tap(qtbot, kiosk, "A")
    number = settled.args[0]
    page = kiosk.confirmation
    assert page.state == FAILED
    assert page.isVisible() and page.number.text() == number == "A001"
    assert page.slip.view.qr_url.endswith(tickets.show_ticket(hall, number).token)
    assert page.status_title.text() == "Your ticket could not be printed"
    assert "take a photo" in page.status_text.text()
    qtbot.waitUntil(lambda: any(e.type == "printer_problem" for e in read_events(hall.db)), timeout=WAIT_MS)
    problem = next(e for e in read_events(hall.db) if e.type == "printer_problem")
    assert problem.ticket_number == number
    assert problem.payload["target"] == spec and problem.payload["station"] == "kiosk"
    assert problem.payload["message"]
    assert tickets.show_ticket(hall, number).state == "waiting"   # the ticket stands


def test_no_printer_shows_the_ticket_and_records_no_problem(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, printer__target="")
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    assert kiosk.confirmation.state == NO_PRINTER
    assert "photo" in kiosk.confirmation.status_text.text()
    qtbot.wait(200)
    assert not [e for e in read_events(hall.db) if e.type == "printer_problem"]


# -- live figures and the database going away ------------------------------------------

def test_a_ticket_from_another_process_updates_the_waiting_count(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    a = button(kiosk, "A")
    assert a.status.waiting == 0
    url = hall.db.url
    done = subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, "ticket", "issue", "A"],
                          check=False, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: a.status.waiting == 1, timeout=WAIT_MS)
    assert a.figure_texts()[0] == "1 waiting"


def test_the_database_going_away_pauses_the_kiosk_until_it_is_back(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    feed = kiosk.session.link.feed
    feed.online.emit(False)   # what LiveFeed says when its reads fail
    notice = kiosk.home.notice
    assert notice.isVisible() and notice.title.text() == "Temporarily unavailable, please wait"
    assert not any(b.isEnabled() for b in kiosk.home.grid.buttons.values())
    assert kiosk.touch("A") is False
    feed.online.emit(True)    # ...and when it reconnects
    assert not notice.isVisible()
    assert button(kiosk, "A").isEnabled()
    assert not issued_today(hall)


def test_an_answer_lost_with_the_database_is_not_a_second_ticket(qtbot, hall, make_kiosk, monkeypatch):
    """The ticket was committed but the line dropped before the answer came back: the
    customer touches again once the kiosk is back and gets that same ticket."""
    from queuedesk.kiosk import session as kiosk_session
    from queuedesk.store.database import DatabaseError
    from queuedesk.ui import engine_link

    monkeypatch.setattr(engine_link, "PROBE_MS", (100,))
    real_issue = tickets.issue_ticket
    keys = []

    def issue_then_lose_the_line(*args, key=None, **kw):
        keys.append(key)
        info = real_issue(*args, key=key, **kw)
        if len(keys) == 1:
            raise DatabaseError("server closed the connection unexpectedly")
        return info

    monkeypatch.setattr(kiosk_session.tickets, "issue_ticket", issue_then_lose_the_line)
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.session.onlineChanged, timeout=WAIT_MS) as went:
        tap(qtbot, kiosk, "A")
    assert went.args == [False]
    assert kiosk.home.notice.title.text() == "Temporarily unavailable, please wait"
    assert kiosk.stack.currentWidget() is kiosk.home
    qtbot.waitUntil(lambda: kiosk.session.online, timeout=WAIT_MS)   # a probe read succeeded
    with qtbot.waitSignal(kiosk.ticketShown, timeout=WAIT_MS) as shown:
        tap(qtbot, kiosk, "A")
    assert shown.args == ["A001"]
    assert keys[0] == keys[1]
    assert len(issued_today(hall)) == 1


# -- sizes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_every_touch_target_is_big_enough_and_inside_the_window(qtbot, hall, make_kiosk, size):
    kiosk = make_kiosk(hall, size=size)
    dpi = kiosk.screen().physicalDotsPerInch()
    minimum = touch_px(dpi)
    targets = [*kiosk.home.grid.buttons.values(), *kiosk.header.lang_buttons.values()]
    for widget in targets:
        assert widget.height() >= minimum and widget.width() >= minimum, widget
        box = widget.rect().translated(widget.mapTo(kiosk, widget.rect().topLeft()))
        assert kiosk.rect().contains(box), widget
    if size[1] > size[0]:
        assert len({b.x() for b in kiosk.home.grid.buttons.values()}) == 1   # one column in portrait
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    done = kiosk.confirmation.button
    qtbot.waitUntil(done.isEnabled, timeout=WAIT_MS)
    assert done.height() >= minimum
    assert kiosk.rect().contains(done.rect().translated(done.mapTo(kiosk, done.rect().topLeft())))
    assert kiosk.size().toTuple() == size   # no text pushed the window bigger than the screen


# -- honest waiting text and where to go --------------------------------------------------

def test_a_service_no_open_counter_serves_says_so_instead_of_a_wait(qtbot, hall, make_kiosk):
    from queuedesk.operations import counters

    counters.close_counter(hall, 2)          # the only counter of C
    kiosk = make_kiosk(hall)
    c = button(kiosk, "C")
    assert c.isEnabled()                     # a ticket can still be taken ...
    assert c.figure_texts() == ("No counter open now", "")   # ... but nobody promises a wait
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "C")
    assert kiosk.confirmation.figures.text() == "No counter open now"
    assert "staff" in kiosk.confirmation.counters.text()


def test_the_confirmation_says_which_counters_serve_the_business(qtbot, hall, make_kiosk):
    setup.rename_counter(hall, 1, {"en": "VIP room", "zh_CN": "贵宾室"})
    kiosk = make_kiosk(hall)
    with qtbot.waitSignal(kiosk.ticketSettled, timeout=WAIT_MS):
        tap(qtbot, kiosk, "A")
    assert kiosk.confirmation.counters.text() == "Served at: VIP room"
