"""The complaints register (投诉登记): what a complaint is, when it is due, and whether
it was answered on time.

Staff write a complaint down as the customer tells it (on site, by phone, on the web, by
letter), graded general or serious; it is due a number of working days after the day it
came in (per grade, settings complaints.general_days / serious_days) and is answered once.

Working days are Monday to Friday. Public holidays and the weekends worked in their
place (调休) are not known: around them a hall gives the due date by hand
(`queuedesk complaint add --due DATE`).

The figure, defined here once: answered on time ÷ due, where a complaint is due once it
was answered or its due date has passed, and on time when answered on or before its due
date (a complaint still open on its due date is not late yet).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from queuedesk.domain.errors import QueueError

TEXT_MAX = 2000


class Grade(str, enum.Enum):
    GENERAL = "general"
    SERIOUS = "serious"


class Channel(str, enum.Enum):
    """How the complaint reached the hall."""

    ONSITE = "onsite"
    PHONE = "phone"
    WEB = "web"
    LETTER = "letter"


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (the day itself not counted); 0: `start`."""
    if days < 0:
        raise ValueError("working days cannot be negative")
    day = start
    while days:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


# -- personal numbers in free text --------------------------------------------------------
# A complaint is read by many; ID and phone numbers do not belong in it (the customer's
# contact details are kept elsewhere, only as long as needed).

_PERSONAL = (
    ("ID number", re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")),
    ("ID number", re.compile(r"(?<![0-9A-Za-z])[A-Z][12]\d{8}(?![0-9])")),          # Taiwan
    ("phone number", re.compile(r"(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)")),       # mainland mobile
    ("phone number", re.compile(r"(?<!\d)09\d{2}[ -]?\d{3}[ -]?\d{3}(?!\d)")),       # Taiwan mobile
    ("phone number", re.compile(r"(?<![\d-])0\d{1,3}-\d{7,8}(?!\d)")),               # landline with area code
    ("card number", re.compile(r"(?<!\d)\d{15,19}(?!\d)")),
)


def personal_number(text: str) -> tuple[str, str] | None:
    """(what it looks like, the number masked) for the first ID, phone or card number in
    `text`, or None."""
    for kind, pattern in _PERSONAL:
        found = pattern.search(text)
        if found:
            number = found.group(0)
            return kind, f"{number[:3]}…{number[-2:]}"
    return None


def check_text(text: str, what: str = "complaint") -> str:
    """The text stripped, or a refusal: empty, too long, or holding a personal number."""
    text = (text or "").strip()
    if not text:
        raise QueueError(f"the {what} text is empty", "text_empty", what=what)
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise QueueError(f"the {what} text holds control characters", "text_control_characters", what=what)
    if len(text) > TEXT_MAX:
        raise QueueError(f"the {what} text is {len(text)} characters; at most {TEXT_MAX}", "text_too_long",
                         what=what, lang="", limit=TEXT_MAX)
    found = personal_number(text)
    if found:
        kind, masked = found
        raise QueueError(f"the {what} text seems to hold a {kind} ({masked}); leave it out: the register is "
                         f"read by many", "personal_number_in_text", what=what, kind=kind)
    return text


@dataclass
class Complaint:
    channel: Channel
    grade: Grade
    text: str
    received_at: datetime
    received_date: date                # the branch's business date it came in
    due_date: date
    id: int | None = None
    ticket_number: str | None = None
    ticket_id: int | None = None
    counter: int | None = None
    staff: str | None = None           # the teller concerned, when known from the ticket
    recorded_by: str | None = None     # who wrote it down
    answered_at: datetime | None = None
    answered_date: date | None = None
    answer: str | None = None
    answered_by: str | None = None

    @property
    def is_open(self) -> bool:
        return self.answered_at is None

    def give_answer(self, text: str, by: str | None, now: datetime, today: date) -> None:
        if not self.is_open:
            raise QueueError(f"complaint {self.id} was answered already", "already_answered", complaint=self.id)
        self.answer = check_text(text, "answer")
        self.answered_by, self.answered_at, self.answered_date = by, now, today

    def is_overdue(self, today: date) -> bool:
        """Still open after its due date."""
        return self.is_open and today > self.due_date

    def is_due(self, today: date) -> bool:
        """Counts in the on-time figure: answered, or past its due date."""
        return not self.is_open or today > self.due_date

    @property
    def answered_on_time(self) -> bool:
        return self.answered_date is not None and self.answered_date <= self.due_date


@dataclass(frozen=True)
class OnTime:
    on_time: int
    due: int

    @property
    def rate(self) -> float | None:
        """Answered on time ÷ due; None while nothing is due."""
        return self.on_time / self.due if self.due else None

    def to_dict(self) -> dict:
        return {"on_time": self.on_time, "due": self.due,
                "rate": None if self.rate is None else round(self.rate, 4)}


def on_time(complaints, today: date) -> OnTime:
    due = [c for c in complaints if c.is_due(today)]
    return OnTime(on_time=sum(1 for c in due if c.answered_on_time), due=len(due))
