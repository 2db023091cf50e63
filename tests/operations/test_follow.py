"""The ticket page's facts: reached only with the token, today; a transfer is followed."""
import pytest

from queuedesk.domain.errors import UnknownTicket
from queuedesk.operations import calling, day, follow, tickets


def test_the_page_shows_the_place_in_the_queue_and_follows_it(hall):
    first = tickets.issue_ticket(hall, "A")
    mine = tickets.issue_ticket(hall, "A")
    page = follow.ticket_page(hall, mine.token)
    assert (page.number, page.state, page.ahead) == (mine.number, "waiting", 1)
    assert page.wait.kind == "no_wait"          # two counters free for the one ahead
    assert [c.number for c in page.counters] == [1, 2]
    calling.call_next(hall, 1)
    assert follow.ticket_page(hall, mine.token).ahead == 0
    calling.call_next(hall, 2)
    page = follow.ticket_page(hall, mine.token)
    assert (page.state, page.counter.number, page.ahead) == ("called", 2, None)
    assert follow.ticket_page(hall, first.token).state == "called"
    later = follow.ticket_page(hall, tickets.issue_ticket(hall, "A").token)
    assert later.wait.kind == "wait" and later.wait.shown[0] < later.wait.shown[1]   # both counters busy
    assert later.to_dict()["wait_range"] == list(later.wait.shown)


def test_a_transferred_visit_keeps_its_page(hall):
    mine = tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_service="C")
    page = follow.ticket_page(hall, mine.token)
    assert (page.number, page.service, page.state, page.transferred_from, page.ahead) == \
        (mine.number, "C", "waiting", "A", 0)
    calling.call_next(hall, 3)
    page = follow.ticket_page(hall, mine.token)
    assert (page.state, page.counter.number) == ("called", 3)


@pytest.mark.parametrize("token", ["", "nope", "0" * 32, "A" * 32, "'; drop table tickets; --"])
def test_a_bad_or_unknown_token_is_no_ticket(hall, token):
    tickets.issue_ticket(hall, "A")
    with pytest.raises(UnknownTicket):
        follow.ticket_page(hall, token)


def test_a_token_is_valid_for_its_business_day_only(hall, clock):
    mine = tickets.issue_ticket(hall, "A")
    day.close_day(hall)
    assert follow.ticket_page(hall, mine.token).state == "expired"
    clock.advance(24 * 60)
    with pytest.raises(UnknownTicket):
        follow.ticket_page(hall, mine.token)


def test_many_pages_are_read_at_once_with_the_same_positions(hall):
    issued = [tickets.issue_ticket(hall, code) for code in "ABABC"]
    pages = follow.ticket_pages(hall, [t.id for t in issued])
    assert [pages[t.id].ahead for t in issued] == [0, 0, 1, 1, 0]
    assert [pages[t.id].ahead for t in issued] == [follow.ticket_page(hall, t.token).ahead for t in issued]
