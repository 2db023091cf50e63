from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain.estimate import (
    MIN_HISTORY,
    NO_COUNTER,
    NO_WAIT,
    RESIDUAL,
    WAIT,
    counter_share,
    free_counters,
    mean_service_min,
    service_spread,
    wait,
)
from queuedesk.domain.numbering import business_date, numbering_alike, numbers_may_clash, ticket_number


def test_ticket_numbers_are_padded_and_grow_past_the_width():
    assert ticket_number("A", 1, 3) == "A001"
    assert ticket_number("VIP", 42, 2) == "VIP42"
    assert ticket_number("A", 1000, 3) == "A1000"


def test_business_date_is_the_branch_local_date_not_utc():
    # 23:30 UTC on the 22nd is 07:30 on the 23rd in Shanghai: a new business day.
    moment = datetime(2026, 11, 22, 23, 30, tzinfo=timezone.utc)
    assert business_date(moment, ZoneInfo("Asia/Shanghai")).isoformat() == "2026-11-23"
    assert business_date(moment, ZoneInfo("UTC")).isoformat() == "2026-11-22"


@given(st.integers(1, 9999), st.integers(1, 6))
def test_numbers_are_distinct_per_sequence(seq, width):
    assert ticket_number("A", seq, width) != ticket_number("A", seq + 1, width)
    assert int(ticket_number("A", seq, width)[1:]) == seq


def test_estimate_uses_expected_time_until_history_exists():
    assert mean_service_min([2.0] * (MIN_HISTORY - 1), 5.0) == 5.0
    assert mean_service_min([2.0, 4.0, 6.0], 5.0) == 4.0


def test_the_promise_counts_the_people_ahead_and_the_service_under_way():
    """(n + ⅔) services of 5 min at 2 counters: the customer waits for the 6 ahead to be
    called and then for a counter to come free, most of a service."""
    promise = wait(6, 5.0, 2)
    assert promise.kind == WAIT and promise.minutes == round((6 + RESIDUAL) * 5 / 2, 1)
    assert promise.low <= promise.minutes <= promise.high


def test_nobody_ahead_and_every_counter_busy_is_still_a_wait():
    promise = wait(0, 6.0, 3)
    assert promise.kind == WAIT and promise.minutes == round(RESIDUAL * 6 / 3, 1) and promise.high >= 1


def test_no_wait_only_when_a_counter_that_serves_the_ticket_is_free():
    assert wait(0, 5.0, 2, free=1).kind == NO_WAIT
    assert wait(1, 5.0, 2, free=2).kind == NO_WAIT          # two free counters, one ahead
    assert wait(2, 5.0, 2, free=1) == wait(1, 5.0, 2)       # a free counter takes the first of them
    assert wait(0, 5.0, 2, free=1).shown is None


def test_no_open_counter_is_no_promise():
    promise = wait(6, 5.0, 0)
    assert promise.kind == NO_COUNTER and promise.shown is None


def test_free_counters_are_those_open_with_nobody_at_them():
    counters = [["A"], ["A", "B"], ["B"]]
    assert free_counters(counters, [False, False, False], "A") == 2
    assert free_counters(counters, [True, False, False], "A") == 1
    assert free_counters(counters, [True, True, False], "A") == 0


def test_shared_counters_count_by_the_share_this_service_gets():
    counters = [["A"], ["A", "B"], ["B", "A", "D"], ["C"]]
    # Only A has people waiting: every counter that serves A gives it its whole time.
    assert counter_share(counters, {"A"}, "A") == 3
    # A and B both waiting: the shared counters split between them.
    assert counter_share(counters, {"A", "B"}, "A") == 1 + 1 / 2 + 1 / 2
    assert counter_share(counters, {"A", "B", "D"}, "A") == 1 + 1 / 2 + 1 / 3
    assert counter_share(counters, {"A"}, "V") == 0


def test_the_spread_of_service_times_is_measured_once_there_are_enough():
    assert service_spread([3.0] * (MIN_HISTORY - 1)) is None
    assert service_spread([4.0, 4.0, 4.0]) == 0
    assert service_spread([2.0, 4.0, 6.0]) == pytest.approx((8 / 3) / 16)


@given(st.integers(0, 400), st.floats(0.5, 60), st.floats(0.2, 40), st.integers(0, 3),
       st.one_of(st.none(), st.floats(0, 3)))
def test_the_range_shown_holds_the_estimate(ahead, mean, counters, free, spread):
    promise = wait(ahead, mean, counters, free, spread=spread)
    if promise.kind == WAIT:
        assert 0 <= promise.low <= promise.minutes + 0.5 and promise.minutes - 0.5 <= promise.high
        assert promise.high > promise.low


@given(st.floats(1, 30), st.floats(1, 10))
def test_more_people_ahead_is_a_longer_wait_but_a_relatively_narrower_range(mean, counters):
    """A wait of many services averages out: its spread grows like √n, its length like n."""
    short, long = wait(2, mean, counters), wait(200, mean, counters)
    assert long.minutes > short.minutes and long.high > short.high
    if short.minutes >= 5:
        assert (long.high - long.low) / long.minutes < (short.high - short.low) / short.minutes


_PREFIX = st.text(alphabet="AB019", min_size=1, max_size=3)


@given(_PREFIX, _PREFIX, st.integers(1, 20_000), st.integers(1, 20_000), st.integers(1, 4), st.integers(1, 4))
def test_prefixes_that_cannot_clash_never_give_two_customers_one_number(a, b, n, m, width_a, width_b):
    if not numbers_may_clash(a, b):
        assert ticket_number(a, n, width_a) != ticket_number(b, m, width_b)


@given(_PREFIX, _PREFIX)
def test_prefixes_said_to_clash_do_give_one_number_twice(a, b):
    if numbers_may_clash(a, b):
        shorter, longer = sorted((a, b), key=len)
        digits = longer[len(shorter):] + "001"
        assert ticket_number(shorter, int(digits), len(digits)) == ticket_number(longer, 1, 3)


@given(st.dictionaries(st.sampled_from("ABCDEFGH"), _PREFIX, max_size=8))
def test_services_numbering_alike_are_grouped_by_the_one_rule(prefixes):
    groups = numbering_alike(prefixes)
    grouped = [code for g in groups for code in g]
    assert len(grouped) == len(set(grouped)) and all(len(g) > 1 for g in groups)
    for a in prefixes:
        for b in prefixes:
            if a != b and numbers_may_clash(prefixes[a], prefixes[b]):
                assert any(a in g and b in g for g in groups)
    assert all(any(numbers_may_clash(prefixes[c], prefixes[o]) for o in g if o != c) for g in groups for c in g)
    assert numbering_alike({"A": "A", "B": "C", "D": "A"}) == [["A", "D"]]
