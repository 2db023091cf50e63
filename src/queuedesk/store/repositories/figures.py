"""The reports' figures, added up in SQL.

`leg_cells` is domain.figures.tally_legs written in SQL: every leg of some business days
added into its cell (branch, date, service, counter, teller, hour it joined the queue),
with the teller's idle time found from the previous leg at the same counter (a window
function) and the counter's last opening (the event log). A database holds one branch's
rows, or at head office many: every key and every filter has the branch in it, so one
branch and a thousand are added up by the same SQL. Past days are summarised once into the
report_* tables (`replace_day`); a report then adds up those summaries and, for today,
the live legs, grouped as asked — so a month of a million tickets is a few thousand
summary rows.

Durations are whole milliseconds computed from each instant rounded to the millisecond,
on both databases, as the domain counts them. A leg's rating comes from the ratings table
(one row per leg) and is counted per level, as domain.ratings.counted_level counts it;
complaints are not here: they change after their day, so a report counts them from the
register through the domain (operations/reports.py).
"""
from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime

import sqlalchemy as sa

from queuedesk.domain import events as catalogue
from queuedesk.domain import figures, ratings
from queuedesk.domain.appointments import AppointmentState, Arrival
from queuedesk.domain.figures import Tally
from queuedesk.domain.model import Channel, TicketState
from queuedesk.store import head_office
from queuedesk.store.repositories import Repository
from queuedesk.store.repositories.branches import within
from queuedesk.store.schema import (
    appointments,
    counters,
    events,
    report_cells,
    report_days,
    report_open,
    report_waits,
    services,
    tickets,
)
from queuedesk.store.schema import (
    ratings as rating_rows,
)

#: What each grouping of a report groups the rows by.
COLUMN_OF = {"day": "business_date", "weekday": "business_date", "teller": "staff", "counter": "counter",
             "service": "service", "hour": "hour", "branch": "branch"}
#: Groupings the wait histogram is kept for (not per teller or counter: see docs/reports.md).
WAIT_GROUPINGS = ("day", "weekday", "service", "hour", "branch")
#: Groupings the counters' open time is kept for.
OPEN_GROUPINGS = ("day", "weekday", "teller", "counter", "branch")
#: Groupings the bookings are counted for: a booking has a day, a service and a branch,
#: but no counter, teller or hour of its own (a no-show never reached one).
BOOKING_GROUPINGS = ("day", "weekday", "service", "branch")

_CELL_KEYS = ("branch", "business_date", "service", "counter", "staff", "hour")
_WAIT_KEYS = ("branch", "business_date", "service", "hour")

#: Summaries are kept at three grains (report_cells.grain): every cell; per service and
#: hour; per counter and teller. A report reads the smallest that has its groupings: a
#: month per teller is a row per teller and day, not per teller, service, hour and day.
CELL, SERVICE_HOUR, COUNTER_TELLER = 0, 1, 2
GRAINS = {SERVICE_HOUR: ("branch", "business_date", "service", "hour"),
          COUNTER_TELLER: ("branch", "business_date", "counter", "staff"), CELL: _CELL_KEYS}
#: The wait histogram's grains: per service and hour; per day only.
WAITS_BY_HOUR, WAITS_BY_DAY = 0, 1


def grain_for(columns: Iterable[str], grains: Mapping[int, tuple[str, ...]] = GRAINS) -> int:
    """The first grain (the smallest) that keeps every one of `columns`."""
    return next(g for g, kept in grains.items() if set(columns) <= set(kept))


_OPEN_TYPES = [e.type for e in figures.OPENS]
_COUNTER_TYPES = _OPEN_TYPES + [e.type for e in figures.SHUTS]


def recorded_elsewhere(legs) -> dict[str, sa.ColumnElement]:
    """The figures other features record, per cell: the ratings (domain.figures.rating_of:
    a served visit's rating, counted at its level) and the arrivals that came with a booking
    (domain.figures.appointment_of). A new one: fill it in here and in domain.figures, and
    raise FIGURES_VERSION."""
    L = legs.c
    served = L.state.in_([s.value for s in ratings.SERVED])
    count = lambda condition: sa.func.sum(sa.case((condition, 1), else_=0))  # noqa: E731
    return {"ratable": count(served),
            **{name: count(served & (L.score == int(level))) for level, name in figures.LEVEL_FIELDS.items()},
            "appointments": count(L.transferred_from.is_(None) & (L.channel == Channel.APPOINTMENT.value))}


#: The summaries' definition; a day summarised with another version is summarised again.
#: 2: ratings per level (issue 13); 3: appointments recorded (issue 15).
FIGURES_VERSION = 3


class FigureRepository(Repository):
    # -- instants and durations -----------------------------------------------------------

    def _ms(self, moment) -> sa.ColumnElement:
        """An instant as integer milliseconds since 1970, rounded half up."""
        if self.is_pg:
            return sa.cast(sa.func.round(sa.extract("epoch", moment) * 1000), sa.BigInteger)
        return sa.cast(sa.func.round((sa.func.julianday(moment) - 2440587.5) * 86400000.0), sa.Integer)

    @staticmethod
    def _later(a, b) -> sa.ColumnElement:
        """The later of two instants in ms, either of which may be NULL."""
        return sa.case((a.is_(None), b), (b.is_(None), a), (a >= b, a), else_=b)

    @staticmethod
    def _positive(a, b) -> sa.ColumnElement:
        """a − b, or 0 when b is later."""
        return sa.case((a > b, a - b), else_=0)

    @staticmethod
    def _local_hour(ms, offsets: Sequence[tuple[datetime, int]]) -> sa.ColumnElement:
        offset = sa.literal(offsets[-1][1])
        if len(offsets) > 1:
            offset = sa.case(*((ms < figures.instant_ms(start), sa.literal(prev))
                               for (start, _), (_, prev) in zip(offsets[1:], offsets[:-1], strict=True)),
                             else_=offsets[-1][1])
        return (ms + offset) // figures.HOUR_MS % 24

    # -- the legs of some days, one row each ------------------------------------------------------

    def _legs(self, days: sa.ColumnElement, offsets) -> sa.Subquery:
        """The legs `days` selects (a condition on tickets: business dates, branches), with
        the figures of each (domain.figures)."""
        t = tickets
        queued = self._ms(sa.func.coalesce(t.c.queued_at, t.c.issued_at))
        e = events.alias("opening")
        last_open = (sa.select(sa.func.max(e.c.at))
                     .where(e.c.branch == t.c.branch, e.c.counter == t.c.counter, e.c.type.in_(_OPEN_TYPES),
                            e.c.at <= t.c.first_called_at)
                     .scalar_subquery())
        # The service's target wait now (a summary keeps the one of the day it was made).
        target = (sa.select(sa.cast(sa.func.round(services.c.target_wait_min * figures.MINUTE_MS), sa.BigInteger))
                  .where(services.c.branch == t.c.branch, services.c.code == t.c.service).scalar_subquery())
        in_call_order = sa.over(sa.func.lag(self._ms(t.c.finished_at)),
                                partition_by=(t.c.branch, t.c.counter, t.c.business_date),
                                order_by=(t.c.first_called_at.is_(None), t.c.first_called_at, t.c.id))
        base = (sa.select(t.c.branch, t.c.business_date, t.c.service, t.c.counter, t.c.staff, t.c.state,
                          rating_rows.c.score,
                          t.c.transferred_from, t.c.channel, queued.label("q"), self._ms(t.c.first_called_at).label("fc"),
                          self._ms(t.c.called_at).label("c"),
                          self._ms(sa.func.coalesce(t.c.started_at, t.c.called_at)).label("s"),
                          self._ms(t.c.finished_at).label("f"),
                          in_call_order.label("previous_end"),
                          sa.func.coalesce(target, figures.MEAN_1020_MIN * figures.MINUTE_MS).label("target"),
                          sa.case((t.c.counter.is_not(None) & t.c.first_called_at.is_not(None),
                                   self._ms(last_open))).label("opened"))
                .select_from(t.outerjoin(rating_rows, (rating_rows.c.ticket_id == t.c.id)
                                         & (rating_rows.c.branch == t.c.branch)))
                .where(days).subquery("leg"))
        b = base.c
        free = self._later(b.previous_end, b.opened)
        start = self._later(free, b.q)
        done = TicketState.DONE.value
        return sa.select(
            b.branch, b.business_date, b.service, b.counter, b.staff, b.state, b.score, b.transferred_from, b.target,
            b.channel,
            self._local_hour(b.q, offsets).label("hour"),
            sa.case((b.fc.is_not(None), self._positive(b.fc, b.q))).label("wait"),
            sa.case(((b.state == done) & b.f.is_not(None) & b.s.is_not(None), self._positive(b.f, b.s))
                    ).label("service_time"),
            sa.case((b.state.in_([s.value for s in figures.ENDED_AT_COUNTER]) & b.c.is_not(None)
                     & b.f.is_not(None), self._positive(b.f, b.c)), else_=0).label("busy"),
            sa.case((b.fc.is_not(None) & b.counter.is_not(None) & free.is_not(None), self._positive(b.fc, start)),
                    else_=0).label("idle"),
        ).subquery("legs")

    def _cell_columns(self, legs) -> list[sa.ColumnElement]:
        L = legs.c
        one = lambda condition: sa.func.sum(sa.case((condition, 1), else_=0))  # noqa: E731
        total = lambda value: sa.cast(sa.func.coalesce(sa.func.sum(value), 0), sa.BigInteger)  # noqa: E731
        long_20, long_30 = (m * figures.MINUTE_MS for m in figures.LONG_WAIT_MIN)
        columns = {
            "arrivals": one(L.transferred_from.is_(None)),
            "called": sa.func.count(L.wait),
            "served": one(L.state == TicketState.DONE.value),
            "no_shows": one(L.state == TicketState.NO_SHOW.value),
            "cancelled": one(L.state == TicketState.CANCELLED.value),
            "transferred": one(L.state == TicketState.TRANSFERRED.value),
            "abandoned": one(L.state.in_([s.value for s in figures.GIVEN_UP]) & L.wait.is_(None)),
            "within_target": one(L.wait <= L.target),
            "over_20": one(L.wait > long_20),
            "over_30": one(L.wait > long_30),
            "wait_ms_sum": total(L.wait),
            "wait_ms_max": sa.func.coalesce(sa.func.max(L.wait), 0),
            "service_count": sa.func.count(L.service_time),
            "service_ms_sum": total(L.service_time),
            "service_ms_max": sa.func.coalesce(sa.func.max(L.service_time), 0),
            "busy_ms": total(L.busy),
            "idle_waiting_ms": total(L.idle),
            **recorded_elsewhere(legs),
        }
        return [columns[name].label(name) for name in figures.CELL_FIELDS]

    def leg_cells(self, days: sa.ColumnElement, offsets) -> sa.Select:
        """The cells of the legs `days` selects (a condition on tickets)."""
        legs = self._legs(days, offsets)
        keys = [legs.c[name] for name in _CELL_KEYS]
        return sa.select(*keys, *self._cell_columns(legs)).group_by(*keys)

    def leg_waits(self, days: sa.ColumnElement, offsets) -> sa.Select:
        legs = self._legs(days, offsets)
        minutes = ((legs.c.wait + (figures.MINUTE_MS - 1)) // figures.MINUTE_MS).label("minutes")
        keys = [*(legs.c[name] for name in _WAIT_KEYS), minutes]
        return (sa.select(*keys, sa.func.count().label("customers")).where(legs.c.wait.is_not(None))
                .group_by(*(legs.c[name] for name in _WAIT_KEYS), minutes))

    def booking_cells(self, first: date, last: date, branches: Collection[str] | None = None) -> sa.Select:
        """The bookings of days `first` … `last` (of `branches`; None: every one) per
        branch (the booking's own: at head office, many), day and service, as cells of the
        report: checked in, of them on time, no-shows — as
        domain.appointments.appointment_figures counts them (cancelled ones not at all).
        A booking is counted when a report is read, never summarised: it becomes a
        no-show after its day may have been summarised."""
        a = appointments.c
        count = lambda condition: sa.func.sum(sa.case((condition, 1), else_=0))  # noqa: E731
        checked_in = a.state == AppointmentState.CHECKED_IN.value
        no_value = {"counter": sa.Integer, "staff": sa.String, "hour": sa.Integer}
        keys = {"branch": a.branch, "business_date": a.business_date, "service": a.service,
                **{name: sa.cast(sa.null(), kind) for name, kind in no_value.items()}}
        counts = {"bookings_checked_in": count(checked_in),
                  "bookings_on_time": count(checked_in & (a.arrival == Arrival.ON_TIME.value)),
                  "booking_no_shows": count(a.state == AppointmentState.NO_SHOW.value)}
        return (sa.select(*(keys[name].label(name) for name in _CELL_KEYS),
                          *(sa.literal(0).label(name) for name in figures.CELL_FIELDS),
                          *(counts[name].label(name) for name in figures.BOOKING_FIELDS))
                .where(a.business_date.between(first, last), a.state != AppointmentState.CANCELLED.value,
                       within(a.branch, branches))
                .group_by(a.branch, a.business_date, a.service))

    # -- summaries of past days ----------------------------------------------------------------

    def forget(self, day: date) -> None:
        """The summary of `day` no longer holds (a late rating): the next report makes it again."""
        self.conn.execute(report_days.delete().where(report_days.c.business_date == day))

    def lock_summaries(self) -> None:
        """Before summarising: at head office, rows being applied that make a summary stale
        finish first (store/head_office.py)."""
        head_office.lock_summaries(self.conn)

    def summarised(self, first: date, last: date, branches: Collection[str] | None = None) -> set[tuple[str, date]]:
        """(branch, day) of the days summarised with the current definition."""
        rows = self.conn.execute(sa.select(report_days.c.branch, report_days.c.business_date).where(
            report_days.c.business_date.between(first, last), report_days.c.version == FIGURES_VERSION,
            within(report_days.c.branch, branches)))
        return {(r.branch, r.business_date) for r in rows}

    def replace_day(self, day: date, branches: Collection[str], offsets,
                    open_time: Mapping[tuple[str, int, str | None], int]) -> None:
        """Summarise one business day of some branches (again), at every grain.
        `open_time`: (branch, counter, teller) → ms open."""
        branches = list(branches)
        for table in (report_cells, report_waits, report_open, report_days):
            self.conn.execute(table.delete().where(table.c.business_date == day, table.c.branch.in_(branches)))
        that_day = (tickets.c.business_date == day) & tickets.c.branch.in_(branches)
        cells = self.leg_cells(that_day, offsets)
        self.conn.execute(report_cells.insert().from_select(
            ["grain", *_CELL_KEYS, *figures.CELL_FIELDS], sa.select(sa.literal(CELL), cells.subquery())))
        finest = (report_cells.c.grain == CELL) & (report_cells.c.business_date == day) \
            & report_cells.c.branch.in_(branches)
        for grain in (SERVICE_HOUR, COUNTER_TELLER):
            keys = [report_cells.c[name] for name in GRAINS[grain]]
            self.conn.execute(report_cells.insert().from_select(
                ["grain", *GRAINS[grain], *figures.CELL_FIELDS],
                sa.select(sa.literal(grain), *keys, *_added_up(report_cells)).where(finest).group_by(*keys)))
        self.conn.execute(report_waits.insert().from_select(
            ["grain", *_WAIT_KEYS, "minutes", "customers"],
            sa.select(sa.literal(WAITS_BY_HOUR), self.leg_waits(that_day, offsets).subquery())))
        w = report_waits.c
        self.conn.execute(report_waits.insert().from_select(
            ["grain", "branch", "business_date", "minutes", "customers"],
            sa.select(sa.literal(WAITS_BY_DAY), w.branch, w.business_date, w.minutes, sa.func.sum(w.customers))
            .where(w.grain == WAITS_BY_HOUR, w.business_date == day, w.branch.in_(branches))
            .group_by(w.branch, w.business_date, w.minutes)))
        rows = [{"branch": branch, "business_date": day, "counter": counter, "staff": staff, "open_ms": ms}
                for (branch, counter, staff), ms in open_time.items() if ms]
        if rows:
            self.conn.execute(report_open.insert(), rows)
        self.conn.execute(report_days.insert(), [{"branch": branch, "business_date": day,
                                                  "version": FIGURES_VERSION} for branch in branches])

    # -- a report: summaries and live legs, grouped ----------------------------------------------

    def cells(self, by: Sequence[str], summarised: tuple[date, date] | None, live: tuple[date, date] | None,
              offsets, branches: Collection[str] | None = None) -> list[tuple[tuple, Tally]]:
        """(key, tally) per group of `by` (day, teller, counter, service, hour, branch;
        weekday comes back by day), adding the summarised days and the live ones, of
        `branches` (None: every one); with the bookings of those days where `by` keeps
        them (BOOKING_GROUPINGS), in the same query."""
        parts = []
        bookings = bool(summarised or live) and set(by) <= set(BOOKING_GROUPINGS)
        # Cells of legs have no bookings (0), the bookings' cells no legs (booking_cells).
        none = [sa.literal(0).label(name) for name in figures.BOOKING_FIELDS] if bookings else []
        if summarised:
            grain = grain_for(COLUMN_OF[b] for b in by)
            parts.append(sa.select(*(report_cells.c[name] for name in _CELL_KEYS + figures.CELL_FIELDS), *none)
                         .where(report_cells.c.grain == grain, report_cells.c.business_date.between(*summarised),
                                within(report_cells.c.branch, branches)))
        if live:
            legs = self.leg_cells(tickets.c.business_date.between(*live) & within(tickets.c.branch, branches),
                                  offsets)
            parts.append(legs.add_columns(*none) if none else legs)
        if not parts:
            return []
        if bookings:
            parts.append(self.booking_cells((summarised or live)[0], (live or summarised)[1], branches))
        names = figures.CELL_FIELDS + (figures.BOOKING_FIELDS if bookings else ())
        source = (parts[0] if len(parts) == 1 else sa.union_all(*parts)).subquery("cells")
        keys = _keys(source, by)
        query = sa.select(*keys, *_added_up(source, names)).group_by(*keys)
        result = []
        for row in self.conn.execute(query):
            key = tuple(row[:len(keys)])
            numbers = {name: (0 if value is None else int(value))
                       for name, value in zip(names, row[len(keys):], strict=True)}
            result.append((key, Tally(**numbers)))
        return result

    def bookings(self, first: date, last: date, branches: Collection[str] | None = None) -> Tally:
        """The bookings of days `first` … `last` (of `branches`) added up: for the whole of a
        report whose groupings do not keep them."""
        found = self.booking_cells(first, last, branches).subquery("bookings")
        row = self.conn.execute(sa.select(*_added_up(found, figures.BOOKING_FIELDS))).one()
        return Tally(**{name: int(value or 0) for name, value in zip(figures.BOOKING_FIELDS, row, strict=True)})

    def waits(self, by: Sequence[str], summarised: tuple[date, date] | None, live: tuple[date, date] | None,
              offsets, branches: Collection[str] | None = None) -> dict[tuple, dict[int, int]]:
        """The wait histogram (whole minutes → customers) per group of `by` (of WAIT_GROUPINGS)."""
        parts = []
        if summarised:
            grain = WAITS_BY_DAY if set(by) <= {"day", "weekday", "branch"} else WAITS_BY_HOUR
            parts.append(sa.select(*(report_waits.c[name] for name in _WAIT_KEYS + ("minutes", "customers")))
                         .where(report_waits.c.grain == grain, report_waits.c.business_date.between(*summarised),
                                within(report_waits.c.branch, branches)))
        if live:
            parts.append(self.leg_waits(tickets.c.business_date.between(*live) & within(tickets.c.branch, branches),
                                        offsets))
        if not parts:
            return {}
        source = (parts[0] if len(parts) == 1 else sa.union_all(*parts)).subquery("waits")
        keys = _keys(source, by)
        query = (sa.select(*keys, source.c.minutes, sa.cast(sa.func.sum(source.c.customers), sa.BigInteger))
                 .group_by(*keys, source.c.minutes))
        result: dict[tuple, dict[int, int]] = {}
        for row in self.conn.execute(query):
            bins = result.setdefault(tuple(row[:len(keys)]), {})
            bins[int(row[-2])] = int(row[-1])
        return result

    def open_time(self, by: Sequence[str], first: date, last: date,
                  branches: Collection[str] | None = None) -> dict[tuple, int]:
        """Summarised open time per group of `by` (of OPEN_GROUPINGS)."""
        keys = _keys(report_open, by)
        query = (sa.select(*keys, sa.cast(sa.func.sum(report_open.c.open_ms), sa.BigInteger))
                 .where(report_open.c.business_date.between(first, last), within(report_open.c.branch, branches))
                 .group_by(*keys))
        return {tuple(row[:-1]): int(row[-1]) for row in self.conn.execute(query) if row[-1] is not None}

    # -- the counters' openings -----------------------------------------------------------------

    def counter_events(self, start: datetime, end: datetime, branch: str | None = None) -> list[catalogue.CounterEvent]:
        """Openings, pauses and closings of every counter (of one branch) in [start, end), in order."""
        return [e for _branch, e in self.counter_history(start, end, None if branch is None else [branch])[1]]

    def counter_history(self, start: datetime, end: datetime, branches: Collection[str] | None = None
                        ) -> tuple[dict[tuple[str, int], catalogue.CounterEvent], list[tuple[str, catalogue.CounterEvent]]]:
        """The counters' openings, pauses and closings, of `branches` (None: every one
        here), in two statements however many branches and counters there are: each
        counter's last one before `start` (was it open then, and by whom), by (branch,
        counter); and every one in [start, end), in order, with its branch."""
        last = (sa.select(events.c.id)
                .where(events.c.branch == counters.c.branch, events.c.counter == counters.c.number,
                       events.c.type.in_(_COUNTER_TYPES), events.c.at < start)
                .order_by(events.c.at.desc(), events.c.id.desc()).limit(1)
                .correlate(counters).scalar_subquery())
        before = (sa.select(events)
                  .select_from(counters.join(events, sa.and_(events.c.branch == counters.c.branch,
                                                             events.c.id == last)))
                  .where(within(counters.c.branch, branches)))
        during = (sa.select(events)
                  .where(events.c.counter.is_not(None), events.c.type.in_(_COUNTER_TYPES),
                         events.c.at >= start, events.c.at < end, within(events.c.branch, branches))
                  .order_by(events.c.at, events.c.id))
        return ({(r.branch, r.counter): _counter_event(r) for r in self.conn.execute(before)},
                [(r.branch, _counter_event(r)) for r in self.conn.execute(during)])


def _added_up(source, names: Sequence[str] = figures.CELL_FIELDS) -> list[sa.ColumnElement]:
    """The Tally fields `names` of `source` added up (maxima by maximum), labelled by their names."""
    return [(sa.func.max(source.c[name]) if name in figures.MAXIMA
             else sa.cast(sa.func.sum(source.c[name]), sa.BigInteger)).label(name)
            for name in names]


def _keys(source, by: Iterable[str]) -> list[sa.ColumnElement]:
    return [source.c[COLUMN_OF[name]] for name in by]


def _counter_event(row) -> catalogue.CounterEvent:
    envelope = {"id": row.id, "at": row.at, "ticket_id": row.ticket_id, "ticket_number": row.ticket_number,
                "service": row.service, "counter": row.counter, "staff": row.staff}
    return catalogue.decode(row.type, row.version or 1, envelope, json.loads(row.payload or "{}"))
