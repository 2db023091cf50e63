"""The database going away for real (a PostgreSQL server stopped under the desk) and
coming back: banner, disabled actions, reconnection and catch-up without a click."""
from __future__ import annotations

import pytest

from queuedesk.operations import setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import PASSWORD

from .conftest import WAIT_MS, press, settle, sign_in


@pytest.mark.postgres
def test_database_outage_shows_banner_disables_actions_and_recovers(qtbot, make_desk, own_cluster):
    db = Database(own_cluster.create_database("desk"))
    migrate.upgrade(db)
    hall = Hall(db)
    setup.load_sample(hall, "bank", password=PASSWORD)
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
