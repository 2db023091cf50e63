"""`queuedesk simulate` as a planner uses it: several days with their confidence
intervals, any number of counters and hours, the M/M/c check, and one-line refusals."""
import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow      # each runs the command in its own process


def simulate(*args, code=0):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", *args],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == code, result.stderr
    return result


def as_json(*args):
    return json.loads(simulate(*args, "--json").stdout,
                      parse_constant=lambda c: pytest.fail(f"{c} is not JSON"))


def test_several_days_give_every_figure_with_its_confidence_interval():
    r = as_json("--replications", "12", "--arrivals", "45/h", "--hours", "3", "--seed", "4")
    assert r["replications"] == 12 and len(r["days"]) == 12 and r["engine"] == "memory"
    assert r["policy"] == "aging" and r["hall"] == "the bank sample"
    assert r["ci95"]["mean_wait_min"] > 0 and r["spread"]["mean_wait_min"][0] <= r["mean_wait_min"]
    assert 0 < r["estimate_coverage"] <= 1 and r["estimate_mae_share"] is not None
    assert len({d["business_date"] for d in r["days"]}) == 12     # one business day each


def test_a_200_an_hour_day_on_12_counters():
    """More counters than the bank has (the six more are universal), and still too few:
    22 counters' worth of work an hour. The day runs on into the night until everyone
    is served, and the report says how bad it was."""
    r = as_json("--arrivals", "200/h", "--counters", "12", "--hours", "8")
    assert r["counters"] == 12 and sorted(r["utilisation"], key=int) == [str(n) for n in range(1, 13)]
    assert r["tickets"] > 1400 and r["tickets"] == r["served"] + r["no_shows"]
    assert r["day_hours"] > 12 and r["mean_wait_min"] > 60 and r["busy_share"] > 0.95


def test_the_mmc_mode_prints_erlang_c_beside_the_simulation():
    out = simulate("--model", "mmc", "--rate", "28.8/h", "--mean-service", "5", "--counters", "3",
                   "--replications", "30").stdout
    assert "M/M/3" in out and "Erlang C" in out
    r = as_json("--model", "mmc", "--rate", "28.8/h", "--mean-service", "5", "--counters", "3")
    assert r["theory"]["mean_wait_min"] == pytest.approx(5.393, abs=0.01)
    assert r["theory"]["utilisation"] == pytest.approx(0.8)


def test_the_service_times_and_policies_are_the_planners_to_choose(tmp_path):
    profile = tmp_path / "tuesday.csv"
    profile.write_text("hour,A,B\n09:00,20,10\n10:00,10,5\n", encoding="utf-8")
    fixed = as_json("--profile", str(profile), "--service-dist", "fixed", "--policy", "fifo")
    assert fixed["policy"] == "fifo" and fixed["service_dist"] == "fixed" and fixed["day"] == ["09:00", "11:00"]
    assert 20 < fixed["tickets"] < 70


@pytest.mark.parametrize("args, says", [
    (["--replications", "0"], "replications from 1 to 1000"),
    (["--hours", "25"], "hours from 0.1 to 24"),
    (["--counters", "501"], "counters from 1 to 500"),
    (["--arrivals", "5000/h", "--hours", "24"], "at most 20,000 customers"),
    (["--arrivals", "2000/h", "--hours", "8", "--replications", "200"], "too much for the memory engine"),
    (["--hours", "3"], "--hours and --open go with --arrivals"),
    (["--from-log"], "give its --db"),
    (["--model", "mmc"], "needs --rate"),
    (["--model", "mmc", "--rate", "100/h", "--mean-service", "5", "--counters", "2"], "no steady state"),
    (["--profile", "/no/such/file.csv"], "cannot read profile"),
    (["--arrivals", "lots"], "bad arrival rate 'lots'"),
])
def test_nonsense_is_refused_in_one_line_before_anything_runs(args, says):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode in (1, 2) and says in result.stderr and len(result.stderr.strip().splitlines()) == 1
