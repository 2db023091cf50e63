"""The event API clients live on: events after id N, and a wake-up when there are more."""
import subprocess
import sys
import threading
import time

from queuedesk.operations import calling, tickets
from queuedesk.store.feed import EventFeed


def test_feed_starts_at_the_newest_event_and_returns_only_new_ones(hall):
    tickets.issue_ticket(hall, "A")
    feed = EventFeed(hall.db)
    assert feed.fetch() == []
    tickets.issue_ticket(hall, "A")
    new = feed.fetch()
    assert [e.type for e in new] == ["ticket_issued"] and new[0].ticket_number == "A002"
    feed.close()


def test_catching_up_from_an_old_id_misses_nothing(hall):
    first = EventFeed(hall.db).after
    for _ in range(5):
        tickets.issue_ticket(hall, "B")
    calling.call_next(hall, 2)
    feed = EventFeed(hall.db, after=first)
    types = [e.type for e in feed.fetch()]
    assert types == ["ticket_issued"] * 5 + ["ticket_called"]
    feed.close()


def test_wait_wakes_when_another_process_commits(hall):
    feed = EventFeed(hall.db)
    feed.wait(0.1)            # first wait sets up the listener
    feed.fetch()
    url = hall.db.url
    woke = {}

    def waiter():
        start = time.monotonic()
        feed.wait(20)
        woke["after"] = time.monotonic() - start

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.3)
    subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, "ticket", "issue", "A"],
                   check=True, capture_output=True)
    thread.join(25)
    assert woke["after"] < 15, "the feed did not wake up on another process's commit"
    assert [e.type for e in feed.fetch()] == ["ticket_issued"]
    feed.close()


def test_looking_back_over_the_last_calls_in_one_query(hall):
    from queuedesk.store.event_log import read_events

    for _ in range(4):
        tickets.issue_ticket(hall, "A")
    for _ in range(3):
        calling.call_next(hall, 1, no_show_current=True)
    newest = read_events(hall.db, types=("ticket_called",), newest_first=True, limit=2)
    assert [e.ticket_number for e in newest] == ["A003", "A002"]
    older = read_events(hall.db, before=newest[-1].id, types=("ticket_called",), newest_first=True)
    assert [e.ticket_number for e in older] == ["A001"]
