"""The desk on a teller's small monitor, and the habits that keep tellers from mistakes:
the next step highlighted, buttons that never move, a no-show never recorded as served."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from queuedesk.desk.dialogs import ChoiceDialog
from queuedesk.desk.rules import ACTIONS
from queuedesk.operations import counters, tickets

from .conftest import WAIT_MS, press, settle, sign_in


def issue(hall, code="A", n=1):
    for _ in range(n):
        tickets.issue_ticket(hall, code)


def inside(window, widget) -> bool:
    box = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return window.rect().contains(box)


def calling_desk(qtbot, hall, make_desk, size):
    """A desk of `size`, signed in, that has called the first of three customers."""
    issue(hall, "A", 3)
    desk = make_desk(hall)
    desk.resize(*size)
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    return desk


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_button_is_whole_and_on_screen(qtbot, hall, make_desk, size):
    desk = calling_desk(qtbot, hall, make_desk, size)
    QApplication.processEvents()
    assert desk.size().toTuple() == size
    for name in ACTIONS:
        button = desk.buttons[name]
        assert button.isVisible() and inside(desk, button), name
        assert button.height() >= button.minimumSizeHint().height(), name
        label = button.text_label
        assert label.width() >= label.sizeHint().width() - 1, (name, label.text())   # nothing cut
    for button in desk.header_buttons:
        assert inside(desk, button)
    assert inside(desk, desk.current.number) and inside(desk, desk.current.hint)


def highlighted(desk) -> list[str]:
    return [name for name, button in desk.buttons.items() if button.property("next")]


def test_the_next_step_is_the_one_highlighted_button_in_every_state(qtbot, hall, make_desk):
    issue(hall, "A", 2)
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    assert highlighted(desk) == ["call_next"]
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: highlighted(desk) == ["start"], timeout=WAIT_MS)
    assert desk.compact_bar.buttons["start"].property("next")
    press(qtbot, desk, "start")
    qtbot.waitUntil(lambda: highlighted(desk) == ["finish"], timeout=WAIT_MS)
    press(qtbot, desk, "finish")
    qtbot.waitUntil(lambda: highlighted(desk) == ["call_next"], timeout=WAIT_MS)
    settle(qtbot)
    press(qtbot, desk, "pause")
    desk.dialog.accept()
    qtbot.waitUntil(lambda: desk.session.state.counter.state == "paused", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: highlighted(desk) == ["pause"], timeout=WAIT_MS)   # "Resume", the only way on
    assert desk.buttons["pause"].text_label.text() == "Resume"


def positions(bar) -> dict[str, tuple]:
    parts = {**bar.buttons, "more": bar.more, "expand": bar.expand, "number": bar.number, "info": bar.info}
    return {name: widget.geometry().getRect() for name, widget in parts.items()}


def test_the_compact_bar_keeps_every_button_in_its_place_in_every_state(qtbot, hall, make_desk):
    issue(hall, "A", 2)
    desk = make_desk(hall, compact=True)
    sign_in(qtbot, desk)
    bar = desk.compact_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    QApplication.processEvents()
    seen = [positions(bar)]
    for name in ("call_next", "start"):
        press_bar = bar.buttons[name]
        qtbot.mouseClick(press_bar, Qt.LeftButton)
        qtbot.waitUntil(lambda: not desk.session.busy, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: desk.session.state.current is not None, timeout=WAIT_MS)
        QApplication.processEvents()
        seen.append(positions(bar))
        settle(qtbot)
    desk.session.link.feed.online.emit(False)       # offline: the longest wording
    QApplication.processEvents()
    seen.append(positions(bar))
    desk.session.link.feed.online.emit(True)
    qtbot.mouseClick(bar.buttons["finish"], Qt.LeftButton)
    qtbot.waitUntil(lambda: desk.session.state.current is None, timeout=WAIT_MS)
    settle(qtbot)
    counters.pause_counter(hall, 3, "break")
    qtbot.waitUntil(lambda: desk.session.state.counter.state == "paused", timeout=WAIT_MS)
    QApplication.processEvents()
    seen.append(positions(bar))
    assert all(p == seen[0] for p in seen), seen
    more, no_show = bar.more.geometry(), bar.buttons["no_show"].geometry()
    assert more.left() - no_show.right() >= 12           # a gap, not a neighbour


def test_call_next_on_a_customer_who_never_came_forward_asks_and_never_records_served(qtbot, hall, make_desk):
    issue(hall, "A", 2)
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: desk.session.state.current is not None, timeout=WAIT_MS)
    first = desk.session.state.current.number
    settle(qtbot)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: isinstance(desk.dialog, ChoiceDialog), timeout=WAIT_MS)
    assert tickets.show_ticket(hall, first).state == "called"          # nothing recorded yet
    desk.dialog.choose("no_show")
    qtbot.waitUntil(lambda: desk.session.state.current is not None
                    and desk.session.state.current.number != first, timeout=WAIT_MS)
    assert tickets.show_ticket(hall, first).state == "no_show"


def test_a_transfer_to_a_counter_offers_open_counters_first(qtbot, hall, make_desk):
    issue(hall, "A")
    counters.open_counter(hall, 5)
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: desk.session.state.current is not None, timeout=WAIT_MS)
    press(qtbot, desk, "transfer")
    dialog = desk.dialog
    dialog.to_counter.setChecked(True)
    assert dialog.counters.currentData() == 5                          # the one open counter
    model = dialog.counters.model()
    closed = [dialog.counters.itemData(i) for i in range(dialog.counters.count()) if not model.item(i).isEnabled()]
    assert 1 in closed and 5 not in closed
    dialog.counters.setCurrentIndex(dialog.counters.findData(1))
    assert not dialog.box.button(dialog.box.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_the_first_customer_in_an_empty_queue_rings_once(qtbot, hall, make_desk):
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    assert desk.attention.rung == 0
    issue(hall, "A")
    qtbot.waitUntil(lambda: desk.attention.rung == 1, timeout=WAIT_MS)
    assert desk.current.property("attention") == "true"        # the card flashes
    issue(hall, "A")                                            # a second one: no new alarm
    qtbot.waitUntil(lambda: len(desk.session.state.waiting) == 2, timeout=WAIT_MS)
    assert desk.attention.rung == 1


def test_a_desk_that_speaks_voices_its_own_calls_and_only_those(qtbot, hall, make_desk, tmp_path):
    from tests.display.conftest import Voice

    hall.config.set("voice.announce_at", "desk")
    hall.config.set("voice.repeat", 1)
    voice = Voice(hall.config, tmp_path / "voice")
    issue(hall, "B", 2)
    counters.open_counter(hall, 1)
    desk = make_desk(hall, announcer=voice.announcer)
    sign_in(qtbot, desk)
    from queuedesk.operations import calling
    calling.call_next(hall, 1)                                  # another counter's call
    press(qtbot, desk, "call_next")                             # this counter's
    qtbot.waitUntil(lambda: len(voice.of("finished")) == 1, timeout=WAIT_MS)
    qtbot.wait(300)
    assert len(voice.of("started")) == 1
    number = desk.session.state.current.number
    assert voice.synth.said == [("zh_CN", f"请 {number[0]} 零 零 二 号顾客 到 三 号窗口 办理")]


def test_the_next_in_line_say_what_their_minutes_are(qtbot, hall, make_desk):
    issue(hall, "A", 2)
    desk = make_desk(hall)
    sign_in(qtbot, desk)
    qtbot.waitUntil(lambda: "A002" in desk.side.next_list.text(), timeout=WAIT_MS)
    shown = desk.side.next_list.text()
    assert "waited <1 min" in shown.replace("&lt;", "<")     # not a bare "<1 min": minutes of what?


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_side_panel_fits_a_1366x768_desk_without_scrolling(qtbot, hall, make_desk, lang):
    from PySide6.QtWidgets import QScrollArea

    from queuedesk.operations import calling, ratings
    from queuedesk.qtkit.fonts import ensure_cjk_font
    from queuedesk.ui.language import set_language

    ensure_cjk_font()          # as every window runs (ui.app): its line heights decide what fits
    # A busy counter: three services waiting, more than the next few, a parked ticket,
    # a rating with a reason (two lines).
    for code in ("A", "B", "D"):
        issue(hall, code, 3)
    counters.sign_in(hall, "li", "123456", 3)
    served = calling.call_next(hall, 3).number
    calling.start_service(hall, 3)
    calling.finish(hall, 3)
    ratings.rate_ticket(hall, served, 2, ["long_wait"])
    calling.call_next(hall, 3)
    calling.park(hall, 3)
    counters.sign_out(hall, "li", 3)
    desk = make_desk(hall)
    set_language(lang)
    desk.resize(1366, 768)
    sign_in(qtbot, desk)
    qtbot.waitUntil(lambda: desk.session.state.parked and desk.session.state.ratings is not None, timeout=WAIT_MS)
    QApplication.processEvents()
    scroll = desk.side.findChild(QScrollArea)
    assert len(desk.side._rows) == 3 and desk.side.parked.isVisible()
    assert scroll.verticalScrollBar().maximum() == 0            # every section in sight, nothing to scroll
    assert inside(desk, desk.rating_panel.last)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_my_day_labels_stay_on_one_line_in_every_language(qtbot, hall, make_desk, size):
    # "mean service / time" broken over two lines reads as two figures' labels.
    from queuedesk.ui.language import set_language

    desk = calling_desk(qtbot, hall, make_desk, size)
    press(qtbot, desk, "start")
    press(qtbot, desk, "finish")
    side = desk.side
    qtbot.waitUntil(lambda: side.figure_values["served"].text() == "1", timeout=WAIT_MS)
    labels = [*side.figure_labels.values(), desk.rating_panel.satisfaction_label, desk.rating_panel.evaluation_label]
    try:
        for lang in ("zh_CN", "zh_TW", "en"):
            set_language(lang)
            QApplication.processEvents()
            for label in labels:
                assert label.isVisible() and label.text()
                line = label.fontMetrics().boundingRect(label.text())
                assert line.width() <= label.contentsRect().width(), (lang, label.text(), label.width())
                assert label.height() < 2 * label.fontMetrics().lineSpacing(), (lang, label.text())
    finally:
        set_language("en")
