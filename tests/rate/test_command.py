"""`queuedesk rate` as a program: refuses what it cannot show, saves a screenshot."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from queuedesk.operations import counters, ratings


@pytest.fixture
def db_url(sqlite_url):
    """A program's start-up is the same on either database: SQLite is enough here."""
    return sqlite_url


def rate(hall, *args):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", hall.db.url, "rate", *args],
                          capture_output=True, text=True, timeout=60, env=environment)


def test_screenshots_of_the_idle_screen_and_a_preview_record_nothing(hall, tmp_path):
    counters.sign_in(hall, "li", "123456", 1)
    for page, size in ((None, "1024x600"), ("reasons", "1280x800")):
        png = tmp_path / f"{page}.png"
        result = rate(hall, "--counter", "1", "--size", size, "--lang", "zh_TW", "--screenshot", str(png),
                      *(("--preview", page) if page else ()))
        assert result.returncode == 0, result.stderr
        image = QImage(str(png))
        assert f"{image.width()}x{image.height()}" == size
    assert ratings.ratings_on(hall) == []


def test_refusals_are_one_line(hall, tmp_path):
    result = rate(hall, "--counter", "9", "--screenshot", str(tmp_path / "x.png"))
    assert (result.returncode, result.stderr.strip()) == (1, "queuedesk: unknown counter 9")
    result = rate(hall, "--counter", "1", "--preview", "ask")
    assert (result.returncode, result.stderr.strip()) == (1, "queuedesk: --preview goes with --screenshot")
    assert rate(hall, "--screenshot", str(tmp_path / "x.png")).returncode == 2     # no --counter
