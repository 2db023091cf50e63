"""The database going away for real under a running display, and coming back.

A PostgreSQL server stopped like a crash and started again: the display marks itself
offline, keeps showing the last calls, and recovers and catches up by itself. An SQLite
file replaced by a restored copy: the display notices the new file and reads it afresh.
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


def test_a_restored_database_file_is_read_afresh(qtbot, make_display, hall, tmp_path):
    """Last night's backup copied over the file under a running screen: the calls made
    since are gone from the log, so the screen reads the hall again instead of waiting
    for event ids the log will never reach."""
    import os
    import sqlite3

    for _ in range(2):
        tickets.issue_ticket(hall, "A")
    path = hall.db.sqlite_path
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    display = make_display(hall)
    calling.call_next(hall, 1)
    qtbot.waitUntil(lambda: display.hero.call is not None and display.hero.call.number == "A001", timeout=WAIT_MS)

    os.replace(backup, path)                      # the restore
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.unlink(path + suffix)
    qtbot.waitUntil(lambda: display.hero.call is None and not display.recent.calls, timeout=10_000)
    assert display.waiting.counts.get("A") == 2

    calling.call_next(hall, 2)                    # the hall goes on from the restored day
    qtbot.waitUntil(lambda: display.hero.call is not None and display.hero.call.number == "A001", timeout=WAIT_MS)


def test_the_screen_goes_on_after_queuedesk_db_restore(qtbot, make_display, hall, tmp_path, monkeypatch):
    """`db restore` copies the backup into the live file (the file stays the same) and
    bumps the database's generation: the screen reads the hall afresh and shows what
    happens after."""
    import queuedesk.ui.feed
    from queuedesk.store import backup

    monkeypatch.setattr(queuedesk.ui.feed, "VERIFY_S", 0.3)
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    backup.backup(hall.db, tmp_path / "night.sqlite3")
    display = make_display(hall)
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)
    qtbot.waitUntil(lambda: len(display.session.state.current) == 2, timeout=WAIT_MS)

    backup.restore(hall.db, tmp_path / "night.sqlite3")
    qtbot.waitUntil(lambda: not display.session.state.current and display.waiting.counts.get("A") == 3,
                    timeout=10_000)
    for counter in (1, 2, 3):                    # calls after the restore appear as usual
        calling.call_next(hall, counter)
    qtbot.waitUntil(lambda: len(display.session.state.current) == 3, timeout=WAIT_MS)
    assert display.hero.call.number == "A003"
