"""The lobby manager's console (大堂经理台): the board they watch, and what they may do.

`board(hall)` reads the whole picture in one go: every business type's queue against its
target and maximum, every counter (serving whom and how long, paused, idle while people
wait, unattended), the alerts (domain.lobby) with those acknowledged today, today's
appointments, the open complaints, the lobby notice and a staffing hint per business type.

Every action is a use case of its own, taken by the hall's actor (the manager signed in
at the console, domain.access), who is recorded on the event of the action itself:

| action | use case | event(s) |
| --- | --- | --- |
| a priority ticket for a customer in front of them | issue_priority_ticket | TicketIssued + PriorityGranted |
| move a ticket to the right business type | move_ticket | TicketMoved |
| cancel a ticket | cancel_ticket | TicketCancelled (staff = the manager) |
| have a counter call a number | call_number | TicketCalled (how pick) |
| open / close a counter | open_counter / close_counter | CounterOpened / CounterClosed |
| release an unattended counter | release_counter | CounterReleased |
| edit the lobby notice | set_notice | HallTextChanged |
| acknowledge an alert | acknowledge | AlertAcknowledged |
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from queuedesk.domain import estimate, limits, lobby
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import (
    LEAVES_COUNTER,
    AlertAcknowledged,
    CounterOpened,
    CounterPaused,
    CounterResumed,
    PrinterProblem,
    PriorityGranted,
    StaffSignedIn,
    TicketMoved,
)
from queuedesk.domain.model import Channel, TicketState
from queuedesk.operations import appointments, calling, complaints, counters, texts, tickets
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.info import CounterStatus, TicketInfo
from queuedesk.operations.tickets import describe, find, ticket_fields

ARRIVAL_WINDOW = timedelta(hours=1)     # the arrival rate of the staffing hint
EVENTS_LOOKED_AT = 3000                  # the day's counter and printer events, newest first


# -- the board -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ServiceRow:
    code: str
    names: dict[str, str]
    prefix: str                      # its numbers: prefix and digits (R012)
    number_width: int
    enabled: bool
    waiting: int
    longest_wait_min: float
    level: str                       # domain.lobby.wait_level of the longest wait
    target_wait_min: float
    max_wait_min: float
    open_counters: int
    appointments_waiting: int        # checked-in holders among those waiting
    arrivals_last_hour: int
    mean_service_min: float
    wait_now_min: float | None       # domain.lobby.StaffingHint; None: the queue grows
    wait_one_more_min: float | None  # … with one more counter
    one_more_helps: bool


@dataclass(frozen=True)
class CounterRow:
    number: int
    names: dict[str, str]
    services: list[str]
    state: str                       # open | paused | closed
    activity: str                    # serving | called | paused | idle | idle_waiting | closed | unattended
    staff: str | None
    staff_name: str | None
    ticket: str | None
    since: str | None                # when the activity began (ISO), where known
    minutes: float | None
    pause_reason: str | None
    waiting_for_it: int              # people waiting in its services


@dataclass(frozen=True)
class AlertRow:
    key: str
    kind: str
    since: str
    params: dict
    acknowledged: bool


@dataclass(frozen=True)
class Board:
    at: str
    last_id: int
    services: list[ServiceRow]
    counters: list[CounterRow]
    alerts: list[AlertRow]           # newest first
    appointments: list               # operations.appointments.AppointmentInfo, today by slot
    complaints: list                 # operations.complaints.ComplaintInfo, open ones
    notice: dict[str, str]
    operator_name: str | None = None  # the display name of whoever reads the board, if a staff member

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "appointments": [a.to_dict() for a in self.appointments],
                "complaints": [c.to_dict() for c in self.complaints]}

    @property
    def new_alerts(self) -> list[AlertRow]:
        return [a for a in self.alerts if not a.acknowledged]


@needs(Permission.READ_REPORTS)
def board(hall: Hall) -> Board:
    now = hall.now()
    day = hall.today(now)
    config = hall.config
    with hall.read() as uow:
        last_id = uow.events.last_id()
        services = uow.services.all()
        counter_list = uow.counters.all()
        staff_names = {s.user: s.name for s in uow.staff.all()}
        today = uow.tickets.in_states(*TicketState, day=day)
        recent = [e for e in uow.events.read(types=(CounterPaused, CounterResumed, CounterOpened, StaffSignedIn,
                                                     PrinterProblem, AlertAcknowledged, *LEAVES_COUNTER),
                                              limit=EVENTS_LOOKED_AT, newest_first=True)
                  if hall.today(e.at) == day]
        means = {code: estimate.mean_service_min(uow.tickets.recent_service_minutes(code, day, estimate.RECENT),
                                                 s.expected_service_min) for code, s in services.items()}
    waiting = [t for t in today if t.state is TicketState.WAITING and t.service in services]
    at_counter = {t.counter: t for t in today if t.state in (TicketState.CALLED, TicketState.SERVING)}
    serving = [c for c in counter_list if c.serving(now)]

    service_rows, no_counter = [], {}
    for code, s in services.items():
        mine = [t for t in waiting if t.service == code]
        longest = max((t.waited_min(now) for t in mine), default=0.0)
        open_here = sum(1 for c in serving if code in c.services)
        if mine and not open_here and s.enabled:
            no_counter[code] = min(t.queued_at or t.issued_at for t in mine)
        arrivals = sum(1 for t in today if t.service == code and t.transferred_from is None
                       and t.issued_at > now - ARRIVAL_WINDOW)
        hint = lobby.staffing_hint(code, arrivals * 3600 / ARRIVAL_WINDOW.total_seconds(), means[code], open_here,
                                   len(mine))
        service_rows.append(ServiceRow(
            code=code, names=dict(s.names), prefix=s.prefix, number_width=s.number_width, enabled=s.enabled,
            waiting=len(mine), longest_wait_min=round(longest, 1),
            level=lobby.wait_level(longest, s.target_wait_min, s.max_wait_min), target_wait_min=s.target_wait_min,
            max_wait_min=s.max_wait_min, open_counters=open_here,
            appointments_waiting=sum(1 for t in mine if t.channel is Channel.APPOINTMENT),
            arrivals_last_hour=arrivals, mean_service_min=round(means[code], 1),
            wait_now_min=lobby.finite(hint.wait_now_min), wait_one_more_min=lobby.finite(hint.wait_one_more_min),
            one_more_helps=hint.one_more_helps))

    latest: dict[tuple[int, str], datetime] = {}
    for e in recent:            # newest first: the first seen is the latest
        if e.counter is not None:
            kind = "pause" if isinstance(e, CounterPaused) else "free"
            latest.setdefault((e.counter, kind), e.at)
    counter_rows, counter_facts = [], []
    for c in counter_list:
        current = at_counter.get(c.number)
        queue = sum(1 for t in waiting if t.service in c.services)
        paused_since = latest.get((c.number, "pause")) if c.state.value == "paused" else None
        # What the manager must know first: a desk gone quiet, then a pause (even with a
        # customer still called there), then the customer at the counter.
        if c.unattended(now):
            activity, since = "unattended", c.lease_until
        elif c.state.value == "paused":
            activity, since = "paused", paused_since
        elif current is not None:
            activity = "serving" if current.state is TicketState.SERVING else "called"
            since = current.started_at if current.state is TicketState.SERVING else current.called_at
        elif c.state.value == "closed":
            activity, since = "closed", None
        else:
            activity = "idle_waiting" if queue else "idle"
            since = latest.get((c.number, "free"))
        counter_rows.append(CounterRow(
            number=c.number, names=dict(c.names), services=list(c.services), state=c.state.value, activity=activity,
            staff=c.staff, staff_name=staff_names.get(c.staff) if c.staff else None,
            ticket=current.number if current else None, since=since.isoformat() if since else None,
            minutes=round((now - since).total_seconds() / 60, 1) if since else None,
            pause_reason=c.pause_reason, waiting_for_it=queue))
        counter_facts.append(lobby.CounterFact(c.number, c.state.value, c.unattended(now), c.lease_until,
                                               paused_since, c.pause_reason))

    facts = [lobby.WaitingFact(t.id, t.number, t.service, t.queued_at or t.issued_at, t.waited_min(now),
                               services[t.service].target_wait_min, services[t.service].max_wait_min,
                               t.channel is Channel.APPOINTMENT) for t in waiting]
    printers = [lobby.PrinterFact(e.id, e.at, e.target, e.ticket_number, e.station)
                for e in recent if isinstance(e, PrinterProblem)]
    acknowledged = {e.alert for e in recent if isinstance(e, AlertAcknowledged)}
    found = lobby.alerts(now, facts, counter_facts, printers, no_counter, config["console.pause_alert_minutes"],
                         config["console.appointment_wait_minutes"])
    alert_rows = [AlertRow(a.key, a.kind, a.since.isoformat(), a.params, a.key in acknowledged) for a in found]
    notice = texts.hall_texts(hall).notice
    return Board(at=now.isoformat(), last_id=last_id, services=service_rows, counters=counter_rows,
                 alerts=alert_rows, appointments=appointments.listing(hall, day),
                 complaints=complaints.list_complaints(hall, open_only=True), notice=dict(notice),
                 operator_name=staff_names.get(hall.actor.user) or None)


# -- actions -----------------------------------------------------------------------------------

@needs(Permission.ISSUE_PRIORITY)
def issue_priority_ticket(hall: Hall, code: str, priority_class: str,
                          key: str | None = None) -> TicketInfo:
    """A ticket for a customer in front of the manager, with a priority class (elderly,
    disabled, pregnant, military, vip, emergency)."""
    if priority_class not in lobby.PRIORITY_CLASSES:
        raise limits.InvalidValue("priority class", " or ".join(lobby.PRIORITY_CLASSES), priority_class)
    code = limits.code(code)
    priority = lobby.PRIORITY_CLASSES[priority_class]
    with hall.write() as uow:
        fresh, earlier = tickets.claim_key(uow, hall, key, hall.now(), "priority", code, priority_class)
        if not fresh:
            return describe(uow, hall, earlier) if earlier else None
        info, ticket = tickets.add_ticket(uow, hall, code, priority, Channel.CONSOLE, over_cap=True)
        uow.events.append(PriorityGranted(at=hall.now(), **ticket_fields(ticket), priority_class=priority_class,
                                          staff=hall.actor.user))
        if key:
            uow.requests.settle(key, ticket.id)
        return info


@needs(Permission.FIX_TICKETS)
def move_ticket(hall: Hall, number: str, to_service: str) -> TicketInfo:
    """A waiting ticket taken for the wrong business type goes to the right one with its
    number and its place (when it queued): the mistake costs the customer nothing."""
    to_service = limits.code(to_service)
    with hall.write() as uow:
        ticket = find(uow, hall, number)
        target = uow.services.get(to_service)
        before = ticket.service
        ticket.move_to(target.code)
        uow.tickets.save(ticket)
        # Its queue's waiting count is stamped by the event log (store.event_log), as for every ticket event.
        uow.events.append(TicketMoved(at=hall.now(), **ticket_fields(ticket), from_service=before,
                                      staff=hall.actor.user))
        return describe(uow, hall, ticket)


@needs(Permission.FIX_TICKETS)
def cancel_ticket(hall: Hall, number: str) -> TicketInfo:
    return tickets.cancel_ticket(hall, number, staff=hall.actor.user)


@needs(Permission.RUN_ANY_COUNTER)
def call_number(hall: Hall, counter: int, number: str) -> TicketInfo:
    """Have a counter call a specific number now (out of turn; audited). A customer still
    at the counter is finished first, as with call next."""
    return calling.call_ticket(hall, counter, number)


@needs(Permission.RUN_ANY_COUNTER)
def open_counter(hall: Hall, counter: int) -> CounterStatus:
    return counters.open_counter(hall, counter)


@needs(Permission.RUN_ANY_COUNTER)
def close_counter(hall: Hall, counter: int) -> CounterStatus:
    return counters.close_counter(hall, counter)


@needs(Permission.RUN_ANY_COUNTER)
def release_counter(hall: Hall, counter: int) -> CounterStatus:
    return counters.release_counter(hall, counter, by=hall.actor.user)


@needs(Permission.EDIT_NOTICE)
def set_notice(hall: Hall, changes: dict[str, str]):
    """The lobby screen's scrolling notice, per language; displays follow at once."""
    return texts.set_hall_text(hall, "notice", changes)


@needs(Permission.ACKNOWLEDGE)
def acknowledge(hall: Hall, alert: str, kind: str) -> None:
    """The manager took an alert in hand: it stops asking for attention on every console."""
    if kind not in lobby.ALERT_KINDS:
        raise limits.InvalidValue("alert kind", " or ".join(lobby.ALERT_KINDS), kind)
    alert = limits.text(alert, "alert", 120)
    if not alert.startswith(kind + ":"):
        raise QueueError(f"alert {alert!r} is not of kind {kind}", "bad_alert", alert=alert)
    with hall.write() as uow:
        uow.events.append(AlertAcknowledged(at=hall.now(), alert=alert, kind=kind, staff=hall.actor.user))
