"""A real desk process stopped from outside: SIGTERM signs the teller out and hands the
customer on; after SIGKILL the counter's lease lapses and the teller signs in elsewhere."""
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from queuedesk.config import Config
from queuedesk.operations import calling, counters, queries, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import PASSWORD

pytestmark = pytest.mark.slow
LEASE = 10


def start_desk(url: str, config: str, counter: int) -> subprocess.Popen:
    desk = subprocess.Popen([sys.executable, "-m", "queuedesk", "--config", config, "--db", url, "desk", "--user",
                             "li", "--counter", str(counter), "--password-stdin"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    desk.stdin.write("123456\n")
    desk.stdin.flush()
    return desk


def wait_for(check, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    pytest.fail("timed out")


def held_by(hall: Hall, number: int) -> str | None:
    return {c.number: c.staff for c in queries.counters_status(hall)}[number]


def test_a_stopped_desk_leaves_its_counter_and_a_killed_one_lapses(tmp_path):
    url = f"sqlite:///{tmp_path}/q.sqlite3"
    config = tmp_path / "queuedesk.toml"
    config.write_text(f"[hall]\nlease_seconds = {LEASE}\n")
    hall = Hall(Database(url), Config({"hall.lease_seconds": LEASE}))
    migrate.upgrade(hall.db)
    setup.load_sample(hall, "bank", password=PASSWORD)

    desk = start_desk(url, str(config), 1)
    try:
        wait_for(lambda: held_by(hall, 1) == "li")
        tickets.issue_ticket(hall, "A")
        calling.call_next(hall, 1)
        desk.send_signal(signal.SIGTERM)
        assert desk.wait(30) == 0, desk.stderr.read()
    finally:
        desk.kill()
    status = {c.number: c for c in queries.counters_status(hall)}[1]
    assert (status.state, status.staff, status.current) == ("closed", None, None)
    assert tickets.show_ticket(hall, "A001").state == "waiting"

    desk = start_desk(url, str(config), 1)
    try:
        wait_for(lambda: held_by(hall, 1) == "li")
        desk.send_signal(signal.SIGKILL)
        desk.wait(30)
    finally:
        desk.kill()
    assert held_by(hall, 1) == "li"        # nobody said goodbye
    later = Hall(hall.db, hall.config, clock=lambda: datetime.now(timezone.utc) + timedelta(seconds=LEASE + 1))
    assert {c.number: c.unattended for c in queries.counters_status(later)}[1]
    counters.sign_in(later, "li", "123456", 2)
    assert calling.call_next(later, 2, staff="li").number == "A001"
    assert held_by(hall, 1) is None
    hall.db.dispose()
