"""Report periods in business days, and the branch's clock for them.

A report covers whole business days (the branch's local dates): a day, an ISO week
(Monday to Sunday), a calendar month or quarter, or any range of dates. The store keeps
instants in UTC; `utc_offsets` gives the branch's offset from UTC over a stretch of
time, in pieces wherever daylight saving changes it, so SQL can turn an instant into
the local hour without knowing time zones.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from queuedesk.domain.errors import QueueError

KINDS = ("day", "week", "month", "quarter")
#: The longest range a report takes: ten years of days is already more than any table shows.
MAX_DAYS = 3660


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    kind: str = "range"            # day | week | month | quarter | range

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise QueueError(f"the period ends ({self.last}) before it starts ({self.first})", "period_backwards",
                             first=self.first.isoformat(), last=self.last.isoformat())
        if (self.last - self.first).days >= MAX_DAYS:
            raise QueueError(f"a report covers at most {MAX_DAYS} days", "period_too_long", days=MAX_DAYS)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def __len__(self) -> int:
        return (self.last - self.first).days + 1


def period(kind: str, on: date) -> Period:
    """The day, week (Monday first), month or quarter that contains `on`."""
    if kind == "day":
        return Period(on, on, kind)
    if kind == "week":
        monday = on - timedelta(days=on.weekday())
        return Period(monday, monday + timedelta(days=6), kind)
    if kind == "month":
        return Period(on.replace(day=1), _month_end(on.year, on.month), kind)
    if kind == "quarter":
        first_month = 3 * ((on.month - 1) // 3) + 1
        return Period(date(on.year, first_month, 1), _month_end(on.year, first_month + 2), kind)
    raise QueueError(f"unknown period {kind!r}; use {', '.join(KINDS)}", "unknown_period", kind=kind)


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def day_start(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of a business day, in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc)


def utc_bounds(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the business days first … last."""
    return day_start(first, tz), day_start(last + timedelta(days=1), tz)


def utc_offsets(start: datetime, end: datetime, tz: ZoneInfo) -> list[tuple[datetime, int]]:
    """[(from, offset in ms)]: the branch's UTC offset from each instant on, covering
    [start, end); one piece unless daylight saving changes within it."""
    def offset(moment: datetime) -> int:
        return int(moment.astimezone(tz).utcoffset() / timedelta(milliseconds=1))

    pieces = [(start, offset(start))]
    step = timedelta(hours=1)
    moment = start
    while moment < end:
        following = min(moment + step, end)
        if offset(following) != pieces[-1][1] and following < end:
            # Narrow the change down to the whole second it happens (zones change on seconds).
            lo, hi = 0, int((following - moment).total_seconds())
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if offset(moment + timedelta(seconds=mid)) == pieces[-1][1] else (lo, mid)
            changed = moment + timedelta(seconds=hi)
            pieces.append((changed, offset(changed)))
        moment = following
    return pieces
