"""A small hall on a fresh SQLite file per test, and kiosk windows on it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from queuedesk.config import Config
from queuedesk.domain.model import Service
from queuedesk.kiosk.window import KioskWindow
from queuedesk.operations import counters, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language
from tests.support.halls import names

WAIT_MS = 5000


@pytest.fixture
def hall(tmp_path):
    """Three services: A and B open all day, C with a cap of two tickets a day; counter 1
    serves A and B, counter 2 serves C, both open."""
    db = Database(f"sqlite:///{tmp_path}/q.sqlite")
    migrate.upgrade(db)
    h = Hall(db, Config())
    setup.add_service(h, Service(code="A", names=names("个人现金业务", "Personal cash"), prefix="A"))
    setup.add_service(h, Service(code="B", names=names("对公业务", "Corporate banking"), prefix="B"))
    setup.add_service(h, Service(code="C", names=names("开卡与挂失", "Cards & loss reports"), prefix="C",
                                 daily_cap=2))
    setup.add_counter(h, 1, ["A", "B"])
    setup.add_counter(h, 2, ["C"])
    counters.open_counter(h, 1)
    counters.open_counter(h, 2)
    yield h
    db.dispose()


@pytest.fixture
def make_kiosk(qtbot, windows):
    """Build kiosk windows (settings as keyword arguments, e.g. printer__target="pdf:x");
    `locked=True` is the kiosk as it runs in a hall: full screen and locked down. Each
    window's feed thread and workers are stopped at teardown."""
    def make(hall, lang="en", size=(1920, 1080), locked=False, **settings):
        for name, value in settings.items():
            hall.config.set(name.replace("__", "."), value)
        set_language(lang)
        window = KioskWindow(hall, default_language=lang)

        def locked_down():
            window.lock_down()
            window.showFullScreen()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        return windows.start(window, size, WAIT_MS, show=locked_down if locked else None)
    return make


def button(window, code):
    return window.home.grid.buttons[code]


def tap(qtbot, window, code):
    qtbot.mouseClick(button(window, code), Qt.MouseButton.LeftButton)
