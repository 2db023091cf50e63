"""`queuedesk display` as the hall starts it: its own process, arguments, a screenshot."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from queuedesk.operations import calling, tickets


def run_display(hall, *words, timeout=60):
    """`queuedesk display --db URL ...`: the database after the sub-command, as start-up
    scripts tend to write it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "queuedesk", "display", "--db", hall.db.url, *words],
                          capture_output=True, text=True, timeout=timeout, env=env, check=False)


def test_screenshot_of_a_portrait_screen_in_chinese(hall, tmp_path):
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 2)
    out = tmp_path / "shot.png"
    result = run_display(hall, "--size", "1080x1920", "--lang", "zh", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)


def test_bad_arguments_are_refused_in_one_line(hall):
    result = run_display(hall, "--size", "big")
    assert result.returncode == 2 and "WIDTHxHEIGHT" in result.stderr
    result = run_display(hall, "--screen", "7", "--windowed")
    assert result.returncode == 1 and "no screen 7" in result.stderr
