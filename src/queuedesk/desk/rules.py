"""Which desk actions apply in a given state. Plain Python, so it is tested without Qt.

The engine refuses whatever does not apply anyway; these rules only decide which buttons
are enabled, so a teller never clicks one that can only be refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from queuedesk.domain import events
from queuedesk.operations.info import CounterStatus, ServiceStatus, TicketInfo
from queuedesk.operations.queries import TellerDay
from queuedesk.operations.ratings import RatingDay

#: Every action of the desk, in the order the buttons are laid out ("pause" is pause,
#: resume or open, by the counter's state: see DeskState.pause_action).
ACTIONS = ("call_next", "recall", "start", "finish", "no_show",
           "transfer", "park", "unpark", "pick", "pause")
#: Actions with a button of their own outside the grid: 请评价 sits with the ratings.
SIDE_ACTIONS = ("ask_rating",)


@dataclass
class DeskState:
    """What the desk knows; the session replaces parts of it as answers arrive."""

    user: str | None = None
    staff_name: str | None = None
    counter_no: int | None = None
    counter: CounterStatus | None = None
    current: TicketInfo | None = None
    services: list[ServiceStatus] = field(default_factory=list)   # every service of the hall
    waiting: list[TicketInfo] = field(default_factory=list)       # the first ones callable here, in call order
    waiting_count: int = 0          # all who wait for this counter (the list holds the first HEAD_SHOWN)
    parked: list[TicketInfo] = field(default_factory=list)
    figures: TellerDay | None = None
    ratings: RatingDay | None = None   # read with the figures
    counters: list[CounterStatus] = field(default_factory=list)
    loaded_at: float = 0.0          # time.monotonic() of the last queue figures, for ticking
    online: bool = True
    problem: str | None = None      # why the database is unreachable
    max_recalls: int = 3
    finish_on_next: bool = True

    @property
    def counter_names(self) -> dict[str, str] | None:
        """The names the hall gave this desk's counter, once it is read."""
        return self.counter.names if self.counter is not None else None

    @property
    def signed_in(self) -> bool:
        return self.user is not None and self.counter is not None

    @property
    def my_services(self) -> list[ServiceStatus]:
        """The services this counter serves, in the counter's own order."""
        if self.counter is None:
            return []
        by_code = {s.code: s for s in self.services}
        return [by_code[c] for c in self.counter.services if c in by_code]

    @property
    def pause_action(self) -> str:
        """What the pause button does now: pause, resume, or open a closed counter."""
        state = self.counter.state if self.counter else "closed"
        return {"open": "pause", "paused": "resume"}.get(state, "open")


def available(state: DeskState) -> dict[str, bool]:
    """action → whether it applies now."""
    if not (state.signed_in and state.online):
        return {a: False for a in (*ACTIONS, *SIDE_ACTIONS)}
    counter_open = state.counter.state == "open"
    current = state.current.state if state.current else None
    at_counter = current in ("called", "serving")
    # Call next finishes the current ticket first only when the hall allows it.
    may_move_on = current is None or state.finish_on_next
    recalls = state.current.recalls if state.current else 0
    return {
        "call_next": counter_open and may_move_on and bool(state.waiting_count or state.waiting),
        "recall": current == "called" and recalls < state.max_recalls,
        "start": current == "called",
        "finish": at_counter,
        "no_show": current == "called",
        "transfer": at_counter,
        "park": at_counter,
        "unpark": counter_open and may_move_on and bool(state.parked),
        "pick": counter_open and may_move_on and bool(state.waiting_count or state.waiting),
        "pause": state.counter.state in ("open", "paused", "closed"),
        # Ask the customer just served to rate the visit, before the next one is called.
        "ask_rating": current is None and state.ratings is not None and state.ratings.askable is not None,
    }


def next_step(state: DeskState) -> str | None:
    """The action the teller most likely wants now, highlighted on the desk and the bar:
    open or resume a counter that is not taking customers, start the service of a customer
    who was called, finish one being served, call the next when the counter is free."""
    if not (state.signed_in and state.online):
        return None
    if state.counter.state != "open":
        return "pause"                   # its label says "Open counter" or "Resume"
    current = state.current.state if state.current else None
    if current == "called":
        return "start"
    if current == "serving":
        return "finish"
    return "call_next" if state.waiting else None


def can_sign_out(state: DeskState) -> bool:
    # The engine refuses to sign out with a customer at the counter; say so by disabling.
    return state.signed_in and state.online and state.current is None


# -- which parts of the picture an event makes stale ------------------------------------

#: Events that change who is waiting (counts, longest wait, the pick list).
_QUEUE_EVENTS = (events.TicketIssued, events.TicketCalled, events.TicketCancelled, events.TicketTransferred,
                 events.TicketExpired, events.TicketReturned, *events.SERVICES_CHANGED)
#: Events that change a teller's own figures of the day.
_FIGURE_EVENTS = (events.TicketFinished, events.TicketNoShow, events.TicketTransferred)
ALL_PARTS = frozenset({"counter", "queues", "parked", "figures", "counters"})


def stale_parts(batch, counter: int | None, user: str | None) -> set[str]:
    """The parts of the desk's picture that a batch of events may have changed.

    Only those are read again, so a busy hall does not make every desk reload everything
    on every ticket the kiosk prints.
    """
    parts: set[str] = set()
    for e in batch:
        mine = counter is not None and e.counter == counter
        if isinstance(e, events.DayClosed):
            return set(ALL_PARTS)
        if isinstance(e, events.RATINGS):
            if mine or (user is not None and e.staff == user):
                parts.add("figures")    # the ratings are read with the teller's figures
            continue
        if isinstance(e, _QUEUE_EVENTS):
            parts.add("queues")
        if isinstance(e, events.TicketEvent):
            if mine:
                parts.update(("counter", "parked"))
            if isinstance(e, _FIGURE_EVENTS) and user is not None and e.staff == user:
                parts.add("figures")
        elif isinstance(e, events.CounterEvent):
            parts.add("counters")
            if mine:
                parts.add("counter")
    return parts
