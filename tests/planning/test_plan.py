"""`queuedesk plan`: counters per hour from Erlang C, checked by simulation."""
import json
import math
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow      # each runs the command in its own process


def erlang_c_by_the_book(c: int, a: float) -> float:
    top = a ** c / math.factorial(c) * c / (c - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


def fewest_by_the_book(a: float, m: float, mean: float, within: float, share: float) -> int:
    c = math.floor(a) + 1
    while not (erlang_c_by_the_book(c, a) * m / (c - a) <= mean
               and 1 - erlang_c_by_the_book(c, a) * math.exp(-(c - a) * within / m) >= share):
        c += 1
    return c


def plan(*args):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "plan", *args, "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{c} is not JSON"))


def test_a_profile_with_a_known_erlang_c_answer(tmp_path):
    """Cash business (4 min each) alone on its counters, 60 and then 36 customers an
    hour, held to a strict target: the counters Erlang C asks for, hour by hour."""
    profile = tmp_path / "cash.csv"
    profile.write_text("hour,A\n09:00,60\n10:00,36\n", encoding="utf-8")
    p = plan("--profile", str(profile), "--by", "service", "--target-mean", "1", "--within", "5", "--share", "90",
             "--replications", "10")
    assert [h["hour"] for h in p["hours"]] == ["09:00", "10:00"]
    for hour, a in zip(p["hours"], (4.0, 2.4)):
        assert hour["load"] == pytest.approx(a)
        c = fewest_by_the_book(a, 4.0, 1, 5, 0.9)
        assert hour["counters"] == c and hour["one_fewer"]["counters"] == c - 1
        assert hour["needed"]["theory"]["mean_wait_min"] == pytest.approx(erlang_c_by_the_book(c, a) * 4 / (c - a),
                                                                         abs=0.01)
        simulated = hour["needed"]["simulated"]
        # Counter service is less variable than Erlang C's exponential: the check waits no longer.
        assert simulated["mean_wait_min"]["mean"] <= 1 + simulated["mean_wait_min"]["ci95"]
        fewer = hour["one_fewer"]["simulated"]["mean_wait_min"]["mean"]
        assert fewer > simulated["mean_wait_min"]["mean"]
    assert p["pools"] == [{"services": ["A"], "counters_now": [1, 2, 3], "peak": p["hours"][0]["counters"]}]


def test_the_bank_sample_needs_nine_pooled_counters_at_its_peak():
    p = plan("--sample", "bank", "--by", "hall", "--replications", "5")
    assert p["pools"][0]["peak"] == 9 and len(p["pools"][0]["counters_now"]) == 6
    peak = next(h for h in p["hours"] if h["hour"] == "09:00")
    assert peak["arrivals_per_hour"] == pytest.approx(72)
    assert peak["one_fewer"]["theory"]["mean_wait_min"] is None       # 8 counters: the queue grows


def test_the_text_shows_each_pool_and_hour(tmp_path):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "plan", "--sample", "hospital", "--replications", "3"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "pool R L Y" in result.stdout and "business type P" in result.stdout and "08:00" in result.stdout
