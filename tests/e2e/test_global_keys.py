"""The compact bar's keys while another program has the focus, on a real X server: the
teller is typing in the core-banking application and presses F1; the next customer is
called, and the banking application never sees that F1."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from queuedesk.operations import setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import PASSWORD

from .test_hall import Hallway, xserver  # noqa: F401  (the virtual X server fixture)

pytestmark = pytest.mark.slow

#: A stand-in for the business application: a text field that logs every key it gets.
BUSINESS_APP = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
log = open(sys.argv[1], "w", buffering=1)
class Field(QLineEdit):
    def keyPressEvent(self, event):
        log.write(f"{event.key()}\\n")
        super().keyPressEvent(event)
field = Field()
field.setWindowTitle("core banking")
field.resize(400, 60)
field.show()
app.exec()
"""


def test_f1_calls_next_while_the_business_application_has_the_focus(tmp_path, xserver):  # noqa: F811
    url = f"sqlite:///{tmp_path}/hall.sqlite3"
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db)
    setup.load_sample(hall, "bank", password=PASSWORD)
    number = tickets.issue_ticket(hall, "B").number
    db.dispose()
    hallway = Hallway(url, tmp_path, xserver)
    keys = tmp_path / "keys.log"
    business = subprocess.Popen([sys.executable, "-c", BUSINESS_APP, str(keys)], env=hallway.env)
    try:
        hallway.start("desk", "--counter", "3", "--user", "zhang", "--compact")
        hallway.wait_for("desk", "current", counter=3, online=True)
        app_window = hallway.xdotool("search", "--sync", "--onlyvisible", "--pid", str(business.pid)).split()[0]
        time.sleep(1.0)                                   # the desk has taken its keys by now
        hallway.xdotool("windowfocus", "--sync", app_window)
        hallway.xdotool("type", "x")                      # the focus is really there ...
        hallway.xdotool("key", "F1")                      # ... and the teller presses F1
        hallway.wait_for("desk", "current", counter=3, number=number)
        hallway.xdotool("type", "y")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and len(keys.read_text().split()) < 2:
            time.sleep(0.1)
        got = [int(k) for k in keys.read_text().split()]
        assert got == [ord("X"), ord("Y")]               # typed keys reach it, F1 (16777264) does not
    finally:
        hallway.stop()
        business.terminate()
        business.wait(10)
