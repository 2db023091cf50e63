"""Chinese is the default: every visible text of the desk is translated."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from queuedesk.desk.texts import Texts
from queuedesk.operations import calling, counters, tickets
from queuedesk.ui.language import set_language

from .conftest import WAIT_MS, press, sign_in

# Latin words that may stay: key names, the teller's user name, ticket numbers, units.
ALLOWED = {"li", "wang"}


@pytest.fixture
def chinese():
    set_language("zh")
    yield
    set_language("en")


def untranslated(*windows) -> set[str]:
    """Visible texts holding a Latin word of three letters or more (ticket numbers and
    key caps such as A001, F10 do not count)."""
    found = set()
    for window in windows:
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisibleTo(window):
                continue
            text = re.sub(r"<[^>]+>", " ", widget.text())   # rich text: tags are not words
            for word in re.findall(r"[A-Za-z]{3,}", text):
                if word not in ALLOWED:
                    found.add(f"{type(widget).__name__}: {text!r}")
    return found


def test_every_visible_text_is_chinese(qtbot, hall, make_desk, chinese):
    desk = make_desk(hall)
    qtbot.waitUntil(lambda: desk.signin.counter.count() > 0, timeout=WAIT_MS)
    assert desk.signin.button.text() == "登录"
    assert not untranslated(desk)

    tickets.issue_ticket(hall, "A")
    counters.sign_in(hall, "wang", "1234", 1)
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=3, note="ok")      # arrives with a note
    tickets.issue_ticket(hall, "B")
    desk.signin.user.setText("li")
    desk.signin.password.setText("1234")
    with qtbot.waitSignal(desk.session.ready, timeout=WAIT_MS):
        desk.signin.button.click()
    assert desk.buttons["call_next"].text_label.text() == "叫号"
    assert not untranslated(desk)

    press(qtbot, desk, "pick")
    desk.dialog.choose("A001")
    assert not untranslated(desk.dialog)
    desk.dialog.accept()
    qtbot.waitUntil(lambda: desk.current.number.text() == "A001", timeout=WAIT_MS)
    assert "备注" in desk.current.note.text()
    assert not untranslated(desk)

    press(qtbot, desk, "transfer")
    assert not untranslated(desk.dialog)
    desk.dialog.reject()
    desk.set_compact(True)
    assert not untranslated(desk.compact_bar)


def test_refusals_are_translated(qtbot, chinese):
    texts = Texts()
    assert texts.explain("wrong user name or password") == "用户名或密码错误。"
    assert texts.explain("counter 3 is paused, not open") == "3号窗口当前为“暂停服务”，未开放。"
    assert texts.explain("counter 3 has no current ticket to recall") == "3号窗口当前没有客户，无法重呼。"
    assert texts.explain("something new from the engine") == "something new from the engine"


def test_language_switches_live(qtbot, hall, make_desk, chinese):
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    assert desk.buttons["call_next"].text_label.text() == "叫号"
    assert desk.counter_label.text() == "3号窗口"
    set_language("en")
    qtbot.waitUntil(lambda: desk.buttons["call_next"].text_label.text() == "Call next", timeout=WAIT_MS)
    assert desk.counter_label.text() == "Counter 3"
    assert desk.side.queues_title.text() == "Waiting for this counter"
    assert not desk.windowTitle().startswith("窗口")
