"""Customers' ratings of their visits (好差评) and the figures made of them, defined once.

Every served visit may be rated once, on the spot, on five levels (国办发〔2019〕51号):
非常满意 5 · 满意 4 · 基本满意 3 · 不满意 2 · 非常不满意 1. The two lowest may say why, by
reason codes (worded per language in wording/ratings.py). A visit is one leg of a ticket
at one counter, so a customer transferred from one counter to another rates each of them.
A rating screen that asked and got no touch records the visit as asked but not rated.

The figures (reports, the desk's side panel, `queuedesk rating figures`) are computed
here and nowhere else:

- evaluation rate = rated visits ÷ served visits
- satisfaction rate = satisfied ÷ rated, where satisfied is 非常满意 + 满意, and also
  基本满意 when the hall counts it (setting rating.basic_is_satisfied; default: not)

Both are None while their denominator is 0: no figure is better than a made-up 0 % or 100 %.
"""
from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Ticket, TicketState


class Level(enum.IntEnum):
    """A rating's score: 5 is the best."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    BASICALLY_SATISFIED = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1

    @property
    def code(self) -> str:
        return self.name.lower()


#: The levels as a rating screen shows them: best first.
LEVELS = tuple(sorted(Level, reverse=True))
#: Levels at which the customer is offered reasons.
LOW = frozenset({Level.DISSATISFIED, Level.VERY_DISSATISFIED})
#: Why a customer was dissatisfied: 等候时间长, 服务态度, 业务不熟练, 流程繁琐, 其他.
REASONS = ("long_wait", "attitude", "not_proficient", "complicated", "other")
#: Where a rating came from: the rating screen at the counter, or another channel through
#: `queuedesk ticket rate` (a hardware keypad's bridge, the kiosk, the ticket's web page).
CHANNELS = ("screen", "keypad", "kiosk", "web", "cli")
#: What halls aim for per teller (satisfaction ≥ 95 %): below it a figure is shown as a warning.
SATISFACTION_TARGET = 0.95
#: A leg in one of these states was served at its counter, so it may be rated.
SERVED = (TicketState.DONE, TicketState.TRANSFERRED)


def check(score: int, reasons: Iterable[str] = ()) -> tuple[Level, tuple[str, ...]]:
    """A valid (level, reasons) from what a customer or a script gave, or a refusal.

    Reasons come in REASONS order, each once; they belong to the two lowest levels only.
    """
    if isinstance(score, bool) or not isinstance(score, int) or score not in Level._value2member_map_:
        raise QueueError(f"score {score!r} is not a level; use 1 (very dissatisfied) to 5 (very satisfied)",
                         "score_out_of_range", score=score)
    level = Level(score)
    given = list(reasons)
    for reason in given:
        if reason not in REASONS:
            raise QueueError(f"unknown reason {reason!r}; use {', '.join(REASONS)}", "unknown_reason",
                             reason=reason)
    if given and level not in LOW:
        raise QueueError(f"reasons go with score 1 or 2 only, not {score}", "reasons_for_low_scores_only",
                         score=score)
    return level, tuple(r for r in REASONS if r in given)


def require_ratable(ticket: Ticket) -> None:
    """Only a visit served and over can be rated (not one waiting, at the counter, or missed)."""
    if ticket.state not in SERVED:
        raise QueueError(f"ticket {ticket.number} is {ticket.state.value}: only a served, finished visit "
                         f"can be rated", "not_ratable", ticket=ticket.number, state=ticket.state.value)


def is_satisfied(level: Level, basic_is_satisfied: bool = False) -> bool:
    return level >= (Level.BASICALLY_SATISFIED if basic_is_satisfied else Level.SATISFIED)


@dataclass(frozen=True)
class Rating:
    """What one visit got: a level with its reasons, or None (asked, not rated)."""

    ticket_id: int
    ticket_number: str
    business_date: date
    service: str
    counter: int | None
    staff: str | None                  # the teller who served the visit
    score: int | None
    at: datetime
    reasons: tuple[str, ...] = ()
    channel: str = "cli"

    @property
    def rated(self) -> bool:
        return self.score is not None

    @property
    def level(self) -> Level | None:
        return Level(self.score) if self.score is not None else None

    @classmethod
    def of(cls, ticket: Ticket, score: int | None, at: datetime, reasons: tuple[str, ...] = (),
           channel: str = "cli") -> "Rating":
        return cls(ticket_id=ticket.id, ticket_number=ticket.number, business_date=ticket.business_date,
                   service=ticket.service, counter=ticket.counter, staff=ticket.staff, score=score, at=at,
                   reasons=reasons, channel=channel)


@dataclass(frozen=True)
class ServedVisit:
    """A leg served at a counter: the denominator of the evaluation rate."""

    ticket_id: int
    business_date: date
    service: str
    counter: int | None
    staff: str | None

    @classmethod
    def of(cls, ticket: Ticket) -> "ServedVisit":
        return cls(ticket.id, ticket.business_date, ticket.service, ticket.counter, ticket.staff)


@dataclass(frozen=True)
class RatingFigures:
    served: int
    rated: int
    asked_not_rated: int              # a screen asked and nobody touched it
    levels: Mapping[int, int]         # score → visits rated so, every level present
    satisfied: int
    basic_is_satisfied: bool

    @property
    def evaluation_rate(self) -> float | None:
        """Rated visits ÷ served visits."""
        return self.rated / self.served if self.served else None

    @property
    def satisfaction_rate(self) -> float | None:
        """Satisfied ÷ rated."""
        return self.satisfied / self.rated if self.rated else None

    def to_dict(self) -> dict:
        return {"served": self.served, "rated": self.rated, "asked_not_rated": self.asked_not_rated,
                "levels": {str(score): n for score, n in self.levels.items()}, "satisfied": self.satisfied,
                "basic_is_satisfied": self.basic_is_satisfied,
                "evaluation_rate": _rounded(self.evaluation_rate),
                "satisfaction_rate": _rounded(self.satisfaction_rate)}


def _rounded(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


def figures(visits: Iterable[ServedVisit], ratings: Mapping[int, Rating] | Iterable[Rating],
            basic_is_satisfied: bool = False) -> RatingFigures:
    """The figures of these served visits; `ratings` by ticket id (those of other visits
    are ignored, so one day's visits are not mixed with another day's ratings)."""
    by_ticket = ratings if isinstance(ratings, Mapping) else {r.ticket_id: r for r in ratings}
    served = 0
    lapsed = 0
    levels = {int(level): 0 for level in LEVELS}
    for visit in visits:
        served += 1
        rating = by_ticket.get(visit.ticket_id)
        if rating is None:
            continue
        if rating.score is None:
            lapsed += 1
        else:
            levels[rating.score] += 1
    satisfied = sum(n for score, n in levels.items() if is_satisfied(Level(score), basic_is_satisfied))
    return RatingFigures(served=served, rated=sum(levels.values()), asked_not_rated=lapsed, levels=levels,
                         satisfied=satisfied, basic_is_satisfied=basic_is_satisfied)


#: How figures can be split, and the key of each visit for it.
GROUPINGS: dict[str, Callable[[ServedVisit], Hashable]] = {
    "teller": lambda v: v.staff,
    "counter": lambda v: v.counter,
    "service": lambda v: v.service,
    "day": lambda v: v.business_date,
}


def figures_by(by: str, visits: Iterable[ServedVisit], ratings: Mapping[int, Rating] | Iterable[Rating],
               basic_is_satisfied: bool = False) -> dict[Hashable, RatingFigures]:
    """The figures per teller, counter, service or day (`by`), in the order first seen."""
    if by not in GROUPINGS:
        raise QueueError(f"figures by {by!r}? use {', '.join(GROUPINGS)}", "unknown_grouping", by=by)
    key = GROUPINGS[by]
    by_ticket = ratings if isinstance(ratings, Mapping) else {r.ticket_id: r for r in ratings}
    groups: dict[Hashable, list[ServedVisit]] = {}
    for visit in visits:
        groups.setdefault(key(visit), []).append(visit)
    return {k: figures(group, by_ticket, basic_is_satisfied) for k, group in groups.items()}
