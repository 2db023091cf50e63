"""A sample bank hall on a fresh SQLite file per test, and a desk window on it."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from queuedesk.desk.window import DeskWindow
from queuedesk.operations import setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language
from tests.support.halls import PASSWORD

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def quick_feed(monkeypatch):
    """The feed thread checks for stop between waits; short waits keep teardown quick."""
    import queuedesk.ui.feed
    monkeypatch.setattr(queuedesk.ui.feed, "WAIT_S", 0.1)


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory):
    """The sample bank, migrated once; each test gets its own copy (hashing 8 passwords
    and running the migrations per test would double the suite's time)."""
    path = tmp_path_factory.mktemp("sample") / "q.sqlite"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    setup.load_sample(Hall(db), "bank", password=PASSWORD)
    with db.connect(write=False) as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")   # everything in the main file
    db.dispose()
    return path


@pytest.fixture
def hall(tmp_path, sample_file):
    shutil.copyfile(sample_file, tmp_path / "q.sqlite")
    db = Database(f"sqlite:///{tmp_path}/q.sqlite")
    h = Hall(db)
    yield h
    db.dispose()


@pytest.fixture
def make_desk(qtbot):
    """Build desk windows; each one's feed thread and workers are stopped at teardown."""
    made = []
    set_language("en")   # assertions read English source strings

    def make(hall, counter=3, **kw):
        window = DeskWindow(hall, counter=counter, ask_on_close=False, **kw)
        qtbot.addWidget(window)
        window.show()
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def desk(make_desk, hall):
    return make_desk(hall)


def sign_in(qtbot, desk, user="li", password="123456"):
    """Through the sign-in page, as a teller would; returns once live data is on screen."""
    page = desk.signin
    qtbot.waitUntil(lambda: page.counter.count() > 0, timeout=WAIT_MS)
    page.user.setText(user)
    page.password.setText(password)
    with qtbot.waitSignal(desk.session.ready, timeout=WAIT_MS):
        qtbot.mouseClick(page.button, Qt.LeftButton)


def press(qtbot, desk, name):
    """Click an action's button and wait until its answer is in."""
    button = desk.buttons[name]
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not desk.session.busy, timeout=WAIT_MS)
    QApplication.processEvents()


def settle(qtbot, ms=400):
    """Let a double-click interval pass, so the next click of one action counts anew."""
    qtbot.wait(max(ms, QApplication.doubleClickInterval() + 50))
