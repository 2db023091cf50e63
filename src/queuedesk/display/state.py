"""What the lobby screen shows, as plain data fed by the engine's events.

No Qt and no database here: the window restores a `DisplayState` from a start-up
snapshot, then hands it each batch of live events and redraws what `apply` says changed.
Tested in microseconds (tests/display/test_state.py).

Only ticket numbers, counters, business types and counts are kept: the screen faces
the hall, so nothing about a person (name, staff user) ever enters this model.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from queuedesk.domain import events
from queuedesk.domain.events import Event

# Events after which the screen asks the engine for the counts again: set-up changes and
# the end of the day carry none. (Every ticket event carries the count of its queue after
# it, a transfer that of its new queue too: domain.events.Event.counts.)
RECOUNT = (events.DayClosed, *events.SERVICES_CHANGED)


@dataclass(frozen=True)
class Call:
    number: str
    counter: int
    at: datetime | None = None      # when it was called (None: not known after a restart)
    kind: str = "call"              # call | recall
    event_id: int | None = None
    service: str | None = None


@dataclass
class Change:
    """What one batch of events changed, for the window to redraw and announce."""
    calls: list[Call] = field(default_factory=list)   # new calls and recalls, oldest first
    board: bool = False          # the calls in progress changed
    recent: bool = False
    waiting: bool = False
    recount: bool = False        # ask the engine for the waiting counts

    def __bool__(self) -> bool:
        return bool(self.calls or self.board or self.recent or self.waiting or self.recount)


def call_of(event: events.TicketCalled | events.TicketRecalled) -> Call:
    """A call event as the screen shows it (the catalogue makes sure it has a counter)."""
    return Call(number=event.ticket_number, counter=event.counter, at=event.at,
                kind="recall" if isinstance(event, events.TicketRecalled) else "call", event_id=event.id,
                service=event.service)


class DisplayState:
    def __init__(self, recent_size: int = 6):
        self.recent_size = max(0, recent_size)
        self.current: dict[int, Call] = {}     # counter → its call in progress
        self.recent: list[Call] = []           # newest first, one entry per ticket and counter
        self.waiting: dict[str, int] = {}      # service code → customers waiting
        self.last_id = 0

    # -- reading ----------------------------------------------------------------------------

    def in_progress(self) -> list[Call]:
        """Calls in progress, newest first (a call whose time is unknown goes last, by counter)."""
        return sorted(self.current.values(), key=_newest_first)

    def newest(self) -> Call | None:
        calls = self.in_progress()
        return calls[0] if calls else None

    # -- start-up ---------------------------------------------------------------------------

    def restore(self, current: Iterable[tuple[int, str]], calls: Iterable[Event],
                waiting: dict[str, int], last_id: int) -> None:
        """The state at event `last_id`: `current` is (counter, ticket number) for every
        counter with a ticket called or being served; `calls` are the day's call events
        (oldest first) that give the recent list and the time of each current call."""
        self.current.clear()
        self.recent.clear()
        latest: dict[tuple[str, int], Call] = {}
        for event in calls:
            if isinstance(event, events.CALLS):
                call = call_of(event)
                latest[(call.number, call.counter)] = call
                self._remember(call)
        for counter, number in current:
            if number:
                self.current[counter] = latest.get((number, counter), Call(number, counter))
        self.waiting = dict(waiting)
        self.last_id = last_id

    def set_waiting(self, waiting: dict[str, int]) -> bool:
        changed = waiting != self.waiting
        self.waiting = dict(waiting)
        return changed

    # -- live -------------------------------------------------------------------------------

    def apply(self, batch: Iterable[Event]) -> Change:
        change = Change()
        for event in batch:
            if event.id <= self.last_id:
                continue   # already in the snapshot, or delivered twice
            self.last_id = event.id
            self._apply_one(event, change)
        return change

    def _apply_one(self, event: Event, change: Change) -> None:
        if isinstance(event, events.CALLS):
            call = call_of(event)
            # The same ticket cannot be at two counters: drop it wherever else it shows.
            for counter, other in list(self.current.items()):
                if other.number == call.number and counter != call.counter:
                    del self.current[counter]
            self.current[call.counter] = call
            self._remember(call)
            change.calls.append(call)
            change.board = change.recent = True
        elif isinstance(event, events.LEAVES_COUNTER):
            for counter, call in list(self.current.items()):
                if call.number == event.ticket_number and event.counter in (None, counter):
                    del self.current[counter]
                    change.board = True
        elif isinstance(event, events.DayClosed) and (self.current or self.recent):
            # A new business day: numbering restarts, yesterday's calls mean nothing.
            self.current.clear()
            self.recent.clear()
            change.board = change.recent = True
        if isinstance(event, events.TicketEvent):
            if isinstance(event, events.TicketTransferred) and event.to_waiting is None:
                change.recount = True          # it fills another queue, and does not say how much
            # Each queue the event tells the waiting count of (Event.counts).
            for service, count in ((getattr(event, svc), getattr(event, field)) for field, svc in event.counts):
                if count is None:
                    continue
                if service not in self.waiting:
                    change.recount = True      # a business type we have no name for yet
                elif self.waiting[service] != count:
                    self.waiting[service] = count
                    change.waiting = True
        if isinstance(event, RECOUNT):
            change.recount = True

    def _remember(self, call: Call) -> None:
        # A recall moves the entry to the top instead of listing the number twice.
        self.recent = [c for c in self.recent if (c.number, c.counter) != (call.number, call.counter)]
        self.recent.insert(0, call)
        del self.recent[self.recent_size:]


def _newest_first(call: Call):
    known = call.at is not None
    return (not known, -(call.at.timestamp() if known else 0.0), call.counter)
