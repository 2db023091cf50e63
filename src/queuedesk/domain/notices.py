""""Almost your turn" notices: what a customer may ask for, and when a notice is due.

On the ticket page a customer gives a phone number and how many people ahead should
trigger the first notice ("tell me at 3 ahead"); a second one follows when they are
called. Each notice goes out once. The number is personal data: it is kept only for
the business day it was given on, and shown or logged only masked (****5678).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import TicketState

#: People ahead a customer may ask to be told at.
AHEAD_MIN, AHEAD_MAX = 1, 20
#: How often one ticket may set or change its request: a ticket holder must not be able
#: to make the hall's SMS gateway text a list of strangers.
MAX_CHANGES = 3
#: Retries of a failed delivery wait 2, 4, 8 … seconds, at most this long.
MAX_RETRY_DELAY_S = 300

_PHONE = re.compile(r"\+?[0-9]{6,15}")
_SEPARATORS = re.compile(r"[\s\-().]")


class NoticeKind(str, enum.Enum):
    AHEAD = "ahead"        # N or fewer people ahead
    CALLED = "called"      # called to a counter


class DeliveryState(str, enum.Enum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"      # given up


def phone_number(text: str) -> str:
    """The number as the gateway gets it (digits, an optional leading +); a refusal
    with code `bad_phone` if it is not one."""
    phone = _SEPARATORS.sub("", text or "")
    if not _PHONE.fullmatch(phone):
        raise QueueError("not a phone number", "bad_phone")
    return phone


def masked(phone: str | None) -> str:
    """What a page or a log may show of a number: its last four digits."""
    if not phone:
        return ""
    return "****" + phone[-4:]


def threshold(value: int) -> int:
    if not AHEAD_MIN <= value <= AHEAD_MAX:
        raise QueueError(f"people ahead must be {AHEAD_MIN} to {AHEAD_MAX}", "bad_threshold",
                         low=AHEAD_MIN, high=AHEAD_MAX)
    return value


@dataclass
class NoticeRequest:
    """One customer's request, on the ticket (first leg of the visit) it was made for."""

    ticket_id: int
    business_date: date
    phone: str | None            # None once forgotten (end of the business day)
    ahead: int
    lang: str
    created_at: datetime
    active: bool = True
    changes: int = 1
    id: int | None = None

    def change(self, phone: str, ahead: int, lang: str) -> None:
        if self.changes >= MAX_CHANGES:
            raise QueueError("this ticket's notice request cannot be changed again", "notice_changes",
                             limit=MAX_CHANGES)
        self.phone, self.ahead, self.lang, self.active = phone, ahead, lang, True
        self.changes += 1

    def cancel(self) -> None:
        self.active, self.phone = False, None


def due(request: NoticeRequest, state: TicketState, ahead: int | None, leg_id: int,
        sent: set[tuple[NoticeKind, int]]) -> list[NoticeKind]:
    """The notices now due for the visit's current leg `leg_id` in `state` with `ahead`
    people ahead, given the (kind, leg) notices already queued. "Almost" goes once per
    visit, and never after a call; "called" once per leg (a customer transferred to
    another queue is called again)."""
    if not request.active or not request.phone:
        return []
    if state is TicketState.CALLED:
        return [] if (NoticeKind.CALLED, leg_id) in sent else [NoticeKind.CALLED]
    if state is TicketState.WAITING and ahead is not None and ahead <= request.ahead and not sent:
        return [NoticeKind.AHEAD]
    return []


def retry_delay_s(attempts: int) -> float:
    """Seconds to wait before the next try after `attempts` failed ones."""
    return float(min(2 ** max(1, attempts), MAX_RETRY_DELAY_S))


@dataclass
class Notice:
    """One notice to deliver: `kind` about leg `ticket_id` of request `request_id`."""

    request_id: int
    kind: NoticeKind
    ticket_id: int
    created_at: datetime
    next_attempt_at: datetime
    state: DeliveryState = DeliveryState.PENDING
    attempts: int = 0
    sent_at: datetime | None = None
    last_error: str | None = None
    id: int | None = None
