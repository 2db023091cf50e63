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
from typing import Any, ClassVar

#: The envelope: kept as columns of the log, not in the payload.
ENVELOPE = ("id", "at", "ticket_id", "ticket_number", "service", "counter", "staff")


@dataclass(frozen=True, kw_only=True)
class Event:
    type: ClassVar[str] = ""
    version: ClassVar[int] = 1
    #: Envelope fields this event type cannot do without (besides `at`).
    required: ClassVar[tuple[str, ...]] = ()

    at: datetime
    id: int = 0                       # given by the log when the event is stored
    ticket_id: int | None = None
    ticket_number: str | None = None
    service: str | None = None
    counter: int | None = None
    staff: str | None = None

    def __post_init__(self) -> None:
        missing = [name for name in self.required if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{self.type} without {', '.join(missing)}")

    @property
    def payload(self) -> dict[str, Any]:
        """The fields beyond the envelope."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ENVELOPE}

    def to_dict(self) -> dict[str, Any]:
        """The event as `queuedesk events --json` prints it (a stable format for scripts)."""
        return {"id": self.id, "at": self.at.isoformat(), "type": self.type, "version": self.version,
                "ticket_id": self.ticket_id, "ticket": self.ticket_number, "service": self.service,
                "counter": self.counter, "staff": self.staff, "payload": _plain(self.payload)}


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# -- tickets ---------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class TicketEvent(Event):
    """Something happened to a ticket. `waiting`: how many wait in its service afterwards."""

    required: ClassVar[tuple[str, ...]] = ("ticket_id", "ticket_number", "service")
    waiting: int | None = None


@dataclass(frozen=True, kw_only=True)
class TicketIssued(TicketEvent):
    type: ClassVar[str] = "ticket_issued"
    priority: str = "normal"
    channel: str = "cli"
    position: int = 0                 # people ahead when issued
    estimated_wait_min: float = 0.0


@dataclass(frozen=True, kw_only=True)
class TicketCalled(TicketEvent):
    """Called to a counter: by call next, out of turn ("pick", audited) or back from parking."""

    type: ClassVar[str] = "ticket_called"
    required: ClassVar[tuple[str, ...]] = ("ticket_id", "ticket_number", "service", "counter")
    how: str = "next"                 # next | pick | unpark
    waited_min: float = 0.0
    priority: str = "normal"


@dataclass(frozen=True, kw_only=True)
class TicketRecalled(TicketEvent):
    type: ClassVar[str] = "ticket_recalled"
    required: ClassVar[tuple[str, ...]] = ("ticket_id", "ticket_number", "service", "counter")
    recalls: int = 0


@dataclass(frozen=True, kw_only=True)
class ServiceStarted(TicketEvent):
    """The customer arrived at the counter: the service clock starts."""

    type: ClassVar[str] = "service_started"


@dataclass(frozen=True, kw_only=True)
class TicketFinished(TicketEvent):
    type: ClassVar[str] = "ticket_finished"
    service_min: float | None = None


@dataclass(frozen=True, kw_only=True)
class TicketNoShow(TicketEvent):
    type: ClassVar[str] = "ticket_no_show"
    recalls: int = 0


@dataclass(frozen=True, kw_only=True)
class TicketParked(TicketEvent):
    type: ClassVar[str] = "ticket_parked"


@dataclass(frozen=True, kw_only=True)
class TicketTransferred(TicketEvent):
    """This leg ended; the visit goes on as `new_ticket_id` (same number) in `to_service`."""

    type: ClassVar[str] = "ticket_transferred"
    to_service: str = ""
    to_counter: int | None = None
    note: str | None = None
    new_ticket_id: int | None = None
    to_waiting: int | None = None     # waiting in `to_service` afterwards


@dataclass(frozen=True, kw_only=True)
class TicketCancelled(TicketEvent):
    type: ClassVar[str] = "ticket_cancelled"


@dataclass(frozen=True, kw_only=True)
class TicketExpired(TicketEvent):
    type: ClassVar[str] = "ticket_expired"


@dataclass(frozen=True, kw_only=True)
class PrinterProblem(Event):
    """A ticket was issued but not printed: staff must know."""

    type: ClassVar[str] = "printer_problem"
    target: str = ""
    message: str = ""
    station: str | None = None


#: A ticket leaves its counter with these: it is no longer a call in progress.
LEAVES_COUNTER = (TicketFinished, TicketNoShow, TicketTransferred, TicketParked, TicketExpired,
                  TicketCancelled)
#: Calls that the lobby shows and announces.
CALLS = (TicketCalled, TicketRecalled)


# -- counters and staff ------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class CounterEvent(Event):
    required: ClassVar[tuple[str, ...]] = ("counter",)


@dataclass(frozen=True, kw_only=True)
class CounterOpened(CounterEvent):
    type: ClassVar[str] = "counter_opened"


@dataclass(frozen=True, kw_only=True)
class CounterPaused(CounterEvent):
    type: ClassVar[str] = "counter_paused"
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class CounterResumed(CounterEvent):
    type: ClassVar[str] = "counter_resumed"


@dataclass(frozen=True, kw_only=True)
class CounterClosed(CounterEvent):
    type: ClassVar[str] = "counter_closed"


@dataclass(frozen=True, kw_only=True)
class StaffSignedIn(CounterEvent):
    type: ClassVar[str] = "staff_signed_in"


@dataclass(frozen=True, kw_only=True)
class StaffSignedOut(CounterEvent):
    type: ClassVar[str] = "staff_signed_out"


@dataclass(frozen=True, kw_only=True)
class CounterAdded(CounterEvent):
    type: ClassVar[str] = "counter_added"
    services: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class CounterRenamed(CounterEvent):
    type: ClassVar[str] = "counter_renamed"
    names: dict[str, str] = field(default_factory=dict)


# -- set-up ---------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class SetupEvent(Event):
    """The hall's set-up changed: names, services, staff."""


@dataclass(frozen=True, kw_only=True)
class ServiceAdded(SetupEvent):
    type: ClassVar[str] = "service_added"
    code: str = ""
    prefix: str = ""


@dataclass(frozen=True, kw_only=True)
class ServiceEnabled(SetupEvent):
    type: ClassVar[str] = "service_enabled"
    code: str = ""


@dataclass(frozen=True, kw_only=True)
class ServiceDisabled(SetupEvent):
    type: ClassVar[str] = "service_disabled"
    code: str = ""


@dataclass(frozen=True, kw_only=True)
class ServiceRenamed(SetupEvent):
    type: ClassVar[str] = "service_renamed"
    code: str = ""
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class HallTextChanged(SetupEvent):
    """The branch name, the notice or the ticket footer changed in some language."""

    type: ClassVar[str] = "hall_text_changed"
    key: str = ""                     # branch_name | notice | footer
    texts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class StaffAdded(SetupEvent):
    type: ClassVar[str] = "staff_added"
    user: str = ""
    role: str = ""


@dataclass(frozen=True, kw_only=True)
class DayClosed(Event):
    """The business day ended: open tickets expired, counters closed."""

    type: ClassVar[str] = "day_closed"
    business_date: str = ""
    expired: int = 0
    counters_closed: int = 0


#: Set-up changes after which a screen reads the services (names, order, open or not) again.
SERVICES_CHANGED = (ServiceAdded, ServiceEnabled, ServiceDisabled, ServiceRenamed)


# -- anything else -----------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
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
        TicketParked, TicketTransferred, TicketCancelled, TicketExpired, PrinterProblem,
        CounterOpened, CounterPaused, CounterResumed, CounterClosed, StaffSignedIn, StaffSignedOut,
        CounterAdded, CounterRenamed, ServiceAdded, ServiceEnabled, ServiceDisabled, ServiceRenamed,
        HallTextChanged, StaffAdded, DayClosed)
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
