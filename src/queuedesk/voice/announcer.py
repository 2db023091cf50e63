"""The voice of a lobby display or a desk: `Announcer.announce(...)` for each call event,
signals back.

Rendering runs on a thread pool (each render is a short worker process, see synth.py),
so the GUI thread never waits for speech; playback is one WAV at a time through a
QtSink, or through a NullSink when the PC has no sound, in which case the calls are
still rendered, still reported started/finished, and `unavailable` says why: a problem
kind (NO_OUTPUT, NO_AUDIO_SYSTEM, NO_SPEECH, PLAYBACK), which `explain` words in the
interface language for staff; the library's own message goes to the log only.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Callable, Hashable

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from queuedesk.config import Config
from queuedesk.domain.languages import LocalText
from queuedesk.voice import announcement
from queuedesk.voice.player import NO_AUDIO_SYSTEM, NO_OUTPUT, NullSink, QtSink, audio_problem
from queuedesk.voice.queue import AnnouncementQueue, Call, Listener
from queuedesk.voice.synth import SpeechError, Synthesizer

log = logging.getLogger(__name__)

NO_SPEECH, PLAYBACK = "no_speech", "playback"


class Announcer(QObject):
    started = Signal(object)        # event_id: its turn came (its WAV may still be rendering)
    first_sample = Signal(object)   # event_id: its WAV was handed to the sink
    finished = Signal(object)       # event_id: every started call ends with this
    skipped = Signal(object, str)   # event_id, why it is not spoken (duplicate, too old, …)
    unavailable = Signal(str)       # the kind of problem: why there is no (full) sound (see explain)

    # Emitted from pool threads; queued to the GUI thread by Qt.
    _rendered = Signal(object, object, object)   # event_id, Announcement | None, error | None

    def __init__(self, config: Config, parent: QObject | None = None, *,
                 synth: Synthesizer | None = None, sink=None,
                 clock: Callable[[], float] = time.time, render_threads: int = 2,
                 silent: bool | None = None, min_seconds: float = 0.0):
        """`silent`: keep the order and the timing of calls without a sound (a display
        whose hall is voiced by the desks); default: when voice.enabled is off.
        `min_seconds`: every call lasts at least this long, so a screen that follows
        started/finished gives each call its time even when the sound is shorter or none."""
        super().__init__(parent)
        self._config = config
        self.silent = (not config["voice.enabled"]) if silent is None else silent
        self._synth = synth or Synthesizer()
        self._reason: str | None = None
        self._reported: set[str] = set()
        self._templates: LocalText | None = None
        self._names: dict[int, LocalText] = {}
        if self.silent:
            sink = NullSink(self)
        elif sink is None:
            problem = audio_problem()
            if problem is None:
                sink = QtSink(self)
                sink.failed.connect(self._on_playback_failed)
            else:
                sink = NullSink(self)
                log.warning("no sound: %s", problem[1])
                self._reason = problem[0]
                self._reported.add(self._reason)
                # After the constructor, so whoever made us has connected by then.
                QTimer.singleShot(0, self, lambda: self.unavailable.emit(self._reason))
        if min_seconds > 0:
            sink = HoldingSink(sink, min_seconds, self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(render_threads)
        self._rendered.connect(self._on_rendered)
        self._closing = False
        self._queue = AnnouncementQueue(sink, self._start_render,
                                        max_age_seconds=config["voice.max_age_seconds"],
                                        clock=clock, listener=_Relay(self))

    @property
    def reason(self) -> str | None:
        """Why there is no sound on this PC (a kind, as sent by `unavailable`), or None."""
        return self._reason

    def explain(self, kind: str | None) -> str:
        """A problem kind as one short line for staff, in the interface language."""
        return {
            NO_OUTPUT: self.tr("No sound: no audio output device"),
            NO_AUDIO_SYSTEM: self.tr("No sound: the audio system is not installed"),
            NO_SPEECH: self.tr("Chime only: the speech engine is not working"),
            PLAYBACK: self.tr("No sound: playback failed"),
        }.get(kind or "", "")

    def set_hall(self, templates: LocalText | None, names: dict[int, LocalText]) -> None:
        """The hall's sentence per language and the counters' own names (the window keeps
        them current); calls announced from now on use them."""
        self._templates, self._names = templates, dict(names)

    @property
    def busy(self) -> bool:
        return self._queue.busy

    def announce(self, event_id: Hashable, number: str, counter: int | str, kind: str = "call",
                 committed_at: datetime | float | None = None) -> bool:
        """Queue one call event for speaking. False if it will not be spoken: then
        `skipped` says why, except for an event id already seen (a replayed event)."""
        if self._closing:
            return False
        return self._queue.submit(Call(event_id, number, counter, kind, committed_at)) is None

    def cancel(self, event_id: Hashable) -> bool:
        """Do not say a call that has not started yet (its customer left the counter)."""
        return self._queue.cancel(event_id)

    def close(self, timeout_ms: int = 30_000) -> None:
        """Stop taking calls and wait for renders in flight (call before the app quits)."""
        self._closing = True
        self._pool.waitForDone(timeout_ms)

    def _start_render(self, call: Call) -> None:
        if self.silent:   # nothing to render: the call only takes its turn
            QTimer.singleShot(0, self, lambda: self._queue.rendered(call.event_id, Path(os.devnull)))
            return
        # Taken now, on the GUI thread: the pool thread must not read what set_hall replaces.
        names = self._names.get(int(call.counter)) if str(call.counter).isdigit() else None
        templates = self._templates
        self._pool.start(lambda: self._render(call, templates, names))

    def _render(self, call: Call, templates: LocalText | None = None, names: LocalText | None = None) -> None:
        # On a pool thread: no Qt objects touched here but the signal.
        result, error = None, None
        try:
            result = announcement.compose(call.number, call.counter, self._config, synth=self._synth,
                                          templates=templates, names=names)
        except SpeechError as exc:
            error = str(exc)
            try:  # the chime alone still makes people look at the screen
                result = announcement.chime_only()
            except Exception:
                log.exception("cannot write the chime")
        except Exception as exc:
            log.exception("cannot render the announcement of %s", call)
            error = str(exc)
        try:
            self._rendered.emit(call.event_id, result, error)
        except RuntimeError:
            pass  # the Announcer was deleted while this render ran

    def _on_rendered(self, event_id, result, error) -> None:
        if error:
            log.warning("no speech: %s", error)
            self._report(NO_SPEECH)
        if result is not None:
            self._queue.rendered(event_id, result.path, getattr(result, "once", None))
        else:
            self._queue.render_failed(event_id, error or "no audio")

    def _on_playback_failed(self, message: str) -> None:
        log.warning("no sound: %s", message)
        self._report(PLAYBACK)

    def _report(self, kind: str) -> None:
        if kind not in self._reported:  # once per cause, not once per call
            self._reported.add(kind)
            self.unavailable.emit(kind)


class HoldingSink(QObject):
    """A sink whose every play lasts at least `seconds`: the queue moves on no sooner."""

    def __init__(self, sink, seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self._sink, self._ms = sink, round(seconds * 1000)

    def play(self, wav: Path, done: Callable[[], None]) -> None:
        started = time.monotonic()

        def ended() -> None:
            left = self._ms - round((time.monotonic() - started) * 1000)
            if left > 0:   # precise: a coarse timer may fire early, and the minimum is a promise
                timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
                timer.timeout.connect(done)
                timer.timeout.connect(timer.deleteLater)
                timer.start(left)
            else:
                done()
        self._sink.play(wav, ended)


class _Relay(Listener):
    """The queue's reports, as the Announcer's signals."""

    def __init__(self, announcer: Announcer):
        self._a = announcer

    def started(self, call: Call) -> None:
        self._a.started.emit(call.event_id)

    def playing(self, call: Call) -> None:
        self._a.first_sample.emit(call.event_id)

    def finished(self, call: Call) -> None:
        self._a.finished.emit(call.event_id)

    def skipped(self, call: Call, reason: str) -> None:
        self._a.skipped.emit(call.event_id, reason)

    def failed(self, call: Call, reason: str) -> None:
        log.warning("announcement of %s failed: %s", call, reason)
