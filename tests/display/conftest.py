"""A small hall on a fresh SQLite file per test, and lobby displays on it with a fake voice.

The Announcer is the real one, given a synthesizer that returns a ready-made WAV (no
speech worker) and a sink that records what it is handed: the tests check which calls
are announced, not how they sound (tests/voice does that).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer

from queuedesk.config import Config
from queuedesk.display.window import DisplayWindow
from queuedesk.domain.model import Service
from queuedesk.operations import counters, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language
from queuedesk.voice import pcm
from queuedesk.voice.announcer import Announcer
from queuedesk.voice.synth import CACHE_ENV
from tests.support.halls import names

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def quick_feed(monkeypatch):
    """The feed thread checks for stop between waits; short waits keep teardown quick."""
    import queuedesk.ui.feed
    monkeypatch.setattr(queuedesk.ui.feed, "WAIT_S", 0.1)


@pytest.fixture(autouse=True)
def voice_cache(tmp_path_factory, monkeypatch):
    """Announcements composed from the fake speech land in a throw-away cache."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path_factory.getbasetemp() / "display-voice-cache"))


@pytest.fixture
def probe_file(tmp_path, monkeypatch):
    path = tmp_path / "probe.jsonl"
    monkeypatch.setenv("QUEUEDESK_PROBE", str(path))
    return path


def probe_lines(path: Path, what: str | None = None) -> list[dict]:
    if not path.exists():
        return []
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [line for line in lines if what is None or line["what"] == what]


def add_hall(db: Database) -> Hall:
    migrate.upgrade(db)
    hall = Hall(db, Config({"voice.repeat": 1, "display.recent_calls": 5}))
    setup.add_service(hall, Service(code="A", names=names("个人现金业务", "Personal cash"), prefix="A"))
    setup.add_service(hall, Service(code="B", names=names("对公业务", "Corporate banking"), prefix="B"))
    for number, codes in ((1, ["A", "B"]), (2, ["A"]), (3, ["B", "A"])):
        setup.add_counter(hall, number, codes)
        counters.open_counter(hall, number)
    return hall


@pytest.fixture
def hall(tmp_path):
    db = Database(f"sqlite:///{tmp_path}/q.sqlite")
    h = add_hall(db)
    yield h
    db.dispose()


def cli(hall: Hall, *words: str) -> str:
    """Run a queuedesk command in another process (a counter PC), as the hall would."""
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", hall.db.url, *words],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


class FakeSynth:
    """Stands in for the speech worker: every sentence is the same short tone."""

    def __init__(self, folder: Path):
        self.path = folder / "tone.wav"
        if not self.path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            samples = pcm.silence(0.05)
            for i in range(0, len(samples), 20):
                samples[i] = 8000     # not silence, or the composer would trim it all away
            pcm.write_wav(self.path, samples)
        self.said: list[tuple[str, str]] = []

    def render_many(self, phrases):
        self.said.extend(phrases)
        return [self.path for _ in phrases]


class RecordingSink(QObject):
    """The speakers: records each WAV and ends it shortly after."""

    def __init__(self):
        super().__init__()
        self.played: list[Path] = []

    def play(self, wav, done):
        self.played.append(Path(wav))
        QTimer.singleShot(10, self, done)


class Voice:
    """An Announcer with a fake synthesizer and sink, and a log of what it did."""

    def __init__(self, config: Config, folder: Path):
        self.synth = FakeSynth(folder)
        self.sink = RecordingSink()
        self.announcer = Announcer(config, synth=self.synth, sink=self.sink)
        self.log: list[tuple] = []
        for name in ("started", "first_sample", "finished", "skipped"):
            getattr(self.announcer, name).connect(lambda *args, name=name: self.log.append((name, *args)))

    def of(self, name: str) -> list:
        return [entry[1] for entry in self.log if entry[0] == name]


@pytest.fixture
def make_display(windows, tmp_path):
    """Build display windows on a hall; each is shown, started and waited for, and its
    feed thread, timers and Announcer are stopped at teardown."""
    def make(hall: Hall, lang: str = "en", size=(1920, 1080)):
        set_language(lang)
        voice = Voice(hall.config, tmp_path / "voice")
        window = DisplayWindow(hall, announcer=voice.announcer)
        window.voice = voice
        return windows.start(window, size, WAIT_MS)
    return make
