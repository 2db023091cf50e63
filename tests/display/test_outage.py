"""The database going away for real under a running display, and coming back.

On SQLite nothing a running display holds can be taken away from it: renaming the file
away (and back), or making its folder unreadable, leaves its open connections reading
the same file (and root ignores the permissions anyway). So the real failure here is a
PostgreSQL server stopped like a crash and started again: the display marks itself
offline, keeps showing the last calls, and recovers and catches up by itself.
"""
from __future__ import annotations

import pytest

from queuedesk.display.window import DisplayWindow
from queuedesk.operations import calling, tickets
from queuedesk.store.database import Database

from .conftest import WAIT_MS, Voice, add_hall


@pytest.mark.postgres
def test_offline_mark_and_recovery_when_the_server_stops_and_starts(qtbot, make_display, own_cluster):
    db = Database(own_cluster.create_database("display"))
    hall = add_hall(db)
    display = None
    try:
        for _ in range(3):
            tickets.issue_ticket(hall, "A")
        display = make_display(hall)
        calling.call_next(hall, 1)
        qtbot.waitUntil(lambda: display.hero.call is not None, timeout=WAIT_MS)
        assert not display.header.offline

        own_cluster.halt()
        qtbot.waitUntil(lambda: display.header.offline, timeout=10_000)
        assert not display.session.online
        assert display.hero.call.number == "A001"     # the last calls stay on screen
        display.grab()                                # and it still draws

        own_cluster.resume()
        calling.call_next(hall, 2)                    # made before the display is back: caught up
        qtbot.waitUntil(lambda: not display.header.offline, timeout=20_000)
        qtbot.waitUntil(lambda: display.hero.call.number == "A002", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: display.waiting.counts.get("A") == 1, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(display.voice.of("finished")) == 2, timeout=WAIT_MS)

        calling.call_next(hall, 3)                    # and live again
        qtbot.waitUntil(lambda: display.hero.call.number == "A003", timeout=WAIT_MS)
    finally:
        if display is not None:
            display.shutdown()
        db.dispose()


@pytest.mark.postgres
def test_a_display_started_while_the_server_is_down_waits_and_then_shows_the_hall(qtbot, own_cluster,
                                                                                  tmp_path):
    db = Database(own_cluster.create_database("display"))
    hall = add_hall(db)
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    own_cluster.halt()
    voice = Voice(hall.config, tmp_path / "voice")
    display = DisplayWindow(hall, announcer=voice.announcer)
    qtbot.addWidget(display)
    display.show()
    try:
        display.start()
        qtbot.waitUntil(lambda: display.header.offline, timeout=10_000)
        assert display.hero.call is None
        own_cluster.resume()
        with qtbot.waitSignal(display.ready, timeout=20_000):
            pass
        assert not display.header.offline
        assert (display.hero.call.number, display.hero.call.counter) == ("A001", 1)
        assert voice.log == []                        # restored, not news
    finally:
        display.shutdown()
        db.dispose()
