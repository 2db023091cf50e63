"""The screen's model, fed with events by hand: no Qt, no database."""
from datetime import UTC, datetime, timedelta

from queuedesk.display.state import DisplayState
from tests.support.events import logged

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
_ids = iter(range(1, 10_000))


def ev(type_, number=None, counter=None, service=None, minutes=0, **payload):
    return logged(type_, next(_ids), T0 + timedelta(minutes=minutes), number, service or "A", counter, "li",
                  **payload)


def test_a_call_is_in_progress_newest_first_and_in_the_recent_list():
    s = DisplayState(recent_size=3)
    change = s.apply([ev("ticket_called", "A001", 1, "A", 0, waiting=4),
                      ev("ticket_called", "B001", 3, "B", 1, waiting=0)])
    assert [c.number for c in change.calls] == ["A001", "B001"]
    assert change.board and change.recent
    assert [(c.number, c.counter) for c in s.in_progress()] == [("B001", 3), ("A001", 1)]
    assert s.newest().number == "B001"
    assert [c.number for c in s.recent] == ["B001", "A001"]


def test_call_next_replaces_the_counters_call_and_the_list_keeps_its_length():
    s = DisplayState(recent_size=2)
    s.apply([ev("ticket_called", "A001", 1), ev("ticket_finished", "A001", 1),
             ev("ticket_called", "A002", 1), ev("ticket_called", "A003", 2)])
    assert {c: call.number for c, call in s.current.items()} == {1: "A002", 2: "A003"}
    assert [c.number for c in s.recent] == ["A003", "A002"]


def test_a_recall_is_a_new_call_moved_to_the_top_not_a_second_row():
    s = DisplayState()
    s.apply([ev("ticket_called", "A001", 1), ev("ticket_called", "A002", 2)])
    change = s.apply([ev("ticket_recalled", "A001", 1, recalls=1)])
    assert [(c.number, c.kind) for c in change.calls] == [("A001", "recall")]
    assert s.newest().number == "A001" and s.newest().kind == "recall"
    assert [c.number for c in s.recent] == ["A001", "A002"]


def test_tickets_leaving_their_counter_leave_the_board():
    s = DisplayState()
    s.apply([ev("ticket_called", n, c) for n, c in (("A1", 1), ("A2", 2), ("A3", 3), ("A4", 4), ("A5", 5))])
    change = s.apply([ev("ticket_finished", "A1", 1), ev("ticket_no_show", "A2", 2),
                      ev("ticket_transferred", "A3", 3), ev("ticket_parked", "A4", 4),
                      ev("service_started", "A5", 5)])
    assert change.board and change.recount            # a transfer fills another queue
    assert list(s.current) == [5]
    assert len(s.recent) == 5                          # the history stays


def test_an_unparked_or_picked_ticket_shows_at_one_counter_only():
    s = DisplayState()
    s.apply([ev("ticket_called", "A1", 1), ev("ticket_called", "A1", 2, how="unpark")])
    assert {c: call.number for c, call in s.current.items()} == {2: "A1"}


def test_waiting_counts_follow_the_payload_without_asking_the_engine():
    s = DisplayState()
    s.set_waiting({"A": 0, "B": 2})
    change = s.apply([ev("ticket_issued", "A001", None, "A", waiting=1)])
    assert change.waiting and not change.recount and s.waiting == {"A": 1, "B": 2}
    change = s.apply([ev("ticket_cancelled", "B002", None, "B", waiting=1),
                      ev("counter_opened", counter=4)])
    assert s.waiting == {"A": 1, "B": 1} and not change.recount
    change = s.apply([ev("ticket_issued", "Z001", None, "Z", waiting=1)])   # a business type we do not know
    assert change.recount


def test_events_already_seen_change_nothing():
    s = DisplayState()
    first = ev("ticket_called", "A001", 1)
    s.apply([first])
    assert not s.apply([first])


def test_restore_keeps_the_current_calls_and_their_times_without_new_calls():
    s = DisplayState(recent_size=3)
    history = [ev("ticket_called", "A001", 1, minutes=0), ev("ticket_called", "A002", 2, minutes=1),
               ev("ticket_finished", "A001", 1, minutes=2), ev("ticket_called", "A003", 1, minutes=3),
               ev("ticket_recalled", "A002", 2, minutes=4)]
    s.restore([(1, "A003"), (2, "A002"), (3, "B009")], history, {"A": 3}, last_id=history[-1].id)
    assert [(c.number, c.counter) for c in s.in_progress()] == [("A002", 2), ("A003", 1), ("B009", 3)]
    assert s.current[3].at is None                     # called before the history we read
    assert [c.number for c in s.recent] == ["A002", "A003", "A001"]
    assert not s.apply(history)                        # replayed by a feed started too early


def test_the_day_closing_clears_the_screen():
    s = DisplayState()
    s.apply([ev("ticket_called", "A001", 1)])
    change = s.apply([ev("ticket_expired", "A001", 1), ev("day_closed", business_date="2026-03-02")])
    assert change.recount and not s.current and not s.recent
