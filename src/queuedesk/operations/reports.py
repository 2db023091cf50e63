"""Reports: the figures of a period of business days, grouped as a manager asks.

    report = build(hall, period("month", date(2026, 11, 5)), by=("teller",))
    report = build(hq, period("month", date(2026, 11, 5)), by=("branch",), branches=None)   # head office

Every figure is domain.figures' (docs/reports.md defines each in one line). The store
adds them up in SQL: past days from their summaries (made here the first time a past
day is asked for, one short transaction per day, or by `day close`), today from the
live tickets. Complaints are counted from the register each time (few, and still
changing after their day: answered later, or falling due). A head office holds many
branches' rows and reports on any of them with the same SQL: `branches` picks them,
`by=("branch", …)` puts each on its own row. `reference_tally` adds up a day the other
way, in Python over its tickets: the simulator's own report, and the yardstick of the tests.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from queuedesk.domain import branches as branch_rules
from queuedesk.domain import figures
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import CounterEvent
from queuedesk.domain.figures import Figures, Tally
from queuedesk.domain.model import OpeningHours, Role, TicketState
from queuedesk.domain.periods import Period, day_start, utc_bounds, utc_offsets
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.texts import hall_texts
from queuedesk.store.repositories.figures import BOOKING_GROUPINGS, OPEN_GROUPINGS, WAIT_GROUPINGS
from queuedesk.store.unit_of_work import UnitOfWork

#: How a report can be grouped (one or two of them, in order).
GROUPINGS = ("day", "teller", "counter", "service", "hour", "weekday", "branch")
#: Groupings that are time: filled with rows of zeros where nothing happened.
TIME_GROUPINGS = ("day", "weekday", "hour")


@dataclass(frozen=True)
class Row:
    """One row of a report: `key` holds a value per grouping (a date, a teller's user
    name, a counter number, a service code, an hour 0–23, a weekday 0–6 from Monday, a
    branch code;
    None for legs that had none, e.g. never called). `level` 0 is the first grouping
    (its subtotal when there are two), 1 the second."""

    key: tuple
    figures: Figures
    level: int = 0

    def values(self, by: Sequence[str]) -> dict:
        return {name: _plain(value) for name, value in zip(by, self.key, strict=False)}


@dataclass(frozen=True)
class Names:
    """What the keys are called: per language for services, counters and branches.
    `branch`: the name of the branch reported on (empty when there are several)."""

    branch: dict[str, str]
    services: dict[str, dict[str, str]]
    counters: dict[int, dict[str, str]]
    staff: dict[str, str]
    branches: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Charts:
    """What the window and the PDF draw besides the tables."""

    by_hour: list[Row]                         # arrivals and mean wait per hour
    waits: dict[int, int]                      # whole minutes waited → customers
    heat: dict[tuple[int, int], int]           # (weekday 0–6, hour) → arrivals
    target_min: float                          # the target most customers are held to


@dataclass(frozen=True)
class Report:
    period: Period
    by: tuple[str, ...]
    rows: list[Row]
    total: Figures
    days: list[Row]                            # by business day, for the "1020" count
    names: Names
    timezone: str
    generated_at: datetime
    charts: Charts | None = None
    basic_is_satisfied: bool = False           # 基本满意 counted as satisfied (the hall's setting)
    branches: tuple[str, ...] = ()             # the branches' codes the report covers

    def ranking(self, figure: str) -> list[branch_rules.Place]:
        """The branches best first by `figure` (a report by branch)."""
        if not self.by or self.by[0] != "branch":
            raise QueueError("a ranking needs the report by branch (--by branch)", "ranking_needs_branches")
        return branch_rules.rank(((r.key[0], r.figures) for r in self.rows if r.level == 0), figure)

    @property
    def days_with_customers(self) -> int:
        return sum(1 for d in self.days if d.figures.meets_1020 is not None)

    @property
    def days_meeting_1020(self) -> int:
        return sum(1 for d in self.days if d.figures.meets_1020)

    def summary(self) -> dict:
        return {**self.total.to_dict(), "days_meeting_1020": self.days_meeting_1020,
                "days_with_customers": self.days_with_customers}

    def to_dict(self) -> dict:
        """The report as `queuedesk report --json` prints it (a stable format for scripts)."""
        return {
            "period": {"kind": self.period.kind, "from": self.period.first.isoformat(),
                       "to": self.period.last.isoformat(), "days": len(self.period)},
            "by": list(self.by),
            "branch": self.names.branch,
            "branches": list(self.branches),
            "timezone": self.timezone,
            "generated_at": self.generated_at.isoformat(),
            "basic_is_satisfied": self.basic_is_satisfied,
            "summary": self.summary(),
            "rows": [{**r.values(self.by), "level": r.level, **r.figures.to_dict()} for r in self.rows],
            "days": [{"day": d.key[0].isoformat(), **d.figures.to_dict()} for d in self.days],
        }


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


# -- building a report ----------------------------------------------------------------------------

def check_grouping(by: Sequence[str]) -> tuple[str, ...]:
    by = tuple(by)
    unknown = [b for b in by if b not in GROUPINGS]
    if unknown:
        raise QueueError(f"cannot group by {unknown[0]!r}; use {', '.join(GROUPINGS)}", "unknown_grouping",
                         grouping=unknown[0])
    if len(by) > 2:
        raise QueueError("group by at most two things", "too_many_groupings")
    if len(set(by)) != len(by):
        raise QueueError("the same grouping twice", "grouping_twice")
    return by


@needs(Permission.READ_REPORTS)
def branches_of(hall: Hall, asked: Sequence[str] | None = None) -> list[str]:
    """The branches a report covers: those asked for (each checked), else every one here."""
    with hall.read() as uow:
        known = uow.branches.codes()
    if asked is None:
        return known
    chosen = []
    for code in asked:
        if code not in known:            # ('' is a hall's own until it has a code)
            code = branch_rules.check_code(code)
            if code not in known:
                raise branch_rules.UnknownBranch(code)
        chosen.append(code)
    return list(dict.fromkeys(chosen))


@needs(Permission.READ_REPORTS)
def branch_choices(hall: Hall) -> list[tuple[str, dict[str, str]]]:
    """The branches a report may pick, with their names: a head office's every branch, a
    hall its own."""
    with hall.read() as uow:
        codes = uow.branches.codes()
        head_office = uow.branches.is_head_office()
        names = {code: dict(n) for code, n in uow.branches.names(codes).items()} if head_office else {}
    if not head_office:
        names = {codes[0]: dict(hall_texts(hall).branch_name)}
    return [(code, names.get(code, {})) for code in codes]


@needs(Permission.READ_REPORTS)
def build(hall: Hall, span: Period, by: Sequence[str] = (), charts: bool = False,
          branches: Sequence[str] | None = None) -> Report:
    """`branches`: the codes to cover (None: every branch this database holds)."""
    by = check_grouping(by)
    codes = branches_of(hall, branches)
    if len(codes) > 1 and {"teller", "counter"} & set(by) and "branch" not in by:
        raise QueueError("tellers and counters belong to one branch: group by branch first (--by branch "
                         "--by teller) or pick one branch (--branch CODE)", "group_by_branch_first")
    now = hall.now()
    today = hall.today(now)
    tz = hall.config.timezone
    summarise_days(hall, [d for d in span.days() if d < today], codes)
    reader = _Reader(span, today, now, tz, codes)
    basic = hall.config["rating.basic_is_satisfied"]
    of = partial(Figures.of, basic_is_satisfied=basic)
    words = hall_texts(hall)
    with hall.read() as uow:
        head_office = uow.branches.is_head_office()
        mine = codes if head_office else None           # a hall's rows are all its own
        services = uow.services.all(mine)
        targets = {code: s.target_wait_min for code, s in services.items()}
        staff = uow.staff.all(mine)
        branch_names = ({code: dict(n) for code, n in uow.branches.names(codes).items()} if head_office
                        else {codes[0]: dict(words.branch_name)})
        names = Names(branch=branch_names.get(codes[0], {}) if len(codes) == 1 else {},
                      services={code: dict(s.names) for code, s in services.items()},
                      counters={c.number: dict(c.names) for c in uow.counters.all(mine)},
                      staff={m.user: m.name for m in staff}, branches=branch_names)
        fill = {"day": span.days(), "weekday": list(range(7)),
                "hour": _opening_hours(s.hours for s in services.values()),
                "teller": [m.user for m in staff if m.role is Role.TELLER],
                "counter": list(names.counters), "service": list(services), "branch": codes}
        groups = reader.grouped(uow, by) if by else {}
        # Two groupings: each first value's subtotal read as its own row would be, with what
        # the pairs do not keep (a teller's open time is not split by service).
        firsts = reader.grouped(uow, by[:1]) if len(by) == 2 else {}
        rows = _rows(groups, by, fill, of, firsts) if by else []
        whole = _whole(uow, reader, by, groups)
        total = of(whole)
        # The "1020" verdict of each day needs no histogram and no open time.
        day_groups = groups if by == ("day",) else reader.grouped(uow, ("day",), waits=False, opened=False)
        days = [Row((d,), of(day_groups.get((d,), Tally(waits={})))) for d in span.days()]
        chart_data = _charts(uow, reader, fill, targets, whole.waits or {}, of) if charts else None
    return Report(period=span, by=by, rows=rows, total=total, days=days, names=names,
                  timezone=str(tz), generated_at=now, charts=chart_data, basic_is_satisfied=basic,
                  branches=tuple(codes))


def _whole(uow: UnitOfWork, reader: _Reader, by: tuple[str, ...], groups: dict[tuple, Tally]) -> Tally:
    """The whole period: its groups added up, and what they do not keep (the wait
    histogram per teller or counter, the open time per service or hour, the bookings per
    teller, counter or hour) read on its own."""
    if not by:
        return reader.grouped(uow, ()).get((), Tally(waits={}))
    whole = figures.total(groups.values())
    if not set(by) <= set(WAIT_GROUPINGS):
        whole.waits = reader.grouped(uow, (), cells=False, opened=False).get((), Tally()).waits or {}
    if not set(by) <= set(OPEN_GROUPINGS):
        whole.open_ms = reader.grouped(uow, (), cells=False, waits=False).get((), Tally()).open_ms
    if not set(by) <= set(BOOKING_GROUPINGS):
        whole = whole + uow.figures.bookings(reader.span.first, reader.span.last, reader.branches)
    return whole


def _opening_hours(hours: Iterable[OpeningHours]) -> list[int]:
    """Hours the services take tickets in (none when every one is open all day)."""
    found: set[int] = set()
    for h in hours:
        if h == OpeningHours():
            continue
        for start, end in h.periods:
            found.update(range(start.hour, end.hour + (1 if end.minute or end.second else 0)))
    return sorted(found)


def _charts(uow: UnitOfWork, reader: _Reader, fill: dict[str, list], targets: dict[str, float],
            waits: dict[int, int], of: Callable[[Tally], Figures]) -> Charts:
    by_hour = reader.grouped(uow, ("hour",), opened=False)
    # Hours people arrived in (a transfer after closing is no arrival), and opening hours.
    hours = sorted(set(fill["hour"]) | {k[0] for k, t in by_hour.items() if t.arrivals})
    heat = {(k[0], k[1]): t.arrivals for k, t in reader.grouped(uow, ("weekday", "hour"), waits=False,
                                                                               opened=False).items()
            if t.arrivals}
    weights: dict[float, int] = {}
    # The target line: the one most customers are held to.
    for (code,), t in reader.grouped(uow, ("service",), waits=False, opened=False).items():
        target = targets.get(code, figures.MEAN_1020_MIN)
        weights[target] = weights.get(target, 0) + t.arrivals
    target = max(weights, key=weights.get) if any(weights.values()) else \
        (min(targets.values()) if targets else figures.MEAN_1020_MIN)
    return Charts(by_hour=[Row((h,), of(by_hour.get((h,), Tally(waits={})))) for h in hours],
                  waits=waits, heat=heat, target_min=target)


def _order(value) -> tuple:
    return (value is None, value if value is not None else 0)


def _rows(groups: dict[tuple, Tally], by: tuple[str, ...], fill: dict[str, list],
          of: Callable[[Tally], Figures], firsts: dict[tuple, Tally]) -> list[Row]:
    """Rows in order, with rows of zeros for the first grouping's every value, and for
    time in the second; two groupings give each first value's subtotal (`firsts`: the
    first grouping alone), then its rows."""
    empty = Tally(waits={}) if set(by) <= set(WAIT_GROUPINGS) else Tally()
    outer_keys = {k[0] for k in groups} | set(fill[by[0]])
    if by[0] == "service":
        order = {code: n for n, code in enumerate(fill["service"])}
        outer = sorted(outer_keys, key=lambda k: (order.get(k, len(order)), str(k)))
    else:
        outer = sorted(outer_keys, key=_order)
    if by[0] in ("teller", "counter"):
        # Customers no teller called (they left, or still wait) have no teller's figures.
        outer = [k for k in outer if k is not None or any(t.called for key, t in groups.items() if key[0] is None)]
    if len(by) == 1:
        return [Row((k,), of(groups.get((k,), empty))) for k in outer]
    result = []
    for k in outer:
        inner = {key[1]: t for key, t in groups.items() if key[0] == k}
        result.append(Row((k, None), of(firsts.get((k,), empty)), level=0))
        if not inner:
            continue
        keys = set(inner) | (set(fill[by[1]]) if by[1] in TIME_GROUPINGS else set())
        result += [Row((k, j), of(inner.get(j, empty)), level=1) for j in sorted(keys, key=_order)]
    return result


class _Reader:
    """Adds a period up in the store, grouped: summaries for past days, live legs for
    today (and after), the wait histogram and the open time where they are kept."""

    def __init__(self, span: Period, today: date, now: datetime, tz: ZoneInfo, branches: Sequence[str]):
        self.tz, self.now, self.today, self.span = tz, now, today, span
        self.branches = list(branches)
        yesterday = today - timedelta(days=1)
        self.summarised = (span.first, min(span.last, yesterday)) if span.first <= yesterday else None
        self.live = (max(span.first, today), span.last) if span.last >= today else None
        self.offsets = utc_offsets(*utc_bounds(*self.live, tz), tz) if self.live else [(now, 0)]
        self._live_open: dict[tuple[str, date, int, str | None], int] | None = None

    def grouped(self, uow: UnitOfWork, by: Sequence[str], cells: bool = True, waits: bool = True,
                opened: bool = True) -> dict[tuple, Tally]:
        """Tallies per group of `by`: the cells' figures, the wait histogram (where kept)
        and the open time (where kept), each only if asked."""
        sql_by = tuple(dict.fromkeys("day" if b == "weekday" else b for b in by))
        groups: dict[tuple, Tally] = {}

        def add(key: tuple, tally: Tally) -> None:
            key = self._key(sql_by, key, by)
            groups[key] = groups[key] + tally if key in groups else tally

        if cells:
            for key, tally in uow.figures.cells(sql_by, self.summarised, self.live, self.offsets, self.branches):
                add(key, tally)
            for branch, key, tally in complaint_cells(uow, self.span.first, self.span.last, self.today, self.tz,
                                                      self.branches):
                values = dict(zip(("day", "service", "counter", "teller", "hour"), key, strict=True), branch=branch)
                add(tuple(values[b] for b in sql_by), tally)
        if waits and set(by) <= set(WAIT_GROUPINGS):
            for key, bins in uow.figures.waits(sql_by, self.summarised, self.live, self.offsets,
                                               self.branches).items():
                add(key, Tally(waits=bins))
            for key in groups:
                if groups[key].waits is None:
                    groups[key].waits = {}
        if opened and set(by) <= set(OPEN_GROUPINGS):
            if self.summarised:
                for key, ms in uow.figures.open_time(sql_by, *self.summarised, self.branches).items():
                    add(key, Tally(open_ms=ms))
            for (branch, day, counter, staff), ms in self._open_today(uow).items():
                values = {"day": day, "teller": staff, "counter": counter, "branch": branch}
                add(tuple(values[b] for b in sql_by), Tally(open_ms=ms))
        return groups

    @staticmethod
    def _key(sql_by: tuple[str, ...], key: tuple, by: Sequence[str]) -> tuple:
        values = dict(zip(sql_by, key, strict=True))
        return tuple(values["day"].weekday() if b == "weekday" and values["day"] is not None
                     else values["day" if b == "weekday" else b] for b in by)

    def _open_today(self, uow: UnitOfWork) -> dict[tuple[str, date, int, str | None], int]:
        if self.live is None:
            return {}
        if self._live_open is None:
            first, last = self.live
            days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            self._live_open = {(branch, *key): ms
                               for branch, mine in open_times(uow, days, self.tz, self.now, self.branches).items()
                               for key, ms in mine.items()}
        return self._live_open


def open_time(uow: UnitOfWork, days: list[date], tz: ZoneInfo, now: datetime,
              branch: str | None = None) -> dict[tuple[date, int, str | None], int]:
    """(day, counter, teller) → ms the counter was open, from the event log (until now
    for a day not over), of one branch (None: the database's only one)."""
    opened = open_times(uow, days, tz, now, None if branch is None else [branch])
    return {key: ms for mine in opened.values() for key, ms in mine.items()}


def open_times(uow: UnitOfWork, days: list[date], tz: ZoneInfo, now: datetime,
               branches: Sequence[str] | None = None) -> dict[str, dict[tuple[date, int, str | None], int]]:
    """`open_time` of each of `branches` (None: every one here), read in two statements
    however many there are (a head office's report of today with a thousand branches)."""
    if not days:
        return {}
    start, end = utc_bounds(days[0], days[-1], tz)
    before, during = uow.figures.counter_history(start, min(end, now), branches)
    by_counter: dict[tuple[str, int], list[CounterEvent]] = {}
    for branch, e in during:
        by_counter.setdefault((branch, e.counter), []).append(e)
    result: dict[str, dict[tuple[date, int, str | None], int]] = {}
    for branch, counter in set(before) | set(by_counter):
        mine = by_counter.get((branch, counter), [])
        for day in days:
            day_from, day_to = day_start(day, tz), min(day_start(day + timedelta(days=1), tz), now)
            if day_from >= day_to:
                continue
            earlier = [e for e in mine if e.at < day_from] or \
                ([before[(branch, counter)]] if (branch, counter) in before else [])
            last = earlier[-1] if earlier else None
            spans = figures.open_ms(mine, day_from, day_to, open_at_start=isinstance(last, figures.OPENS),
                                    staff_at_start=last.staff if last else None)
            for staff, ms in spans.items():
                result.setdefault(branch, {})[(day, counter, staff)] = ms
    return result


def complaint_cells(uow: UnitOfWork, first: date, last: date, today: date, tz: ZoneInfo,
                    branches: Sequence[str] | None = None) -> list[tuple[str, figures.Cell, Tally]]:
    """The complaints that came in on days `first` … `last`, each with its branch and in
    its cell, counted as of `today` (domain.figures.complaint_tally)."""
    return [(branch, figures.complaint_cell(c, service, tz), figures.complaint_tally(c, today))
            for c, service, branch in uow.complaints.received_between(first, last, branches)]


@needs(Permission.READ_REPORTS)
def summarise_days(hall: Hall, days: Iterable[date], branches: Sequence[str] | None = None) -> int:
    """Summarise the past business days that have no (current) summary; one short
    transaction per day (for every branch missing it), so the hall never waits on a long
    report. How many days were made."""
    days = sorted(days)
    if not days:
        return 0
    with hall.read() as uow:
        codes = list(branches) if branches is not None else uow.branches.codes()
        done = uow.figures.summarised(days[0], days[-1], codes)
    made = 0
    for day in days:
        missing = [code for code in codes if (code, day) not in done]
        if missing:
            _summarise(hall, day, missing)
            made += 1
    return made


@needs(Permission.CLOSE_DAY)
def resummarise(hall: Hall, day: date, branches: Sequence[str] | None = None) -> None:
    """Summarise one past business day again (its tickets changed: the day's close) of
    some branches (None: every one here)."""
    _summarise(hall, day, branches)


def _summarise(hall: Hall, day: date, branches: Sequence[str] | None = None) -> None:
    tz = hall.config.timezone
    with hall.write() as uow:
        uow.figures.lock_summaries()
        codes = list(branches) if branches is not None else uow.branches.codes()
        opened = {(branch, counter, staff): ms
                  for branch, mine in open_times(uow, [day], tz, hall.now(), codes).items()
                  for (_d, counter, staff), ms in mine.items()}
        uow.figures.replace_day(day, codes, utc_offsets(*utc_bounds(day, day, tz), tz), opened)


# -- the same, in Python ------------------------------------------------------------------------

@needs(Permission.READ_REPORTS)
def reference_tallies(hall: Hall, day: date) -> dict[int | None, Tally]:
    """One business day added up in Python over its tickets, ratings and complaints, by
    the domain's rules, per counter (None: legs never called): what the simulator
    reports, and what the SQL must agree with."""
    tz = hall.config.timezone
    with hall.read() as uow:
        legs = uow.tickets.in_states(*TicketState, day=day)
        given = {r.ticket_id: r for r in uow.ratings.on(day)}
        complaints = [(cell, tally) for _branch, cell, tally in complaint_cells(uow, day, day, hall.today(), tz)]
        targets = {code: s.target_wait_min for code, s in uow.services.all().items()}
        _start, end = utc_bounds(day, day, tz)
        openings: dict[int, list[datetime]] = {}
        for e in uow.figures.counter_events(datetime(1970, 1, 1, tzinfo=end.tzinfo), end):
            if isinstance(e, figures.OPENS):
                openings.setdefault(e.counter, []).append(e.at)
        opened = open_time(uow, [day], tz, hall.now())
    result: dict[int | None, Tally] = {}
    cells = [*figures.tally_legs(legs, targets, tz, openings, given).items(), *complaints]
    for (_d, _service, counter, _staff, _hour), tally in cells:
        result[counter] = result[counter] + tally if counter in result else tally
    for (_d, counter, _staff), ms in opened.items():
        result[counter] = result.get(counter, Tally(waits={})) + Tally(open_ms=ms)
    return result


@needs(Permission.READ_REPORTS)
def reference_tally(hall: Hall, day: date) -> Tally:
    """The whole day of `reference_tallies`."""
    return figures.total(reference_tallies(hall, day).values())
