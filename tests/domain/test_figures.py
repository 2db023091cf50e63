"""Every figure of the reports, defined once (domain/figures.py), on hand-made legs."""
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain import figures
from queuedesk.domain.events import CounterClosed, CounterOpened, CounterPaused, CounterResumed
from queuedesk.domain.figures import Figures, Tally
from queuedesk.domain.model import Ticket, TicketState
from queuedesk.domain.periods import Period, period, utc_bounds, utc_offsets

SHANGHAI = ZoneInfo("Asia/Shanghai")
OPEN = datetime(2026, 11, 23, 0, 30, tzinfo=timezone.utc)     # 08:30 in Shanghai


def at(minutes: float) -> datetime:
    return OPEN + timedelta(minutes=minutes)


def leg(queued: float, called: float | None = None, finished: float | None = None, *, started: float | None = None,
        state: TicketState = TicketState.DONE, counter: int | None = 1, id: int = 1, **kw) -> Ticket:
    t = Ticket(number=f"A{id:03d}", service="A", business_date=date(2026, 11, 23), token=str(id),
               issued_at=at(queued), queued_at=at(queued), state=state, id=id,
               counter=counter if called is not None else None, **kw)
    if called is not None:
        t.called_at = t.first_called_at = at(called)
    t.started_at = at(started) if started is not None else (t.called_at if finished is not None else None)
    t.finished_at = at(finished) if finished is not None else None
    return t


def test_wait_runs_from_joining_the_queue_to_the_first_call():
    t = leg(0, 12.5, 20)
    assert figures.wait_ms(t) == 12.5 * 60_000
    t.called_at = at(30)            # parked, then called back: the wait ended at the first call
    assert figures.wait_ms(t) == 12.5 * 60_000
    assert figures.wait_ms(leg(0, state=TicketState.WAITING)) is None


def test_service_runs_from_the_start_or_else_the_call_to_the_finish():
    assert figures.service_ms(leg(0, 5, 12, started=6)) == 6 * 60_000
    assert figures.service_ms(leg(0, 5, 12)) == 7 * 60_000
    assert figures.service_ms(leg(0, 5, 6, state=TicketState.NO_SHOW)) is None
    assert figures.busy_ms(leg(0, 5, 6, state=TicketState.NO_SHOW)) == 60_000


def test_abandoned_means_gone_before_being_called():
    assert figures.abandoned(leg(0, state=TicketState.CANCELLED))
    assert figures.abandoned(leg(0, state=TicketState.EXPIRED))
    assert not figures.abandoned(leg(0, 5, 9, state=TicketState.EXPIRED))
    assert not figures.abandoned(leg(0, 5, 9, state=TicketState.NO_SHOW))


def test_a_transferred_leg_is_the_same_customer():
    first = leg(0, 4, 8, state=TicketState.TRANSFERRED)
    second = leg(8, 9, 15, id=2, transferred_from=1)
    tally = figures.leg_tally(first, 10) + figures.leg_tally(second, 10)
    assert (tally.arrivals, tally.transferred, tally.served, tally.called) == (1, 1, 1, 2)


def test_instants_round_to_the_millisecond_half_up():
    assert figures.instant_ms(datetime(1970, 1, 1, 0, 0, 1, 499, tzinfo=timezone.utc)) == 1000
    assert figures.instant_ms(datetime(1970, 1, 1, 0, 0, 1, 500, tzinfo=timezone.utc)) == 1001


@pytest.mark.parametrize("waits, verdict", [
    ([10, 10, 10], True),            # mean exactly 10
    ([0, 20, 10], True),             # nobody over 20
    ([0, 20.02, 0], False),          # one over 20, mean low
    ([10.01, 10.01], False),         # mean over 10
    ([], None),                      # nobody called: no verdict
])
def test_the_1020_verdict(waits, verdict):
    tally = figures.total(figures.leg_tally(leg(0, w, w + 3, id=n), 10) for n, w in enumerate(waits))
    assert Figures.of(tally).meets_1020 is verdict


def test_percentiles_are_whole_minutes_by_nearest_rank():
    # Ten customers waited 0.5, 1.5 … 9.5 minutes: half at most 5 (rounded up), nine in ten at most 9.
    tally = figures.total(figures.leg_tally(leg(0, n + 0.5, n + 1, id=n), 10) for n in range(10))
    f = Figures.of(tally)
    assert (f.median_wait_min, f.p90_wait_min, f.max_wait_min, f.mean_wait_min) == (5, 9, 9.5, 5.0)
    assert figures.percentile_minutes({}, 0.5) is None
    assert figures.percentile_minutes({0: 3}, 0.9) == 0


def test_shares_against_the_target_and_long_waits():
    waits = [5, 10, 10.5, 20, 20.5, 31]
    f = Figures.of(figures.total(figures.leg_tally(leg(0, w, w + 1, id=n), 10) for n, w in enumerate(waits)))
    assert f.within_target == 2 / 6 and f.over_20 == 2 / 6 and f.over_30 == 1 / 6


def test_figures_not_recorded_yet_are_none_not_zero():
    f = Figures.of(figures.leg_tally(leg(0, 3, 8), 10))
    assert f.evaluation_rate is None and f.satisfaction is None and f.appointment_share is None
    assert f.complaints_on_time is None and f.utilisation is None


def test_idle_while_someone_waited_counts_only_open_time():
    a = leg(0, 2, 10, id=1)            # counter opened at 0: idle 0–2 while A001 waited
    b = leg(5, 14, 20, id=2)           # free at 10, B waiting since 5: idle 10–14
    c = leg(30, 40, 45, id=3)          # free at 20, paused 20–35: idle from resume (35) to 40
    opened = [at(0), at(35)]
    assert figures.idle_waiting_ms([c, a, b], opened) == {1: 120_000, 2: 240_000, 3: 300_000}
    # Nobody waiting while free: nothing idle.
    assert figures.idle_waiting_ms([leg(15, 15, 16, id=9)], [at(0)]) == {9: 0}


def test_open_time_follows_openings_pauses_and_closings():
    events = [CounterOpened(at=at(0), counter=1, staff="li"), CounterPaused(at=at(60), counter=1, staff="li"),
              CounterResumed(at=at(75), counter=1, staff="li"), CounterClosed(at=at(120), counter=1, staff="li")]
    assert figures.open_ms(events, at(-60), at(600)) == {"li": 105 * 60_000}
    assert figures.open_ms(events[:1], at(-60), at(30)) == {"li": 30 * 60_000}   # still open: until the end
    assert figures.open_ms([], at(0), at(10), open_at_start=True, staff_at_start="wang") == {"wang": 600_000}


def test_tally_legs_puts_each_leg_in_its_local_hour():
    cells = figures.tally_legs([leg(0, 5, 9, id=1), leg(31, 33, 40, id=2)], {"A": 10}, SHANGHAI)
    assert sorted(key[4] for key in cells) == [8, 9]


legs_strategy = st.lists(st.tuples(st.integers(0, 600), st.one_of(st.none(), st.integers(0, 90)),
                                   st.integers(1, 30)), max_size=12)


@given(legs_strategy, legs_strategy)
def test_tallies_add_up_in_any_order(one, other):
    def tallies(spec, offset):
        return [figures.leg_tally(leg(q, None if w is None else q + w, None if w is None else q + w + s,
                                      id=offset + n, state=TicketState.DONE if w is not None else TicketState.CANCELLED),
                                  10) for n, (q, w, s) in enumerate(spec)]
    a, b = tallies(one, 0), tallies(other, 100)
    assert Figures.of(figures.total(a) + figures.total(b)) == Figures.of(figures.total(a + b))
    assert figures.total(b) + figures.total(a) == figures.total(a) + figures.total(b)


# -- periods ---------------------------------------------------------------------------------

def test_periods_are_whole_business_days():
    assert period("week", date(2026, 11, 26)) == Period(date(2026, 11, 23), date(2026, 11, 29), "week")
    assert period("month", date(2028, 2, 10)).last == date(2028, 2, 29)
    assert period("month", date(2026, 12, 31)) == Period(date(2026, 12, 1), date(2026, 12, 31), "month")
    assert period("quarter", date(2026, 11, 5)) == Period(date(2026, 10, 1), date(2026, 12, 31), "quarter")
    assert len(period("quarter", date(2026, 2, 1))) == 90


def test_a_business_day_is_local_midnight_to_midnight():
    start, end = utc_bounds(date(2026, 11, 30), date(2026, 11, 30), SHANGHAI)
    assert start == datetime(2026, 11, 29, 16, tzinfo=timezone.utc)
    assert end == datetime(2026, 11, 30, 16, tzinfo=timezone.utc)


def test_offsets_change_where_daylight_saving_does():
    berlin = ZoneInfo("Europe/Berlin")
    pieces = utc_offsets(*utc_bounds(date(2026, 3, 28), date(2026, 3, 30), berlin), berlin)
    assert pieces[1:] == [(datetime(2026, 3, 29, 1, tzinfo=timezone.utc), 2 * 3_600_000)]
    assert pieces[0][1] == 3_600_000
    assert len(utc_offsets(*utc_bounds(date(2026, 1, 1), date(2026, 1, 31), SHANGHAI), SHANGHAI)) == 1


def test_a_tally_without_anything_gives_no_figures():
    f = Figures.of(Tally())
    assert f.mean_wait_min is None and f.meets_1020 is None and f.median_wait_min is None
    assert f.to_dict()["arrivals"] == 0
