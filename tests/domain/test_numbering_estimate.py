from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain.estimate import MIN_HISTORY, estimated_wait_min, mean_service_min
from queuedesk.domain.numbering import business_date, ticket_number


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


def test_estimate_divides_by_open_counters():
    assert estimated_wait_min(6, 5.0, 2) == 15.0
    assert estimated_wait_min(6, 5.0, 0) == 30.0   # none open: assume one will
    assert estimated_wait_min(0, 5.0, 2) == 0.0


def test_shared_counters_count_by_the_share_this_service_gets():
    from queuedesk.domain.estimate import counter_share
    counters = [["A"], ["A", "B"], ["B", "A", "D"], ["C"]]
    # Only A has people waiting: every counter that serves A gives it its whole time.
    assert counter_share(counters, {"A"}, "A") == 3
    # A and B both waiting: the shared counters split between them.
    assert counter_share(counters, {"A", "B"}, "A") == 1 + 1 / 2 + 1 / 2
    assert counter_share(counters, {"A", "B", "D"}, "A") == 1 + 1 / 2 + 1 / 3
    assert counter_share(counters, {"A"}, "V") == 0
