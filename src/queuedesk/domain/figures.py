"""Every figure a report shows, defined once: the simulator, `queuedesk report`, the
reports window and the desk's own day all count with these rules.

Two layers. What one ticket leg contributes (`leg_tally`: is it an arrival, how long it
waited, was it served …) is a `Tally` of counts and sums that add up; the figures a
manager reads (`Figures.of`: mean and median wait, share over 30 minutes, the "1020"
verdict, utilisation …) are computed from a tally, whichever way it was added up. The
store adds tallies up in SQL (store/repositories/figures.py mirrors `leg_tally` and
`idle_waiting_ms`, and a test holds the two to the same answers); the simulator adds
them up here, in Python, over the tickets of its day.

Durations are whole milliseconds, each instant rounded to the millisecond first (what
both databases can compute exactly), so the two paths agree to the last digit.
Wait percentiles are counted in whole minutes: the median is the smallest whole number
of minutes that half of the customers waited at most.

A leg is one row of the tickets table: a visit that was transferred has one leg per
queue it joined; only its first leg is an arrival.

Ratings and complaints are defined in their own modules (domain/ratings.py,
domain/complaints.py) and only counted here: a leg adds its rating's level
(`rating_of`), so a report keeps counts per level and applies the hall's
rating.basic_is_satisfied when it is read; a complaint adds to the cell of the day and
hour it came in and the counter and teller it concerns (`complaint_tally`), and whether
it is due or on time is decided on the day the report is made.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from queuedesk.domain import appointments as appointment_rules
from queuedesk.domain import complaints as complaint_rules
from queuedesk.domain import ratings
from queuedesk.domain.complaints import Complaint
from queuedesk.domain.events import (
    CounterClosed,
    CounterEvent,
    CounterOpened,
    CounterPaused,
    CounterResumed,
    StaffSignedIn,
    StaffSignedOut,
)
from queuedesk.domain.model import Channel, Ticket, TicketState
from queuedesk.domain.ratings import Level, Rating

# -- the rules' numbers ---------------------------------------------------------------------

#: The bank "1020" rule: mean wait at most 10 minutes and nobody over 20.
MEAN_1020_MIN = 10
MAX_1020_MIN = 20
#: The shares of customers over these waits are reported.
LONG_WAIT_MIN = (20, 30)
MINUTE_MS = 60_000
HOUR_MS = 3_600_000

#: A counter is open (its teller can call) from one of these until one of the others.
OPENS = (CounterOpened, CounterResumed, StaffSignedIn)
SHUTS = (CounterPaused, CounterClosed, StaffSignedOut)
#: Legs that were at a counter and ended there: the teller's busy time.
ENDED_AT_COUNTER = (TicketState.DONE, TicketState.NO_SHOW, TicketState.TRANSFERRED)
#: Left before being called, if never called.
GIVEN_UP = (TicketState.CANCELLED, TicketState.EXPIRED)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def instant_ms(moment: datetime) -> int:
    """Milliseconds since 1970 (UTC), rounded half up: the databases' own rounding."""
    return (int((moment - _EPOCH) / timedelta(microseconds=1)) + 500) // 1000


def _ms_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, instant_ms(end) - instant_ms(start))


# -- one leg ------------------------------------------------------------------------------------

def is_arrival(t: Ticket) -> bool:
    """A customer who took a ticket (a transfer's later leg is the same customer)."""
    return t.transferred_from is None


def queue_start(t: Ticket) -> datetime:
    """When the leg joined its queue."""
    return t.queued_at or t.issued_at


def wait_ms(t: Ticket) -> int | None:
    """Queued → first call; None for a leg never called."""
    return _ms_between(queue_start(t), t.first_called_at)


def service_ms(t: Ticket) -> int | None:
    """Start of service (or the call, where it was never started) → finish, for a leg served."""
    if t.state is not TicketState.DONE:
        return None
    return _ms_between(t.started_at or t.called_at, t.finished_at)


def busy_ms(t: Ticket) -> int:
    """The counter's time with this leg: its (last) call → the end, for legs that ended at a counter."""
    if t.state not in ENDED_AT_COUNTER:
        return 0
    return _ms_between(t.called_at, t.finished_at) or 0


def abandoned(t: Ticket) -> bool:
    """Left before being called: cancelled, or still waiting when the day closed."""
    return t.state in GIVEN_UP and t.first_called_at is None


def wait_minutes_bin(ms: int) -> int:
    """Whole minutes waited, rounded up: a wait in bin 3 was at most 3 minutes."""
    return -(-ms // MINUTE_MS)


def local_hour(moment: datetime, tz: ZoneInfo) -> int:
    return moment.astimezone(tz).hour


# Figures other features record: ratings and complaints (their own modules define them),
# appointments (appointment_of below; store/repositories/figures.py `recorded_elsewhere` for SQL).
def rating_of(t: Ticket, rating: Rating | None) -> Level | None:
    """The level a leg adds to the ratings' figures (domain.ratings.counted_level): a
    served visit's rating; None for a leg not rated or not served."""
    return ratings.counted_level(t.state, rating)


#: The Tally field counting the visits rated at each level.
LEVEL_FIELDS = {level: f"rated_{int(level)}" for level in ratings.LEVELS}


def appointment_of(t: Ticket) -> int | None:
    """1 if the arrival came with an appointment (a booking checked in at the kiosk or
    with `ticket checkin`, early, on time or late), else 0."""
    return int(t.channel is Channel.APPOINTMENT)


# -- adding up ------------------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts and sums that add up across legs, hours, days, tellers. `waits` is the wait
    histogram (whole minutes → customers), where it is kept (not per teller or counter)."""

    arrivals: int = 0
    called: int = 0
    served: int = 0
    no_shows: int = 0
    cancelled: int = 0
    transferred: int = 0
    abandoned: int = 0
    within_target: int = 0          # called within their service's target wait
    over_20: int = 0
    over_30: int = 0
    wait_ms_sum: int = 0
    wait_ms_max: int = 0
    service_count: int = 0
    service_ms_sum: int = 0
    service_ms_max: int = 0
    busy_ms: int = 0
    idle_waiting_ms: int = 0
    open_ms: int = 0
    ratable: int = 0                # visits that may be rated (domain.ratings.SERVED)
    rated_5: int = 0                # of them rated 非常满意 … (LEVEL_FIELDS)
    rated_4: int = 0
    rated_3: int = 0
    rated_2: int = 0
    rated_1: int = 0                # … 非常不满意
    # None: not recorded (yet); see appointment_of.
    appointments: int | None = None
    # Bookings of the period's days, not cancelled (domain.appointments.appointment_figures):
    # checked in, of them on time, and no-shows. Not legs: the store counts them from the
    # bookings, by day, service and branch only (store/repositories/figures.py
    # BOOKING_GROUPINGS); None where not counted.
    bookings_checked_in: int | None = None
    bookings_on_time: int | None = None
    booking_no_shows: int | None = None
    # Complaints that came in; of them due (answered, or past the due date) and answered
    # on time, as of the day the report is made (domain.complaints): never summarised.
    complaints: int = 0
    complaints_due: int = 0
    complaints_on_time: int = 0
    waits: dict[int, int] | None = None

    @property
    def levels(self) -> dict[int, int]:
        """Score → visits rated so."""
        return {int(level): getattr(self, name) for level, name in LEVEL_FIELDS.items()}

    def __add__(self, other: Tally) -> Tally:
        values = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "waits":
                values[f.name] = _merge_bins(a, b)
            elif f.name in MAXIMA:
                values[f.name] = max(a, b)
            elif a is None or b is None:
                values[f.name] = b if a is None else a
            else:
                values[f.name] = a + b
        return Tally(**values)

    def without_waits(self) -> Tally:
        return replace(self, waits=None)


#: Tally fields that combine by maximum; every other number adds.
MAXIMA = ("wait_ms_max", "service_ms_max")
#: Tally fields of complaints: counted when a report is read, from the register.
COMPLAINT_FIELDS = ("complaints", "complaints_due", "complaints_on_time")
#: Tally fields of bookings: counted from the bookings when a report is read.
BOOKING_FIELDS = ("bookings_checked_in", "bookings_on_time", "booking_no_shows")
#: Tally fields kept per cell of a day (everything but the open time, the histogram, the
#: complaints, which change after the day: answered later, or falling due, and the
#: bookings, which are no legs and become no-shows after the day is summarised).
CELL_FIELDS = tuple(f.name for f in fields(Tally)
                    if f.name not in ("open_ms", "waits", *COMPLAINT_FIELDS, *BOOKING_FIELDS))


def _merge_bins(a: dict[int, int] | None, b: dict[int, int] | None) -> dict[int, int] | None:
    if a is None or b is None:
        return b if a is None else a
    merged = dict(a)
    for minutes, count in b.items():
        merged[minutes] = merged.get(minutes, 0) + count
    return merged


def total(tallies: Iterable[Tally]) -> Tally:
    result = Tally()
    for t in tallies:
        result = result + t
    return result


def leg_tally(t: Ticket, target_wait_min: float, idle_waiting: int = 0, rating: Rating | None = None) -> Tally:
    """What one leg adds; `idle_waiting`: the counter's idle time before calling it
    (`idle_waiting_ms`), which depends on the legs before it; `rating`: the leg's."""
    waited = wait_ms(t)
    served = service_ms(t)
    level = rating_of(t, rating)
    arrival = is_arrival(t)
    return Tally(
        arrivals=int(arrival),
        called=int(waited is not None),
        served=int(t.state is TicketState.DONE),
        no_shows=int(t.state is TicketState.NO_SHOW),
        cancelled=int(t.state is TicketState.CANCELLED),
        transferred=int(t.state is TicketState.TRANSFERRED),
        abandoned=int(abandoned(t)),
        within_target=int(waited is not None and waited <= round(target_wait_min * MINUTE_MS)),
        over_20=int(waited is not None and waited > LONG_WAIT_MIN[0] * MINUTE_MS),
        over_30=int(waited is not None and waited > LONG_WAIT_MIN[1] * MINUTE_MS),
        wait_ms_sum=waited or 0,
        wait_ms_max=waited or 0,
        service_count=int(served is not None),
        service_ms_sum=served or 0,
        service_ms_max=served or 0,
        busy_ms=busy_ms(t),
        idle_waiting_ms=idle_waiting,
        ratable=int(t.state in ratings.SERVED),
        **({LEVEL_FIELDS[level]: 1} if level is not None else {}),
        appointments=appointment_of(t) if arrival else 0,
        waits={wait_minutes_bin(waited): 1} if waited is not None else {})


def complaint_tally(c: Complaint, today: date) -> Tally:
    """What one complaint adds, as of `today`: it came in; it is due (answered, or past
    its due date) and answered on time, each as domain.complaints decides."""
    due = c.is_due(today)
    return Tally(complaints=1, complaints_due=int(due), complaints_on_time=int(due and c.answered_on_time))


def complaint_cell(c: Complaint, service: str | None, tz: ZoneInfo) -> Cell:
    """Where a complaint is counted: the business day and local hour it came in, the
    service of the visit it concerns and the counter and teller it concerns (None where
    not known)."""
    return (c.received_date, service, c.counter, c.staff, local_hour(c.received_at, tz))


def idle_waiting_ms(legs: list[Ticket], opened: list[datetime]) -> dict[int, int]:
    """Teller idle while someone waited, for the legs one counter called in one business
    day: leg id → milliseconds between the moment the counter was free and the customer
    it called was already waiting, and that call.

    Free: since the previous leg it called that day ended, or since the counter last
    opened or resumed (`opened`), whichever is later; a pause or a closed counter is not
    idle. A leg called with nothing known before it (no earlier leg, no opening) adds 0.
    """
    result: dict[int, int] = {}
    previous_end: datetime | None = None
    for leg in sorted((t for t in legs if t.first_called_at is not None), key=lambda t: (t.first_called_at, t.id)):
        call = leg.first_called_at
        last_open = max((o for o in opened if o <= call), default=None)
        free = max((m for m in (previous_end, last_open) if m is not None), default=None)
        idle = 0
        if free is not None:
            start = max(free, queue_start(leg))
            idle = max(0, instant_ms(call) - instant_ms(start))
        result[leg.id] = idle
        previous_end = leg.finished_at
    return result


def open_ms(events: Iterable[CounterEvent], start: datetime, end: datetime,
            open_at_start: bool = False, staff_at_start: str | None = None) -> dict[str | None, int]:
    """How long one counter was open between `start` and `end`, per teller signed in
    (the staff of the event that opened it): from an opening or resumption to a pause,
    a closing or a sign-out."""
    result: dict[str | None, int] = {}
    since = start if open_at_start else None
    staff = staff_at_start
    for e in sorted(events, key=lambda e: (e.at, e.id)):
        if not start <= e.at < end:
            continue
        if isinstance(e, OPENS) and since is None:
            since, staff = e.at, e.staff
        elif isinstance(e, SHUTS) and since is not None:
            result[staff] = result.get(staff, 0) + instant_ms(e.at) - instant_ms(since)
            since = None
    if since is not None and since < end:
        result[staff] = result.get(staff, 0) + instant_ms(end) - instant_ms(since)
    return result


# -- the figures a manager reads ---------------------------------------------------------------

def _ratio(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


def _minutes(ms: float | None) -> float | None:
    return None if ms is None else ms / MINUTE_MS


def percentile_minutes(bins: Mapping[int, int], share: float) -> int | None:
    """Nearest rank over whole-minute bins: the smallest whole number of minutes that at
    least `share` of the customers waited at most."""
    count = sum(bins.values())
    if not count:
        return None
    rank = max(1, math.ceil(share * count - 1e-9))
    running = 0
    for minutes in sorted(bins):
        running += bins[minutes]
        if running >= rank:
            return minutes
    return max(bins)


def meets_1020(t: Tally) -> bool | None:
    """Mean wait ≤ 10 min and nobody over 20; None when nobody was called."""
    if not t.called:
        return None
    return t.wait_ms_sum <= MEAN_1020_MIN * MINUTE_MS * t.called and t.wait_ms_max <= MAX_1020_MIN * MINUTE_MS


@dataclass(frozen=True)
class Figures:
    """The figures of one row of a report. Minutes and shares (0–1) as exact floats;
    None where there is nothing to measure (no one called, no ratings recorded)."""

    arrivals: int = 0
    called: int = 0
    served: int = 0
    no_shows: int = 0
    cancelled: int = 0
    transferred: int = 0
    abandoned: int = 0
    abandonment_rate: float | None = None
    mean_wait_min: float | None = None
    median_wait_min: int | None = None
    p90_wait_min: int | None = None
    max_wait_min: float | None = None
    within_target: float | None = None
    over_20: float | None = None
    over_30: float | None = None
    meets_1020: bool | None = None
    mean_service_min: float | None = None
    max_service_min: float | None = None
    idle_waiting_min: float = 0.0
    utilisation: float | None = None
    rated: int = 0
    evaluation_rate: float | None = None
    satisfaction: float | None = None
    complaints: int = 0
    complaints_on_time: float | None = None
    appointment_share: float | None = None
    appointment_punctuality: float | None = None
    appointment_no_show_rate: float | None = None

    @classmethod
    def of(cls, t: Tally, basic_is_satisfied: bool = False) -> Figures:
        """The figures of a tally; `basic_is_satisfied`: the hall's rating.basic_is_satisfied."""
        called = t.called
        rating = ratings.RatingFigures.of_levels(t.ratable, t.levels, basic_is_satisfied)
        answered = complaint_rules.OnTime(on_time=t.complaints_on_time, due=t.complaints_due)
        return cls(
            arrivals=t.arrivals, called=called, served=t.served, no_shows=t.no_shows,
            cancelled=t.cancelled, transferred=t.transferred, abandoned=t.abandoned,
            abandonment_rate=_ratio(t.abandoned, t.arrivals),
            mean_wait_min=_minutes(t.wait_ms_sum / called) if called else None,
            median_wait_min=percentile_minutes(t.waits, 0.5) if t.waits is not None else None,
            p90_wait_min=percentile_minutes(t.waits, 0.9) if t.waits is not None else None,
            max_wait_min=_minutes(t.wait_ms_max) if called else None,
            within_target=_ratio(t.within_target, called),
            over_20=_ratio(t.over_20, called),
            over_30=_ratio(t.over_30, called),
            meets_1020=meets_1020(t),
            mean_service_min=_minutes(t.service_ms_sum / t.service_count) if t.service_count else None,
            max_service_min=_minutes(t.service_ms_max) if t.service_count else None,
            idle_waiting_min=t.idle_waiting_ms / MINUTE_MS,
            utilisation=_ratio(t.busy_ms, t.open_ms),
            rated=rating.rated,
            evaluation_rate=rating.evaluation_rate,
            satisfaction=rating.satisfaction_rate,
            complaints=t.complaints,
            complaints_on_time=answered.rate,
            appointment_share=_ratio(t.appointments, t.arrivals),
            appointment_punctuality=(None if t.bookings_on_time is None or t.bookings_checked_in is None else
                                     appointment_rules.punctuality(t.bookings_on_time, t.bookings_checked_in)),
            appointment_no_show_rate=(None if t.booking_no_shows is None or t.bookings_checked_in is None else
                                      appointment_rules.no_show_rate(t.booking_no_shows, t.bookings_checked_in)))

    def to_dict(self) -> dict:
        """Plain values for JSON: minutes to 0.01, shares to 0.0001, None as null."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float):
                value = round(value, 4 if f.name in SHARES else 2)
            out[f.name] = value
        return out


#: Figures that are shares (0–1) rather than counts or minutes.
SHARES = ("abandonment_rate", "within_target", "over_20", "over_30", "utilisation", "evaluation_rate",
          "satisfaction", "complaints_on_time", "appointment_share",
          "appointment_punctuality", "appointment_no_show_rate")
#: Figures in minutes.
MINUTES = ("mean_wait_min", "median_wait_min", "p90_wait_min", "max_wait_min", "mean_service_min",
           "max_service_min", "idle_waiting_min")


# -- a day of legs, the Python way ----------------------------------------------------------------

#: A cell of a business day: (business date, service, counter, teller, hour joined the queue).
Cell = tuple[date, str, int | None, str | None, int]


def tally_legs(legs: Iterable[Ticket], targets: Mapping[str, float], tz: ZoneInfo,
               openings: Mapping[int, list[datetime]] | None = None,
               given: Mapping[int, Rating] | None = None) -> dict[Cell, Tally]:
    """Every leg added into its cell, with the counters' idle time (openings: counter →
    when it opened or resumed) and its rating (`given`: leg id → rating). What the store
    computes in SQL, in plain Python."""
    legs = list(legs)
    idle: dict[int, int] = {}
    by_counter_day: dict[tuple[int, date], list[Ticket]] = {}
    for t in legs:
        if t.counter is not None and t.first_called_at is not None:
            by_counter_day.setdefault((t.counter, t.business_date), []).append(t)
    for (counter, _day), mine in by_counter_day.items():
        idle.update(idle_waiting_ms(mine, (openings or {}).get(counter, [])))
    cells: dict[Cell, Tally] = {}
    for t in legs:
        key = (t.business_date, t.service, t.counter, t.staff, local_hour(queue_start(t), tz))
        add = leg_tally(t, targets.get(t.service, MEAN_1020_MIN), idle.get(t.id, 0), (given or {}).get(t.id))
        cells[key] = cells[key] + add if key in cells else add
    return cells
