""""Almost your turn" use cases on both databases: each notice queued once, leased to one
sender, retried with back-off; the phone number gone when its day is over."""
import pytest

from queuedesk.domain.errors import QueueError, UnknownTicket
from queuedesk.operations import calling, notices, tickets
from queuedesk.store import schema


def test_a_notice_is_queued_once_however_often_it_is_looked_for(hall):
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    mine = tickets.issue_ticket(hall, "A")
    notices.request_notice(hall, mine.token, "13800138000", 2, "en")
    assert notices.queue_due_notices(hall) == 0
    calling.call_next(hall, 1, no_show_current=True)
    assert [notices.queue_due_notices(hall) for _ in range(3)] == [1, 0, 0]
    first = notices.claim_deliveries(hall)
    assert [(d.kind, d.ahead, d.phone, d.number) for d in first] == [("ahead", 2, "13800138000", mine.number)]
    assert notices.claim_deliveries(hall) == []          # leased to the first sender
    notices.delivered(hall, first[0].notice_id)
    for counter in (2, 1, 2):
        calling.call_next(hall, counter, no_show_current=True)
    assert notices.queue_due_notices(hall) == 1
    called = notices.claim_deliveries(hall)
    assert [(d.kind, d.counter) for d in called] == [("called", 2)]


def test_a_failed_delivery_waits_its_back_off(hall, clock):
    mine = tickets.issue_ticket(hall, "A")
    notices.request_notice(hall, mine.token, "13800138000", 3, "zh_CN")
    notices.queue_due_notices(hall)
    [delivery] = notices.claim_deliveries(hall)
    assert notices.delivery_failed(hall, delivery.notice_id, "HTTP 502", max_attempts=3) is False
    assert notices.claim_deliveries(hall) == []
    clock.advance(2.1 / 60)
    [again] = notices.claim_deliveries(hall)
    assert (again.notice_id, again.attempts) == (delivery.notice_id, 2)


def test_bad_requests_are_refused_with_codes(hall):
    mine = tickets.issue_ticket(hall, "A")
    with pytest.raises(UnknownTicket):
        notices.request_notice(hall, "f" * 32, "13800138000", 3, "en")
    for phone, ahead, code in (("nope", 3, "bad_phone"), ("13800138000", 0, "bad_threshold")):
        with pytest.raises(QueueError) as refused:
            notices.request_notice(hall, mine.token, phone, ahead, "en")
        assert refused.value.code == code
    for _ in range(3):
        notices.request_notice(hall, mine.token, "13800138000", 3, "en")
    with pytest.raises(QueueError) as refused:
        notices.request_notice(hall, mine.token, "13900139000", 3, "en")
    assert refused.value.code == "notice_changes"


def test_phone_numbers_of_earlier_days_are_forgotten(hall, clock):
    mine = tickets.issue_ticket(hall, "A")
    notices.request_notice(hall, mine.token, "13800138000", 3, "en")
    assert notices.forget_phones(hall) == 0
    clock.advance(24 * 60)
    assert notices.forget_phones(hall) == 1
    with hall.db.engine.connect() as conn:
        assert [r.phone for r in conn.execute(schema.notice_requests.select())] == [None]
