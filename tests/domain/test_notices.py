"""Notice rules and the many-at-once positions the page server uses."""
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from queuedesk.domain import routing
from queuedesk.domain.errors import QueueError
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Priority, Service, Ticket, TicketState
from queuedesk.domain.notices import (
    MAX_CHANGES,
    NoticeKind,
    NoticeRequest,
    due,
    masked,
    phone_number,
    retry_delay_s,
    threshold,
)

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def request(**changes) -> NoticeRequest:
    values = dict(ticket_id=1, business_date=date(2026, 11, 23), phone="13800138000", ahead=3, lang="zh_CN",
                  created_at=NOW)
    return NoticeRequest(**{**values, **changes})


@pytest.mark.parametrize("text, phone", [("138 0013 8000", "13800138000"), ("+86-138-0013-8000", "+8613800138000"),
                                         ("(0755) 8888 1234", "075588881234")])
def test_a_phone_number_is_kept_as_digits(text, phone):
    assert phone_number(text) == phone


@pytest.mark.parametrize("text", ["", "call me", "12345", "1" * 16, "+86 138 0013 800a", "13800138000; drop"])
def test_what_is_not_a_phone_number_is_refused_with_a_code(text):
    with pytest.raises(QueueError) as refused:
        phone_number(text)
    assert refused.value.code == "bad_phone"


def test_a_number_is_only_ever_shown_by_its_last_four_digits():
    assert masked("13800138000") == "****8000" and masked(None) == ""


def test_the_threshold_is_between_one_and_twenty():
    assert threshold(1) == 1 and threshold(20) == 20
    for value in (0, 21, -3):
        with pytest.raises(QueueError):
            threshold(value)


def test_almost_is_due_once_at_the_threshold_and_called_once_per_leg():
    r = request(ahead=3)
    assert due(r, TicketState.WAITING, 4, 1, set()) == []
    assert due(r, TicketState.WAITING, 3, 1, set()) == [NoticeKind.AHEAD]
    assert due(r, TicketState.WAITING, 1, 1, {(NoticeKind.AHEAD, 1)}) == []
    assert due(r, TicketState.CALLED, None, 1, {(NoticeKind.AHEAD, 1)}) == [NoticeKind.CALLED]
    sent = {(NoticeKind.AHEAD, 1), (NoticeKind.CALLED, 1)}
    assert due(r, TicketState.CALLED, None, 1, sent) == []
    assert due(r, TicketState.WAITING, 0, 2, sent) == []          # transferred: no second "almost"
    assert due(r, TicketState.CALLED, None, 2, sent) == [NoticeKind.CALLED]   # … but called again


def test_nothing_is_due_once_withdrawn_or_forgotten():
    assert due(request(active=False), TicketState.CALLED, None, 1, set()) == []
    assert due(request(phone=None), TicketState.CALLED, None, 1, set()) == []


def test_a_request_changes_a_few_times_at_most():
    r = request()
    for _ in range(MAX_CHANGES - 1):
        r.change("13900139000", 2, "en")
    with pytest.raises(QueueError) as refused:
        r.change("13700137000", 2, "en")
    assert refused.value.code == "notice_changes"


def test_retries_back_off_and_stop_growing():
    delays = [retry_delay_s(n) for n in range(1, 12)]
    assert delays[:4] == [2, 4, 8, 16] and max(delays) == 300 and delays == sorted(delays)


SERVICE = Service("A", LocalText({"zh_CN": "现金"}), "A", max_wait_min=20)
tickets_st = st.lists(st.tuples(st.sampled_from(list(Priority)), st.integers(0, 60), st.booleans(),
                                st.sampled_from([None, None, None, 2])), max_size=25)


@settings(max_examples=200)
@given(tickets_st)
def test_positions_at_once_are_ahead_of_for_each(rows):
    waiting = [Ticket(number=f"A{i:03d}", service="A", business_date=NOW.date(), token=str(i), id=i + 1,
                      issued_at=NOW - timedelta(minutes=m), queued_at=NOW - timedelta(minutes=m), priority=p,
                      head_of_queue=head, target_counter=target)
               for i, (p, m, head, target) in enumerate(rows)]
    at_once = routing.positions(waiting, SERVICE, NOW)
    assert at_once == {t.id: routing.ahead_of(t, waiting, SERVICE, NOW) for t in waiting}
