"""The windows' line to the engine: events in order, and a log that goes backwards."""
import pytest
import sqlalchemy as sa

from queuedesk.operations import tickets
from queuedesk.ui import engine_link, feed
from queuedesk.ui.engine_link import EngineLink

WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    monkeypatch.setattr(feed, "WAIT_S", 0.05)
    monkeypatch.setattr(feed, "VERIFY_S", 0.2)
    monkeypatch.setattr(engine_link, "PROBE_MS", (100,))


@pytest.fixture
def link(qtbot, hall):
    link = EngineLink(hall)
    yield link
    link.shutdown()


def test_events_arrive_typed_and_in_order(qtbot, hall, link):
    seen = []
    link.events.connect(seen.extend)
    with qtbot.waitSignal(link.following, timeout=WAIT_MS):
        link.start()
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert [e.ticket_number for e in seen] == ["A001", "A002", "A003"]
    assert [e.waiting for e in seen] == [1, 2, 3]


def test_a_log_that_went_backwards_means_reading_everything_again(qtbot, hall, link):
    """A restore to an earlier point: the last event the window saw is gone."""
    tickets.issue_ticket(hall, "A")
    seen = []
    link.events.connect(seen.extend)
    with qtbot.waitSignal(link.following, timeout=WAIT_MS):
        link.start()
    tickets.issue_ticket(hall, "A")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(link.rewound, timeout=WAIT_MS):
        with hall.db.connect(write=True) as conn:
            conn.execute(sa.text("DELETE FROM events WHERE id = :id"), {"id": seen[-1].id})
    tickets.issue_ticket(hall, "B")             # and it goes on from the log's new end
    qtbot.waitUntil(lambda: seen[-1].ticket_number == "B001", timeout=WAIT_MS)
    assert link.online
