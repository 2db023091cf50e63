"""The database going away for real (a PostgreSQL server stopped under the desk) and
coming back: banner, disabled actions, reconnection and catch-up without a click."""
from __future__ import annotations

import os

import pytest

from queuedesk.operations import setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.postgres import Cluster, PostgresUnavailable

from .conftest import WAIT_MS, press, settle, sign_in


class StoppableCluster(Cluster):
    """The shared test cluster with a stop that keeps the data, and a start after it."""

    def halt(self) -> None:
        # Immediate: like a crash or a pulled cable, connections die without goodbye.
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def resume(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.dir / "log"), "-w", "-t", "60", "start")


@pytest.fixture
def own_cluster():
    """A cluster of its own: this test stops it, which must not hurt other tests."""
    cluster = StoppableCluster()
    try:
        cluster.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"no PostgreSQL here: {exc}")
    yield cluster
    cluster.stop()


@pytest.mark.postgres
def test_database_outage_shows_banner_disables_actions_and_recovers(qtbot, make_desk, own_cluster):
    db = Database(own_cluster.create_database("desk"))
    migrate.upgrade(db)
    hall = Hall(db)
    setup.load_sample(hall, "bank")
    tickets.issue_ticket(hall, "A")
    desk = make_desk(hall)
    try:
        sign_in(qtbot, desk)
        assert desk.buttons["call_next"].isEnabled()

        own_cluster.halt()
        qtbot.waitUntil(lambda: desk.banner.isVisible() and desk.banner.offline, timeout=10_000)
        assert "unreachable" in desk.banner.label.text()
        assert not any(button.isEnabled() for button in desk.buttons.values())
        assert not desk.compact_bar.buttons["call_next"].isEnabled()
        assert not desk.session.perform("call_next")        # a shortcut cannot sneak through

        own_cluster.resume()
        tickets.issue_ticket(hall, "A")     # happens before the desk is back: it must catch up
        qtbot.waitUntil(lambda: not desk.banner.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: desk.side._rows["A"].count.text() == "2", timeout=WAIT_MS)
        assert desk.buttons["call_next"].isEnabled()

        settle(qtbot)
        press(qtbot, desk, "call_next")
        qtbot.waitUntil(lambda: desk.current.number.text() == "A001", timeout=WAIT_MS)
        assert tickets.show_ticket(hall, "A001").state == "called"
    finally:
        desk.shutdown()
        db.dispose()
