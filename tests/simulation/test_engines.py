"""The simulator's two halls agree, and the engine's is safe: the same seed is the same
day in memory and on a database (both kinds); a day may run past midnight; simulating a
copy of a live hall leaves that hall as it was."""
import json
import subprocess
import sys
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from queuedesk.config import Config
from queuedesk.domain.model import Channel
from queuedesk.operations import calling, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.simulation import layout, plans, profile, study
from queuedesk.simulation.customers import Profile
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import Clock, snapshot

DAY = date(2026, 11, 30)


def the_day(run):
    legs = sorted((t.number, t.state.value, t.counter, t.queued_at, t.first_called_at, t.started_at, t.finished_at)
                  for t in run.legs)
    return legs, {number: issued.estimate for number, issued in run.promises.items()}


@pytest.mark.parametrize("policy", ["aging", "fifo", "service-order"])
def test_the_same_seed_is_the_same_day_in_memory_and_on_the_engine(db_url, policy):
    """Every ticket, call, start and finish at the same instant, every promise the same:
    the memory hall is the engine's double, not a second set of rules."""
    bank = layout.from_sample("bank")
    times = profile.service_times(bank.services, "lognormal")
    day = Profile.flat(90, bank.mix, 9 * 60, 0.6)       # busy enough to queue, priorities and no-shows
    the_study = study.Study(plans.hall_day(bank, day, times), 1, seed=3)
    config = study.with_policy(Config(), policy)
    in_memory = study.run_in_memory(the_study, config, DAY)
    on_engine = study.run_on_engine(the_study, config, DAY, db_url)
    assert len(in_memory[0].legs) > 40
    assert the_day(in_memory[0]) == the_day(on_engine[0])


@pytest.mark.slow
def test_a_day_runs_past_midnight_on_the_engine(tmp_path):
    """Opening at 22:00 for four hours: the tickets after midnight still belong to the
    day they were taken on, and every customer is served."""
    saved = tmp_path / "night.sqlite3"
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", "--arrivals", "40/h", "--open", "22:00",
                             "--hours", "4", "--counters", "3", "--save", str(saved), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    day = json.loads(result.stdout)
    assert day["engine"] == "database" and day["tickets"] == day["served"] + day["no_shows"] > 100
    assert day["day_hours"] >= 4
    db = Database(f"sqlite:///{saved}")
    try:
        with db.connect(write=False) as conn:
            dates = conn.execute(sa.text("SELECT DISTINCT business_date FROM tickets")).scalars().all()
            waiting = conn.execute(sa.text("SELECT count(*) FROM tickets WHERE state = 'waiting'")).scalar()
    finally:
        db.dispose()
    assert [str(d) for d in dates] == [day["business_date"]] and waiting == 0




@pytest.mark.slow
def test_simulating_a_live_hall_leaves_it_untouched(db_url, clock):
    """A copy of its set-up, and what its log says about its customers, are all a
    simulation reads; its tickets, counters and events stay as they were."""
    db = Database(db_url)
    migrate.upgrade(db)
    yesterday = Hall(db, Config(), Clock(clock() - timedelta(days=1)))
    setup.load_sample(yesterday, "bank")
    from queuedesk.operations import counters
    counters.open_counter(yesterday, 1)
    for _ in range(3):
        tickets.issue_ticket(yesterday, "A", channel=Channel.KIOSK)
        calling.call_next(yesterday, 1)
        yesterday.clock.advance(4)
        calling.finish(yesterday, 1)
    today = Hall(db, Config(), clock)
    waiting = tickets.issue_ticket(today, "B")
    db.dispose()
    before = snapshot(db_url)
    for extra in (["--arrivals", "30/h", "--hours", "1", "--engine", "database"], ["--from-log", "--days", "3"]):
        result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", db_url, "simulate", *extra, "--json"],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["hall"].startswith("a copy of the hall")
    assert snapshot(db_url) == before
    assert waiting.number == "B001"
