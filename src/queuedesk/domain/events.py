"""The event catalogue: everything the hall records, one frozen type per event.

The event log is the contract between the programs (a desk calls, the lobby screen
shows it), so each event is declared here once, with its fields and a schema version,
and nowhere else is an event type spelled out. Use cases record these; every reader
(display, desk, kiosk, voice, `queuedesk events`) receives them back typed.

Every event has the same envelope (id, time, and the ticket, service, counter and staff
it concerns, which the log keeps as columns to query by); the rest is its payload.
A stored event this program does not know (a newer version wrote it) or cannot read
comes back as an `OpaqueEvent`: shown, passed on, never a crash.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, ClassVar, dataclass_transform

#: The envelope: kept as columns of the log, not in the payload. `actor` is who did it
#: (a teller, a manager at another's counter, "admin os:root" running a script).
ENVELOPE = ("id", "at", "ticket_id", "ticket_number", "service", "counter", "staff", "actor", "actor_role")


@dataclass_transform(kw_only_default=True, frozen_default=True)
@dataclass(frozen=True, kw_only=True, eq=False, repr=False)
class Event:
    """Every event: `class TicketParked(TicketEvent, type="ticket_parked")` declares one,
    a frozen dataclass whose fields beyond the envelope are its payload."""

    type: ClassVar[str] = ""
    version: ClassVar[int] = 1
    #: Envelope fields this event type cannot do without (besides `at`).
    required: ClassVar[tuple[str, ...]] = ()
    #: Fields that say how many wait in a queue after the event, each with the field that
    #: names the queue's service. The event log fills them in as it writes the event (from
    #: the kept counts, under its lock), so they are right in the order readers see events.
    counts: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: Always in the audit trail (set-up, accounts, the day's close …).
    always_audited: ClassVar[bool] = False

    def __init_subclass__(cls, type: str | None = None, version: int | None = None,
                          required: tuple[str, ...] | None = None, audited: bool | None = None, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if audited is not None:
            cls.always_audited = audited
        if type is not None:
            cls.type = type
        if version is not None:
            cls.version = version
        if required is not None:
            cls.required = required
        # One equality, hash and repr for the whole catalogue (below) rather than three
        # generated for each type: making the classes was most of this module's import
        # time, which every command pays on start.
        dataclass(frozen=True, kw_only=True, eq=False, repr=False)(cls)

    at: datetime
    id: int = 0                       # given by the log when the event is stored
    ticket_id: int | None = None
    ticket_number: str | None = None
    service: str | None = None
    counter: int | None = None
    staff: str | None = None
    actor: str | None = None          # stamped by the unit of work from the use case's actor
    actor_role: str | None = None

    def __post_init__(self) -> None:
        missing = [name for name in self.required if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{self.type} without {', '.join(missing)}")

    def _values(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
        return f"{type(self).__qualname__}({shown})"

    @property
    def audited(self) -> bool:
        """In the audit trail: every set-up and account change, everything a manager or an
        administrator did, and what is audited by its nature (an out-of-turn call …)."""
        return self.always_audited or self.actor_role in ("manager", "admin")

    @property
    def payload(self) -> dict[str, Any]:
        """The fields beyond the envelope."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ENVELOPE}

    def to_dict(self) -> dict[str, Any]:
        """The event as `queuedesk events --json` prints it (a stable format for scripts)."""
        return {"id": self.id, "at": self.at.isoformat(), "type": self.type, "version": self.version,
                "ticket_id": self.ticket_id, "ticket": self.ticket_number, "service": self.service,
                "counter": self.counter, "staff": self.staff, "actor": self.actor, "actor_role": self.actor_role,
                "payload": _plain(self.payload)}


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# -- tickets ---------------------------------------------------------------------------

#: What an event about a ticket, or about a ticket at a counter, cannot do without.
ABOUT_A_TICKET = ("ticket_id", "ticket_number", "service")
AT_A_COUNTER = (*ABOUT_A_TICKET, "counter")


class TicketEvent(Event, required=ABOUT_A_TICKET):
    """Something happened to a ticket. `waiting`: how many wait in its service afterwards."""

    counts = (("waiting", "service"),)
    waiting: int | None = None


class TicketIssued(TicketEvent, type="ticket_issued"):
    priority: str = "normal"
    channel: str = "cli"
    position: int = 0                 # people ahead when issued
    estimated_wait_min: float = 0.0


class TicketCalled(TicketEvent, type="ticket_called", required=AT_A_COUNTER):
    """Called to a counter: by call next, out of turn ("pick", audited) or back from parking."""

    how: str = "next"                 # next | pick | unpark
    waited_min: float = 0.0
    priority: str = "normal"

    @property
    def audited(self) -> bool:
        return self.how == "pick" or super().audited    # out of turn: fairness is audited


class TicketRecalled(TicketEvent, type="ticket_recalled", required=AT_A_COUNTER):
    recalls: int = 0


class ServiceStarted(TicketEvent, type="service_started"):
    """The customer arrived at the counter: the service clock starts."""


class TicketFinished(TicketEvent, type="ticket_finished"):
    service_min: float | None = None


class TicketNoShow(TicketEvent, type="ticket_no_show"):
    recalls: int = 0


class TicketParked(TicketEvent, type="ticket_parked"):
    """Set aside at its counter (a form to fill in); called back with how="unpark"."""


class TicketTransferred(TicketEvent, type="ticket_transferred"):
    """This leg ended; the visit goes on as `new_ticket_id` (same number) in `to_service`."""

    counts = (("waiting", "service"), ("to_waiting", "to_service"))
    to_service: str = ""
    to_counter: int | None = None
    note: str | None = None
    new_ticket_id: int | None = None
    to_waiting: int | None = None     # waiting in `to_service` afterwards


class TicketReturned(TicketEvent, type="ticket_returned"):
    """Called, but the counter went away (its desk closed or died) before they arrived:
    back at the head of the queue with the same number."""


class TicketCancelled(TicketEvent, type="ticket_cancelled"):
    """Given up before being served (by the customer or staff)."""


class TicketExpired(TicketEvent, type="ticket_expired"):
    """Still open when the business day closed."""


class PrinterProblem(Event, type="printer_problem"):
    """A ticket was issued but not printed: staff must know."""

    target: str = ""
    message: str = ""
    station: str | None = None


#: A ticket leaves its counter with these: it is no longer a call in progress.
LEAVES_COUNTER = (TicketFinished, TicketNoShow, TicketTransferred, TicketParked, TicketExpired,
                  TicketCancelled, TicketReturned)
#: Calls that the lobby shows and announces.
CALLS = (TicketCalled, TicketRecalled)


# -- counters and staff ------------------------------------------------------------------

class CounterEvent(Event, required=("counter",)):
    """Something happened at a counter: opened, paused, a teller signed in."""


class CounterOpened(CounterEvent, type="counter_opened"):
    """The counter takes customers. `actor`: who opened it, when not its teller (the lobby manager)."""



class CounterPaused(CounterEvent, type="counter_paused"):
    reason: str = ""


class CounterResumed(CounterEvent, type="counter_resumed"):
    """Back from a pause."""


class CounterClosed(CounterEvent, type="counter_closed"):
    """The counter takes no customers (its teller may still be signed in). `actor`: who
    closed it, when not its teller (the lobby manager)."""



class StaffSignedIn(CounterEvent, type="staff_signed_in"):
    """A teller took the counter."""


class StaffSignedOut(CounterEvent, type="staff_signed_out"):
    """The teller left the counter."""


class CounterReleased(CounterEvent, type="counter_released", audited=True):
    """The desk holding the counter was gone (its lease lapsed, or it was stopped): the
    counter closed and its teller signed out. `by`: who released it (the teller signing in
    again elsewhere, a manager, or the desk itself on its way out)."""

    by: str | None = None
    lapsed: bool = False              # the desk had stopped renewing its lease


class CounterAdded(CounterEvent, type="counter_added", audited=True):
    services: tuple[str, ...] = ()


class CounterRenamed(CounterEvent, type="counter_renamed", audited=True):
    names: dict[str, str] = field(default_factory=dict)


# -- set-up ---------------------------------------------------------------------------------

class SetupEvent(Event, audited=True):
    """The hall's set-up changed: names, services, staff."""


class ServiceAdded(SetupEvent, type="service_added"):
    """A new business type."""

    code: str = ""
    prefix: str = ""


class ServiceEnabled(SetupEvent, type="service_enabled"):
    """The business type takes tickets again."""

    code: str = ""


class ServiceDisabled(SetupEvent, type="service_disabled"):
    """The business type takes no tickets (today)."""

    code: str = ""


class ServiceRenamed(SetupEvent, type="service_renamed"):
    code: str = ""
    names: dict[str, str] = field(default_factory=dict)


class ServiceGroupAdded(SetupEvent, type="service_group_added"):
    """A new group of business types: a tab on the kiosk."""

    code: str = ""
    names: dict[str, str] = field(default_factory=dict)


class ServiceGrouped(SetupEvent, type="service_grouped"):
    """A business type moved into a group (`group` None: out of every group)."""

    code: str = ""
    group: str | None = None


class HallTextChanged(SetupEvent, type="hall_text_changed"):
    """The branch name, the notice, the ticket footer or the voice's sentence changed in
    some language."""

    key: str = ""                     # branch_name | notice | footer | voice
    texts: dict[str, str] = field(default_factory=dict)


class StaffChanged(SetupEvent, type="staff_changed"):
    """An account changed: its password, or it was disabled or enabled again."""

    user: str = ""
    change: str = ""                  # password | disabled | enabled


class SignInFailed(Event, type="sign_in_failed", audited=True):
    """A wrong password (or an unknown, disabled or locked account). `user` is what was
    typed; `locked_until` is set when this failure locked the account."""

    user: str = ""
    reason: str = ""                  # wrong_password | locked | disabled
    locked_until: str | None = None


class KioskUnlocked(Event, type="kiosk_unlocked", audited=True):
    """Staff opened a kiosk's staff menu (or tried to: `granted` false)."""

    station: str = ""
    granted: bool = True


class DatabaseRestored(Event, type="database_restored", audited=True):
    """The hall's database was replaced with a backup (this event is in the restored copy)."""

    source: str = ""
    generation: int = 0


class StaffAdded(SetupEvent, type="staff_added"):
    """A new staff account."""

    user: str = ""
    role: str = ""


class DayClosed(Event, type="day_closed", audited=True):
    """The business day ended: open tickets expired, counters closed."""

    business_date: str = ""
    expired: int = 0
    counters_closed: int = 0


# -- "almost your turn" notices (no phone number in any of them) -------------------------

class NoticeEvent(Event, required=ABOUT_A_TICKET):
    """About a customer's request to be told, on their phone, when their turn is near."""


class NoticeRequested(NoticeEvent, type="notice_requested"):
    """The customer asked on the ticket page to be told at `ahead` people ahead and when called."""

    ahead: int = 3
    lang: str = ""


class NoticeCancelled(NoticeEvent, type="notice_cancelled"):
    """The customer asked for no more notices."""


class NoticeSent(NoticeEvent, type="notice_sent"):
    """The webhook took a notice: `kind` is "ahead" (almost your turn) or "called"."""

    kind: str = ""
    attempts: int = 1


class NoticeFailed(NoticeEvent, type="notice_failed"):
    """A notice could not be delivered and is given up (after `attempts` tries)."""

    kind: str = ""
    attempts: int = 0
    reason: str = ""


#: Set-up changes after which a screen reads the services (names, order, open or not) again.
SERVICES_CHANGED = (ServiceAdded, ServiceEnabled, ServiceDisabled, ServiceRenamed, ServiceGroupAdded,
                    ServiceGrouped)


# -- the customer's voice: ratings and complaints -------------------------------------------

class RatingRequested(TicketEvent, type="rating_requested", required=AT_A_COUNTER):
    """The teller asked the customer of this visit to rate it (请评价): the counter's rating
    screen asks again. The envelope's `actor`: the teller who asked."""


class RatingGiven(TicketEvent, type="rating_given", required=AT_A_COUNTER):
    """The customer rated a visit (one leg at one counter; `staff` served it). The actor is
    the customer, through `channel` (screen, keypad, kiosk, web, cli)."""

    score: int = 0                    # 5 very satisfied … 1 very dissatisfied (domain.ratings)
    reasons: tuple[str, ...] = ()
    channel: str = "screen"


class RatingNotGiven(TicketEvent, type="rating_not_given", required=AT_A_COUNTER):
    """The rating screen asked and nobody touched it: the visit is recorded as not rated."""

    channel: str = "screen"


class ComplaintEvent(Event, audited=True):
    """A step in the complaints register (in the audit trail). `actor`: who took it;
    the envelope's counter and staff are those the complaint concerns. The complaint's text
    stays in the register, out of the log every client reads."""

    complaint_id: int = 0


class ComplaintAdded(ComplaintEvent, type="complaint_added"):
    channel: str = ""                 # onsite | phone | web | letter
    grade: str = ""                   # general | serious
    due_date: str = ""                # ISO date
    due_by_hand: bool = False         # given by staff (a holiday) rather than counted


class ComplaintAnswered(ComplaintEvent, type="complaint_answered"):
    due_date: str = ""
    on_time: bool = True


#: The customer's rating of a visit arrived, lapsed or was asked for.
RATINGS = (RatingRequested, RatingGiven, RatingNotGiven)


# -- appointments (预约) ----------------------------------------------------------------------

class BookingPlanChanged(SetupEvent, type="booking_plan_changed"):
    """A business type became bookable (with its slots) or stopped taking bookings."""

    code: str = ""
    bookable: bool = False
    slot_minutes: int | None = None
    slot_capacity: int | None = None
    horizon_days: int | None = None


class AppointmentEvent(Event, required=("service",)):
    """A step of one booking. The check-in code and the phone digits stay in the
    appointments table, out of the log every client reads."""

    appointment_id: int = 0
    slot: str = ""                    # the slot's start, ISO with the branch's offset


class AppointmentBooked(AppointmentEvent, type="appointment_booked"):
    """A slot was booked (the envelope's actor: who booked it)."""


class AppointmentCancelled(AppointmentEvent, type="appointment_cancelled"):
    """A booking was cancelled (the envelope's actor: who cancelled it)."""


class AppointmentCheckedIn(AppointmentEvent, type="appointment_checked_in"):
    """The booking became a ticket (the envelope's ticket): `arrival` early | on_time |
    late, `minutes` from the slot's start (negative: before it)."""

    arrival: str = ""
    minutes: float = 0.0
    priority: str = "appointment"


class AppointmentNoShow(AppointmentEvent, type="appointment_no_show"):
    """Not checked in by the end of the slot and the grace after it."""


# -- the lobby manager's console ---------------------------------------------------------------

class PriorityGranted(TicketEvent, type="priority_granted"):
    """The lobby manager issued this ticket with a priority class for a customer in front
    of them (elderly, disabled, pregnant, military, vip, emergency)."""

    priority_class: str = ""


class TicketMoved(TicketEvent, type="ticket_moved"):
    """A waiting ticket taken for the wrong business type was moved to the right one
    (the envelope's service), keeping its number and its place (when it queued)."""

    from_service: str = ""


class AlertAcknowledged(Event, type="alert_acknowledged"):
    """The lobby manager saw an alert and took it in hand (`alert`: its key, `kind`)."""

    alert: str = ""
    kind: str = ""


# -- anything else -----------------------------------------------------------------------

class OpaqueEvent(Event):
    """An event this program cannot read: a type it does not know, a newer version, or a
    stored row missing what its type needs. Carried along as it is, never acted on."""

    type: str = ""                  # the stored type (per event, unlike the known ones)
    version: int = 1
    data: dict[str, Any] = field(default_factory=dict)
    problem: str = ""

    @property
    def payload(self) -> dict[str, Any]:
        return dict(self.data)


CATALOGUE: dict[str, type[Event]] = {
    cls.type: cls for cls in (
        TicketIssued, TicketCalled, TicketRecalled, ServiceStarted, TicketFinished, TicketNoShow,
        TicketParked, TicketTransferred, TicketCancelled, TicketExpired, TicketReturned, PrinterProblem,
        CounterOpened, CounterPaused, CounterResumed, CounterClosed, CounterReleased, StaffSignedIn, StaffSignedOut,
        CounterAdded, CounterRenamed, ServiceAdded, ServiceEnabled, ServiceDisabled, ServiceRenamed,
        ServiceGroupAdded, ServiceGrouped, HallTextChanged, StaffAdded, StaffChanged, SignInFailed, KioskUnlocked,
        DatabaseRestored, DayClosed, NoticeRequested, NoticeCancelled, NoticeSent, NoticeFailed, RatingRequested,
        RatingGiven, RatingNotGiven, ComplaintAdded, ComplaintAnswered,
        BookingPlanChanged, AppointmentBooked, AppointmentCancelled, AppointmentCheckedIn, AppointmentNoShow,
        PriorityGranted, TicketMoved, AlertAcknowledged)
}


def decode(type_: str, version: int, envelope: Mapping[str, Any], payload: Mapping[str, Any]) -> Event:
    """A stored event back as its type: `envelope` holds id, at and the columns.

    Fields a newer writer added to a known version are ignored; a missing one takes its
    default, or makes the event opaque if the type cannot do without it.
    """
    cls = CATALOGUE.get(type_)
    if cls is None or version > cls.version:
        why = "unknown type" if cls is None else f"version {version} is newer than {cls.version}"
        return OpaqueEvent(**envelope, type=type_, version=version, data=dict(payload), problem=why)
    names = {f.name for f in fields(cls) if f.init} - set(ENVELOPE)
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in payload.items() if k in names}
    try:
        return cls(**envelope, **values)
    except (TypeError, ValueError) as exc:
        return OpaqueEvent(**envelope, type=type_, version=version, data=dict(payload), problem=str(exc))


def encode(event: Event) -> tuple[str, int, dict[str, Any], dict[str, Any]]:
    """(type, version, envelope columns, payload) for storing; id is the log's to give."""
    if isinstance(event, OpaqueEvent) or type(event).type not in CATALOGUE:
        raise TypeError(f"cannot record {type(event).__name__}: not in the catalogue")
    columns = {name: getattr(event, name) for name in ENVELOPE if name != "id"}
    return event.type, event.version, columns, _plain(event.payload)
