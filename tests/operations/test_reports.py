"""Reports on hand-built days (an injected clock), on SQLite and PostgreSQL: exact figures,
and the SQL adding up agrees with the domain's Python over the same tickets."""
import random
from datetime import date, datetime, timedelta, timezone

import pytest

from queuedesk.domain import figures
from queuedesk.domain.errors import QueueError
from queuedesk.domain.figures import Figures
from queuedesk.domain.model import Channel, Priority, Role, TicketState
from queuedesk.domain.periods import Period, period, utc_bounds, utc_offsets
from queuedesk.operations import calling, complaints, counters, day, ratings, reports, setup, tickets

MONDAY = date(2026, 11, 23)          # the clock fixture starts at 10:00 on this day (Shanghai)


def report(hall, span, *by, **kw):
    return reports.build(hall, span, by, **kw)


def a_known_day(hall, clock):
    """10:00 A001, A002, C001 and B001 arrive; B001 gives up at 10:03. Counter 1 serves A001
    at once (6 min) and A002 after 6 min (start 10:07, done 10:12); counter 3 calls C001
    after 16 min and serves it 14 min."""
    for code in ("A", "A", "C", "B"):
        tickets.issue_ticket(hall, code)
    calling.call_next(hall, 1)
    calling.start_service(hall, 1)
    clock.advance(3)
    tickets.cancel_ticket(hall, "B001")
    clock.advance(3)
    calling.call_next(hall, 1)                 # finishes A001, calls A002
    clock.advance(1)
    calling.start_service(hall, 1)
    clock.advance(5)
    calling.finish(hall, 1)
    clock.advance(4)
    calling.call_next(hall, 3)                 # 10:16
    clock.advance(14)
    calling.finish(hall, 3)


def test_a_known_day_gives_exact_figures(hall, clock):
    a_known_day(hall, clock)
    f = report(hall, period("day", MONDAY)).total
    assert (f.arrivals, f.called, f.served, f.cancelled, f.abandoned, f.no_shows) == (4, 3, 3, 1, 1, 0)
    assert f.mean_wait_min == pytest.approx(22 / 3)
    assert (f.median_wait_min, f.p90_wait_min, f.max_wait_min) == (6, 16, 16.0)
    assert f.within_target == pytest.approx(2 / 3)          # C001 waited 16 min against its 15
    assert (f.over_20, f.over_30, f.meets_1020) == (0.0, 0.0, True)
    assert f.mean_service_min == pytest.approx(25 / 3) and f.max_service_min == 14.0
    assert f.abandonment_rate == 0.25
    assert f.idle_waiting_min == 16.0                       # counter 3 open since 10:00, C001 waiting
    assert f.evaluation_rate == 0.0 and f.satisfaction is None      # three served, none rated
    assert f.complaints == 0 and f.complaints_on_time is None


def test_per_teller_counter_service_and_hour(hall, clock):
    a_known_day(hall, clock)
    span = period("day", MONDAY)
    by_counter = {r.key[0]: r.figures for r in report(hall, span, "counter").rows}
    assert set(by_counter) == {1, 2, 3}       # every counter; B001, never called, is in no counter's row
    assert (by_counter[1].served, by_counter[1].mean_service_min) == (2, 5.5)
    assert by_counter[2].served == 0 and by_counter[2].mean_wait_min is None
    assert by_counter[3].idle_waiting_min == 16.0
    # Counter 1 was open from 10:00 to now (10:30) and busy 10:00–10:12.
    assert by_counter[1].utilisation == pytest.approx(12 / 30)
    by_service = {r.key[0]: r.figures for r in report(hall, span, "service").rows}
    assert [by_service[c].arrivals for c in "ABC"] == [2, 1, 1]
    assert by_service["C"].within_target == 0.0
    assert (by_service["A"].median_wait_min, by_service["A"].p90_wait_min) == (0, 6)   # waits 0 and 6
    assert by_service["A"].utilisation is None               # a service has no open time
    by_hour = report(hall, span, "hour").rows
    assert [(r.key[0], r.figures.arrivals) for r in by_hour] == [(10, 4)]


def test_two_groupings_give_subtotals_then_rows(hall, clock):
    a_known_day(hall, clock)
    rows = report(hall, period("day", MONDAY), "counter", "service").rows
    one = [r for r in rows if r.key[0] == 1]
    assert [(r.level, r.key[1], r.figures.served) for r in one] == [(0, None, 2), (1, "A", 2)]
    rows = report(hall, period("week", MONDAY), "service", "day").rows
    a_rows = [r for r in rows if r.key[0] == "A"]
    assert len(a_rows) == 1 + 7                                # the subtotal, then every day of the week
    assert [r.figures.arrivals for r in a_rows[1:]] == [2, 0, 0, 0, 0, 0, 0]


@pytest.mark.parametrize("by", [("counter", "service"), ("teller", "service"), ("service", "teller"),
                                ("counter", "hour"), ("day", "counter")])
def test_a_subtotal_is_the_row_its_grouping_alone_gives(hall, clock, by):
    """Counter 1's subtotal over its services shows its utilisation (it showed "–": a
    counter's open time is not split by service) and every other figure of its own row."""
    a_known_day(hall, clock)
    span = period("day", MONDAY)
    alone = {r.key[0]: r.figures for r in report(hall, span, by[0]).rows}
    subtotals = {r.key[0]: r.figures for r in report(hall, span, *by).rows if r.level == 0}
    assert subtotals == alone
    if by[0] == "counter":
        assert subtotals[1].utilisation == pytest.approx(12 / 30)


def test_an_empty_day_is_a_row_of_zeros(hall, clock):
    a_known_day(hall, clock)
    r = report(hall, period("week", MONDAY), "day")
    assert [row.key[0] for row in r.rows] == [MONDAY + timedelta(days=n) for n in range(7)]
    tuesday = r.rows[1].figures
    assert (tuesday.arrivals, tuesday.served, tuesday.idle_waiting_min) == (0, 0, 0.0)
    assert tuesday.mean_wait_min is None and tuesday.meets_1020 is None
    assert (r.days_with_customers, r.days_meeting_1020) == (1, 1)
    nothing = report(hall, period("day", date(2026, 11, 1)))
    assert nothing.total.arrivals == 0 and nothing.total.meets_1020 is None


def test_a_day_failing_1020_is_counted(hall, clock):
    a_known_day(hall, clock)
    clock.advance(24 * 60)                     # Tuesday: A001 waits 25 minutes
    tickets.issue_ticket(hall, "A")
    clock.advance(25)
    calling.call_next(hall, 1)
    clock.advance(2)
    calling.finish(hall, 1)
    r = report(hall, period("week", MONDAY), "day")
    assert [row.figures.meets_1020 for row in r.rows[:3]] == [True, False, None]
    assert r.rows[1].figures.over_20 == 1.0 and r.rows[1].figures.max_wait_min == 25.0
    assert (r.days_with_customers, r.days_meeting_1020) == (2, 1)


def test_a_ticket_belongs_to_the_business_day_it_was_issued(hall, clock):
    """23:30 on 30 November in Shanghai (15:30 UTC) is November's, at 23:00; 00:05 on
    1 December (16:05 UTC on the 30th) is December's."""
    clock.now = datetime(2026, 11, 30, 15, 30, tzinfo=timezone.utc)
    tickets.issue_ticket(hall, "A")
    clock.advance(20)
    calling.call_next(hall, 1)
    clock.advance(5)
    calling.finish(hall, 1)
    clock.advance(10)
    tickets.issue_ticket(hall, "B")             # 00:05 on 1 December
    clock.advance(5)
    calling.call_next(hall, 2)
    november = report(hall, period("month", date(2026, 11, 5)), "hour")
    assert november.total.arrivals == 1 and november.total.mean_wait_min == 20.0
    assert [(r.key[0], r.figures.arrivals) for r in november.rows] == [(23, 1)]
    assert november.days[-1].key[0] == date(2026, 11, 30) and november.days[-1].figures.arrivals == 1
    december = report(hall, period("month", date(2026, 12, 1)), "hour")
    assert december.total.arrivals == 1 and [r.key[0] for r in december.rows] == [0]
    assert len(december.days) == 31


def test_past_days_are_summarised_and_give_the_same_figures(hall, clock):
    a_known_day(hall, clock)
    for number in (1, 2, 3):
        counters.close_counter(hall, number)
    clock.advance(10)
    live = {by: report(hall, period("day", MONDAY), by).to_dict() for by in ("teller", "hour", "counter")}
    clock.advance(24 * 60)
    for by, expected in live.items():
        summarised = report(hall, period("day", MONDAY), by).to_dict()
        assert summarised["rows"] == expected["rows"] and summarised["summary"] == expected["summary"]
    with hall.read() as uow:
        assert uow.figures.summarised(MONDAY, MONDAY) == {("", MONDAY)}      # a hall without a branch code


def test_closing_a_day_summarises_the_days_it_changed_again(hall, clock):
    tickets.issue_ticket(hall, "A")
    clock.advance(24 * 60)
    assert report(hall, period("day", MONDAY)).total.abandoned == 0      # still waiting: not given up yet
    day.close_day(hall)                                                  # it expires
    assert report(hall, period("day", MONDAY)).total.abandoned == 1


def a_rated_day(hall, clock):
    """li at counter 1 and wang at counter 2, from 10:00. li serves A001 (rated 非常满意),
    hands A002 over to counter 2 (that visit rated 基本满意) and serves A003 (不满意, long
    wait); wang serves B001 (满意), then A002 (not rated), and B002 never comes. Three
    complaints come in: about A001 (general, due Monday 30th), about B001 (serious, due
    Wednesday 25th) and one by phone about no visit (general)."""
    for user, name, counter in (("li", "李娜", 1), ("wang", "王强", 2)):
        setup.add_staff(hall, user, Role.TELLER, "123456", name=name)
        counters.sign_in(hall, user, "123456", counter)
    for code in ("A", "A", "A", "B", "B"):
        tickets.issue_ticket(hall, code)
    calling.call_next(hall, 1)                           # A001
    calling.call_ticket(hall, 2, "B001")                 # (under aging, counter 2 would take A002 first)
    clock.advance(4)
    calling.finish(hall, 1)
    calling.finish(hall, 2)
    ratings.rate_ticket(hall, "A001", 5, channel="web")
    ratings.rate_ticket(hall, "B001", 4, channel="keypad")
    calling.call_next(hall, 1)                           # A002
    clock.advance(2)
    calling.transfer(hall, 1, to_counter=2)
    ratings.rate_ticket(hall, "A002", 3)                 # the visit at counter 1, while waiting at 2
    calling.call_next(hall, 2)                           # A002 again, at the head of the queue
    calling.call_next(hall, 1)                           # A003
    clock.advance(5)
    calling.finish(hall, 1)
    calling.finish(hall, 2)
    ratings.rate_ticket(hall, "A003", 2, ["long_wait"])
    calling.call_next(hall, 2)                           # B002
    calling.no_show(hall, 2)
    clock.advance(30)                                    # 10:41
    on_a001 = complaints.add_complaint(hall, "onsite", "general", "等候时间太长", ticket="A001")
    on_b001 = complaints.add_complaint(hall, "onsite", "serious", "柜员态度不好", ticket="B001")
    by_phone = complaints.add_complaint(hall, "phone", "general", "电话打不通")
    counters.sign_out(hall, "li", 1)
    counters.sign_out(hall, "wang", 2)
    counters.close_counter(hall, 3)
    return on_a001.id, on_b001.id, by_phone.id


def test_ratings_and_complaints_give_exact_figures_live_and_summarised(hall, clock):
    on_a001, on_b001, by_phone = a_rated_day(hall, clock)
    span = period("day", MONDAY)
    f = report(hall, span).total
    # Ratable: A001, A002 at 1, A003, B001, A002 at 2; rated 5, 3, 2, 4.
    assert (f.served, f.transferred, f.rated, f.evaluation_rate, f.satisfaction) == (4, 1, 4, 0.8, 0.5)
    assert (f.complaints, f.complaints_on_time) == (3, None)             # none due yet
    by_teller = {r.key[0]: r.figures for r in report(hall, span, "teller").rows}
    assert (by_teller["li"].rated, by_teller["li"].evaluation_rate, by_teller["li"].satisfaction) == (3, 1.0, 1 / 3)
    assert (by_teller["wang"].rated, by_teller["wang"].evaluation_rate, by_teller["wang"].satisfaction) == \
        (1, 0.5, 1.0)
    assert (by_teller["li"].complaints, by_teller["wang"].complaints) == (1, 1)     # the phone one: no teller
    by_hour = {r.key[0]: r.figures.complaints for r in report(hall, span, "hour").rows}
    assert by_hour[10] == 3
    by_service = {r.key[0]: r.figures.complaints for r in report(hall, span, "service").rows}
    assert (by_service["A"], by_service["B"], by_service[None]) == (1, 1, 1)
    live = {by: report(hall, span, by).to_dict() for by in ("teller", "counter", "service", "hour")}
    # Tuesday: Monday is summarised; nothing is due yet, so nothing has changed.
    clock.advance(24 * 60)
    for by, expected in live.items():
        summarised = report(hall, span, by).to_dict()
        assert (summarised["rows"], summarised["summary"]) == (expected["rows"], expected["summary"])
    with hall.read() as uow:
        assert uow.figures.summarised(MONDAY, MONDAY) == {("", MONDAY)}
    # The complaints are read as of the day asked: answered Tuesday (on time) …
    complaints.answer_complaint(hall, on_a001, "已致歉")
    assert report(hall, span).total.complaints_on_time == 1.0
    # … Thursday the serious one is overdue (due Wednesday), the phone one not due yet.
    clock.advance(2 * 24 * 60)
    f = report(hall, span).total
    assert (f.complaints, f.complaints_on_time) == (3, 0.5)
    by_teller = {r.key[0]: r.figures for r in report(hall, span, "teller").rows}
    assert (by_teller["li"].complaints_on_time, by_teller["wang"].complaints_on_time) == (1.0, 0.0)
    # The hall counts 基本满意 as satisfied: the same summaries read with the setting.
    hall.config.set("rating.basic_is_satisfied", True)
    r = report(hall, span, "teller")
    assert r.total.satisfaction == 0.75 and {k[0]: x.satisfaction for k, x in
                                             ((row.key, row.figures) for row in r.rows) if x.rated} == \
        {"li": 2 / 3, "wang": 1.0}
    assert r.to_dict()["basic_is_satisfied"] is True
    # One definition: the ratings' own figures say the same.
    for user, own in ratings.day_figures_by(hall, "teller", MONDAY).items():
        row = next(x.figures for x in r.rows if x.key[0] == user)
        assert (own.rated, own.evaluation_rate, own.satisfaction_rate) == \
            (row.rated, row.evaluation_rate, row.satisfaction)


def test_a_rating_given_after_its_day_was_summarised_is_counted(hall, clock):
    tickets.issue_ticket(hall, "A")
    clock.now = datetime(2026, 11, 23, 15, 59, tzinfo=timezone.utc)      # 23:59
    calling.call_next(hall, 1)
    calling.finish(hall, 1)
    with hall.read() as uow:
        leg = uow.tickets.in_states(TicketState.DONE)[0]
    clock.advance(2)                                                      # past midnight
    assert report(hall, period("day", MONDAY)).total.rated == 0          # Monday summarised
    ratings.rate_visit(hall, leg.id, 5)                                   # the counter's screen, late
    f = report(hall, period("day", MONDAY)).total
    assert (f.rated, f.satisfaction) == (1, 1.0)


def test_unknown_and_repeated_groupings_are_refused(hall):
    with pytest.raises(QueueError) as e:
        report(hall, period("day", MONDAY), "colour")
    assert e.value.code == "unknown_grouping"
    with pytest.raises(QueueError):
        report(hall, period("day", MONDAY), "day", "day")
    with pytest.raises(QueueError):
        Period(date(2026, 11, 2), date(2026, 11, 1))


# -- one definition, two ways of adding up ---------------------------------------------------

def random_day(hall, clock, seed: int, steps: int = 260) -> None:
    """Customers and tellers doing everything a day brings, at random times."""
    rng = random.Random(seed)
    issued = 0
    for _ in range(steps):
        clock.now += timedelta(seconds=rng.choice([0, 0.0004, 1.5, 20, 61, 95.25, 240]) + rng.random())
        counter = rng.choice([1, 2, 3])
        action = rng.choice(["issue"] * 4 + ["next"] * 5 + ["finish"] * 2 + ["resume", "open"] * 2
                            + ["start", "no_show", "park", "unpark", "transfer", "cancel", "pause", "close"]
                            + ["rate"] * 2 + ["complain", "answer"])
        try:
            if action == "issue":
                code, priority = rng.choice("ABC"), rng.choice(list(Priority)[:3])
                issued += 1
                if issued % 5 == 0:       # every fifth a booking checked in: an appointment arrival
                    tickets.issue_ticket(hall, code, Priority.APPOINTMENT, Channel.APPOINTMENT)
                else:
                    tickets.issue_ticket(hall, code, priority)
            elif action == "next":
                calling.call_next(hall, counter)
            elif action in ("start", "finish", "no_show", "park"):
                {"start": calling.start_service, "finish": calling.finish, "no_show": calling.no_show,
                 "park": calling.park}[action](hall, counter)
            elif action == "unpark":
                with hall.read() as uow:
                    parked = uow.tickets.in_states(TicketState.PARKED, counter=counter)
                if parked:
                    calling.unpark(hall, counter, parked[0].number)
            elif action == "transfer":
                calling.transfer(hall, counter, to_service=rng.choice("ABC"))
            elif action == "cancel":
                with hall.read() as uow:
                    waiting = uow.tickets.in_states(TicketState.WAITING)
                if waiting:
                    tickets.cancel_ticket(hall, rng.choice(waiting).number)
            elif action == "pause":
                counters.pause_counter(hall, counter, "break")
            elif action == "resume":
                counters.resume_counter(hall, counter)
            elif action == "rate":
                with hall.read() as uow:
                    served = uow.tickets.in_states(TicketState.DONE, TicketState.TRANSFERRED)
                if served:
                    score = rng.randint(1, 5)
                    ratings.rate_ticket(hall, rng.choice(served).number, score,
                                        rng.sample(["long_wait", "attitude"], rng.randint(0, 2)) if score < 3 else [])
            elif action == "complain":
                with hall.read() as uow:
                    legs = uow.tickets.in_states(*TicketState)
                about = rng.choice(legs).number if legs and rng.random() < 0.7 else None
                complaints.add_complaint(hall, rng.choice(["onsite", "phone"]), rng.choice(["general", "serious"]),
                                         "办理太慢", ticket=about)
            elif action == "answer":
                with hall.read() as uow:
                    still_open = uow.complaints.all(open_only=True)
                if still_open:
                    complaints.answer_complaint(hall, rng.choice(still_open).id, "已处理")
            elif action == "close":
                counters.close_counter(hall, counter)
            else:
                counters.open_counter(hall, counter)
        except QueueError:
            pass


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_adds_up_as_the_domain_does(hall, clock, seed):
    random_day(hall, clock, seed)
    if seed == 3:
        day.close_day(hall)                    # expired tickets, closed counters
    tz = hall.config.timezone
    with hall.read() as uow:
        legs = uow.tickets.in_states(*TicketState, day=MONDAY)
        targets = {code: s.target_wait_min for code, s in uow.services.all().items()}
        openings = {}
        for e in uow.figures.counter_events(datetime(2000, 1, 1, tzinfo=timezone.utc), clock.now):
            if isinstance(e, figures.OPENS):
                openings.setdefault(e.counter, []).append(e.at)
        offsets = utc_offsets(*utc_bounds(MONDAY, MONDAY, tz), tz)
        sql = dict(uow.figures.cells(("day", "service", "counter", "teller", "hour"), None, (MONDAY, MONDAY),
                                     offsets))
        sql_waits = uow.figures.waits(("day", "service", "hour"), None, (MONDAY, MONDAY), offsets)
        given = {r.ticket_id: r for r in uow.ratings.on(MONDAY)}
    python = figures.tally_legs(legs, targets, tz, openings, given)
    assert len(legs) > 30 and {TicketState.DONE, TicketState.NO_SHOW, TicketState.CANCELLED} <= {t.state for t in legs}
    assert sum(t.rated_1 + t.rated_2 + t.rated_3 + t.rated_4 + t.rated_5 for t in python.values()) > 3
    assert {k: t.without_waits() for k, t in python.items()} == sql
    python_waits = {}
    for (d, service, _counter, _staff, hour), t in python.items():
        for minutes, n in t.waits.items():
            bins = python_waits.setdefault((d, service, hour), {})
            bins[minutes] = bins.get(minutes, 0) + n
    assert python_waits == {k: v for k, v in sql_waits.items()}
    # And the whole day through the use case, live and summarised, complaints included.
    expected = Figures.of(reports.reference_tally(hall, MONDAY))
    assert report(hall, period("day", MONDAY)).total == expected and expected.complaints > 0
    clock.advance(24 * 60)
    assert report(hall, period("day", MONDAY)).total.to_dict() == \
        Figures.of(reports.reference_tally(hall, MONDAY)).to_dict()
    clock.advance(7 * 24 * 60)                 # every complaint due by now: the on-time figure has its say
    expected = Figures.of(reports.reference_tally(hall, MONDAY), basic_is_satisfied=True)
    hall.config.set("rating.basic_is_satisfied", True)
    assert report(hall, period("day", MONDAY)).total.to_dict() == expected.to_dict()
    assert expected.complaints_on_time is not None


def test_the_open_time_of_many_branches_is_read_in_two_statements_and_each_is_its_own(hall, clock):
    """A head office's report of today (or its summary of yesterday) takes every branch's
    open time from the event log: two statements however many branches there are (it was
    two per branch and one per counter: a minute with a thousand branches), and each
    branch's figures are its own."""
    import sqlalchemy as sa

    from tests.support.branches import COUNTER_STEP, copied_under

    random_day(hall, clock, 2)
    tz, now = hall.config.timezone, clock.now
    with hall.read() as uow:
        own = reports.open_time(uow, [MONDAY], tz, now)
    copies = [f"X{i}" for i in range(1, 7)]          # copies of this hall under other branches' codes
    copied_under(hall, copies)
    statements = []
    sa.event.listen(hall.db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    read = {}
    for many in (copies[:2], copies):
        statements.clear()
        with hall.read() as uow:
            read[len(many)] = reports.open_times(uow, [MONDAY], tz, now, many)
        assert len(statements) == 2
    assert own and sum(own.values()) > 0
    for i, code in enumerate(copies, start=1):
        assert read[len(copies)][code] == {(d, counter + COUNTER_STEP * i, staff): ms
                                           for (d, counter, staff), ms in own.items()}
    assert read[2] == {code: read[len(copies)][code] for code in copies[:2]}
