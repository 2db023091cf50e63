"""Queueing theory the simulator is checked against: Erlang C and the M/M/c steady state."""
import math
import random
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.simulation import theory


def erlang_c_by_the_book(c: int, a: float) -> float:
    """The textbook sum, for small c."""
    top = a ** c / math.factorial(c) * c / (c - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


@given(st.integers(1, 30), st.floats(0.01, 0.99))
def test_erlang_c_by_recursion_is_the_textbook_formula(c, rho):
    assert theory.erlang_c(c, rho * c) == pytest.approx(erlang_c_by_the_book(c, rho * c), rel=1e-9)


def test_known_values():
    assert theory.erlang_c(1, 0.8) == pytest.approx(0.8)                    # M/M/1: the chance to wait is ρ
    assert theory.mean_wait(1, 0.8, 5) == pytest.approx(0.8 / 0.2 * 5)      # ρ/(1−ρ) services
    assert theory.erlang_c(2, 1.0) == pytest.approx(1 / 3)
    assert theory.share_within(1, 0.5, 4, 0) == pytest.approx(0.5)
    assert theory.mean_wait(3, 3, 5) == math.inf and theory.erlang_c(3, 4) == 1
    assert theory.erlang_c(500, 450) < 0.05                                  # hundreds of counters, no overflow


def test_counters_needed_is_the_fewest_that_meet_both_targets():
    c = theory.counters_needed(8.05, 6.71, 10, 20, 0.95)     # the bank's morning peak, every counter pooled
    assert c == 9
    assert theory.meets(c, 8.05, 6.71, 10, 20, 0.95) and not theory.meets(c - 1, 8.05, 6.71, 10, 20, 0.95)
    assert theory.counters_needed(0, 5, 10, 20, 0.95) == 0
    assert theory.square_root_staffing(100, 1.0) == 110


def test_the_steady_state_draw_has_the_theorys_mean():
    """L = Lq + a: customers in the system on average, waiting and served."""
    rng = random.Random(4)
    for c, a in ((1, 0.7), (3, 2.4), (6, 5.4)):
        draws = [theory.stationary_count(rng, c, a) for _ in range(40_000)]
        lq = theory.erlang_c(c, a) * a / (c - a)
        assert statistics.fmean(draws) == pytest.approx(lq + a, rel=0.04)
    with pytest.raises(ValueError):
        theory.stationary_count(rng, 2, 2.0)
