"""What the rating screen is doing, as plain data: idle, asking, asking why, thanking.

No Qt and no database: the window feeds it what happened (a visit to rate, a touch, the
time running out) and carries out the effects it returns (send a rating, record a visit
as not rated). Tested in microseconds (tests/rate/test_state.py).

    idle ──ask──▶ ask ──touch 5/4/3──▶ thanks ──(time)──▶ idle
                   │  ▲
     touch 2/1 ────┘  └──back──┐
                   ▼           │
                 reasons ──────┘──submit──▶ thanks

Time running out while asking records the visit as not rated; while choosing reasons,
the level already touched is sent with the reasons touched so far. A new visit to rate
(the teller finished the next customer) ends the one being asked about the same way.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from queuedesk.domain.ratings import LOW, REASONS, Level


class Page(str, enum.Enum):
    IDLE = "idle"
    ASK = "ask"
    REASONS = "reasons"
    THANKS = "thanks"


@dataclass(frozen=True)
class Visit:
    """The visit being rated: one leg of a ticket at this counter."""

    ticket_id: int | None              # None: a preview (--preview); nothing is recorded
    number: str
    counter: int


@dataclass(frozen=True)
class Send:
    """Record this rating."""

    visit: Visit
    score: int
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lapse:
    """Record this visit as asked and not rated."""

    visit: Visit


@dataclass
class RateFlow:
    page: Page = Page.IDLE
    visit: Visit | None = None
    score: int | None = None
    reasons: set[str] = field(default_factory=set)

    @property
    def asking(self) -> bool:
        return self.page in (Page.ASK, Page.REASONS)

    def ask(self, visit: Visit) -> list:
        """A visit to rate: ask about it. The same visit asked for again changes nothing."""
        if self.asking and self.visit == visit:
            return []
        effects = self._let_go()
        self.visit, self.score, self.page = visit, None, Page.ASK
        self.reasons = set()
        return effects

    def touch(self, score: int) -> list:
        """A level touched: the two lowest ask why, the others are sent."""
        if self.page is not Page.ASK:
            return []
        self.score = int(Level(score))
        if Level(score) in LOW:
            self.page = Page.REASONS
            return []
        self.page = Page.THANKS
        return [Send(self.visit, self.score)]

    def toggle(self, reason: str) -> None:
        if self.page is Page.REASONS and reason in REASONS:
            self.reasons ^= {reason}

    def back(self) -> None:
        """From the reasons to the levels again (a mistaken touch)."""
        if self.page is Page.REASONS:
            self.page, self.score = Page.ASK, None
            self.reasons = set()

    def submit(self) -> list:
        if self.page is not Page.REASONS:
            return []
        self.page = Page.THANKS
        return [self._send()]

    def time_out(self) -> list:
        """Nobody touched the screen for a while (or the thanks were said)."""
        effects = self._let_go()
        self.page, self.visit, self.score = Page.IDLE, None, None
        self.reasons = set()
        return effects

    def rated_elsewhere(self, ticket_id: int) -> None:
        """The visit got its rating through another channel: stop asking."""
        if self.asking and self.visit is not None and self.visit.ticket_id == ticket_id:
            self.page, self.visit, self.score = Page.IDLE, None, None
            self.reasons = set()

    def _send(self) -> Send:
        return Send(self.visit, self.score, tuple(r for r in REASONS if r in self.reasons))

    def _let_go(self) -> list:
        """What to record for the visit being asked about when the asking ends unanswered."""
        if self.page is Page.ASK:
            return [Lapse(self.visit)]
        if self.page is Page.REASONS:
            return [self._send()]
        return []
