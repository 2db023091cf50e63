"""Read-only views of the hall for screens and reports."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from queuedesk.domain import figures, routing
from queuedesk.domain.access import Permission
from queuedesk.domain.events import Event
from queuedesk.domain.figures import Figures
from queuedesk.domain.model import Service, Ticket, TicketState
from queuedesk.domain.numbering import local_time
from queuedesk.operations.figures import Counters, wait_for
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.info import CounterStatus, GroupInfo, ServiceStatus, TicketInfo


@needs(Permission.VIEW)
def services_status(hall: Hall) -> list[ServiceStatus]:
    now = hall.now()
    day = hall.today(now)
    with hall.read() as uow:
        waiting = uow.tickets.in_states(TicketState.WAITING, day=day)
        counters = Counters.read(uow, day, now)   # an unattended counter serves nobody
        result = []
        for service in uow.services.all().values():
            mine = [t for t in waiting if t.service == service.code]
            serving = tuple(c.number for c in counters.open if service.code in c.services)
            refusal = service.refusal(local_time(now, hall.config.timezone), uow.tickets.issued_count(service.code, day))
            # A customer taking a ticket now has everyone already waiting ahead of them.
            wait = wait_for(uow, service, len(mine), day, now, counters)
            result.append(ServiceStatus.of(
                service, waiting=len(mine),
                longest_wait_min=round(max((t.waited_min(now) for t in mine), default=0.0), 1),
                estimated_wait_min=wait.minutes,
                open_counters=len(serving),
                refusal=str(refusal) if refusal else None,
                refusal_kind=refusal.kind if refusal else None,
                serving=serving, wait=wait.to_dict()))
        return result


@needs(Permission.VIEW)
def groups(hall: Hall) -> list[GroupInfo]:
    """The groups of business types (kiosk tabs), in the hall's order; [] for a hall without."""
    with hall.read() as uow:
        return [GroupInfo(g.code, dict(g.names)) for g in uow.services.groups()]


@needs(Permission.VIEW)
def counters_status(hall: Hall) -> list[CounterStatus]:
    now = hall.now()
    with hall.read() as uow:
        day = hall.today(now)
        return [CounterStatus.of(c, uow.tickets.at_counter(c.number, day), now) for c in uow.counters.all()]


@needs(Permission.VIEW)
def counter_status(hall: Hall, number: int) -> tuple[CounterStatus, TicketInfo | None]:
    """A counter and its current ticket in full (what the desk shows)."""
    now = hall.now()
    with hall.read() as uow:
        counter = uow.counters.get(number)
        current = uow.tickets.at_counter(number, hall.today(now))
        info = TicketInfo.of(current, uow.services.get(current.service), now) if current else None
        return CounterStatus.of(counter, current, now), info


@needs(Permission.VIEW)
def waiting_for_counter(hall: Hall, number: int) -> list[TicketInfo]:
    """The tickets this counter may call, in the order call-next would take them."""
    now = hall.now()
    day = hall.today(now)
    with hall.read() as uow:
        counter = uow.counters.get(number)
        services = uow.services.all()
        waiting = [t for t in uow.tickets.in_states(TicketState.WAITING, day=day) if t.service in services]
        ordered = routing.queue_order(waiting, services, counter.number, counter.services, now, hall.policy())
        return [TicketInfo.of(t, services[t.service], now, position=i) for i, t in enumerate(ordered)]


@needs(Permission.READ_REPORTS)
def day_legs(hall: Hall, day: date) -> list[Ticket]:
    """Every ticket leg of a business day, as the domain has them (what a simulated day
    is added up from)."""
    with hall.read() as uow:
        return uow.tickets.in_states(*TicketState, day=day)


@needs(Permission.VIEW)
def parked_at(hall: Hall, number: int) -> list[TicketInfo]:
    now = hall.now()
    with hall.read() as uow:
        services = uow.services.all()
        return [TicketInfo.of(t, services[t.service], now)
                for t in uow.tickets.in_states(TicketState.PARKED, counter=number, day=hall.today(now))]


@dataclass(frozen=True)
class TellerDay:
    served: int
    no_shows: int
    transfers: int
    mean_service_min: float | None
    longest_service_min: float | None


@needs(Permission.VIEW)
def teller_today(hall: Hall, user: str) -> TellerDay:
    """The teller's day so far, counted as the reports count it (domain.figures)."""
    now = hall.now()
    with hall.read() as uow:
        legs = [t for t in uow.tickets.in_states(TicketState.DONE, TicketState.NO_SHOW, TicketState.TRANSFERRED,
                                                 day=hall.today(now)) if t.staff == user]
    # The target does not matter here: only served, no-shows, transfers and service times are shown.
    day = Figures.of(figures.total(figures.leg_tally(t, figures.MEAN_1020_MIN) for t in legs))
    return TellerDay(served=day.served, no_shows=day.no_shows, transfers=day.transferred,
                     mean_service_min=None if day.mean_service_min is None else round(day.mean_service_min, 1),
                     longest_service_min=None if day.max_service_min is None else round(day.max_service_min, 1))


@needs(Permission.VIEW)
def last_event_id(hall: Hall) -> int:
    """The newest event's id: where a reader starts following the log."""
    with hall.read() as uow:
        return uow.events.last_id()


@needs(Permission.VIEW)
def services(hall: Hall) -> dict[str, Service]:
    """The hall's business types as the domain has them, in the hall's order."""
    with hall.read() as uow:
        return uow.services.all()


@needs(Permission.AUDIT)
def audit_trail(hall: Hall, since: int = 0, limit: int = 1000) -> list[Event]:
    """Set-up and account changes, managers' and administrators' actions, out-of-turn
    calls and failed sign-ins after event `since`, oldest first."""
    with hall.read() as uow:
        return uow.events.audit(since, limit)
