from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from queuedesk.voice.queue import (
    ALREADY_WAITING,
    DUPLICATE,
    STALE,
    AnnouncementQueue,
    Call,
    Listener,
)


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


class FakeSink:
    """Plays nothing; the test decides when each WAV ends."""

    def __init__(self, instant=False):
        self.instant = instant
        self.played: list[Path] = []
        self.done = None

    def play(self, wav, done):
        assert self.done is None, "two announcements at once"
        self.played.append(wav)
        if self.instant:
            done()
        else:
            self.done = done

    def end(self):
        done, self.done = self.done, None
        done()


class Recorder(Listener):
    def __init__(self):
        self.log = []

    def started(self, call):
        self.log.append(("started", call.event_id))

    def playing(self, call):
        self.log.append(("playing", call.event_id))

    def finished(self, call):
        self.log.append(("finished", call.event_id))

    def failed(self, call, reason):
        self.log.append(("failed", call.event_id))

    def skipped(self, call, reason):
        self.log.append(("skipped", call.event_id, reason))


def wav_for(call):
    return Path(f"/wav/{call.event_id}.wav")


@pytest.fixture
def clock():
    return Clock()


def make(clock, sink=None, render="sync", max_age=60):
    """render='sync' answers at once; 'manual' leaves rendering to the test."""
    sink = sink or FakeSink()
    recorder = Recorder()
    requested = []

    def render_fn(call):
        requested.append(call)
        if render == "sync":
            q.rendered(call.event_id, wav_for(call))

    q = AnnouncementQueue(sink, render_fn, max_age_seconds=max_age, clock=clock, listener=recorder)
    return q, sink, recorder, requested


def call(event_id, number="A001", counter=1, kind="call", at=None, clock=None):
    return Call(event_id, number, counter, kind, at if at is not None else clock.now)


def test_plays_one_at_a_time_in_call_order(clock):
    q, sink, rec, _ = make(clock)
    for i in range(1, 4):
        assert q.submit(call(i, f"A00{i}", i, clock=clock)) is None
    assert sink.played == [Path("/wav/1.wav")]
    assert [c.event_id for c in q.pending] == [2, 3]
    sink.end()
    assert sink.played[-1] == Path("/wav/2.wav")
    sink.end()
    sink.end()
    assert sink.played == [Path(f"/wav/{i}.wav") for i in (1, 2, 3)]
    assert rec.log == [(e, i) for i in (1, 2, 3) for e in ("started", "playing", "finished")]
    assert not q.busy


def test_order_is_commit_order_even_if_events_arrive_late(clock):
    q, sink, rec, _ = make(clock)
    q.submit(call(1, "A001", at=clock.now, clock=clock))        # playing
    q.submit(call(3, "A003", at=clock.now - 1, clock=clock))
    q.submit(call(2, "A002", at=clock.now - 2, clock=clock))    # committed before 3
    sink.end()
    sink.end()
    sink.end()
    assert [p.stem for p in sink.played] == ["1", "2", "3"]


def test_same_event_twice_is_spoken_once(clock):
    q, sink, rec, requested = make(clock)
    assert q.submit(call(7, clock=clock)) is None
    assert q.submit(call(7, clock=clock)) == DUPLICATE
    sink.end()
    assert q.submit(call(7, clock=clock)) == DUPLICATE   # also after it was spoken
    assert len(sink.played) == 1 and len(requested) == 1


def test_stale_calls_are_dropped_on_arrival_without_rendering(clock):
    q, sink, rec, requested = make(clock, max_age=60)
    assert q.submit(call(1, at=clock.now - 61, clock=clock)) == STALE
    assert q.submit(call(2, "A002", at=clock.now - 59, clock=clock)) is None
    assert [c.event_id for c in requested] == [2]
    assert rec.log[0] == ("skipped", 1, STALE)


def test_a_backlog_does_not_become_a_minute_of_chatter(clock):
    q, sink, rec, _ = make(clock, max_age=60)
    for i in range(1, 6):
        q.submit(call(i, f"A00{i}", i, clock=clock))
    clock.now += 61              # the first announcement took (or hung) that long
    sink.end()
    assert sink.played == [Path("/wav/1.wav")]
    assert [entry for entry in rec.log if entry[0] == "skipped"] == [("skipped", i, STALE) for i in range(2, 6)]
    assert not q.busy and q.pending == []


def test_datetimes_are_accepted(clock):
    q, sink, rec, _ = make(clock)
    now = datetime.fromtimestamp(clock.now, timezone.utc)
    assert q.submit(Call(1, "A001", 1, "call", now - timedelta(seconds=5))) is None
    assert q.submit(Call(2, "A002", 1, "call", now - timedelta(minutes=5))) == STALE


def test_a_recall_is_announced_again(clock):
    q, sink, rec, _ = make(clock)
    q.submit(call(1, "A001", 3, clock=clock))
    sink.end()
    assert q.submit(call(2, "A001", 3, kind="recall", clock=clock)) is None
    sink.end()
    assert [p.stem for p in sink.played] == ["1", "2"]


def test_a_recall_while_the_call_is_playing_follows_it(clock):
    q, sink, rec, _ = make(clock)
    q.submit(call(1, "A001", 3, clock=clock))
    assert q.submit(call(2, "A001", 3, kind="recall", clock=clock)) is None
    sink.end()
    sink.end()
    assert [p.stem for p in sink.played] == ["1", "2"]


def test_a_recall_of_a_call_still_waiting_adds_nothing(clock):
    q, sink, rec, _ = make(clock)
    q.submit(call(1, "B007", 2, clock=clock))
    q.submit(call(2, "A001", 3, clock=clock))
    assert q.submit(call(3, "A001", 3, kind="recall", clock=clock)) == ALREADY_WAITING


def test_waits_for_the_render_of_the_head_even_if_later_ones_are_ready(clock):
    q, sink, rec, requested = make(clock, render="manual")
    q.submit(call(1, "A001", clock=clock))
    q.submit(call(2, "A002", clock=clock))
    assert [c.event_id for c in requested] == [1, 2]      # both render ahead
    q.rendered(2, wav_for(requested[1]))
    assert sink.played == [] and rec.log == [("started", 1)]
    q.rendered(1, wav_for(requested[0]))
    assert sink.played == [Path("/wav/1.wav")]
    sink.end()
    assert sink.played[-1] == Path("/wav/2.wav")


def test_a_failed_render_finishes_the_call_and_moves_on(clock):
    q, sink, rec, requested = make(clock, render="manual")
    q.submit(call(1, "A001", clock=clock))
    q.submit(call(2, "A002", clock=clock))
    q.render_failed(1, "no voice")
    q.rendered(2, Path("/wav/2.wav"))
    assert rec.log[:4] == [("started", 1), ("failed", 1), ("finished", 1), ("started", 2)]
    assert sink.played == [Path("/wav/2.wav")]


def test_a_sink_that_finishes_at_once_does_not_recurse(clock):
    q, sink, rec, _ = make(clock, sink=FakeSink(instant=True))
    for i in range(1, 300):
        q.submit(call(i, f"A{i:03}", 1 + i % 7, clock=clock))
    assert len(sink.played) == 299 and not q.busy


def test_a_broken_sink_does_not_stall_the_queue(clock):
    class Broken(FakeSink):
        def play(self, wav, done):
            raise OSError("device gone")

    q, sink, rec, _ = make(clock, sink=Broken())
    q.submit(call(1, "A001", clock=clock))
    q.submit(call(2, "A002", clock=clock))
    assert ("finished", 2) in rec.log and not q.busy


def test_late_or_repeated_done_is_ignored(clock):
    q, sink, rec, _ = make(clock)
    q.submit(call(1, "A001", clock=clock))
    q.submit(call(2, "A002", clock=clock))
    first_done = sink.done
    sink.end()
    first_done()                                        # a second done() for call 1
    assert sink.played[-1] == Path("/wav/2.wav") and sink.done is not None


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        Call(1, "A001", 1, "shout", 0.0)
