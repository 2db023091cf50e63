"""Read-only views of the hall for screens and reports."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from queuedesk.domain import estimate, routing
from queuedesk.domain.access import Permission
from queuedesk.domain.model import Service, Ticket, TicketState
from queuedesk.operations.figures import HallFigures
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.info import CounterStatus, GroupInfo, ServiceStatus, TicketInfo

if TYPE_CHECKING:
    from queuedesk.domain.events import Event


@needs(Permission.VIEW)
def hall_figures(hall: Hall) -> HallFigures:
    """What every service's figures are made of: one round trip, whatever the queue and
    the history (a window keeps them current from events: HallFigures.apply)."""
    now = hall.now()
    day = hall.today(now)
    with hall.read() as uow:
        last_event, services, counters, counts, sent_to_one, first, recent, issued, at_counters = uow.read(
            uow.events.last_id_reading(), uow.services.all_reading(), uow.counters.all_reading(),
            uow.tickets.counts_reading(day), uow.tickets.targeted_reading(day), uow.tickets.first_reading(day),
            uow.tickets.recent_all_reading(day, estimate.RECENT), uow.tickets.issued_reading(day),
            uow.tickets.at_counters_reading(day))
    oldest: dict = {}     # the longest waiting of a service is the first of one of its groups
    for t in [*sent_to_one, *first]:
        joined = routing.joined(t)
        if t.service not in oldest or joined < oldest[t.service]:
            oldest[t.service] = joined
    occupied = {number: t.id for number, t in at_counters.items()}
    return HallFigures(day, services, counters, counts, oldest, recent, issued, occupied, last_event)


@needs(Permission.VIEW)
def services_status(hall: Hall) -> list[ServiceStatus]:
    """Every service's queue now: one round trip, whatever the queue and the history."""
    return hall_figures(hall).statuses(hall.now(), hall.config.timezone)


@needs(Permission.VIEW)
def groups(hall: Hall) -> list[GroupInfo]:
    """The groups of business types (kiosk tabs), in the hall's order; [] for a hall without."""
    with hall.read() as uow:
        return [GroupInfo(g.code, dict(g.names)) for g in uow.services.groups()]


@needs(Permission.VIEW)
def counters_status(hall: Hall) -> list[CounterStatus]:
    now = hall.now()
    with hall.read() as uow:
        counters, current = uow.read(uow.counters.all_reading(), uow.tickets.at_counters_reading(hall.today(now)))
    return [CounterStatus.of(c, current.get(c.number), now) for c in counters]


@needs(Permission.VIEW)
def counter_status(hall: Hall, number: int) -> tuple[CounterStatus, TicketInfo | None]:
    """A counter and its current ticket in full (what the desk shows)."""
    now = hall.now()
    with hall.read() as uow:
        counter, current, services = uow.read(uow.counters.reading(number), uow.tickets.at_counter_reading(
            number, hall.today(now)), uow.services.all_reading())
    info = TicketInfo.of(current, services[current.service], now) if current else None
    return CounterStatus.of(counter, current, now), info


@needs(Permission.VIEW)
def waiting_for_counter(hall: Hall, number: int, limit: int | None = None) -> list[TicketInfo]:
    """The tickets this counter may call, in the order call-next would take them (the
    hall's calling policy); the first `limit` of them read from the head of its queues
    (None: all, read whole)."""
    now = hall.now()
    day = hall.today(now)
    policy = hall.policy()
    with hall.read() as uow:
        counter, services = uow.read(uow.counters.reading(number), uow.services.all_reading())
        if limit is None:
            waiting = uow.tickets.in_states(TicketState.WAITING, day=day)
        else:
            # The heads of its queues with what routing needs, then the first `limit` of
            # them whole: with a long queue every group gives `limit`, and only those shown
            # are made whole.
            waiting = uow.read(uow.tickets.candidates_reading(counter.number, day, max(limit, 1)))[0]
        ordered = routing.queue_order([t for t in waiting if t.service in services], services, counter.number,
                                      counter.services, now, policy)
        if limit is not None:
            ordered = uow.tickets.still_waiting(ordered[:limit])
    return [TicketInfo.of(t, services[t.service], now, position=i) for i, t in enumerate(ordered)]


@needs(Permission.VIEW)
def waiting_at_counter(hall: Hall, number: int) -> int:
    """How many wait for this counter: the kept counts of its services, less those sent
    to another counter, plus those sent to this one from elsewhere."""
    day = hall.today()
    with hall.read() as uow:
        counter, counts, sent_to_one = uow.read(uow.counters.reading(number), uow.tickets.counts_reading(day),
                                                uow.tickets.targeted_reading(day))
    mine = set(counter.services)
    elsewhere = sum(1 for t in sent_to_one if t.target_counter != number and t.service in mine)
    sent_here = sum(1 for t in sent_to_one if t.target_counter == number and t.service not in mine)
    return sum(counts.get(code, 0) for code in mine) - elsewhere + sent_here


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
        services, parked = uow.read(uow.services.all_reading(), uow.tickets.parked_reading(number, hall.today(now)))
    return [TicketInfo.of(t, services[t.service], now) for t in parked]


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
    from queuedesk.domain import figures  # with the event types it reads: not for every command

    now = hall.now()
    with hall.read() as uow:
        legs = uow.read(uow.tickets.served_reading(user, hall.today(now)))[0]
    # The target does not matter here: only served, no-shows, transfers and service times are shown.
    day = figures.Figures.of(figures.total(figures.leg_tally(t, figures.MEAN_1020_MIN) for t in legs))
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
