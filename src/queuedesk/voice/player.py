"""Playing announcement WAVs with Qt Multimedia, or saying plainly why there is no sound.

A lobby PC with no sound card, a missing libpulse or a broken FFmpeg plugin must
still show its calls: `audio_unavailable_reason()` turns each of those into a short
reason, and `NullSink` stands in for the speakers so the queue keeps moving.
Needs a QCoreApplication (Qt Multimedia refuses to work without one).
"""
from __future__ import annotations

import sys
import wave
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, qInstallMessageHandler

NO_DEVICE = "no audio output device"
#: What kind of problem keeps a PC silent: a screen words these in its own language.
NO_OUTPUT, NO_AUDIO_SYSTEM = "no_output", "no_audio_system"
# Grace beyond the WAV's length before a silent player is given up on.
WATCHDOG_MARGIN = 5.0


def audio_problem() -> tuple[str, str] | None:
    """None when a sound can be played, else (kind, detail): NO_OUTPUT or NO_AUDIO_SYSTEM,
    and the library's own words for the log (never for the hall's screen)."""
    with _quiet_multimedia():
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:  # e.g. libpulse.so.0 missing on a minimal Linux
            return NO_AUDIO_SYSTEM, f"Qt Multimedia cannot load ({exc})"
        if not QMediaDevices.audioOutputs():
            return NO_OUTPUT, NO_DEVICE
    return None


def audio_unavailable_reason() -> str | None:
    """None when a sound can be played, else a short reason for a person at a console."""
    problem = audio_problem()
    return problem[1] if problem else None


class NullSink(QObject):
    """The speakers of a PC without any: every WAV "finishes" on the next event loop turn."""

    def play(self, wav: Path, done: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, done)


class QtSink(QObject):
    """QMediaPlayer + QAudioOutput: any sample rate, the default output device.

    A watchdog ends a play that never reports its end (a device unplugged mid-way),
    so one bad moment never stalls the queue of calls.
    """

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        with _quiet_multimedia():
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._ended = (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._finish)
        self._done: Callable[[], None] | None = None

    def play(self, wav: Path, done: Callable[[], None]) -> None:
        self._finish()  # never two at once
        self._done = done
        self._player.setSource(QUrl())  # forces a reload when the same file comes again
        self._player.setSource(QUrl.fromLocalFile(str(wav)))
        self._player.play()
        self._watchdog.start(round((wav_duration(wav) + WATCHDOG_MARGIN) * 1000))

    def _on_status(self, status) -> None:
        if status in self._ended:
            self._finish()

    def _on_error(self, error, text: str) -> None:
        if self._done is not None:
            self.failed.emit(text or str(error))
            self._finish()

    def _finish(self) -> None:
        self._watchdog.stop()
        done, self._done = self._done, None
        if done is not None:
            done()


def wav_duration(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return 0.0


class _quiet_multimedia:
    """Swallow Qt Multimedia's start-up chatter (missing pipewire, VA-API, PulseAudio)
    while it is probed: the reason string says what matters, once."""

    _NOISE = ("qt.multimedia",)

    def __enter__(self):
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, mode, context, message) -> None:
        category = context.category or ""
        if category.startswith(self._NOISE) or message.startswith("PulseAudioService"):
            return
        if self._previous is not None:
            self._previous(mode, context, message)
        else:
            print(message, file=sys.stderr)
