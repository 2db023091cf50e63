"""A busy hall on the lobby screen: 60 counters, 30 business types, calls close together.

What the hall must be able to rely on: what it sees on the big panel is what it hears,
in call order; the newest call is always on screen, whatever page the board shows; the
lists keep a size read from across the hall and turn their pages; staff-facing problems
are a small line in the screen's language, and a long outage a banner across it."""
from __future__ import annotations

import itertools
from datetime import datetime

import pytest
from PySide6.QtCore import QObject

from queuedesk.display import layout, paging, waiting
from queuedesk.operations import calling, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.qtkit.fonts import ensure_cjk_font
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support import big_hall

from .conftest import WAIT_MS, FakeSynth, cli

U = 10.8


# -- the arithmetic of pages ----------------------------------------------------------------

@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("busy", range(1, 61))
def test_the_board_holds_up_to_sixty_calls_in_readable_cards_with_the_newest_on_every_page(busy, size):
    board = layout.arrange(*size, recent_rows=6, services=30)["board"]
    cards_h = board.height() - 5.2 * U
    grid = paging.board_grid(board.width(), cards_h, U, busy)
    assert grid.card_h >= paging.CARD_FLOOR_U * U - 0.01                    # never a whisper
    assert (board.width() - (grid.cols - 1) * paging.GAP_U * U) / grid.cols >= paging.CARD_MIN_W_U * U - 0.01
    assert grid.rows * grid.card_h + (grid.rows - 1) * paging.GAP_U * U <= cards_h + 0.01
    calls = list(range(busy))
    newest = calls[-2:]                                                    # waiting for the big panel
    pages = paging.pages_with_pinned(calls, newest, grid.capacity)
    assert all(len(page) <= grid.capacity for page in pages)
    assert set(itertools.chain(*pages)) == set(calls)                        # everyone gets a turn
    assert all(set(newest[:max(1, grid.capacity // 2)]) <= set(page) for page in pages)
    if busy <= grid.capacity:
        assert len(pages) == 1                                              # no paging while all fit


@pytest.mark.parametrize("services", range(1, 41))
def test_the_waiting_list_keeps_its_rows_readable_and_pages(services):
    for size in ((1920, 1080), (1080, 1920)):
        rect = layout.arrange(*size, recent_rows=6, services=services)["waiting"]
        body = rect.height() - 7.2 * U
        per_page, row_h = paging.rows_for(body, waiting.ROW_MIN_U * U, waiting.ROW_MAX_U * U, services)
        assert row_h >= waiting.ROW_MIN_U * U - 0.01 and per_page * row_h <= body + 0.01
        assert paging.page_count(services, per_page) * per_page >= services
    assert layout.arrange(1920, 1080, 6, 30)["recent"].height() >= 0.4 * 1080 * 0.75   # not squeezed


# -- screen and voice ---------------------------------------------------------------------------

class HeldSink(QObject):
    """Speakers that go on saying an announcement until the test lets it end, so "a call
    comes while another is being said" happens by construction, not by the clock."""

    def __init__(self):
        super().__init__()
        self.played = []
        self._done = []

    def play(self, wav, done):
        self.played.append(wav)
        self._done.append(done)

    def finish(self):
        self._done.pop(0)()


def test_screen_and_voice_agree_for_calls_made_while_others_are_said(qtbot, make_display, hall, tmp_path):
    """Three calls, each made while the one before is still being said: each one has the
    big panel exactly while it is said, in call order, and waits its turn on the board."""
    from queuedesk.display.window import DisplayWindow
    from queuedesk.voice.announcer import Announcer

    for code in ("A", "A", "B"):
        tickets.issue_ticket(hall, code)
    sink = HeldSink()
    announcer = Announcer(hall.config, synth=FakeSynth(tmp_path / "voice"), sink=sink)
    display = DisplayWindow(hall, announcer=announcer)
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    with qtbot.waitSignal(display.ready, timeout=WAIT_MS):
        display.start()
    heard, seen_at_start = [], []
    announcer.first_sample.connect(lambda event_id: heard.append(event_id))
    announcer.first_sample.connect(lambda _id: seen_at_start.append(display.hero.call.event_id))
    pinned = []
    try:
        for counter in (1, 2, 3):
            calling.call_next(hall, counter)
            qtbot.waitUntil(lambda counter=counter: counter in display.session.state.current, timeout=WAIT_MS)
            if counter > 1:   # the call just made waits its turn: on the board, leading it
                assert display.hero.call.counter == counter - 1
                pinned.append(display.board.pinned[0].counter)
                display.grab()
                assert display.board.pinned[0] in display.board.shown
                sink.finish()                                               # the call before ends
            qtbot.waitUntil(lambda counter=counter: len(sink.played) == counter, timeout=WAIT_MS)
        sink.finish()
        qtbot.waitUntil(lambda: len(heard) == 3, timeout=WAIT_MS)
        assert heard == seen_at_start                                       # screen and voice agree
        calls = [c for c in display.session.state.recent][::-1]
        assert heard == [c.event_id for c in calls]                         # in call order
        assert pinned == [2, 3]
        qtbot.waitUntil(lambda: announcer._queue.busy is False, timeout=WAIT_MS)
        assert display.hero.call.counter == 3 and display.board.pinned == []
    finally:
        display.shutdown()


def test_counter_names_are_said_in_the_halls_own_sentence(qtbot, make_display, hall):
    setup.rename_counter(hall, 3, {"zh_CN": "内科3诊室", "en": "Internal medicine room 3"})
    from queuedesk.operations import texts
    texts.set_hall_text(hall, "voice", {"zh_CN": "请 {number} 号到 {place} 就诊"})
    hall.config.set("voice.english", True)
    tickets.issue_ticket(hall, "B")
    display = make_display(hall)
    cli(hall, "call", "next", "3")
    qtbot.waitUntil(lambda: len(display.voice.of("finished")) == 1, timeout=WAIT_MS)
    assert display.voice.synth.said == [("zh_CN", "请 B 零 零 一 号到 内科三诊室 就诊"),
                                        ("en", "Ticket B-zero zero one, please go to Internal medicine room 3")]
    assert display.hero.call.counter == 3
    assert display.texts.go_to(3) == "Please go to Internal medicine room 3"


# -- a big hall on the screen ---------------------------------------------------------------------

@pytest.fixture
def busy_hall(tmp_path):
    db = Database(f"sqlite:///{tmp_path}/busy.sqlite")
    migrate.upgrade(db)
    hall = Hall(db)
    big_hall.build(hall, services=30, counter_count=60, busy=True, waiting=1)
    yield hall
    db.dispose()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_with_sixty_counters_busy_the_newest_call_is_on_every_page(qtbot, make_display, busy_hall, size):
    ensure_cjk_font()
    display = make_display(busy_hall, lang="zh_CN", size=size)
    board = display.board
    display.grab()
    assert board.pages > 1 and len(board.shown) < 59
    tickets.issue_ticket(busy_hall, "A")
    calling.call_next(busy_hall, 7, no_show_current=True)
    qtbot.waitUntil(lambda: any(c.counter == 7 and c.number != "G001" for c in
                                [display.hero.call, *board.pinned] if c), timeout=WAIT_MS)
    newest = display.session.state.newest()
    seen = set()
    for _ in range(board.pages):
        display.grab()
        on_screen = [display.hero.call, *board.shown]
        assert newest in on_screen
        seen |= set(board.shown)
        display._turn_pages()
    assert seen | {display.hero.call} >= set(display.session.state.current.values())   # every call gets a turn
    waiting_panel = display.waiting
    assert waiting_panel.pages > 1 and waiting_panel.row_h >= waiting.ROW_MIN_U * waiting_panel.u - 0.5


# -- staff-facing problems ---------------------------------------------------------------------------

def test_no_sound_is_for_staff_and_never_on_the_customers_screen(qtbot, make_display, hall, probe_file):
    from tests.display.conftest import probe_lines

    display = make_display(hall, lang="zh_CN")
    header = display.header
    header._now = lambda: datetime(2026, 12, 1, 9, 30, tzinfo=hall.config.timezone)   # one clock for both
    before = header.grab().toImage()
    display._on_voice_problem("no_output")                   # what the Announcer says on a PC without speakers
    display.grab()
    assert header.grab().toImage() == before                 # the hall sees nothing of it ...
    assert display.voice_problem == "no_output"             # ... the display knows ...
    assert [line["kind"] for line in probe_lines(probe_file, "voice_problem")] == ["no_output"]   # ... and says so


def test_offline_is_a_small_line_then_a_banner_after_ten_seconds(qtbot, make_display, hall, monkeypatch):
    from queuedesk.display import window as display_window

    monkeypatch.setattr(display_window, "OFFLINE_BANNER_S", 0.3)
    display = make_display(hall, lang="zh_CN")
    link = display.session.link
    link.feed.online.emit(False)                    # what the feed says when the database is gone
    real_update = link._update
    monkeypatch.setattr(link, "_update", lambda: None)   # ... and it stays gone (no reads come back)
    assert display.header.offline and not display.banner.isVisible()       # not at the first hiccup
    qtbot.waitUntil(display.banner.isVisible, timeout=WAIT_MS)
    assert display.banner.width() == display.width()
    monkeypatch.setattr(link, "_update", real_update)
    link.feed.online.emit(True)
    assert not display.banner.isVisible()


def test_the_start_of_day_screen_welcomes_and_can_be_captured(qtbot, make_display, hall, tmp_path):
    import os
    import subprocess
    import sys

    display = make_display(hall, lang="zh_CN")
    assert display.hero.call is None and display.hero.start_of_day
    out = tmp_path / "morning.png"
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", hall.db.url, "display", "--screenshot",
                             str(out)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000



@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_a_long_counter_name_in_the_recent_calls_is_never_smaller_than_the_time(qtbot, make_display, hall, size):
    # Where to go matters more than when: a government hall's "综合受理1号窗口" takes two
    # lines before it shrinks, and stays larger than the time beside it.
    ensure_cjk_font()
    setup.rename_counter(hall, 3, {"zh_CN": "综合受理1号窗口", "en": "General reception counter 1"})
    for counter in (1, 2, 3):
        tickets.issue_ticket(hall, "A")
        calling.call_next(hall, counter)
    display = make_display(hall, "zh_CN", size)
    qtbot.waitUntil(lambda: len(display.recent.calls) == 3, timeout=WAIT_MS)
    display.grab()
    fonts = display.recent.fonts
    assert fonts["counter"].pixelSize() > fonts["time"].pixelSize()
