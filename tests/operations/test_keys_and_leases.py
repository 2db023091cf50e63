"""Idempotency keys with teeth, and counters never held by a dead desk (both databases)."""
import pytest

from queuedesk.domain.model import Role, TicketState
from queuedesk.operations import calling, counters, day, queries, setup, tickets
from queuedesk.store.repositories.requests import KeyReused


def test_a_key_answers_only_the_request_it_was_made_for(hall):
    first = tickets.issue_ticket(hall, "A", key="K1")
    assert tickets.issue_ticket(hall, "A", key="K1").number == first.number      # the same request again
    with pytest.raises(KeyReused, match="key K1 was used for another request"):
        tickets.issue_ticket(hall, "B", key="K1")
    tickets.issue_ticket(hall, "A")
    assert calling.call_next(hall, 1, key="K2").number == "A001"
    with pytest.raises(KeyReused):
        calling.call_next(hall, 2, key="K2")          # another counter's call-next is another request
    assert calling.call_next(hall, 3, key="K3") is None   # counter 3 serves C: nobody waits
    with pytest.raises(KeyReused):
        tickets.issue_ticket(hall, "A", key="K3")     # never "no ticket" for an issue


def test_day_close_forgets_the_days_keys(hall):
    tickets.issue_ticket(hall, "A", key="morning")
    assert day.close_day(hall)["keys_forgotten"] == 1
    assert tickets.issue_ticket(hall, "B", key="morning").service == "B"   # a new day, a new request


def test_keys_older_than_two_days_go_when_a_teller_signs_in(hall, clock):
    setup.add_staff(hall, "li", Role.TELLER, "pw-1234")
    tickets.issue_ticket(hall, "A", key="old")
    clock.advance(49 * 60)
    counters.sign_in(hall, "li", "pw-1234", 1)
    assert tickets.issue_ticket(hall, "B", key="old").service == "B"


@pytest.fixture
def li_at_1(hall):
    setup.add_staff(hall, "li", Role.TELLER, "pw-1234")
    setup.add_staff(hall, "wang", Role.TELLER, "pw-1234")
    counters.close_counter(hall, 1)
    counters.sign_in(hall, "li", "pw-1234", 1)
    return hall


def test_a_desk_that_stops_renewing_leaves_its_counter_unattended(li_at_1, clock):
    hall = li_at_1
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    open_a = {s.code: s.open_counters for s in queries.services_status(hall)}["A"]
    clock.advance(0.5)
    counters.renew_lease(hall, "li", 1)
    clock.advance(1.5)                  # 90 s without a renewal: the desk is gone
    status = {c.number: c for c in queries.counters_status(hall)}
    assert status[1].unattended and status[1].state == "open"
    assert {s.code: s.open_counters for s in queries.services_status(hall)}["A"] == open_a - 1


def test_a_teller_whose_desk_died_signs_in_again_elsewhere(li_at_1, clock):
    hall = li_at_1
    tickets.issue_ticket(hall, "A")
    tickets.issue_ticket(hall, "A")
    called = calling.call_next(hall, 1, staff="li")
    with pytest.raises(Exception, match="already signed in at counter 1"):
        counters.sign_in(hall, "li", "pw-1234", 2)      # the desk is alive: one teller, one counter
    clock.advance(2)
    counters.sign_in(hall, "li", "pw-1234", 2)           # lapsed: counter 1 is released first
    status = {c.number: c for c in queries.counters_status(hall)}
    assert (status[1].state, status[1].staff) == ("closed", None)
    back = tickets.show_ticket(hall, called.number)
    assert back.state == "waiting" and back.position == 0    # their place kept, at the head
    assert calling.call_next(hall, 2, staff="li").number == called.number


def test_another_teller_takes_over_a_dead_desks_counter_and_a_served_customer_is_finished(li_at_1, clock):
    hall = li_at_1
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1, staff="li")
    calling.start_service(hall, 1, staff="li")
    with pytest.raises(Exception, match="in use by li"):
        counters.sign_in(hall, "wang", "pw-1234", 1)
    clock.advance(2)
    counters.sign_in(hall, "wang", "pw-1234", 1)
    assert tickets.show_ticket(hall, "A001").state == "done"
    assert {c.number: c.staff for c in queries.counters_status(hall)}[1] == "wang"


def test_leaving_and_releasing_hand_the_customer_on(li_at_1):
    hall = li_at_1
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1, staff="li")
    status = counters.leave(hall, "li", 1)
    assert (status.state, status.staff, status.current) == ("closed", None, None)
    assert tickets.show_ticket(hall, "A001").state == "waiting"
    counters.sign_in(hall, "wang", "pw-1234", 1)
    calling.call_next(hall, 1, staff="wang")
    released = counters.release_counter(hall, 1, by="manager")
    assert (released.state, released.staff) == ("closed", None)
    with hall.read() as uow:
        assert uow.tickets.in_states(TicketState.WAITING)[0].number == "A001"
