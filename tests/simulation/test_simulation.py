"""The simulated day runs through the real engine and reports what a manager asks."""
import json
import random
import subprocess
import sys

import pytest

from queuedesk.domain.model import Service
from queuedesk.simulation import customers
from tests.support.halls import names

pytestmark = pytest.mark.slow


def test_arrivals_follow_the_rate_with_a_morning_peak():
    services = [Service("A", names("a", "a"), "A"), Service("B", names("b", "b"), "B")]
    day = customers.arrivals(random.Random(3), services, per_hour=120, hours=8)
    assert 120 * 8 * 0.9 < len(day) < 120 * 8 * 1.1
    assert [a.at_min for a in day] == sorted(a.at_min for a in day)
    first_hour = sum(1 for a in day if a.at_min < 60)
    late_hour = sum(1 for a in day if 300 <= a.at_min < 360)
    assert first_hour > late_hour * 1.3


def test_service_times_average_the_expected_minutes():
    rng = random.Random(5)
    s = Service("A", names("a", "a"), "A", expected_service_min=6)
    times = [customers.service_minutes(rng, s) for _ in range(4000)]
    assert 5.6 < sum(times) / len(times) < 6.4


def simulate(*args):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", *args, "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_light_day_keeps_the_1020_target():
    r = simulate("--sample", "bank", "--hours", "1", "--arrivals", "40/h", "--counters", "5")
    assert r["tickets"] == r["called"] == r["served"] + r["no_shows"] > 20
    assert r["mean_wait_min"] <= 10 and r["over_30"] == 0
    assert all(0 <= u <= 1 for u in r["utilisation"].values())
    assert r["estimate_mae_min"] >= 0


def test_more_customers_than_counters_shows_in_the_report():
    light = simulate("--hours", "1", "--arrivals", "30/h", "--counters", "5", "--seed", "2")
    heavy = simulate("--hours", "1", "--arrivals", "90/h", "--counters", "2", "--seed", "2")
    assert heavy["mean_wait_min"] > light["mean_wait_min"] + 10
    assert heavy["within_target"] < light["within_target"]


def test_bad_arguments_are_one_line():
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", "--arrivals", "lots"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.strip() == "queuedesk: bad arrival rate 'lots'; use e.g. 120/h"


def test_headless_demo_serves_customers_and_leaves_nothing_behind():
    result = subprocess.run([sys.executable, "-m", "queuedesk", "demo", "--simulate", "--speed", "120",
                             "--no-windows", "--seconds", "6"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("ticket_issued" in line for line in lines)     # a line per event, as it happens
    assert any("ticket_called" in line for line in lines)
    assert lines[-2].startswith("summary: ") and lines[-1] == "demo closed"
