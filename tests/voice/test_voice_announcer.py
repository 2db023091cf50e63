"""The Announcer on an offscreen Qt with no sound card: it renders, reports why it is
silent, and keeps the calls moving."""
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer

from queuedesk.config import Config
from queuedesk.voice import player
from queuedesk.voice.announcer import Announcer
from queuedesk.voice.synth import Synthesizer

CONFIG = Config({"voice.repeat": 1})


class Recorder:
    def __init__(self, announcer):
        self.log = []
        for name in ("started", "first_sample", "finished", "skipped", "unavailable"):
            getattr(announcer, name).connect(lambda *args, name=name: self.log.append((name, *args)))

    def of(self, name):
        return [entry[1:] for entry in self.log if entry[0] == name]


class SlowSink(QObject):
    """Ends each WAV after 50 ms, and records overlaps."""

    def __init__(self):
        super().__init__()
        self.playing = 0
        self.overlaps = 0
        self.played: list[Path] = []

    def play(self, wav, done):
        self.overlaps += self.playing
        self.playing += 1
        self.played.append(Path(wav))

        def end():
            self.playing -= 1
            done()
        QTimer.singleShot(50, self, end)


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """These tests read the Announcer's English words; other tests may leave the
    application in Chinese, the default."""
    from queuedesk.ui.language import current_language, set_language
    before = current_language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture
def announcer(qapp, voice_cache):
    made = []

    def make(config=CONFIG, **kwargs):
        a = Announcer(config, **kwargs)
        made.append(a)
        return a
    yield make
    for a in made:
        a.close()


def test_without_a_sound_card_it_says_why_and_keeps_going(announcer, qtbot):
    reason = player.audio_unavailable_reason()
    if reason is None:
        pytest.skip("this machine has an audio output")
    a = announcer()
    rec = Recorder(a)
    with qtbot.waitSignal(a.unavailable, timeout=2000) as blocker:
        pass
    assert blocker.args == [player.audio_problem()[0]] == [a.reason]
    # Staff read one short line in the interface language, never the library's words.
    assert a.explain(a.reason) in ("No sound: no audio output device", "No sound: the audio system is not installed")
    assert "Qt" not in a.explain(a.reason) and ".so" not in a.explain(a.reason)
    now = time.time()
    a.announce(1, "A001", 1, "call", now)
    a.announce(2, "A002", 2, "call", now)
    qtbot.waitUntil(lambda: rec.of("finished") == [(1,), (2,)], timeout=10_000)
    assert [e[:2] for e in rec.log if e[0] != "unavailable"] == [
        ("started", 1), ("first_sample", 1), ("finished", 1),
        ("started", 2), ("first_sample", 2), ("finished", 2)]


def test_calls_play_one_at_a_time_in_order(announcer, qtbot):
    sink = SlowSink()
    a = announcer(sink=sink)
    rec = Recorder(a)
    now = time.time()
    for i, (number, counter) in enumerate([("A003", 1), ("B001", 4), ("A004", 2)], start=1):
        assert a.announce(i, number, counter, "call", now)
    assert not a.announce(1, "A003", 1, "call", now)                       # replayed event
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 3, timeout=10_000)
    assert rec.of("started") == [(1,), (2,), (3,)]
    assert sink.overlaps == 0 and len(sink.played) == 3
    assert rec.of("unavailable") == []


def test_first_sample_latency_of_a_cached_call(announcer, qtbot):
    a = announcer(sink=SlowSink())
    rec = Recorder(a)
    a.announce("warm", "A009", 9, "call", time.time())
    qtbot.waitUntil(lambda: bool(rec.of("finished")), timeout=10_000)
    started = time.perf_counter()
    with qtbot.waitSignal(a.first_sample, timeout=5000):
        a.announce("again", "A009", 9, "recall", time.time())
    assert time.perf_counter() - started < 1.0


def test_stale_calls_are_skipped_and_a_disabled_voice_keeps_the_order_in_silence(announcer, qtbot):
    a = announcer(sink=SlowSink())
    rec = Recorder(a)
    assert not a.announce(1, "A001", 1, "call", time.time() - 3600)
    assert rec.of("skipped") == [(1, "too old to announce")]
    speakers = SlowSink()
    quiet = announcer(Config({"voice.enabled": False}), sink=speakers)
    rec_quiet = Recorder(quiet)
    assert quiet.announce(2, "A002", 1, "call", time.time())
    assert quiet.announce(3, "A003", 2, "call", time.time())
    qtbot.waitUntil(lambda: rec_quiet.of("finished") == [(2,), (3,)], timeout=5000)
    assert rec_quiet.of("started") == [(2,), (3,)] and speakers.played == []


def test_every_call_takes_at_least_its_minimum_time(announcer, qtbot):
    a = announcer(Config({"voice.enabled": False}), min_seconds=0.4)
    rec = Recorder(a)
    began = time.monotonic()
    a.announce(1, "A001", 1, "call", time.time())
    a.announce(2, "A002", 2, "call", time.time())
    qtbot.waitUntil(lambda: len(rec.of("finished")) == 2, timeout=5000)
    assert time.monotonic() - began >= 0.8


def test_a_call_whose_customer_left_before_its_turn_is_not_said(announcer, qtbot):
    a = announcer(sink=SlowSink())
    rec = Recorder(a)
    a.announce(1, "A001", 1, "call", time.time())
    a.announce(2, "A002", 2, "call", time.time())
    assert a.cancel(2) and not a.cancel(1)          # 1 has started already
    qtbot.waitUntil(lambda: rec.of("finished") == [(1,)], timeout=10_000)
    assert rec.of("skipped") == [(2, "no longer at the counter")]


def test_when_speech_fails_the_chime_still_plays(announcer, qtbot, tmp_path):
    code = "import sys; print('no Mandarin voice installed', file=sys.stderr); sys.exit(1)"
    broken = Synthesizer(tmp_path, worker=[sys.executable, "-c", code])
    sink = SlowSink()
    a = announcer(synth=broken, sink=sink)
    rec = Recorder(a)
    a.announce(1, "Z999", 9, "call", time.time())
    qtbot.waitUntil(lambda: rec.of("finished") == [(1,)], timeout=10_000)
    assert rec.of("unavailable") == [("no_speech",)]                       # worded by the screen, not the library
    assert a.explain("no_speech") == "Chime only: the speech engine is not working"
    assert len(sink.played) == 1                                            # the chime alone


def test_rendering_does_not_block_the_gui_thread(announcer, qtbot, tmp_path):
    slow = Synthesizer(tmp_path, worker=[sys.executable, "-c", "import time; time.sleep(1)"], timeout=5)
    a = announcer(synth=slow, sink=SlowSink())
    started = time.perf_counter()
    a.announce(1, "C001", 1, "call", time.time())
    assert time.perf_counter() - started < 0.2
