"""Who may do what from the command line: the database file's owner sets up, staff act
with their password, a teller cannot close the day, and no password or hash ever shows."""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from queuedesk import cli
from queuedesk.domain.access import Role
from queuedesk.operations import actors
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database


def run(url, *args, input=None, env=None):
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True, text=True,
                          input=input, timeout=120, env={**os.environ, **(env or {})})


def ok(url, *args, **kw):
    result = run(url, *args, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def sample_made(tmp_path_factory):
    """One bank sample hall for the module, made by its file's owner, and the generated
    passwords it printed: made once, since its accounts' passwords hash slowly on purpose."""
    path = tmp_path_factory.mktemp("sample") / "queuedesk.sqlite3"
    out = ok(f"sqlite:///{path}", "init", "--sample", "bank")
    return path, dict(re.findall(r"^  (\w+)\s+(\S+)$", out, re.M))


@pytest.fixture
def sample(sample_made, tmp_path):
    """A copy of the module's sample hall of this test's own (file mode kept)."""
    made, given = sample_made
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{made}{suffix}").exists():
            shutil.copy2(f"{made}{suffix}", tmp_path / f"queuedesk.sqlite3{suffix}")
    return f"sqlite:///{tmp_path / 'queuedesk.sqlite3'}", given


def test_init_prints_each_generated_password_once_and_they_work(sample):
    url, given = sample
    assert {"admin", "li"} <= set(given) and len(set(given.values())) == len(given)
    assert all(len(p) >= 8 and p not in ("admin", "1234") for p in given.values())
    assert "passwords" not in ok(url, "init")                      # never again
    listed = json.loads(ok(url, "--user", "admin", "--password-stdin", "staff", "list", "--json",
                           input=given["admin"] + "\n"))
    assert {a["user"] for a in listed} >= {"admin", "li"}
    assert not any("hash" in key or "$" in str(value) for a in listed for key, value in a.items())


def test_a_teller_cannot_close_the_day_or_add_an_administrator(sample):
    url, given = sample
    ok(url, "ticket", "issue", "A")
    as_li = {"QUEUEDESK_USER": "li", "QUEUEDESK_PASSWORD": given["li"]}
    for command in (("day", "close"), ("staff", "add", "x", "--role", "admin", "--password-stdin"),
                    ("service", "disable", "A"), ("counter", "open", "3", "--staff", "li")):
        message = refused(run(url, *command, input="whatever-1\nwhatever-1\n", env=as_li))
        assert "teller li may not" in message or "teller li is not signed in at counter 3" in message
    assert "waiting" in ok(url, "ticket", "show", "A001")          # the ticket still waits
    assert all(e["actor"] != "li" for e in json.loads(ok(url, "audit", "--json")))   # refusals change nothing


def test_a_wrong_password_is_one_line_and_never_echoed(sample):
    url, _ = sample
    message = refused(run(url, "--user", "li", "--password-stdin", "status", input="Guess-123\n"))
    assert "wrong user name or password" in message and "Guess-123" not in message
    assert "sign_in_failed" in ok(url, "audit")


def test_set_up_by_the_file_owner_is_audited_under_the_operating_system_user(sample):
    url, _ = sample
    ok(url, "staff", "add", "newhire", "--role", "teller", "--password-stdin", input="newhire-pw-1\nnewhire-pw-1\n")
    trail = json.loads(ok(url, "audit", "--json"))
    added = [e for e in trail if e["type"] == "staff_added" and e["payload"]["user"] == "newhire"]
    assert added and added[0]["actor"].startswith("os:") and added[0]["actor_role"] == "admin"


def test_another_operating_system_user_only_looks(sqlite_url, monkeypatch, capsys):
    assert cli.main(["--db", sqlite_url, "init", "--sample", "bank"]) == 0
    monkeypatch.setattr(os, "geteuid", lambda: 4242)                # not the file's owner, not root
    hall = Hall(Database(sqlite_url))
    assert actors.from_database(hall).role is Role.DISPLAY
    capsys.readouterr()
    assert cli.main(["--db", sqlite_url, "day", "close"]) == 1
    assert "may not close the day" in capsys.readouterr().err


def test_staff_passwd_disable_and_enable(sample):
    url, given = sample
    admin = {"QUEUEDESK_USER": "admin", "QUEUEDESK_PASSWORD": given["admin"]}
    ok(url, "staff", "passwd", "li", "--password-stdin", input="li-new-pw\nli-new-pw\n", env=admin)
    ok(url, "--user", "li", "--password-stdin", "status", input="li-new-pw\n")
    ok(url, "staff", "disable", "li")
    assert "wrong user name or password" in refused(
        run(url, "--user", "li", "--password-stdin", "status", input="li-new-pw\n"))
    assert "disabled" in ok(url, "staff", "list")
    ok(url, "staff", "enable", "li")
    ok(url, "--user", "li", "--password-stdin", "status", input="li-new-pw\n")
    # li changes her own, giving the current one first
    ok(url, "--user", "li", "--password-stdin", "staff", "passwd", "li", "--password-stdin",
       input="li-new-pw\nli-new-pw\nmine-now-1\nmine-now-1\n")
    ok(url, "--user", "li", "--password-stdin", "status", input="mine-now-1\n")


@pytest.mark.parametrize("weak", ["12345", "      "])
def test_a_weak_password_is_refused_in_one_line(sample, weak):
    url, _ = sample
    assert "password" in refused(run(url, "staff", "add", "x", "--role", "teller", "--password-stdin",
                                     input=f"{weak}\n{weak}\n"))


def test_a_too_long_name_never_shows_the_password_or_its_hash(db_url):
    ok(db_url, "init")
    message = refused(run(db_url, "staff", "add", "x" * 300, "--role", "teller", "--password-stdin",
                          input="Secret-pw-9\nSecret-pw-9\n"))
    assert "Secret-pw-9" not in message and "scrypt" not in message and "$" not in message


def test_a_password_in_a_database_url_never_shows_in_an_error():
    for url in ("postgres:/qd:S3cretPw!@127.0.0.1/bad", "postgresql+psycopg://qd:S3cretPw!@127.0.0.1:1/bad"):
        result = run(url, "status")
        assert result.returncode == 1 and "S3cretPw" not in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_the_database_file_is_its_owners_alone_and_init_tightens_an_open_one(tmp_path):
    path = tmp_path / "hall.sqlite3"
    url = f"sqlite:///{path}"
    ok(url, "init")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    result = run(url, "init")
    assert result.returncode == 0 and "644" in result.stderr and "600" in result.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_kiosk_acts_as_a_kiosk_whoever_is_set_in_the_environment(sample, tmp_path):
    """The window is a machine of its kind, like the lobby screen and the desk: a staff
    name left in the environment neither asks for a password nor lends it its rights.
    Setting the kiosks' PIN is an administrator's, as before."""
    url, given = sample
    shot = tmp_path / "kiosk.png"
    result = run(url, "kiosk", "--screenshot", str(shot), env={"QUEUEDESK_USER": "li", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and shot.stat().st_size > 0, result.stderr
    admin = {"QUEUEDESK_USER": "admin", "QUEUEDESK_PASSWORD": given["admin"]}
    ok(url, "kiosk", "pin", "--pin-stdin", input="246810\n", env=admin)
    message = refused(run(url, "kiosk", "pin", "--pin-stdin", input="135790\n",
                          env={"QUEUEDESK_USER": "li", "QUEUEDESK_PASSWORD": given["li"]}))
    assert "teller li may not" in message
