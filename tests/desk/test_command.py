"""`queuedesk desk` as a program: signs in from --user and saves a screenshot."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from queuedesk.operations import counters, queries, tickets

# Runs the real CLI with the desk registered, whether or not commands.REGISTRARS lists it yet.
BOOT = ("import sys; from queuedesk import commands; from queuedesk.desk.command import register; "
        "register in commands.REGISTRARS or commands.REGISTRARS.append(register); "
        "from queuedesk.cli import main; sys.exit(main(sys.argv[1:]))")


def desk(hall, *args, password="123456", stdin=None, env=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("QUEUEDESK_PASSWORD", None)
    if password is not None:
        environment["QUEUEDESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "-c", BOOT, "--db", hall.db.url, "desk", *args],
                          capture_output=True, text=True, timeout=60, env=environment, input=stdin)


def test_screenshot_signed_in_with_live_data_leaves_the_hall_as_it_was(hall, tmp_path):
    tickets.issue_ticket(hall, "A")
    last_event = queries.last_event_id(hall)
    png = tmp_path / "desk.png"
    result = desk(hall, "--counter", "3", "--user", "li", "--lang", "en", "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() >= 960 and image.height() >= 600      # no smaller than the desk lays out
    # A picture is not a sign-in: the counter stays closed (the console would otherwise see it
    # open, then unattended once the lease lapsed), and nothing is recorded.
    status, _ = queries.counter_status(hall, 3)
    assert (status.state, status.staff) == ("closed", None)
    assert queries.last_event_id(hall) == last_event


def test_screenshot_beside_the_live_desk_of_that_counter_leaves_it_signed_in(hall, tmp_path):
    counters.sign_in(hall, "li", "123456", 3)
    before = queries.counter_status(hall, 3)[0]
    result = desk(hall, "--counter", "3", "--user", "li", "--screenshot", str(tmp_path / "desk.png"))
    assert result.returncode == 0, result.stderr
    after = queries.counter_status(hall, 3)[0]
    assert (after.state, after.staff, after.unattended) == (before.state, "li", False)


def test_compact_screenshot_with_password_on_stdin(hall, tmp_path):
    png = tmp_path / "bar.png"
    result = desk(hall, "--counter", "2", "--user", "wang", "--password-stdin", "--compact",
                  "--screenshot", str(png), password=None, stdin="123456\n")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert image.width() > 3 * image.height()                  # a slim bar


def test_wrong_password_exits_non_zero(hall, tmp_path):
    result = desk(hall, "--counter", "3", "--user", "li", "--screenshot", str(tmp_path / "x.png"),
                  password="nope")
    assert result.returncode == 1
    assert "wrong user name or password" in result.stderr
    assert queries.counter_status(hall, 3)[0].state == "closed"


def test_user_needs_a_counter_and_a_password(hall):
    assert "--user needs --counter" in desk(hall, "--user", "li").stderr
    result = desk(hall, "--counter", "3", "--user", "li", password=None)
    assert result.returncode == 1 and "password" in result.stderr
