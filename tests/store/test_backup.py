"""A backup never costs the hall its database: not written onto the database itself, not
made of a damaged file, and a damaged backup is never restored over a healthy hall."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from queuedesk.domain.model import Channel
from queuedesk.operations import queries, tickets
from queuedesk.store import backup
from queuedesk.store.database import Database, DatabaseError
from tests.support.halls import one_counter_hall


@pytest.fixture
def hall(tmp_path):
    h = one_counter_hall(f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    tickets.issue_ticket(h, "A", channel=Channel.KIOSK)
    yield h
    h.db.dispose()


def waiting(hall) -> int:
    return {s.code: s.waiting for s in queries.services_status(hall)}["A"]


def damaged_copy(hall, path) -> None:
    with sqlite3.connect(hall.db.sqlite_path) as live, sqlite3.connect(path) as copy:
        live.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    with open(path, "r+b") as f:               # scribble over the middle of the file
        f.seek(os.path.getsize(path) // 3)
        f.write(os.urandom(os.path.getsize(path) // 3))


@pytest.mark.parametrize("suffix", ["", "-wal", "-writers"])
def test_a_backup_onto_the_database_itself_is_refused_and_the_hall_stays(hall, suffix):
    with pytest.raises(DatabaseError, match="the hall's database itself"):
        backup.backup(hall.db, hall.db.sqlite_path + suffix)
    assert waiting(hall) == 1


def test_a_backup_through_a_link_or_onto_a_device_is_refused(hall, tmp_path):
    link = tmp_path / "link.sqlite3"
    link.symlink_to(hall.db.sqlite_path)
    with pytest.raises(DatabaseError, match="the hall's database itself"):
        backup.backup(hall.db, link)
    with pytest.raises(DatabaseError, match="not a plain file"):
        backup.backup(hall.db, "/dev/null")
    assert waiting(hall) == 1 and os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_a_damaged_database_makes_no_backup_and_an_earlier_one_is_kept(hall, tmp_path):
    earlier = tmp_path / "earlier.sqlite3"
    backup.backup(hall.db, earlier)
    before = earlier.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    damaged_copy(hall, bad)
    with pytest.raises(DatabaseError, match="is damaged: no backup written"):
        backup.backup(Database(f"sqlite:///{bad}"), earlier)
    assert earlier.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


def test_a_damaged_backup_is_not_restored_over_a_healthy_hall(hall, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    damaged_copy(hall, bad)
    tickets.issue_ticket(hall, "A", channel=Channel.KIOSK)
    with pytest.raises(DatabaseError, match="is damaged: restore from another backup"):
        backup.restore(hall.db, bad)
    with sqlite3.connect(hall.db.sqlite_path) as live:
        assert live.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert waiting(hall) == 2


def test_a_backup_is_one_whole_file_that_restores(hall, tmp_path):
    target = tmp_path / "b.sqlite3"
    backup.backup(hall.db, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.")) == ["b.sqlite3"]
    tickets.issue_ticket(hall, "A", channel=Channel.KIOSK)
    backup.restore(hall.db, target)
    assert waiting(hall) == 1


def test_a_report_is_not_written_over_the_database(hall):
    run = subprocess.run([sys.executable, "-m", "queuedesk", "--db", hall.db.url, "report", "--csv",
                          hall.db.sqlite_path], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "the hall's database itself" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert waiting(hall) == 1


@pytest.mark.postgres
def test_a_postgresql_backup_is_whole_or_not_there_and_an_earlier_one_is_kept(pg_url, tmp_path):
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    h = one_counter_hall(pg_url)
    try:
        tickets.issue_ticket(h, "A", channel=Channel.KIOSK)
        target = tmp_path / "hall.dump"
        assert backup.backup(h.db, target) == target
        listed = subprocess.run(["pg_restore", "--list", str(target)], capture_output=True, text=True)
        assert listed.returncode == 0 and "TABLE DATA public tickets" in listed.stdout
        before = target.read_bytes()
        gone = Database(pg_url.rsplit("/", 1)[0] + "/no_such_hall")
        with pytest.raises(DatabaseError, match="unchanged"):
            backup.backup(gone, target)          # pg_dump fails: the earlier backup stays as it was
        assert target.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["hall.dump"]    # nothing half-written beside it
    finally:
        h.db.dispose()
