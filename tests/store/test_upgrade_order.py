"""A newer queuedesk meets a database not upgraded yet (packaging/upgrade.md: the database
first, then the clients): every client says, in one line, to run `queuedesk init`; init
upgrades it, and then they work."""
from __future__ import annotations

import os
import subprocess
import sys

from alembic import command

from queuedesk.store import migrate
from queuedesk.store.database import Database

OLDER = "0019"      # a revision this queuedesk knows, before its HEAD


def upgrade_to(db: Database, revision: str) -> None:
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            command.upgrade(migrate.alembic_config(conn), revision)
    db.dispose()


def queuedesk(url, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True,
                            text=True, timeout=120, env=env)
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    return result.returncode, lines


def test_clients_on_an_older_schema_say_to_run_init_then_work(db_url, tmp_path):
    assert OLDER in migrate.known_revisions() and OLDER != migrate.HEAD
    db = Database(db_url)
    upgrade_to(db, OLDER)
    for args in (["status"], ["kiosk", "--screenshot", str(tmp_path / "kiosk.png")]):
        code, lines = queuedesk(db_url, *args)
        assert code == 1 and len(lines) == 1, lines
        assert "older queuedesk schema" in lines[0] and "run queuedesk init to upgrade" in lines[0]
    assert not (tmp_path / "kiosk.png").exists()
    code, lines = queuedesk(db_url, "init")
    assert code == 0, lines
    assert migrate.current_revision(db) == migrate.HEAD
    db.dispose()
    assert queuedesk(db_url, "status")[0] == 0


def test_an_empty_database_still_says_run_init(sqlite_url):
    code, lines = queuedesk(sqlite_url, "status")
    assert code == 1 and lines == ["queuedesk: the database has no current queuedesk schema; run: queuedesk init"]
