"""A small hall on SQLite and PostgreSQL, and rating screens on it."""
from __future__ import annotations

import pytest

from queuedesk.config import Config
from queuedesk.domain.model import Role, Service
from queuedesk.operations import setup
from queuedesk.operations.hall import Hall
from queuedesk.rate.window import RateWindow
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language
from tests.support.halls import names

WAIT_MS = 5000


@pytest.fixture(autouse=True)
def quick_feed(monkeypatch):
    """The feed thread checks for stop between waits; short waits keep teardown quick."""
    import queuedesk.ui.feed
    monkeypatch.setattr(queuedesk.ui.feed, "WAIT_S", 0.1)


@pytest.fixture
def hall(db_url):
    """Services A and B; counters 1 (A, B) and 2 (B, A), closed; tellers li and wang."""
    db = Database(db_url)
    migrate.upgrade(db)
    h = Hall(db, Config())
    setup.add_service(h, Service("A", names("个人现金业务", "Personal cash"), "A"))
    setup.add_service(h, Service("B", names("对公业务", "Corporate"), "B"))
    setup.add_counter(h, 1, ["A", "B"])
    setup.add_counter(h, 2, ["B", "A"])
    setup.add_staff(h, "li", Role.TELLER, "123456", name="李娜", staff_number="T001")
    setup.add_staff(h, "wang", Role.TELLER, "123456", name="王强", staff_number="T002")
    yield h
    db.dispose()


@pytest.fixture
def make_screen(windows):
    """Build rating screens (settings as keyword arguments, e.g. rating__thanks_seconds=1;
    `timeout_s` asks for less time than a hall may set, to keep the tests quick); each
    one's feed thread and workers are stopped at teardown."""
    def make(hall, counter=1, lang="en", size=(1024, 600), timeout_s=None, **settings):
        for name, value in settings.items():
            hall.config.set(name.replace("__", "."), value)
        set_language(lang)
        window = RateWindow(hall, counter)
        if timeout_s is not None:
            window.timeout_ms = timeout_s * 1000
        return windows.start(window, size, WAIT_MS)
    return make
