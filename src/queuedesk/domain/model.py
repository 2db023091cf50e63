"""Tickets, business types (services), counters and staff, with their state rules.

A ticket's life:

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       ▲                │  ▲               │
       │ (transfer:     │  └─recall        ├─park──▶ parked ──unpark──▶ called
       │  new ticket    ├─no_show          └─transfer──▶ transferred
       │  at the head)  └─park / transfer
    cancelled ◀── waiting | parked         expired ◀── end of day
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time

from queuedesk.domain.errors import InvalidTransition, NotAllowed, QueueError
from queuedesk.domain.languages import LocalText


class Priority(str, enum.Enum):
    NORMAL = "normal"
    PRIORITY = "priority"        # elderly, disabled, pregnant, military: by law
    VIP = "vip"
    APPOINTMENT = "appointment"  # booked and arriving in their slot
    EMERGENCY = "emergency"      # green channel: jumps every queue


class TicketState(str, enum.Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TRANSFERRED = "transferred"
    EXPIRED = "expired"          # still open when the business day closed


#: A ticket in one of these states is at a counter (it is that counter's "current").
AT_COUNTER = (TicketState.CALLED, TicketState.SERVING)
#: A ticket in one of these states needs nothing more from anyone.
FINAL = (TicketState.DONE, TicketState.NO_SHOW, TicketState.CANCELLED,
         TicketState.TRANSFERRED, TicketState.EXPIRED)


class CounterState(str, enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"


class Role(str, enum.Enum):
    ADMIN = "admin"
    MANAGER = "manager"
    TELLER = "teller"


class Channel(str, enum.Enum):
    KIOSK = "kiosk"
    CLI = "cli"
    APPOINTMENT = "appointment"


@dataclass(frozen=True)
class OpeningHours:
    """Periods of the business day in which tickets are issued, e.g. 08:00–11:30, 14:00–17:00."""

    periods: tuple[tuple[time, time], ...] = ((time(0, 0), time(23, 59, 59)),)

    def is_open_at(self, moment: time) -> bool:
        return any(start <= moment <= end for start, end in self.periods)

    def describe(self) -> str:
        return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in self.periods)

    @classmethod
    def parse(cls, text: str) -> "OpeningHours":
        """'08:00-11:30,14:00-17:00' → OpeningHours; '' means all day."""
        if not text or not text.strip():
            return cls()
        periods = []
        for part in text.split(","):
            try:
                start, end = (time.fromisoformat(p.strip()) for p in part.split("-"))
            except ValueError:
                raise ValueError(f"bad opening hours {part!r}; use HH:MM-HH:MM[,HH:MM-HH:MM]") from None
            if end <= start:
                raise ValueError(f"bad opening hours {part!r}: ends before it starts")
            periods.append((start, end))
        return cls(tuple(periods))

    def __str__(self) -> str:
        return self.describe()


@dataclass
class Service:
    """A business type (业务类型): what a customer picks at the kiosk."""

    code: str
    names: LocalText                  # per language; see domain.languages for the fallbacks
    prefix: str
    number_width: int = 3
    hours: OpeningHours = field(default_factory=OpeningHours)
    daily_cap: int | None = None
    target_wait_min: float = 10.0
    max_wait_min: float = 20.0
    expected_service_min: float = 5.0
    enabled: bool = True

    def name(self, lang: str) -> str:
        return self.names.text(lang)

    def refusal(self, at: time, issued_today: int) -> "Refusal | None":
        """Why this service cannot take a ticket now, or None when it can."""
        if not self.enabled:
            return Refusal("disabled", "disabled")
        if not self.hours.is_open_at(at):
            return Refusal("hours", f"outside opening hours ({self.hours.describe()})")
        if self.daily_cap is not None and issued_today >= self.daily_cap:
            return Refusal("cap", f"daily cap of {self.daily_cap} reached")
        return None


class Refusal(str):
    """Why a service takes no ticket now: the English text, with its `kind` (disabled,
    hours or cap) for clients that say it in their own words."""

    kind: str

    def __new__(cls, kind: str, text: str) -> "Refusal":
        refusal = super().__new__(cls, text)
        refusal.kind = kind
        return refusal


@dataclass
class Counter:
    """A counter (窗口): what the lobby screen calls "3号窗口".

    Its state rules: a teller signs in (one counter at a time) and it opens; it pauses
    only while open and with a reason, resumes only while paused, and closes (or its
    teller signs out) only with nobody at it. Whoever acts on it must be the teller
    signed in there.
    """

    number: int
    services: list[str]               # service codes, in the order this counter prefers them
    names: LocalText = field(default_factory=LocalText)   # none: clients say "3号窗口" in their language
    state: CounterState = CounterState.CLOSED
    pause_reason: str | None = None
    staff: str | None = None          # user name signed in

    @property
    def is_open(self) -> bool:
        return self.state is CounterState.OPEN

    def require_holder(self, user: str | None) -> None:
        """`user` acts here: they must be the one signed in (None: an administrator's script)."""
        if user is not None and self.staff != user:
            raise NotAllowed(f"{user} is not signed in at counter {self.number}", "not_signed_in",
                             user=user, counter=self.number)

    def _require_state(self, verb: str, *states: CounterState) -> None:
        if self.state not in states:
            raise QueueError(f"counter {self.number} is {self.state.value}; cannot {verb}", "counter_state",
                             counter=self.number, state=self.state.value, action=verb)

    def open(self, staff: str | None = None) -> None:
        self._require_state("open", CounterState.CLOSED, CounterState.OPEN)
        if staff is not None:
            self.staff = staff
        self.state, self.pause_reason = CounterState.OPEN, None

    def pause(self, reason: str) -> None:
        if not reason or not reason.strip():
            raise QueueError("pausing a counter needs a reason", "pause_needs_reason")
        self._require_state("pause", CounterState.OPEN)
        self.state, self.pause_reason = CounterState.PAUSED, reason.strip()

    def resume(self) -> None:
        self._require_state("resume", CounterState.PAUSED)
        self.state, self.pause_reason = CounterState.OPEN, None

    def close(self, current: "Ticket | None") -> None:
        """Closed with nobody at it; the teller stays signed to it until they sign out."""
        self._require_idle(current)
        self.state, self.pause_reason = CounterState.CLOSED, None

    def sign_in(self, user: str, elsewhere: list[int]) -> None:
        """`elsewhere`: other counters `user` holds open. One teller, one counter: their
        figures and calls must not mix."""
        if self.staff and self.staff != user and self.state is not CounterState.CLOSED:
            raise NotAllowed(f"counter {self.number} is in use by {self.staff}", "counter_in_use",
                             counter=self.number, user=self.staff)
        if elsewhere:
            raise NotAllowed(f"{user} is already signed in at counter {elsewhere[0]}", "signed_in_elsewhere",
                             user=user, counter=elsewhere[0])
        self.staff, self.state, self.pause_reason = user, CounterState.OPEN, None

    def sign_out(self, user: str, current: "Ticket | None") -> None:
        self.require_holder(user)
        self._require_idle(current)
        self.staff, self.state, self.pause_reason = None, CounterState.CLOSED, None

    def end_of_day(self) -> bool:
        """Close and sign out for the night; True if anything changed."""
        changed = self.state is not CounterState.CLOSED or self.staff is not None
        self.staff, self.state, self.pause_reason = None, CounterState.CLOSED, None
        return changed

    def _require_idle(self, current: "Ticket | None") -> None:
        if current is not None:
            raise QueueError(f"counter {self.number} still has {current.number} ({current.state.value}); "
                             f"finish or transfer it first", "counter_busy", counter=self.number,
                             ticket=current.number)


@dataclass
class Ticket:
    number: str
    service: str
    business_date: date
    token: str
    issued_at: datetime
    priority: Priority = Priority.NORMAL
    state: TicketState = TicketState.WAITING
    channel: Channel = Channel.CLI
    id: int | None = None
    sequence: int = 0
    called_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    counter: int | None = None        # counter now (or last) responsible
    staff: str | None = None
    recalls: int = 0
    note: str | None = None
    transferred_from: int | None = None   # id of the ticket this one continues
    target_counter: int | None = None     # transferred to one counter: only it may call
    queued_at: datetime | None = None     # when it (re)joined a queue; routing's "oldest"
    head_of_queue: bool = False           # transferred in: keeps its place at the head
    estimated_wait_min: float | None = None  # what the customer was told at issue
    first_called_at: datetime | None = None   # the wait ends here; a parked ticket called back keeps it

    # -- transitions: each checks the state it starts from and stamps its time --------

    def _require(self, action: str, *states: TicketState) -> None:
        if self.state not in states:
            raise InvalidTransition(self.number, self.state.value, action)

    def call(self, counter: int, staff: str | None, now: datetime) -> None:
        self._require("call", TicketState.WAITING)
        self.state = TicketState.CALLED
        self.counter, self.staff, self.called_at = counter, staff, now
        self.first_called_at = self.first_called_at or now

    def recall(self) -> None:
        self._require("recall", TicketState.CALLED)
        self.recalls += 1

    def start(self, now: datetime) -> None:
        self._require("start service", TicketState.CALLED)
        self.state = TicketState.SERVING
        self.started_at = now

    def finish(self, now: datetime) -> None:
        self._require("finish", *AT_COUNTER)
        if self.started_at is None:       # served straight from the call
            self.started_at = self.called_at
        self.state = TicketState.DONE
        self.finished_at = now

    def no_show(self, now: datetime) -> None:
        self._require("mark no-show", TicketState.CALLED)
        self.state = TicketState.NO_SHOW
        self.finished_at = now

    def park(self) -> None:
        self._require("park", *AT_COUNTER)
        self.state = TicketState.PARKED

    def unpark(self, counter: int, staff: str | None, now: datetime) -> None:
        self._require("un-park", TicketState.PARKED)
        self.state = TicketState.CALLED
        self.counter, self.staff, self.called_at = counter, staff, now

    def cancel(self, now: datetime) -> None:
        self._require("cancel", TicketState.WAITING, TicketState.PARKED)
        self.state = TicketState.CANCELLED
        self.finished_at = now

    def hand_over(self, now: datetime) -> None:
        """This visit continues on another ticket (same number) at another queue."""
        self._require("transfer", *AT_COUNTER)
        if self.started_at is None:
            self.started_at = self.called_at
        self.state = TicketState.TRANSFERRED
        self.finished_at = now

    def expire(self, now: datetime) -> None:
        if self.state in FINAL:
            raise InvalidTransition(self.number, self.state.value, "expire")
        self.state = TicketState.EXPIRED
        self.finished_at = now

    # -- derived figures ------------------------------------------------------------

    def waited_min(self, now: datetime) -> float:
        """Minutes in this queue until called (or until now, while still waiting).

        A transferred ticket counts from when it joined this queue, not from its first issue;
        a parked ticket called back still waited only until its first call.
        """
        called = self.first_called_at or self.called_at
        end = called if called and self.state is not TicketState.WAITING else now
        return max(0.0, (end - (self.queued_at or self.issued_at)).total_seconds() / 60)

    def service_min(self) -> float | None:
        if self.finished_at is None or self.started_at is None:
            return None
        return max(0.0, (self.finished_at - self.started_at).total_seconds() / 60)


#: The hall's own texts, each kept per language: the branch name (tickets, screens), the
#: notice that scrolls along the lobby screen, and the footer printed on every ticket.
HALL_TEXTS = ("branch_name", "notice", "footer")
#: Longest texts the store keeps: a name, and a hall text.
NAME_MAX, HALL_TEXT_MAX = 100, 500


def check_texts(what: str, texts: LocalText, limit: int) -> None:
    """A text the hall keeps must fit; a refusal names the language it is in."""
    for lang, text in texts.items():
        if len(text) > limit:
            raise QueueError(f"{what} ({lang}) is {len(text)} characters; at most {limit}", "text_too_long",
                             what=what, lang=lang, limit=limit)


@dataclass
class Staff:
    user: str
    name: str
    role: Role
    staff_number: str | None = None
