"""Database faults say, in one line, what is wrong and what to do (SQLite and PostgreSQL)."""
import os
import sqlite3
import subprocess
import sys

import pytest
import sqlalchemy as sa

from queuedesk.store import migrate
from queuedesk.store.database import Database, DatabaseError
from tests.support.postgres import Cluster, PostgresUnavailable


def queuedesk(url, *args):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True,
                            text=True, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and len(lines) <= 1, result.stderr
    return result.returncode, lines[0] if lines else ""


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "q.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    code, line = queuedesk(f"sqlite:///{path}", "status")
    assert code == 1 and "is not a queuedesk database, or it is damaged" in line


def test_a_truncated_database(tmp_path):
    url = f"sqlite:///{tmp_path}/q.sqlite3"
    assert queuedesk(url, "init", "--sample", "bank")[0] == 0
    path = tmp_path / "q.sqlite3"
    path.write_bytes(path.read_bytes()[:5000])
    code, line = queuedesk(url, "status")
    assert code == 1 and ("damaged" in line or "not a queuedesk database" in line)


def test_a_file_that_cannot_be_created(tmp_path):
    code, line = queuedesk("sqlite:////proc/queuedesk/q.sqlite3", "init")
    assert code == 1 and line.startswith("queuedesk: cannot create /proc/queuedesk/q.sqlite3")


def test_a_read_only_database(tmp_path):
    """A file this process may read but not write (root writes any file whatever its
    mode, so as root the file is made immutable): refused in one line that says so."""
    url = f"sqlite:///{tmp_path}/q.sqlite3"
    assert queuedesk(url, "init", "--sample", "bank")[0] == 0
    path = tmp_path / "q.sqlite3"
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("this file system cannot make a file immutable")
    else:
        path.chmod(0o444)
    try:
        code, line = queuedesk(url, "ticket", "issue", "A")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)])
    assert code == 1 and ("is read-only" in line or "cannot open" in line), line


def test_the_read_only_and_disk_full_wording():
    db = Database("sqlite:////tmp/queuedesk-words.sqlite3")
    assert "is read-only" in db.fault(sqlite3.OperationalError("attempt to write a readonly database"))
    assert db.fault(sqlite3.OperationalError("database or disk is full")).startswith("disk full")


def test_a_full_disk_says_disk_full(tmp_path):
    """SQLite's own "full" (here its page limit, as a full disk gives it)."""
    url = f"sqlite:///{tmp_path}/q.sqlite3"
    db = Database(url)
    migrate.upgrade(db)
    with pytest.raises(DatabaseError, match="^disk full"):
        with db.connect(write=True) as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            conn.execute(sa.text("INSERT INTO hall_texts (key, lang, text) VALUES ('notice', 'en', :t)"),
                         {"t": "x" * 300})
            for i in range(200):
                conn.execute(sa.text("INSERT INTO requests (key, at, fingerprint) VALUES (:k, '2026-01-01', :f)"),
                             {"k": f"k{i}", "f": "f" * 64})
    db.dispose()


def test_a_database_of_a_newer_queuedesk(db_url):
    db = Database(db_url)
    migrate.upgrade(db)
    with db.connect(write=True) as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    for args in (["status"], ["init"]):
        code, line = queuedesk(db_url, *args)
        assert code == 1 and "made by a newer queuedesk" in line and "upgrade queuedesk" in line
    with db.connect(write=False) as conn:     # init did not touch it
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    db.dispose()


@pytest.mark.parametrize("url, words", [
    ("postgresql://u:secret@h:abc/db", "bad database URL"),
    ("postgresql+psycopg://u:secret@127.0.0.1:1/db?frob=1", "unknown option in the database URL"),
    ("postgresql+psycopg://u:secret@127.0.0.1:1/db", "cannot reach the database server (127.0.0.1:1/db)"),
    ("postgresql+psycopg://u:secret@no-such-host.invalid/db", "cannot find the database server"),
])
def test_url_and_server_faults_never_show_the_password(url, words):
    code, line = queuedesk(url, "status")
    assert code == 1 and words in line and "secret" not in line


@pytest.mark.postgres
def test_a_wrong_database_password():
    try:
        cluster = Cluster(password="right-one").start()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        url = cluster.create_database("hall").replace(":right-one@", ":wrong-one@")
        code, line = queuedesk(url, "status")
        assert code == 1 and "refused the user name or password" in line and "wrong-one" not in line
    finally:
        cluster.stop()
