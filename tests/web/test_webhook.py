""""Almost your turn" notices through the webhook, against a receiver on a loopback port:
one at the threshold, one when called, none twice, retried with back-off on failure."""
import time

from queuedesk.domain.events import NoticeFailed, NoticeSent
from queuedesk.operations import calling, notices, tickets
from queuedesk.store.event_log import read_events
from tests.web.conftest import hall_with
from tests.web.http import post_form


def ask(url: str, token: str, phone: str = "13800138000", ahead: int = 2) -> None:
    answer = post_form(url + f"/t/{token}/notice", {"phone": phone, "ahead": str(ahead)}, {"Accept-Language": "en"})
    assert answer.status == 303 and "notice=" not in answer.headers["location"]


def failures_recorded(hall, tries: int, timeout: float = 10) -> None:
    """Wait until the sender has recorded the failure of try `tries` (its back-off starts then)."""
    from queuedesk.operations.notices import LEASE_S
    from queuedesk.store import schema

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with hall.db.engine.connect() as conn:
            rows = conn.execute(schema.notices.select().where(schema.notices.c.state == "pending")).all()
        # Failed and waiting its back-off, not claimed and leased for a try in progress.
        if any(r.attempts == tries and r.last_error and
               0 < (r.next_attempt_at - hall.now()).total_seconds() < LEASE_S / 2 for r in rows):
            return
        time.sleep(0.05)
    raise AssertionError(f"no failure of try {tries} recorded")


def settle(seconds: float = 1.5) -> None:
    """Long enough for the sender's next round (it runs every second and after each event)."""
    time.sleep(seconds)


def test_one_notice_at_the_threshold_one_when_called_none_twice(hall, serve, receiver):
    url = serve(hall_with(hall, notify__webhook_url=receiver.url, printer__base_url="https://q.example/t/"))
    ahead_of_me = [tickets.issue_ticket(hall, "A") for _ in range(4)]
    mine = tickets.issue_ticket(hall, "A")
    ask(url, mine.token, ahead=2)
    settle()
    assert receiver.bodies == []                        # 4 ahead: not yet
    calling.call_next(hall, 1, no_show_current=True)
    settle()
    assert receiver.bodies == []                        # 3 ahead
    calling.call_next(hall, 2, no_show_current=True)                          # 2 ahead: the threshold
    first = receiver.wait_for(1)[0]
    assert (first["kind"], first["ticket"], first["ahead"], first["phone"], first["lang"]) == \
        ("ahead", mine.number, 2, "13800138000", "en")
    assert "2 people are ahead of you" in first["text"] and mine.number in first["text"]
    assert first["url"] == f"https://q.example/t/{mine.token}"
    calling.call_next(hall, 1, no_show_current=True)                          # 1 ahead, 0 ahead: no second "almost"
    calling.call_next(hall, 2, no_show_current=True)
    settle()
    assert len(receiver.bodies) == 1
    calling.call_next(hall, 1, no_show_current=True)                          # called: the second notice
    second = receiver.wait_for(2)[1]
    assert (second["kind"], second["counter"], second["counter_name"]) == ("called", 1, "Counter 1")
    assert "please go to Counter 1" in second["text"]
    calling.recall(hall, 1)                             # recalled: nothing more
    settle()
    assert len(receiver.bodies) == 2
    assert len({b["id"] for b in receiver.bodies}) == 2
    assert receiver.headers[0]["Idempotency-Key"] == receiver.bodies[0]["id"]
    sent = [e for e in read_events(hall.db) if isinstance(e, NoticeSent)]
    assert [e.kind for e in sent] == ["ahead", "called"]
    assert not any("13800138000" in str(e.to_dict()) for e in read_events(hall.db))
    assert tickets is not None and ahead_of_me


def test_a_failing_gateway_is_retried_with_back_off_and_given_up_in_the_end(hall, clock, serve, receiver):
    receiver.fail = 2
    url = serve(hall_with(hall, notify__webhook_url=receiver.url, notify__max_attempts=3))
    mine = tickets.issue_ticket(hall, "A")
    ask(url, mine.token, ahead=3)                       # nobody ahead: due at once
    assert len(receiver.wait_for(1)) == 1
    failures_recorded(hall, 1)
    settle()
    assert len(receiver.bodies) == 1                    # the next try waits its back-off …
    clock.advance(2.5 / 60)
    assert len(receiver.wait_for(2)) == 2               # … then comes (and fails again)
    failures_recorded(hall, 2)
    clock.advance(4.5 / 60)
    bodies = receiver.wait_for(3)
    assert [b["attempt"] for b in bodies] == [1, 2, 3] and len({b["id"] for b in bodies}) == 1
    settle()
    assert [e.attempts for e in read_events(hall.db) if isinstance(e, NoticeSent)] == [3]

    receiver.fail = 99                                  # a gateway that never takes it
    other = tickets.issue_ticket(hall, "B")
    ask(url, other.token, phone="+8613900139000", ahead=3)
    receiver.wait_for(4)
    for tries in (1, 2):
        failures_recorded(hall, tries)
        clock.advance(10 / 60)
        receiver.wait_for(4 + tries)
    settle()
    failed = [e for e in read_events(hall.db) if isinstance(e, NoticeFailed)]
    assert [(e.ticket_number, e.attempts, e.reason) for e in failed] == [(other.number, 3, "HTTP 500")]
    assert len(receiver.bodies) == 6


def test_a_phone_number_is_forgotten_when_the_day_closes(hall, serve, receiver):
    from queuedesk.operations import day
    from queuedesk.store import schema

    noticing = hall_with(hall, notify__webhook_url=receiver.url)
    mine = tickets.issue_ticket(hall, "A")
    for _ in range(5):
        tickets.issue_ticket(hall, "A")
    notices.request_notice(noticing, mine.token, "13800138000", 1, "zh_CN")
    day.close_day(hall)
    with hall.db.engine.connect() as conn:
        assert [r.phone for r in conn.execute(schema.notice_requests.select())] == [None]
