"""Ticket numbers and the business day they belong to."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def ticket_number(prefix: str, sequence: int, width: int) -> str:
    """'A', 1, 3 → 'A001'. Past the width the number simply grows (A999 → A1000)."""
    return f"{prefix}{sequence:0{width}d}"


#: The place in the day of the number a hint shows ("Ticket, e.g. A012").
EXAMPLE_SEQUENCE = 12


def example_number(prefix: str, width: int) -> str:
    """A number such as a service gives, for a hint: 'R', 3 → 'R012'."""
    return ticket_number(prefix, EXAMPLE_SEQUENCE, width)


def numbers_may_clash(prefix: str, other: str) -> bool:
    """Two services' numbers could be the same ticket number: the same prefix ('A' and
    'A'), or one the other followed by digits ('A' numbers A1001, and so does 'A1')."""
    shorter, longer = sorted((prefix, other), key=len)
    return longer.startswith(shorter) and (longer == shorter or longer[len(shorter):].isdigit())


def numbering_alike(prefixes: dict[str, str]) -> list[list[str]]:
    """The services (code → prefix, in the hall's order) whose numbers may clash, in
    groups: [['A', 'B']] when both give A001. The rule refuses such a service when it is
    added; a hall set up before the rule may still have them."""
    order = list(prefixes)
    groups: list[list[str]] = []
    for code, prefix in prefixes.items():
        joined = [g for g in groups if any(numbers_may_clash(prefix, prefixes[other]) for other in g)]
        groups = [g for g in groups if g not in joined] + [sorted([*(c for g in joined for c in g), code],
                                                                  key=order.index)]
    return sorted((g for g in groups if len(g) > 1), key=lambda g: order.index(g[0]))


def business_date(moment: datetime, tz: ZoneInfo) -> date:
    """The branch's local calendar date of an instant: numbering restarts with it."""
    if moment.tzinfo is None:
        raise ValueError("business_date needs an aware datetime")
    return moment.astimezone(tz).date()


def local_time(moment: datetime, tz: ZoneInfo):
    return moment.astimezone(tz).timetz().replace(tzinfo=None)
