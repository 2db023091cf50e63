"""The lobby display on a real database, with calls made by other processes."""
from __future__ import annotations

import time

import pytest

from queuedesk.operations import calling, tickets
from queuedesk.ui.language import set_language

from .conftest import WAIT_MS, cli, probe_lines


def test_a_call_from_another_process_appears_and_is_announced(qtbot, make_display, hall, probe_file):
    tickets.issue_ticket(hall, "B")
    display = make_display(hall)
    assert probe_lines(probe_file, "ready")
    assert display.hero.call is None

    cli(hall, "call", "next", "3")
    qtbot.waitUntil(lambda: display.hero.call is not None, timeout=WAIT_MS)
    call = display.hero.call
    assert (call.number, call.counter) == ("B001", 3)
    assert display.hero.flashing
    assert [c.number for c in display.recent.calls] == ["B001"]
    qtbot.waitUntil(lambda: display.voice.of("finished") == [call.event_id], timeout=WAIT_MS)
    assert display.voice.of("first_sample") == [call.event_id]
    assert len(display.voice.sink.played) == 1
    assert ("zh_CN", "请 B 零 零 一 号 到 三 号窗口") in display.voice.synth.said
    shown = probe_lines(probe_file, "shown")
    announced = probe_lines(probe_file, "announced")
    assert [(s["number"], s["counter"]) for s in shown] == [("B001", 3)]
    assert [(a["number"], a["counter"], a["event_id"]) for a in announced] == [("B001", 3, call.event_id)]
    assert announced[0]["t"] >= shown[0]["t"] - 0.5


def test_waiting_counts_follow_tickets_and_calls(qtbot, make_display, hall):
    display = make_display(hall)
    assert display.waiting.counts == {"A": 0, "B": 0}
    assert [s.code for s in display.waiting.services] == ["A", "B"]
    cli(hall, "ticket", "issue", "A")
    qtbot.waitUntil(lambda: display.waiting.counts.get("A") == 1, timeout=WAIT_MS)
    tickets.issue_ticket(hall, "A")
    qtbot.waitUntil(lambda: display.waiting.counts.get("A") == 2, timeout=WAIT_MS)
    calling.call_next(hall, 2)
    qtbot.waitUntil(lambda: display.waiting.counts.get("A") == 1, timeout=WAIT_MS)


def test_a_recall_is_announced_again_and_finishing_clears_the_call(qtbot, make_display, hall):
    tickets.issue_ticket(hall, "A")
    tickets.issue_ticket(hall, "A")
    display = make_display(hall)
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)
    qtbot.waitUntil(lambda: len(display.voice.of("finished")) == 2, timeout=WAIT_MS)
    assert display.hero.call.number == "A002"
    assert [(c.number, c.counter) for c in display.board.calls] == [("A001", 1)]

    calling.recall(hall, 1)
    qtbot.waitUntil(lambda: len(display.voice.of("finished")) == 3, timeout=WAIT_MS)
    assert (display.hero.call.number, display.hero.call.kind) == ("A001", "recall")
    assert display.hero.flashing
    assert [c.number for c in display.recent.calls] == ["A001", "A002"]
    assert len(display.voice.sink.played) == 3

    calling.finish(hall, 1)
    qtbot.waitUntil(lambda: display.hero.call.number == "A002", timeout=WAIT_MS)
    assert display.board.calls == []
    assert not display.hero.flashing                  # the flashing call has gone
    calling.finish(hall, 2)
    qtbot.waitUntil(lambda: display.hero.call is None, timeout=WAIT_MS)
    assert [c.number for c in display.recent.calls] == ["A001", "A002"]


def test_a_restarted_display_shows_the_calls_but_does_not_announce_them(qtbot, make_display, hall, probe_file):
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    first = make_display(hall)
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)
    calling.call_next(hall, 3)
    qtbot.waitUntil(lambda: len(first.voice.of("finished")) == 3, timeout=WAIT_MS)
    calling.finish(hall, 3)
    qtbot.waitUntil(lambda: len(first.session.state.current) == 2, timeout=WAIT_MS)
    first.close()

    second = make_display(hall, lang="zh", size=(1080, 1920))
    assert [(c.number, c.counter) for c in second.session.state.in_progress()] == [("A002", 2), ("A001", 1)]
    assert second.hero.call.number == "A002" and not second.hero.flashing
    assert [c.number for c in second.recent.calls] == ["A003", "A002", "A001"]
    assert second.recent.calls[0].at is not None
    qtbot.wait(300)
    assert second.voice.log == []                     # nothing said again

    tickets.issue_ticket(hall, "B")
    cli(hall, "call", "next", "3")                    # only what happens after the restart is news
    qtbot.waitUntil(lambda: len(second.voice.of("finished")) == 1, timeout=WAIT_MS)
    assert second.hero.call.number == "B001"
    assert [line["number"] for line in probe_lines(probe_file, "announced")][-1] == "B001"


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_call_names_the_counter_as_its_card_its_screen_and_the_voice_do(qtbot, make_display, hall, lang):
    from queuedesk.voice.phrases import place

    display = make_display(hall, lang=lang)
    texts = display.texts
    counter = texts.counter(3)                     # on the board's card and over the counter itself
    assert texts.go_to(3).endswith(counter)        # "Please go to Counter 3", never "... counter 3"
    if lang == "en":
        assert place("en", 3) == counter           # the English voice's sentence says what the screens write


def test_language_and_no_personal_data(qtbot, make_display, hall):
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1, staff=None)
    display = make_display(hall, lang="zh")
    texts = display.texts
    assert texts.go_to(3) == "请到 3号窗口" and texts.go_to_other(3) == "Please go to Counter 3"
    assert texts.counter(12) == "12号窗口"
    set_language("en")
    assert texts.go_to(3) == "Please go to Counter 3" and texts.go_to_other(3) == "请到 3号窗口"
    image = display.grab()
    assert not image.isNull()
    # What the screen draws comes from this model: numbers, counters, types, counts, never staff.
    state = display.session.state
    for call in [*state.current.values(), *state.recent]:
        assert set(vars(call)) == {"number", "counter", "at", "kind", "event_id", "service"}


def test_the_call_is_on_screen_well_within_a_second(qtbot, make_display, hall, probe_file):
    for _ in range(5):
        tickets.issue_ticket(hall, "A")
    make_display(hall)
    delays = []
    for n in range(1, 6):
        calling.call_next(hall, 1, no_show_current=True)
        committed = time.time()
        qtbot.waitUntil(lambda n=n: len(probe_lines(probe_file, "shown")) == n, timeout=WAIT_MS)
        delays.append(probe_lines(probe_file, "shown")[-1]["t"] - committed)
    assert max(delays) < 0.5, delays
