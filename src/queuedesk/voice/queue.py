"""Which call is announced when: one at a time, in call order, none twice, none stale.

Plain Python, driven by whoever owns it (the Qt Announcer, or a test):

    submit(call)      a call event arrived; its WAV is requested at once (render ahead)
    rendered(id, wav) / render_failed(id, reason)   the render came back
    sink.play(wav, done)                            the queue hands over one WAV at a time

A call older than `max_age_seconds` is shown on screen but not spoken, so a backlog
(a display restarting mid-morning, a network hiccup) never becomes a minute of
chatter. When calls pile up (another is waiting when one's turn comes), each is said
once instead of voice.repeat times, so the hall hears every call while it is fresh.
Every started call gets exactly one `finished`; a call never started gets one
`skipped` with the reason.
"""
from __future__ import annotations

import bisect
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Callable, Hashable, Protocol

log = logging.getLogger(__name__)

KINDS = ("call", "recall")
DUPLICATE = "duplicate event"
STALE = "too old to announce"
ALREADY_WAITING = "the same call is already waiting"
CANCELLED = "no longer at the counter"
# Event ids remembered for de-duplication: a busy hall's whole day.
MEMORY = 20_000


@dataclass(frozen=True)
class Call:
    event_id: Hashable
    number: str
    counter: int | str
    kind: str = "call"
    committed_at: datetime | float | None = None   # None: now

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown call kind {self.kind!r}; use call or recall")


class Sink(Protocol):
    def play(self, wav: Path, done: Callable[[], None]) -> None:
        """Start playing wav; call done() once when it has finished (or failed)."""


class Listener:
    """What the queue reports; override what you need."""

    def started(self, call: Call) -> None: ...
    def playing(self, call: Call) -> None: ...          # the WAV was handed to the sink
    def finished(self, call: Call) -> None: ...
    def failed(self, call: Call, reason: str) -> None: ...  # before its finished
    def skipped(self, call: Call, reason: str) -> None: ...


@dataclass(order=True)
class _Item:
    at: float
    seq: int
    call: Call = field(compare=False)
    wav: Path | None = field(default=None, compare=False)
    once: Path | None = field(default=None, compare=False)     # said once, for a backlog
    error: str | None = field(default=None, compare=False)
    playing: bool = field(default=False, compare=False)


class AnnouncementQueue:
    def __init__(self, sink: Sink, render: Callable[[Call], None], *, max_age_seconds: float = 60.0,
                 clock: Callable[[], float] = time.time, listener: Listener | None = None):
        self._sink = sink
        self._render = render
        self.max_age_seconds = max_age_seconds
        self._clock = clock
        self._listener = listener or Listener()
        self._waiting: list[_Item] = []
        self._current: _Item | None = None
        self._by_id: dict[Hashable, _Item] = {}
        self._seen: OrderedDict[Hashable, None] = OrderedDict()
        self._seq = 0
        self._pumping = False

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def pending(self) -> list[Call]:
        """Calls not yet started, in the order they will be announced."""
        return [item.call for item in self._waiting]

    def submit(self, call: Call) -> str | None:
        """Queue a call: None if it will be announced, else why not."""
        if call.event_id in self._seen:
            return DUPLICATE
        self._seen[call.event_id] = None
        while len(self._seen) > MEMORY:
            self._seen.popitem(last=False)
        reason = None
        at = self._timestamp(call.committed_at)
        if self._is_stale(at):
            reason = STALE
        elif any(_same_call(item.call, call) for item in self._waiting):
            # A recall pressed while the first call still waits adds nothing to say.
            reason = ALREADY_WAITING
        if reason:
            self._listener.skipped(call, reason)
            return reason
        self._seq += 1
        item = _Item(at, self._seq, call)
        bisect.insort(self._waiting, item)  # call order even if events arrive out of order
        self._by_id[call.event_id] = item
        self._render(call)
        self._pump()
        return None

    def cancel(self, event_id: Hashable) -> bool:
        """Drop a call that has not started (its customer left the counter meanwhile):
        True if it was waiting, and then it is reported skipped."""
        item = self._by_id.get(event_id)
        if item is None or item not in self._waiting:
            return False
        self._waiting.remove(item)
        self._forget(item)
        self._listener.skipped(item.call, CANCELLED)
        return True

    def rendered(self, event_id: Hashable, wav: Path, once: Path | None = None) -> None:
        item = self._by_id.get(event_id)
        if item is not None and item.wav is None and item.error is None:
            item.wav = Path(wav)
            item.once = Path(once) if once else None
            self._pump()

    def render_failed(self, event_id: Hashable, reason: str) -> None:
        item = self._by_id.get(event_id)
        if item is not None and item.wav is None and item.error is None:
            item.error = reason
            self._pump()

    def _pump(self) -> None:
        # The sink may call done() from inside play(); the loop below picks that up
        # instead of recursing.
        if self._pumping:
            return
        self._pumping = True
        try:
            while self._step():
                pass
        finally:
            self._pumping = False

    def _step(self) -> bool:
        """Move the queue on by one state; False when there is nothing to do now."""
        if self._current is None:
            if not self._waiting:
                return False
            item = self._waiting.pop(0)
            if self._is_stale(item.at):
                self._forget(item)
                self._listener.skipped(item.call, STALE)
                return True
            self._current = item
            self._listener.started(item.call)
            return True
        item = self._current
        if item.playing:
            return False
        if item.error is not None:
            self._listener.failed(item.call, item.error)
            self._end(item)
            return True
        if item.wav is None:
            return False  # still rendering
        item.playing = True
        self._listener.playing(item.call)
        # Others are waiting: say this one once, so none of them goes stale meanwhile.
        wav = item.once if self._waiting and item.once is not None else item.wav
        try:
            self._sink.play(wav, partial(self._done, item))
        except Exception as exc:  # a broken sink must not stall the hall's queue
            log.exception("announcement sink failed")
            if self._current is item:
                self._listener.failed(item.call, str(exc))
                self._end(item)
        return True

    def _done(self, item: _Item) -> None:
        if self._current is item:  # ignores a second done() for the same call
            self._end(item)
            self._pump()

    def _end(self, item: _Item) -> None:
        self._current = None
        self._forget(item)
        self._listener.finished(item.call)

    def _forget(self, item: _Item) -> None:
        self._by_id.pop(item.call.event_id, None)

    def _timestamp(self, value: datetime | float | None) -> float:
        if value is None:
            return self._clock()
        if isinstance(value, datetime):
            return value.timestamp()  # a naive datetime is taken as local time
        return float(value)

    def _is_stale(self, at: float) -> bool:
        return self._clock() - at > self.max_age_seconds


def _same_call(a: Call, b: Call) -> bool:
    return str(a.number) == str(b.number) and str(a.counter) == str(b.counter)
