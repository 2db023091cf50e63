"""Customers' ratings of their visits (好差评): given, let lapse, asked for again, listed,
and the day's figures (computed by domain.ratings, the one definition).

A visit is one leg of a ticket at one counter: a customer transferred from counter 1 to
counter 5 rates each of them once. Ratings come from the counter's rating screen (by
the leg it asked about) or from other channels by ticket number (`queuedesk ticket rate`).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime

from queuedesk.domain import limits, ratings
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import RatingGiven, RatingNotGiven, RatingRequested
from queuedesk.domain.model import Ticket
from queuedesk.domain.ratings import SERVED, Level, Rating, RatingFigures, ServedVisit
from queuedesk.operations.hall import Hall, checks_actor, needs
from queuedesk.operations.info import TicketInfo
from queuedesk.operations.tickets import claim_key, describe, find, ticket_fields
from queuedesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class RatingInfo:
    ticket_id: int
    ticket: str
    business_date: str
    service: str
    counter: int | None
    staff: str | None               # the teller who served the visit
    score: int | None               # 5 very satisfied … 1 very dissatisfied; None: asked, not rated
    level: str | None               # very_satisfied … very_dissatisfied
    reasons: list[str]
    channel: str
    at: str

    @classmethod
    def of(cls, r: Rating) -> "RatingInfo":
        return cls(ticket_id=r.ticket_id, ticket=r.ticket_number, business_date=r.business_date.isoformat(),
                   service=r.service, counter=r.counter, staff=r.staff, score=r.score,
                   level=r.level.code if r.level else None, reasons=list(r.reasons), channel=r.channel,
                   at=r.at.isoformat())

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class RatingDay:
    """A teller's ratings today, as the desk's side panel shows them."""

    figures: RatingFigures
    last: RatingInfo | None         # the newest rating this teller got today
    askable: str | None             # the visit "请评价" would ask about now, if any


@dataclass(frozen=True)
class Station:
    """What the counter's rating screen shows while idle: no personal data but the
    teller's display name and staff number."""

    counter: int
    names: dict[str, str]           # the counter's own names; none: "3号窗口" in each language
    state: str                      # open | paused | closed
    teller_name: str | None
    staff_number: str | None


def _channel(channel: str) -> str:
    if channel not in ratings.CHANNELS:
        raise QueueError(f"unknown rating channel {channel!r}; use {', '.join(ratings.CHANNELS)}",
                         "unknown_rating_channel", channel=channel)
    return channel


def _keyed(hall: Hall, key: str | None, act: Callable[[UnitOfWork, datetime], Rating], *request) -> RatingInfo:
    """Run `act` in one transaction; a repeated `key` (for the same `request`) returns the first answer."""
    now = hall.now()
    with hall.write() as uow:
        fresh, earlier = claim_key(uow, hall, key, now, "rate", *request)
        if not fresh:
            rating = uow.ratings.get(earlier.id) if earlier is not None else None
            if rating is None:
                raise QueueError("that request did not rate anything", "refused")
            return RatingInfo.of(rating)
        rating = act(uow, now)
        if key:
            uow.requests.settle(key, rating.ticket_id)
        return RatingInfo.of(rating)


def _give(uow: UnitOfWork, leg: Ticket, level: Level, reasons: tuple[str, ...], channel: str,
          now: datetime, today: date) -> Rating:
    ratings.require_ratable(leg)
    uow.ratings.hold(leg.id)
    earlier = uow.ratings.get(leg.id)
    if earlier is not None and earlier.rated:
        raise QueueError(f"ticket {leg.number} was rated at counter {leg.counter} already: one rating per visit",
                         "already_rated", ticket=leg.number, counter=leg.counter)
    rating = Rating.of(leg, int(level), now, reasons, channel)
    uow.ratings.put(rating)
    if leg.business_date < today:
        uow.figures.forget(leg.business_date)     # rated after its day was summarised (past midnight)
    uow.events.append(RatingGiven(at=now, **ticket_fields(leg), counter=leg.counter, staff=leg.staff,
                                  score=int(level), reasons=reasons, channel=channel))
    return rating


def _legs(uow: UnitOfWork, hall: Hall, number: str) -> list[Ticket]:
    """Every leg of today's ticket `number`, newest first (a transferred visit has several)."""
    leg = find(uow, hall, number, lock=False)      # ratings take turns by their own lock (_give)
    legs = [leg]
    while leg.transferred_from is not None:
        leg = uow.tickets.get(leg.transferred_from)
        legs.append(leg)
    return legs


@needs(Permission.TAKE_RATINGS)
def rate_ticket(hall: Hall, number: str, score: int, reasons: Iterable[str] = (), counter: int | None = None,
                channel: str = "cli", key: str | None = None) -> RatingInfo:
    """Rate today's ticket `number`: its most recent served visit, or the one at `counter`."""
    level, reasons = ratings.check(score, reasons)
    channel = _channel(channel)
    if counter is not None:
        limits.counter_number(counter)

    def act(uow: UnitOfWork, now: datetime) -> Rating:
        legs = [leg for leg in _legs(uow, hall, number) if counter is None or leg.counter == counter]
        if not legs:
            raise QueueError(f"ticket {number.upper()} was not served at counter {counter}", "not_served_here",
                             ticket=number.upper(), counter=counter)
        served = [leg for leg in legs if leg.state in SERVED]
        return _give(uow, served[0] if served else legs[0], level, reasons, channel, now, hall.today(now))
    return _keyed(hall, key, act, number, counter, int(level), reasons, channel)


@needs(Permission.TAKE_RATINGS)
def rate_visit(hall: Hall, ticket_id: int, score: int, reasons: Iterable[str] = (), channel: str = "screen",
               key: str | None = None) -> RatingInfo:
    """Rate one visit by its leg's id: what the rating screen asked about."""
    level, reasons = ratings.check(score, reasons)
    channel = _channel(channel)
    limits.whole(ticket_id, "ticket id", 1, limits.ID_MAX)
    return _keyed(hall, key, lambda uow, now: _give(uow, uow.tickets.get(ticket_id), level, reasons,
                                                     channel, now, hall.today(now)),
                  ticket_id, int(level), reasons, channel)


@needs(Permission.TAKE_RATINGS)
def lapse(hall: Hall, ticket_id: int, channel: str = "screen") -> RatingInfo:
    """The screen asked and nobody touched it: record the visit as not rated (unless it
    has a record already, e.g. a rating through another channel meanwhile)."""
    now = hall.now()
    with hall.write() as uow:
        leg = uow.tickets.get(ticket_id)
        uow.ratings.hold(leg.id)
        earlier = uow.ratings.get(leg.id)
        if earlier is not None:
            return RatingInfo.of(earlier)
        ratings.require_ratable(leg)
        rating = Rating.of(leg, None, now, (), _channel(channel))
        uow.ratings.put(rating)
        uow.events.append(RatingNotGiven(at=now, **ticket_fields(leg), counter=leg.counter, staff=leg.staff,
                                         channel=channel))
        return RatingInfo.of(rating)


def _last(served: Iterable[Ticket]) -> Ticket | None:
    return max(served, key=lambda t: (t.finished_at, t.id), default=None)


def _last_served(uow: UnitOfWork, counter: int, staff: str | None, day: date) -> Ticket | None:
    """The visit this counter (and this teller, when one is signed in) served last that day."""
    return _last(uow.tickets.in_states(*SERVED, counter=counter, day=day, staff=staff))


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def ask_for_rating(hall: Hall, counter: int, staff: str | None = None, key: str | None = None) -> TicketInfo:
    """请评价: the teller asks the customer just served to rate the visit; the counter's
    rating screen asks (again). Not while the next customer is at the counter."""
    limits.counter_number(counter)
    hall.actor.require_at(counter)
    now = hall.now()
    with hall.write() as uow:
        fresh, earlier = claim_key(uow, hall, key, now, "ask_rating", counter, staff)
        if not fresh:
            return describe(uow, hall, earlier) if earlier else None
        c = uow.counters.get(counter, lock=True)
        c.require_holder(staff)
        today = hall.today(now)
        current = uow.tickets.at_counter(counter, today)
        if current is not None:
            raise QueueError(f"counter {counter} has {current.number} at it; ask for a rating once a visit is over",
                             "customer_at_counter", counter=counter, ticket=current.number)
        visit = _last_served(uow, counter, c.staff, today)
        if visit is None:
            raise QueueError(f"counter {counter} has no finished visit today to rate", "nothing_to_rate",
                             counter=counter)
        earlier_rating = uow.ratings.get(visit.id)
        if earlier_rating is not None and earlier_rating.rated:
            raise QueueError(f"ticket {visit.number} was rated at counter {counter} already: one rating per visit",
                             "already_rated", ticket=visit.number, counter=counter)
        uow.events.append(RatingRequested(at=now, **ticket_fields(visit), counter=counter, staff=visit.staff))
        if key:
            uow.requests.settle(key, visit.id)
        return describe(uow, hall, visit)


# -- reading -------------------------------------------------------------------------------

@needs(Permission.READ_REPORTS)
def ratings_on(hall: Hall, day: date | None = None, counter: int | None = None) -> list[RatingInfo]:
    """A business day's ratings (and visits asked and not rated), oldest first."""
    if counter is not None:
        limits.counter_number(counter)
    with hall.read() as uow:
        return [RatingInfo.of(r) for r in uow.ratings.on(day or hall.today(), counter=counter)]


def _day(uow: UnitOfWork, day: date) -> tuple[list[ServedVisit], list[Rating]]:
    return [ServedVisit.of(t) for t in uow.tickets.in_states(*SERVED, day=day)], uow.ratings.on(day)


@needs(Permission.READ_REPORTS)
def day_figures(hall: Hall, day: date | None = None) -> RatingFigures:
    with hall.read() as uow:
        visits, given = _day(uow, day or hall.today())
    return ratings.figures(visits, given, hall.config["rating.basic_is_satisfied"])


@needs(Permission.READ_REPORTS)
def day_figures_by(hall: Hall, by: str, day: date | None = None) -> dict[Hashable, RatingFigures]:
    """A day's figures per teller, counter, service or day."""
    with hall.read() as uow:
        visits, given = _day(uow, day or hall.today())
    return ratings.figures_by(by, visits, given, hall.config["rating.basic_is_satisfied"])


@needs(Permission.VIEW)
def teller_day(hall: Hall, user: str, counter: int) -> RatingDay:
    """The teller's figures today, their newest rating, and what 请评价 would ask about."""
    now = hall.now()
    today = hall.today(now)
    with hall.read() as uow:
        # By its index, however long the queue; a no-show was nobody's visit to rate.
        served = [t for t in uow.read(uow.tickets.served_reading(user, today))[0] if t.state in SERVED]
        given = uow.ratings.on(today, staff=user)
        free = uow.tickets.at_counter(counter, today) is None
    rated = {r.ticket_id: r for r in given if r.rated}
    last = _last(t for t in served if t.counter == counter) if free else None
    return RatingDay(figures=ratings.figures([ServedVisit.of(t) for t in served], given,
                                             hall.config["rating.basic_is_satisfied"]),
                     last=RatingInfo.of(max(rated.values(), key=lambda r: r.at)) if rated else None,
                     askable=last.number if last is not None and last.id not in rated else None)


@needs(Permission.VIEW)
def station(hall: Hall, counter: int) -> Station:
    limits.counter_number(counter)
    with hall.read() as uow:
        c = uow.counters.get(counter)
        member = next((m for m in uow.staff.all() if m.user == c.staff), None) if c.staff else None
    return Station(counter=c.number, names=dict(c.names), state=c.state.value,
                   teller_name=member.name if member else None,
                   staff_number=member.staff_number if member else None)
