"""Following one's own ticket from a phone: what the page behind the ticket's QR code shows.

A ticket's token (128 random bits, printed as a QR code) is the only key to its page,
valid for the business day the ticket was taken. The token is looked up by its first
eight hex digits and compared whole in constant time, so response times say nothing
about how close a guess came. A transferred visit is followed to the leg it continues
on, so the page printed on the first ticket keeps working to the end of the visit.

Once the visit is over (its last leg done), the page carries its rating, if given
(`TicketPage.rating`); the web page offers the rating until then.

`ticket_pages` reads many tickets at once (one page server follows hundreds): their
places are counted by index, never by reading a long queue (operations.figures.places).
"""
from __future__ import annotations

import hmac
import re
from dataclasses import asdict, dataclass
from typing import Any

from queuedesk.domain.access import Permission
from queuedesk.domain.errors import UnknownTicket
from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.model import Ticket, TicketState
from queuedesk.domain.notices import MAX_CHANGES as NOTICE_CHANGES
from queuedesk.domain.notices import NoticeKind, masked
from queuedesk.operations.figures import Counters, places, service_times, wait_for
from queuedesk.operations.hall import Hall, needs
from queuedesk.store.unit_of_work import UnitOfWork

_TOKEN = re.compile(r"[0-9a-f]{32}")
PREFIX = 8
#: Legs followed at most (a visit transferred more often than this is shown where it got to).
MAX_LEGS = 20


@dataclass(frozen=True)
class CounterRef:
    number: int
    names: dict[str, str]          # its own names; none: "3号窗口" in the reader's words


@dataclass(frozen=True)
class NoticeStatus:
    """The customer's notice request as their page may show it: the number masked."""

    phone: str                     # ****5678, or "" once forgotten
    ahead: int
    active: bool
    sent: tuple[str, ...]          # kinds queued so far: "ahead", "called"
    changes_left: int


@dataclass(frozen=True)
class VisitRating:
    """How the customer rated the visit (its last served leg)."""

    score: int                     # 5 very satisfied … 1 very dissatisfied
    level: str                     # very_satisfied … very_dissatisfied
    reasons: tuple[str, ...]       # reason codes, for the two lowest levels


@dataclass(frozen=True)
class TicketPage:
    """The facts of one visit, as its page and `/api/tickets/<token>` give them."""

    visit: int                     # id of the ticket the token belongs to
    leg: int                       # id of the leg the visit is on now
    number: str
    business_date: str
    service: str
    service_names: dict[str, str]
    state: str                     # waiting, called, serving, parked, done, no_show, cancelled, expired
    ahead: int | None              # people ahead while waiting
    wait: WaitEstimate | None      # the promise while waiting (domain.estimate)
    counter: CounterRef | None     # where to go (called, serving) or where they were
    counters: tuple[CounterRef, ...]   # open counters that serve this queue now
    recalls: int
    transferred_from: str | None   # service code of the leg before, if transferred
    to_counter: int | None         # transferred to one counter only
    called_at: str | None
    notice: NoticeStatus | None
    # The visit's rating once it is served and over (state done): None until rated.
    rating: VisitRating | None = None

    @property
    def ratable(self) -> bool:
        """The customer may still rate this visit: served, over, and not rated yet."""
        return self.state == "done" and self.rating is None

    def to_dict(self) -> dict[str, Any]:
        value = asdict(self)
        value["wait"] = self.wait.to_dict() if self.wait else None
        # The names scripts read before the promise had a kind (issue 18).
        value["wait_min"] = self.wait.minutes if self.wait else None
        value["wait_range"] = list(self.wait.shown) if self.wait and self.wait.shown else None
        if self.rating is not None:
            value["rating"]["reasons"] = list(self.rating.reasons)
        return value


def is_token(text: str) -> bool:
    """Whether `text` is shaped like a ticket token (32 lowercase hex digits)."""
    return bool(_TOKEN.fullmatch(text or ""))


def visit_by_token(uow: UnitOfWork, hall: Hall, token: str) -> Ticket | None:
    """Today's ticket with this token, or None: a malformed, unknown or earlier day's
    token are all just "no such ticket"."""
    token = (token or "").strip().lower()
    if not is_token(token):
        return None
    found = None
    for ticket in uow.tickets.with_token_prefix(token[:PREFIX]):
        if hmac.compare_digest(ticket.token.encode(), token.encode()):
            found = ticket
    if found is None or found.business_date != hall.today():
        return None
    return found


def require_visit(uow: UnitOfWork, hall: Hall, token: str) -> Ticket:
    """`visit_by_token`, refusing (UnknownTicket) where there is none."""
    ticket = visit_by_token(uow, hall, token)
    if ticket is None:
        raise UnknownTicket("token")
    return ticket


@needs(Permission.VIEW)
def find_visit(hall: Hall, token: str) -> int:
    """The id of today's ticket with this token; UnknownTicket otherwise."""
    with hall.read() as uow:
        return require_visit(uow, hall, token).id


@needs(Permission.VIEW)
def ticket_page(hall: Hall, token: str) -> TicketPage:
    with hall.read() as uow:
        ticket = visit_by_token(uow, hall, token)
        page = _pages(uow, hall, [ticket.id]).get(ticket.id) if ticket else None
    if page is None:
        raise UnknownTicket("token")
    return page


@needs(Permission.VIEW)
def ticket_pages(hall: Hall, visits: list[int]) -> dict[int, TicketPage]:
    """The pages of these visits that are still today's; the others are left out."""
    with hall.read() as uow:
        return _pages(uow, hall, visits)


def current_legs(uow: UnitOfWork, visits: dict[int, Ticket]) -> dict[int, Ticket]:
    """{visit id: the leg it is on now}, following transfers."""
    legs = dict(visits)
    for _ in range(MAX_LEGS):
        moved = {t.id: v for v, t in legs.items() if t.state is TicketState.TRANSFERRED}
        if not moved:
            break
        successors = uow.tickets.successors(list(moved))
        if not successors:
            break
        for old_id, leg in successors.items():
            legs[moved[old_id]] = leg
    return legs


def _pages(uow: UnitOfWork, hall: Hall, visit_ids: list[int]) -> dict[int, TicketPage]:
    now = hall.now()
    day = hall.today(now)
    visits = {i: t for i, t in uow.tickets.by_ids(list(visit_ids)).items() if t.business_date == day}
    if not visits:
        return {}
    legs = current_legs(uow, visits)
    services = uow.services.all()
    counters = uow.counters.all()
    positions = places(uow, legs.values(), services, day, now, hall.policy())
    needed = {leg.service for leg in legs.values() if leg.id in positions}
    times = {code: service_times(uow, services[code], day) for code in needed}
    open_counters = Counters.read(uow, day, now)
    given = uow.ratings.of_tickets([leg.id for leg in legs.values() if leg.state is TicketState.DONE])
    requests = uow.notices.requests_for(visits)
    queued = uow.notices.queued(r.id for r in requests.values())
    by_number = {c.number: c for c in counters}
    earlier = uow.tickets.by_ids([leg.transferred_from for leg in legs.values() if leg.transferred_from])

    def ref(number: int | None) -> CounterRef | None:
        if number is None:
            return None
        counter = by_number.get(number)
        return CounterRef(number, dict(counter.names) if counter else {})

    pages = {}
    for visit_id, leg in legs.items():
        service = services.get(leg.service)
        ahead = positions.get(leg.id) if leg.state is TicketState.WAITING else None
        wait = None
        if ahead is not None and leg.service in times:
            wait = wait_for(uow, services[leg.service], ahead, day, now, open_counters, times[leg.service])
        if leg.target_counter is not None:
            serving = [by_number[leg.target_counter]] if leg.target_counter in by_number else []
        else:
            serving = [c for c in counters if c.is_open and leg.service in c.services]
        request = requests.get(visit_id)
        notice = None
        if request is not None:
            notice = NoticeStatus(phone=masked(request.phone), ahead=request.ahead, active=request.active,
                                  sent=tuple(sorted({k.value for k, _ in queued.get(request.id, ())},
                                                    key=[k.value for k in NoticeKind].index)),
                                  changes_left=max(0, NOTICE_CHANGES - request.changes))
        before = earlier.get(leg.transferred_from) if leg.transferred_from else None
        rated = given.get(leg.id)
        rating = VisitRating(rated.score, rated.level.code, rated.reasons) if rated and rated.rated else None
        pages[visit_id] = TicketPage(
            visit=visit_id, leg=leg.id, number=leg.number, business_date=leg.business_date.isoformat(),
            service=leg.service, service_names=dict(service.names) if service else {},
            state=leg.state.value, ahead=ahead, wait=wait,
            counter=ref(leg.counter), counters=tuple(CounterRef(c.number, dict(c.names)) for c in serving),
            recalls=leg.recalls, transferred_from=before.service if before else None,
            to_counter=leg.target_counter,
            called_at=leg.called_at.isoformat() if leg.called_at else None, notice=notice, rating=rating)
    return pages
