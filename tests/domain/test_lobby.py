"""The console's rules: wait levels, alerts, and the M/M/c staffing hint."""
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain import lobby

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def test_wait_levels():
    assert [lobby.wait_level(m, 10, 20) for m in (5, 10, 10.1, 20, 21)] == \
        ["ok", "ok", "over_target", "over_target", "over_max"]


def test_erlang_c_known_values():
    # The textbook case: 2 servers, 1 Erlang → P(wait) = 1/3.
    assert lobby.erlang_c(2, 1.0) == pytest.approx(1 / 3)
    assert lobby.erlang_c(1, 0.5) == pytest.approx(0.5)      # M/M/1: P(wait) = rho
    assert lobby.erlang_c(3, 3.0) == 1.0


def test_mm1_wait_matches_the_formula():
    # M/M/1, arrivals 6/h, service 5 min: rho 0.5, Wq = rho/(mu-lambda) = 0.5 / (0.2-0.1) = 5 min.
    assert lobby.expected_wait_min(6, 5, 1) == pytest.approx(5.0)
    assert lobby.expected_wait_min(12, 5, 1) is None         # the queue grows
    assert lobby.expected_wait_min(0, 5, 1) == 0.0 and lobby.expected_wait_min(5, 5, 0) is None


@given(arrivals=st.floats(0.1, 200), service=st.floats(0.5, 30), counters=st.integers(1, 20))
def test_one_more_counter_never_makes_the_wait_longer(arrivals, service, counters):
    now = lobby.expected_wait_min(arrivals, service, counters)
    more = lobby.expected_wait_min(arrivals, service, counters + 1)
    assert more is not None or now is None
    if now is not None:
        assert 0 <= more <= now + 1e-9


def test_alerts_are_newest_first_with_stable_keys():
    waiting = [lobby.WaitingFact(1, "A001", "A", NOW - timedelta(minutes=25), 25, 10, 20, False),
               lobby.WaitingFact(2, "A002", "A", NOW - timedelta(minutes=12), 12, 10, 20, True)]
    found = lobby.alerts(NOW, waiting, [], [], {}, 15, 10)
    assert [(a.kind, a.params["ticket"]) for a in found] == \
        [("over_target", "A002"), ("appointment_waiting", "A002"), ("over_max", "A001")]
    again = lobby.alerts(NOW + timedelta(minutes=1), waiting, [], [], {}, 15, 10)
    assert {a.key for a in found} == {a.key for a in again}


def test_priority_classes():
    assert set(lobby.PRIORITY_CLASSES) == {"elderly", "disabled", "pregnant", "military", "vip", "emergency"}


def test_the_hint_adds_the_people_waiting_to_the_queueing_wait():
    hint = lobby.staffing_hint("A", 6, 5, 1, waiting=4)
    assert hint.wait_now_min == pytest.approx(4 * 5 + 5.0)
    assert hint.wait_one_more_min == pytest.approx(4 * 5 / 2 + lobby.expected_wait_min(6, 5, 2))
    assert hint.one_more_helps
    assert lobby.staffing_hint("A", 30, 5, 2, 0).wait_now_min is None     # 2.5 Erlangs on 2 counters


def test_no_counter_is_urged_for_a_business_nobody_wants():
    idle = lobby.staffing_hint("A", 0, 5, 0, waiting=0)
    assert idle.wait_now_min is None and not idle.one_more_helps
    assert lobby.staffing_hint("A", 0, 5, 0, waiting=1).one_more_helps      # one customer, no counter
    assert lobby.staffing_hint("A", 2, 5, 0, waiting=0).one_more_helps      # they keep coming
