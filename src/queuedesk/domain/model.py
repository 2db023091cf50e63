"""Tickets, business types (services), counters and staff, with their state rules.

A ticket's life:

    waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
       ▲  ▲             │  ▲               │
       │  └─────────────┤  └─recall        ├─park──▶ parked ──unpark──▶ called
       │ (transfer:     │ return to queue  └─transfer──▶ transferred
       │  new ticket    │ (the counter went away)
       │  at the head)  ├─no_show
       │                └─park / transfer
    cancelled ◀── waiting | parked         expired ◀── end of day
"""
from __future__ import annotations

import enum
import string
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from queuedesk.domain import limits
from queuedesk.domain.access import Role  # noqa: F401 - a staff member's role: the roles live in access
from queuedesk.domain.errors import InvalidTransition, NotAllowed, NotStarted, QueueError
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


class Channel(str, enum.Enum):
    KIOSK = "kiosk"
    CLI = "cli"
    APPOINTMENT = "appointment"
    CONSOLE = "console"          # issued by the lobby manager for a customer in front of them


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
        periods.sort()
        for (_, end), (start, _) in zip(periods, periods[1:]):
            if start <= end:
                raise ValueError(f"bad opening hours {text!r}: periods overlap")
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
    group: str | None = None          # code of its ServiceGroup (a kiosk tab), if any

    def name(self, lang: str) -> str:
        return self.names.text(lang)

    def checked(self) -> "Service":
        """This service with every field checked against domain.limits and normalised
        (codes upper-cased, names stripped); InvalidValue names the first bad field."""
        code = limits.code(self.code)
        names = limits.local_texts(self.names, f"name of service {code}")
        if not names:
            raise QueueError(f"service {code} needs a name in at least one language", "name_missing",
                             service=code)
        target = limits.minutes(self.target_wait_min, "target wait")
        maximum = limits.minutes(self.max_wait_min, "maximum wait")
        if maximum < target:
            raise limits.InvalidValue("maximum wait", f"at least the target wait ({target:g} min)", maximum)
        return replace(
            self, code=code, names=names, prefix=limits.prefix(self.prefix or code),
            group=None if self.group is None else limits.code(self.group, "group code"),
            number_width=limits.whole(self.number_width, "number width", *limits.WIDTH_RANGE),
            daily_cap=None if self.daily_cap is None else limits.whole(self.daily_cap, "daily cap",
                                                                       *limits.CAP_RANGE),
            target_wait_min=target, max_wait_min=maximum,
            expected_service_min=limits.minutes(self.expected_service_min, "expected service time"))

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


@dataclass(frozen=True)
class ServiceGroup:
    """A set of business types a kiosk shows under one tab ("个人" / "对公" / "其他"), in
    the hall's order. A hall without groups shows every service on one page."""

    code: str
    names: LocalText


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
    lease_until: datetime | None = None   # renewed by the teller's desk; None: no desk holds it

    @property
    def is_open(self) -> bool:
        return self.state is CounterState.OPEN

    def unattended(self, now: datetime) -> bool:
        """Held by a desk that stopped renewing its lease (crashed, switched off)."""
        return self.staff is not None and self.lease_until is not None and self.lease_until < now

    def serving(self, now: datetime) -> bool:
        """Open with someone there: what a wait estimate may count on."""
        return self.is_open and not self.unattended(now)

    def renew(self, user: str, now: datetime, lease: timedelta) -> None:
        """The desk of `user` is alive: hold the counter for `lease` more."""
        self.require_holder(user)
        self.lease_until = now + lease

    def require_holder(self, user: str | None) -> None:
        """`user` acts here: they must be the one signed in (None: an administrator's script)."""
        if user is not None and self.staff != user:
            raise NotAllowed(f"{user} is not signed in at counter {self.number}", "not_signed_in",
                             user=user, counter=self.number)

    def _require_state(self, verb: str, *states: CounterState) -> None:
        if self.state not in states:
            raise QueueError(f"counter {self.number} is {self.state.value}; cannot {verb}", "counter_state",
                             counter=self.number, state=self.state.value, action=verb)

    def open(self, staff: str | None = None, elsewhere: list[int] = ()) -> None:
        """`staff`: put at this counter by a manager; `elsewhere`, other counters they hold
        (one teller, one counter, as at sign-in)."""
        self._require_state("open", CounterState.CLOSED, CounterState.OPEN)
        if staff is not None:
            if elsewhere:
                raise NotAllowed(f"{staff} is already signed in at counter {elsewhere[0]}", "signed_in_elsewhere",
                                 user=staff, counter=elsewhere[0])
            self.staff = staff
        self.state, self.pause_reason = CounterState.OPEN, None

    def pause(self, reason: str) -> None:
        if not reason or not reason.strip():
            raise QueueError("pausing a counter needs a reason", "pause_needs_reason")
        reason = limits.text(reason, "pause reason", limits.NOTE_MAX)
        self._require_state("pause", CounterState.OPEN)
        self.state, self.pause_reason = CounterState.PAUSED, reason

    def resume(self) -> None:
        self._require_state("resume", CounterState.PAUSED)
        self.state, self.pause_reason = CounterState.OPEN, None

    def close(self, current: "Ticket | None") -> None:
        """Closed with nobody at it; the teller stays signed to it until they sign out."""
        self._require_idle(current)
        self.state, self.pause_reason = CounterState.CLOSED, None

    def sign_in(self, user: str, elsewhere: list[int], now: datetime, lease: timedelta | None) -> None:
        """`elsewhere`: other counters `user` holds open from a live desk. One teller, one
        counter: their figures and calls must not mix. A counter whose desk is gone may be
        taken over (the use case first hands its customer on, as at sign-out)."""
        if self.staff and self.staff != user and self.state is not CounterState.CLOSED \
                and not self.unattended(now):
            raise NotAllowed(f"counter {self.number} is in use by {self.staff}", "counter_in_use",
                             counter=self.number, user=self.staff)
        if elsewhere:
            raise NotAllowed(f"{user} is already signed in at counter {elsewhere[0]}", "signed_in_elsewhere",
                             user=user, counter=elsewhere[0])
        self.staff, self.state, self.pause_reason = user, CounterState.OPEN, None
        self.lease_until = now + lease if lease is not None else None

    def sign_out(self, user: str, current: "Ticket | None") -> None:
        self.require_holder(user)
        self._require_idle(current)
        self.release()

    def release(self) -> bool:
        """Closed, nobody signed in, no lease: the end of the day, or a desk that is gone.
        True if anything changed. Whoever is still at the counter is the caller's to hand on."""
        changed = self.state is not CounterState.CLOSED or self.staff is not None
        self.staff, self.state, self.pause_reason, self.lease_until = None, CounterState.CLOSED, None, None
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

    def move_to(self, service: str) -> None:
        """Taken for the wrong business type: now waits in `service`, with the same number
        and the same place (when it queued), so the mistake costs the customer nothing."""
        self._require("move", TicketState.WAITING)
        if service == self.service:
            raise QueueError(f"{self.number} is already in service {service}", "already_in_service",
                             ticket=self.number, service=service)
        self.service, self.target_counter = service, None

    def return_to_queue(self) -> None:
        """Called, but the counter went away before they arrived: back to the head of the
        queue with their number (one ticket, one visit), for another counter to call."""
        self._require("return to the queue", TicketState.CALLED)
        self.state, self.head_of_queue = TicketState.WAITING, True
        self.counter = self.staff = self.called_at = None   # their wait goes on from when they queued

    def expire(self, now: datetime) -> None:
        if self.state in FINAL:
            raise InvalidTransition(self.number, self.state.value, "expire")
        self.state = TicketState.EXPIRED
        self.finished_at = now

    # -- derived figures ------------------------------------------------------------

    def waited(self, now: datetime) -> timedelta:
        """How long in this queue until called (or until now, while still waiting).

        A transferred ticket counts from when it joined this queue, not from its first issue;
        a parked ticket called back still waited only until its first call.
        """
        called = self.first_called_at or self.called_at
        end = called if called and self.state is not TicketState.WAITING else now
        return max(timedelta(0), end - (self.queued_at or self.issued_at))

    def waited_min(self, now: datetime) -> float:
        return self.waited(now).total_seconds() / 60

    def service_time(self) -> timedelta | None:
        if self.finished_at is None or self.started_at is None:
            return None
        return max(timedelta(0), self.finished_at - self.started_at)

    def service_min(self) -> float | None:
        took = self.service_time()
        return None if took is None else took.total_seconds() / 60


def logged_minutes(took: timedelta | None) -> float | None:
    """A duration as the event log records it: minutes to two decimals, half up, reckoned
    in whole microseconds — exact, so SQL that records events gets the same figure
    (store.repositories.calls)."""
    if took is None:
        return None
    return (took // timedelta(microseconds=1) * 100 + 30_000_000) // 60_000_000 / 100


#: What call-next does with a customer who was called but never started (hall.call_next_on_called):
#: "ask": mark them no-show once the allowed recalls are used up, otherwise ask the teller;
#: "no_show": always mark them no-show. Never "served": nobody was.
CALL_NEXT_ON_CALLED = ("ask", "no_show")


def moving_on(current: Ticket, max_recalls: int, on_called: str = "ask", no_show_confirmed: bool = False) -> str:
    """How a counter moving on to its next customer ends `current`: "finish" for a
    customer being served, "no_show" for one who was called and never came forward (when
    the rule or the teller says so). Raises NotStarted when the teller must decide."""
    if current.state is TicketState.SERVING:
        return "finish"
    if current.state is not TicketState.CALLED:
        raise InvalidTransition(current.number, current.state.value, "move on from")
    if current.recalls >= no_show_after(max_recalls, on_called, no_show_confirmed):
        return "no_show"
    raise NotStarted(current.number, current.recalls)


def no_show_after(max_recalls: int, on_called: str = "ask", no_show_confirmed: bool = False) -> int:
    """`moving_on` for a called customer: marked no-show once recalled this many times
    (at once when the rule or the teller says so), before that the teller is asked."""
    return 0 if no_show_confirmed or on_called == "no_show" else max_recalls


#: The hall's own texts, each kept per language: the branch name (tickets, screens), the
#: notice that scrolls along the lobby screen, the footer printed on every ticket, and the
#: sentence the voice says for a call ("请 {number} 号到 {place} 就诊"; see voice.phrases).
HALL_TEXTS = ("branch_name", "notice", "footer", "voice")
#: What a voice sentence may name: the ticket, the counter's spoken name, its number.
VOICE_FIELDS = ("number", "place", "counter")


def check_voice_template(lang: str, template: str) -> None:
    """A voice sentence must name the ticket, and only the fields the voice fills in, each
    plain ({place}, never {place:…} or {place!r}: the spoken text is put in as it is)."""
    def refuse(why: str) -> QueueError:
        return QueueError(f"voice sentence ({lang}) {template!r}: use {{number}}, {{place}} and {{counter}} only "
                          f"({why})", "bad_voice_template", lang=lang)
    try:
        fields = [(name, spec, conversion) for _text, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None]
    except ValueError as exc:
        raise refuse(str(exc)) from None
    for name, spec, conversion in fields:
        if name not in VOICE_FIELDS:
            raise refuse(f"unknown field {{{name}}}")
        if spec or conversion:
            raise refuse(f"{{{name}}} takes nothing after its name")
    if "number" not in {name for name, _, _ in fields}:
        raise QueueError(f"voice sentence ({lang}) {template!r} does not say the ticket: add {{number}}",
                         "bad_voice_template", lang=lang)


@dataclass
class Staff:
    user: str
    name: str
    role: Role
    staff_number: str | None = None


#: Wrong passwords in a row that lock an account, and for how long.
LOCK_AFTER, LOCK_FOR = 5, timedelta(minutes=5)
#: The shortest password an account may have.
PASSWORD_MIN = 6


@dataclass
class Account:
    """A staff member's sign-in state: enabled or not, and the lockout after repeated
    wrong passwords (so a password cannot be guessed at the speed of a script)."""

    member: Staff
    active: bool = True
    failed_signins: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def failed(self, now: datetime) -> datetime | None:
        """A wrong password: returns when the account unlocks if this failure locked it."""
        self.failed_signins += 1
        if self.failed_signins >= LOCK_AFTER:
            self.failed_signins, self.locked_until = 0, now + LOCK_FOR
            return self.locked_until
        return None

    def succeeded(self) -> None:
        self.failed_signins, self.locked_until = 0, None


#: A kiosk's staff PIN: digits only (typed on the touchscreen's keypad), long enough that
#: five tries before the pad locks for five minutes give a passer-by no real chance.
PIN_DIGITS = (6, 12)


def check_pin_rule(pin: str) -> None:
    lo, hi = PIN_DIGITS
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit() or not lo <= len(pin) <= hi:
        raise QueueError(f"a kiosk PIN is {lo} to {hi} digits", "weak_pin", minimum=lo, maximum=hi)


def check_password_rule(password: str) -> None:
    """At least PASSWORD_MIN characters, and not all white space."""
    if not isinstance(password, str) or len(password) < PASSWORD_MIN or not password.strip():
        raise QueueError(f"a password needs at least {PASSWORD_MIN} characters, not all spaces", "weak_password",
                         minimum=PASSWORD_MIN)
