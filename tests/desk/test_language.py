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
    counters.sign_in(hall, "wang", "123456", 1)
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=3, note="ok")      # arrives with a note
    tickets.issue_ticket(hall, "B")
    desk.signin.user.setText("li")
    desk.signin.password.setText("123456")
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
    from queuedesk.domain.errors import (
        CounterNotOpen,
        NoCurrentTicket,
        NotAllowed,
        QueueError,
    )
    from queuedesk.store.database import DatabaseError

    texts = Texts()
    assert texts.explain(NotAllowed("wrong user name or password", "wrong_password")) == "用户名或密码错误。"
    assert texts.explain(CounterNotOpen(3, "paused")) == "3号窗口当前为“暂停服务”，未开放。"
    assert texts.explain(NoCurrentTicket(3, "recall")) == "3号窗口当前没有客户，无法重呼。"
    assert texts.explain(QueueError("something new from the engine")) == "something new from the engine"
    assert texts.explain(DatabaseError("database unavailable: timeout")) == "数据库无法连接（timeout）。"


def test_every_refusal_the_desk_can_meet_has_words(qtbot, chinese):
    """Each code the engine raises at a counter is worded, with the params it carries."""
    from queuedesk.domain import errors

    texts = Texts()
    samples = [errors.InvalidTransition("A001", "waiting", "recall"), errors.UnknownTicket("A999"),
               errors.UnknownCounter(9), errors.UnknownService("Z"),
               errors.NotAllowed("x", "not_signed_in", user="li", counter=3),
               errors.NotAllowed("x", "signed_in_elsewhere", user="li", counter=2),
               errors.NotAllowed("x", "counter_in_use", counter=3, user="wang"),
               errors.NotAllowed("x", "parked_elsewhere", ticket="A001", counter=2),
               errors.QueueError("x", "counter_state", counter=3, state="closed", action="pause"),
               errors.QueueError("x", "recall_limit", ticket="A001", recalls=3),
               errors.QueueError("x", "counter_busy", counter=3, ticket="A001"),
               errors.QueueError("x", "pause_needs_reason"), errors.QueueError("x", "transfer_to_own_counter"),
               errors.QueueError("x", "already_in_service", ticket="A001", service="B")]
    for error in samples:
        worded = texts.explain(error)
        assert worded != "x" and worded.isascii() is False, (error.code, worded)


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
